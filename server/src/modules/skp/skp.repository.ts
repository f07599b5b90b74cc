// Queries of the SKP: the SKP row with its period, its RHK and indicators, ekspektasi, and the people named on it.
// Kysely lives here only; every filter keeps instansi_id.
import { type Kysely, sql } from 'kysely';
import type { DB, SkpTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

const KOLOM_SKP = [
  'skp.id',
  'skp.instansi_id',
  'skp.periode_id',
  'skp.pegawai_id',
  'skp.tanggal_mulai',
  'skp.tanggal_selesai',
  'skp.pendekatan',
  'skp.status',
  'skp.jabatan_id',
  'skp.unit_id',
  'skp.penilai_id',
  'skp.atasan_penilai_id',
  'skp.catatan_penilai',
  'skp.alasan_buka',
  'skp.diajukan_pada',
  'skp.disetujui_pada',
  'skp.disetujui_oleh',
  'skp.ditutup_pada',
  'skp.asal_skp_id',
  'skp.versi',
  'skp.dibuat_pada',
  'skp.diubah_pada',
] as const;

function pilihSkp(db: Db) {
  return db.selectFrom('skp').innerJoin('skp_periode as periode', 'periode.id', 'skp.periode_id').select([...KOLOM_SKP, 'periode.tahun', 'periode.status as periode_status']);
}

export async function findSkp(db: Db, instansiId: string, id: string) {
  return pilihSkp(db).where('skp.instansi_id', '=', instansiId).where('skp.id', '=', id).executeTakeFirst();
}
export type SkpRow = NonNullable<Awaited<ReturnType<typeof findSkp>>>;

/** Conditional update on the versi read: false when someone else changed the SKP first. */
export async function updateSkp(db: Db, instansiId: string, id: string, versi: number, set: Partial<Omit<SkpTable, 'id' | 'versi'>>): Promise<boolean> {
  const r = await db
    .updateTable('skp')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSkp(db: Db, row: Omit<SkpTable, 'versi'>) {
  await db.insertInto('skp').values(row).execute();
}

/**
 * Serialises SKP creation per pegawai (one non-closed SKP per period): PostgreSQL locks the pegawai row until the
 * transaction ends; SQLite runs one write transaction at a time anyway.
 */
export async function kunciPegawai(db: Db, dialect: string, instansiId: string, pegawaiId: string) {
  await db
    .selectFrom('pegawai')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('id', '=', pegawaiId)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .execute();
}

/** The pegawai's SKPs of a period that are not closed, latest segment first. */
export async function skpBerjalan(db: Db, instansiId: string, pegawaiIds: readonly string[], periodeId: string) {
  if (pegawaiIds.length === 0) return [];
  return pilihSkp(db)
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.periode_id', '=', periodeId)
    .where('skp.pegawai_id', 'in', pegawaiIds)
    .where('skp.status', '!=', 'ditutup')
    .orderBy('skp.tanggal_mulai', 'desc')
    .orderBy('skp.id', 'desc')
    .execute();
}

/** SKPs waiting for this penilai's decision in a period (submitted or asking to reopen). */
export async function skpMenungguPenilai(db: Db, instansiId: string, penilaiId: string, periodeId: string) {
  return pilihSkp(db)
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.penilai_id', '=', penilaiId)
    .where('skp.periode_id', '=', periodeId)
    .where('skp.status', 'in', ['diajukan', 'minta_buka'])
    .execute();
}

/** Every SKP of a pegawai, newest period first, with its RHK count and the penilai's name. */
export async function daftarSkpPegawai(db: Db, instansiId: string, pegawaiId: string) {
  return pilihSkp(db)
    .leftJoin('pegawai as penilai', 'penilai.id', 'skp.penilai_id')
    .select((eb) => [
      'penilai.nama as penilai_nama',
      'penilai.gelar_depan as penilai_gelar_depan',
      'penilai.gelar_belakang as penilai_gelar_belakang',
      eb.selectFrom('skp_rhk').select((e) => e.fn.countAll<number>().as('n')).whereRef('skp_rhk.skp_id', '=', 'skp.id').as('jumlah_rhk'),
    ])
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.pegawai_id', '=', pegawaiId)
    .orderBy('periode.tahun', 'desc')
    .orderBy('skp.tanggal_mulai', 'desc')
    .orderBy('skp.id', 'desc')
    .execute();
}

// ——— content ———

export async function rhkDari(db: Db, instansiId: string, skpIds: readonly string[]) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('skp_rhk')
    .select(['id', 'skp_id', 'jenis', 'uraian', 'rhk_atasan_id', 'pk_sasaran_id', 'asal_rhk_id', 'urutan'])
    .where('instansi_id', '=', instansiId)
    .where('skp_id', 'in', skpIds)
    .orderBy('skp_id')
    .orderBy('urutan')
    .execute();
}
export type RhkRow = Awaited<ReturnType<typeof rhkDari>>[number];

export async function indikatorDari(db: Db, instansiId: string, skpIds: readonly string[]) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('skp_indikator')
    .select(['id', 'skp_id', 'rhk_id', 'aspek', 'uraian', 'target_angka', 'target_satuan', 'target_narasi', 'urutan'])
    .where('instansi_id', '=', instansiId)
    .where('skp_id', 'in', skpIds)
    .orderBy('rhk_id')
    .orderBy('urutan')
    .execute();
}
export type IndikatorRow = Awaited<ReturnType<typeof indikatorDari>>[number];

