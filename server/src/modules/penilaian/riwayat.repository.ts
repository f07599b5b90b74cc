// Queries of the riwayat kinerja page: a pegawai's evaluations of every year, and per batch of evaluations the
// penilai's judgements per RHK, the documents issued and the keberatan. Kysely lives here only; every filter keeps
// instansi_id.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** Every evaluation record of a pegawai with the SKP's penilai (for the viewer's role). */
export async function penilaianPegawaiSemua(db: Db, instansiId: string, pegawaiId: string) {
  return db
    .selectFrom('penilaian as p')
    .innerJoin('skp', 'skp.id', 'p.skp_id')
    .select([
      'p.id',
      'p.periode_id',
      'p.tanggal_mulai',
      'p.tanggal_selesai',
      'p.status',
      'p.penilai_id',
      'skp.penilai_id as skp_penilai_id',
      'p.rating_hasil_kerja',
      'p.rating_perilaku_kerja',
      'p.predikat',
      'p.ditetapkan_pada',
    ])
    .where('p.instansi_id', '=', instansiId)
    .where('p.pegawai_id', '=', pegawaiId)
    .orderBy('p.tanggal_mulai')
    .orderBy('p.id')
    .execute();
}
export type RiwayatRow = Awaited<ReturnType<typeof penilaianPegawaiSemua>>[number];

/** The penilai's judgement and umpan balik per RHK, in the SKP's order. */
export async function umpanBalikRhk(db: Db, instansiId: string, penilaianIds: readonly string[]) {
  if (penilaianIds.length === 0) return [];
  return db
    .selectFrom('penilaian_rhk as pr')
    .innerJoin('skp_rhk as r', 'r.id', 'pr.rhk_id')
    .select(['pr.penilaian_id', 'pr.rhk_id', 'pr.penilaian', 'pr.umpan_balik', 'r.uraian', 'r.jenis'])
    .where('pr.instansi_id', '=', instansiId)
    .where('pr.penilaian_id', 'in', [...penilaianIds])
    .orderBy('r.urutan')
    .execute();
}

/** Documents issued for these records (Dokumen Evaluasi: ref_id = penilaian id), newest version first. */
export async function dokumenRef(db: Db, instansiId: string, refIds: readonly string[]) {
  if (refIds.length === 0) return [];
  return db
    .selectFrom('dokumen')
    .select(['kode', 'jenis', 'ref_id', 'ref_versi', 'diterbitkan_pada', 'diganti_pada'])
    .where('instansi_id', '=', instansiId)
    .where('ref_id', 'in', [...refIds])
    .orderBy('ref_versi', 'desc')
    .orderBy('diterbitkan_pada', 'desc')
    .execute();
}

export async function keberatanDari(db: Db, instansiId: string, penilaianIds: readonly string[]) {
  if (penilaianIds.length === 0) return [];
  return db
    .selectFrom('penilaian_keberatan')
    .select(['id', 'penilaian_id', 'status', 'keputusan', 'predikat_semula', 'predikat_baru', 'diajukan_pada', 'diputus_pada'])
    .where('instansi_id', '=', instansiId)
    .where('penilaian_id', 'in', [...penilaianIds])
    .execute();
}
