// The idempotency key of aktivitas is set by the device; rows without one (older clients, the demo history, bulk
// loads) all share NULL. With the full unique index on (pegawai_id, kunci_idempoten), SQLite's statistics saw
// "a pegawai's rows per key" ≈ a pegawai's rows, the same as (instansi_id, pegawai_id, tanggal), and the lookup of a key
// on every submit (instansi_id, pegawai_id, kunci_idempoten) walked all the pegawai's rows of the year (~1,250 at Kupang
// scale) instead of probing the key. A partial unique index over the rows that have a key keeps the same constraint
// (NULL keys were never constrained: both databases treat NULLs as distinct) and is the only index the planner can
// pick for `kunci_idempoten = ?`, which implies the index's WHERE. Frozen in time.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('aktivitas_idempoten').execute();
  await sql`create unique index aktivitas_idempoten on aktivitas (pegawai_id, kunci_idempoten) where kunci_idempoten is not null`.execute(db);
}