export async function jumlahRhk(db: Db, instansiId: string, skpIds: readonly string[]) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('skp_rhk')
    .select(['skp_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('skp_id', 'in', skpIds)
    .groupBy('skp_id')
    .execute();
}

/** RHK by id with the SKP they belong to (for link texts and link checks). */
export async function rhkBanyak(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('skp_rhk')
    .innerJoin('skp', 'skp.id', 'skp_rhk.skp_id')
    .select(['skp_rhk.id', 'skp_rhk.uraian', 'skp_rhk.skp_id', 'skp.pegawai_id', 'skp.periode_id', 'skp.status'])
    .where('skp_rhk.instansi_id', '=', instansiId)
    .where('skp_rhk.id', 'in', ids)
    .execute();
}

/** Bawahan RHK hanging off the given RHK (matriks peran hasil), in SKPs not closed. */
export async function rhkTurunan(db: Db, instansiId: string, rhkAtasanIds: readonly string[]) {
  if (rhkAtasanIds.length === 0) return [];
  return db
    .selectFrom('skp_rhk')
    .innerJoin('skp', 'skp.id', 'skp_rhk.skp_id')
    .innerJoin('pegawai', 'pegawai.id', 'skp.pegawai_id')
    .select(['skp_rhk.id', 'skp_rhk.uraian', 'skp_rhk.rhk_atasan_id', 'skp.id as skp_id', 'skp.status', 'skp.pegawai_id', 'pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang'])
    .where('skp_rhk.instansi_id', '=', instansiId)
    .where('skp_rhk.rhk_atasan_id', 'in', rhkAtasanIds)
    .where('skp.status', '!=', 'ditutup')
    .orderBy('pegawai.nama')
    .orderBy('skp_rhk.urutan')
    .execute();
}

export async function ekspektasiDari(db: Db, instansiId: string, skpId: string) {
  return db.selectFrom('skp_ekspektasi').select(['nilai', 'ekspektasi']).where('instansi_id', '=', instansiId).where('skp_id', '=', skpId).execute();
}

/** Replaces the SKP's content: indicators are rewritten, RHK not in `simpan` are deleted, kept ones updated. */
export async function gantiIsi(
  db: Db,
  instansiId: string,
  skpId: string,
  rhk: readonly { id: string; baru: boolean; jenis: string; uraian: string; rhk_atasan_id: string | null; pk_sasaran_id: string | null; asal_rhk_id: string | null; urutan: number }[],
  indikator: readonly { id: string; baru: boolean; rhk_id: string; aspek: string; uraian: string; target_angka: number | null; target_satuan: string | null; target_narasi: string | null; urutan: number }[],
) {
  // kept rows are updated in place (their ids are referenced by aktivitas and penilaian); the rest is replaced
  const indTetap = indikator.filter((k) => !k.baru).map((k) => k.id);
  let hapusInd = db.deleteFrom('skp_indikator').where('instansi_id', '=', instansiId).where('skp_id', '=', skpId);
  if (indTetap.length) hapusInd = hapusInd.where('id', 'not in', indTetap);
  await hapusInd.execute();
  const simpan = rhk.filter((r) => !r.baru).map((r) => r.id);
  let hapus = db.deleteFrom('skp_rhk').where('instansi_id', '=', instansiId).where('skp_id', '=', skpId);
  if (simpan.length) hapus = hapus.where('id', 'not in', simpan);
  await hapus.execute();
  for (const r of rhk.filter((x) => !x.baru)) {
    await db
      .updateTable('skp_rhk')
      .set({ jenis: r.jenis, uraian: r.uraian, rhk_atasan_id: r.rhk_atasan_id, pk_sasaran_id: r.pk_sasaran_id, urutan: r.urutan })
      .where('instansi_id', '=', instansiId)
      .where('skp_id', '=', skpId)
      .where('id', '=', r.id)
      .execute();
  }
  await insertRhk(db, instansiId, skpId, rhk.filter((x) => x.baru));
  for (const k of indikator.filter((x) => !x.baru)) {
    await db
      .updateTable('skp_indikator')
      .set({ aspek: k.aspek, uraian: k.uraian, target_angka: k.target_angka, target_satuan: k.target_satuan, target_narasi: k.target_narasi, urutan: k.urutan })
      .where('instansi_id', '=', instansiId)
      .where('skp_id', '=', skpId)
      .where('id', '=', k.id)
      .execute();
  }
  await insertIndikator(db, instansiId, skpId, indikator.filter((x) => x.baru).map(({ baru: _baru, ...k }) => k));
}

export async function insertRhk(
  db: Db,
  instansiId: string,
  skpId: string,
  rows: readonly { id: string; jenis: string; uraian: string; rhk_atasan_id: string | null; pk_sasaran_id: string | null; asal_rhk_id: string | null; urutan: number }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('skp_rhk')
    .values(rows.map((r) => ({ id: r.id, instansi_id: instansiId, skp_id: skpId, jenis: r.jenis, uraian: r.uraian, rhk_atasan_id: r.rhk_atasan_id, pk_sasaran_id: r.pk_sasaran_id, asal_rhk_id: r.asal_rhk_id, urutan: r.urutan })))
    .execute();
}

export async function insertIndikator(
  db: Db,
  instansiId: string,
  skpId: string,
  rows: readonly { id: string; rhk_id: string; aspek: string; uraian: string; target_angka: number | null; target_satuan: string | null; target_narasi: string | null; urutan: number }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('skp_indikator')
    .values(rows.map((k) => ({ ...k, instansi_id: instansiId, skp_id: skpId })))
    .execute();
}

export async function simpanEkspektasi(db: Db, instansiId: string, skpId: string, nilai: string, ekspektasi: string, now: string) {
  await db
    .insertInto('skp_ekspektasi')
    .values({ skp_id: skpId, instansi_id: instansiId, nilai, ekspektasi, diubah_pada: now })
    .onConflict((oc) => oc.columns(['skp_id', 'nilai']).doUpdateSet({ ekspektasi, diubah_pada: now }))
    .execute();
}

export async function hapusEkspektasi(db: Db, instansiId: string, skpId: string, nilai: readonly string[]) {
  if (nilai.length === 0) return;
  await db.deleteFrom('skp_ekspektasi').where('instansi_id', '=', instansiId).where('skp_id', '=', skpId).where('nilai', 'in', nilai).execute();
}

// ——— people, posts, Perjanjian Kinerja ———

/** Pegawai with their current post and unit (names), for identity blocks. */
export async function orangBanyak(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .leftJoin('unit_kerja', 'unit_kerja.id', 'pegawai.unit_id')
    .select(['pegawai.id', 'pegawai.nip', 'pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'pegawai.golongan', 'pegawai.unit_id', 'pegawai.jabatan_id', 'jabatan.nama as jabatan_nama', 'unit_kerja.nama as unit_nama'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.id', 'in', ids)
    .execute();
}
export type OrangRow = Awaited<ReturnType<typeof orangBanyak>>[number];

export async function namaJabatan(db: Db, instansiId: string, id: string) {
  return (await db.selectFrom('jabatan').select('nama').where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst())?.nama ?? null;
}

export async function namaUnit(db: Db, instansiId: string, id: string) {
  return (await db.selectFrom('unit_kerja').select('nama').where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst())?.nama ?? null;
}

/** The facts that decide whether a post's holder links RHK to the Perjanjian Kinerja (JPT / kepala OPD). */
export async function faktaJabatan(db: Db, instansiId: string, jabatanId: string) {
  return db
    .selectFrom('jabatan')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'jabatan.unit_id')
    .select(['jabatan.jenis', 'jabatan.kepala_unit', 'jabatan.unit_id', 'unit_kerja.induk_id', 'unit_kerja.opd_id'])
    .where('jabatan.instansi_id', '=', instansiId)
    .where('jabatan.id', '=', jabatanId)
    .executeTakeFirst();
}

/** The OPD of a unit (null for the instansi root). */
export async function opdUnit(db: Db, instansiId: string, unitId: string) {
  return (await db.selectFrom('unit_kerja').select('opd_id').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst())?.opd_id ?? null;
}

/** Sasaran of the Perjanjian Kinerja of these units in a year, in the units' given order then urutan. */
export async function sasaranPkUnit(db: Db, instansiId: string, unitIds: readonly string[], tahun: number) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('perjanjian_kinerja_sasaran as s')
    .innerJoin('perjanjian_kinerja as pk', 'pk.id', 's.perjanjian_id')
    .select(['s.id', 's.sasaran', 's.indikator', 's.target', 's.urutan', 'pk.unit_id'])
    .where('s.instansi_id', '=', instansiId)
    .where('pk.unit_id', 'in', unitIds)
    .where('pk.tahun', '=', tahun)
    .orderBy('s.urutan')
    .execute();
}

export async function sasaranPkBanyak(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('perjanjian_kinerja_sasaran').select(['id', 'sasaran']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}
