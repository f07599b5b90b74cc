// Pending aktivitas per pegawai (monitoring: how many await approval and since when, per unit). A partial index holds
// only the rows waiting for a decision — a few thousand out of ≈ 10 M a year — on both SQLite and PostgreSQL.
// Frozen in time.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('aktivitas_menunggu')
    .on('aktivitas')
    .columns(['instansi_id', 'pegawai_id', 'diajukan_pada'])
    .where(sql.ref('status'), '=', sql.lit('diajukan'))
    .execute();
}
