// Re-routing pending activities when the penilai chain changes (pengalihan.service.ts): only rows still `diajukan`,
// of the affected pegawai when known (index aktivitas_pegawai_tanggal), and a conditional update per row.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** Pending (diajukan) activities of the instansi, or only of these pegawai. */
export async function menunggu(db: Db, instansiId: string, pegawaiIds: readonly string[] | undefined) {
  if (pegawaiIds && pegawaiIds.length === 0) return [];
  let q = db
    .selectFrom('aktivitas')
    .select(['id', 'pegawai_id', 'tanggal', 'penilai_id', 'versi'])
    .where('instansi_id', '=', instansiId)
    .where('status', '=', sql.lit('diajukan')); // a literal: the partial index aktivitas_menunggu applies
  if (pegawaiIds) q = q.where('pegawai_id', 'in', pegawaiIds);
  return q.execute();
}

/** Moves one pending activity to another penilai; false when it was decided, withdrawn or changed meanwhile. */
export async function alihkan(db: Db, instansiId: string, id: string, versi: number, penilaiId: string, waktu: string): Promise<boolean> {
  const r = await db
    .updateTable('aktivitas')
    .set({ penilai_id: penilaiId, diubah_pada: waktu, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .where('status', '=', 'diajukan')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
