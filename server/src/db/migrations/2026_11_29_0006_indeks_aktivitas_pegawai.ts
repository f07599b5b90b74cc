// A pegawai's activities over a date range (month calendar, recent history) filter on instansi_id too. With the
// index on (pegawai_id, tanggal) SQLite's planner preferred (instansi_id, tanggal, status) for such a range — two
// usable columns each — and scanned the whole city's month: fine on a test database, seconds at 10 M rows.
// (instansi_id, pegawai_id, tanggal) answers equality + equality + range, and stays the Citus-friendly shape.
// Frozen in time.
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('aktivitas_pegawai_tanggal').execute();
  await db.schema.createIndex('aktivitas_instansi_pegawai_tanggal').on('aktivitas').columns(['instansi_id', 'pegawai_id', 'tanggal']).execute();
}
