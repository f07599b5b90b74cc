// Umpan balik threads (topik 'aktivitas' for now; RHK and perilaku come with the SKP and penilaian issues).
import type { Kysely } from 'kysely';
import type { DB, UmpanBalikTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

export async function daftar(db: Db, instansiId: string, topik: string, topikId: string) {
  return db
    .selectFrom('umpan_balik')
    .select(['id', 'penulis_akun_id', 'penulis_nama', 'isi', 'dibuat_pada'])
    .where('instansi_id', '=', instansiId)
    .where('topik', '=', topik)
    .where('topik_id', '=', topikId)
    .orderBy('dibuat_pada')
    .orderBy('id')
    .execute();
}

export async function insert(db: Db, row: UmpanBalikTable) {
  await db.insertInto('umpan_balik').values(row).execute();
}
