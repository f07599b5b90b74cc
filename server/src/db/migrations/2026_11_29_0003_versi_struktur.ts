// Optimistic concurrency for the org structure: admin forms send the `versi` they read, and a write that finds another
// versi answers 409 DATA.KONFLIK instead of silently overwriting a colleague's change (as pegawai and akun already do).
// Frozen in time.
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('unit_kerja').addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('jabatan').addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}
