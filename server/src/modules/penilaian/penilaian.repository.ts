// Queries of penilaian kinerja: evaluation periods, evaluation records with their realisasi, evidence, judgements and
// umpan balik, the SKP content they evaluate, and the approved aktivitas offered as evidence. Kysely lives here only;
// every filter keeps instansi_id.
import { type Kysely, sql } from 'kysely';
import type { DB, PenilaianPeriodeTable, PenilaianTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

// ——— evaluation periods ———

const KOLOM_PERIODE = [
  'pp.id',
  'pp.instansi_id',
  'pp.skp_periode_id',
  'pp.jenis',
  'pp.nomor',
  'pp.tanggal_mulai',
  'pp.tanggal_selesai',
  'pp.batas_realisasi',
  'pp.batas_penilaian',
  'pp.versi',
  'sp.tahun',
  'sp.tanggal_mulai as skp_mulai',
  'sp.tanggal_selesai as skp_selesai',
] as const;

function pilihPeriode(db: Db) {
  return db.selectFrom('penilaian_periode as pp').innerJoin('skp_periode as sp', 'sp.id', 'pp.skp_periode_id').select(KOLOM_PERIODE);
}

/** Periods of the instansi (or of one SKP period): newest year first, then periodik in order, tahunan last. */
export async function daftarPeriode(db: Db, instansiId: string, skpPeriodeId?: string) {
  return pilihPeriode(db)
    .where('pp.instansi_id', '=', instansiId)
    .$if(skpPeriodeId !== undefined, (q) => q.where('pp.skp_periode_id', '=', skpPeriodeId!))
    .orderBy('sp.tahun', 'desc')
    .orderBy(sql`case when pp.jenis = 'tahunan' then 1 else 0 end`)
    .orderBy('pp.nomor')
    .execute();
}

export async function findPeriode(db: Db, instansiId: string, id: string) {
  return pilihPeriode(db).where('pp.instansi_id', '=', instansiId).where('pp.id', '=', id).executeTakeFirst();
}
export type PeriodeRow = NonNullable<Awaited<ReturnType<typeof findPeriode>>>;

/** Whether any evaluation record uses one of these periods. */
export async function periodeDipakai(db: Db, instansiId: string, periodeIds: readonly string[]): Promise<boolean> {
  if (periodeIds.length === 0) return false;
  const r = await db.selectFrom('penilaian').select('id').where('instansi_id', '=', instansiId).where('periode_id', 'in', periodeIds).limit(1).executeTakeFirst();
  return r !== undefined;
}

/** Replaces the periods of an SKP period (only while none is used: the caller checks inside the transaction). */
export async function gantiPeriode(db: Db, instansiId: string, skpPeriodeId: string, rows: readonly Omit<PenilaianPeriodeTable, 'versi'>[]) {
  await db.deleteFrom('penilaian_periode').where('instansi_id', '=', instansiId).where('skp_periode_id', '=', skpPeriodeId).execute();
  if (rows.length) await db.insertInto('penilaian_periode').values([...rows]).execute();
}

/** Conditional update on the versi read: false when someone else changed the period first. */
export async function updatePeriode(db: Db, instansiId: string, id: string, versi: number, set: Pick<PenilaianPeriodeTable, 'tanggal_mulai' | 'tanggal_selesai' | 'batas_realisasi' | 'batas_penilaian' | 'diubah_pada'>): Promise<boolean> {
  const r = await db
    .updateTable('penilaian_periode')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ——— evaluation records ———

const KOLOM_PENILAIAN = [
  'id',
  'instansi_id',
  'periode_id',
  'skp_id',
  'pegawai_id',
  'tanggal_mulai',
  'tanggal_selesai',
  'jabatan_id',
  'unit_id',
  'penilai_id',
  'atasan_penilai_id',
  'kepala_unit_id',
  'status',
  'refleksi',
  'catatan_penilai',
  'usulan_rating_hasil',
  'rating_hasil_kerja',
  'alasan_rating_hasil',
  'rating_hasil_organisasi',
  'rating_perilaku_kerja',
  'predikat',
  'diajukan_pada',
  'dinilai_pada',
  'dinilai_oleh',
  'versi',
  'diubah_pada',
] as const;

export async function findPenilaian(db: Db, instansiId: string, id: string) {
  return db.selectFrom('penilaian').select(KOLOM_PENILAIAN).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}
export type PenilaianRow = NonNullable<Awaited<ReturnType<typeof findPenilaian>>>;

/** A pegawai's records in these periods, by period then first day. */
export async function penilaianPegawai(db: Db, instansiId: string, pegawaiId: string, periodeIds: readonly string[]) {
  if (periodeIds.length === 0) return [];
  return db
    .selectFrom('penilaian')
    .select(KOLOM_PENILAIAN)
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('periode_id', 'in', periodeIds)
    .orderBy('periode_id')
    .orderBy('tanggal_mulai')
    .execute();
}

/** Inserts unless the (period, SKP) record exists already (two openings at once): true when this call created it. */
export async function sisipkanPenilaian(db: Db, row: Omit<PenilaianTable, 'versi' | 'ditetapkan_pada' | 'ditetapkan_oleh'>): Promise<boolean> {
  const r = await db
    .insertInto('penilaian')
    .values({ ...row, ditetapkan_pada: null, ditetapkan_oleh: null })
    .onConflict((oc) => oc.columns(['periode_id', 'skp_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Conditional update on the versi read: false when someone else changed the record first. */
export async function updatePenilaian(db: Db, instansiId: string, id: string, versi: number, set: Partial<Omit<PenilaianTable, 'id' | 'versi'>>): Promise<boolean> {
  const r = await db
    .updateTable('penilaian')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function realisasiDari(db: Db, instansiId: string, penilaianId: string) {
  return db.selectFrom('penilaian_realisasi').select(['indikator_id', 'realisasi_angka', 'realisasi_narasi', 'catatan']).where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
}

export async function buktiDari(db: Db, instansiId: string, penilaianId: string) {
  return db.selectFrom('penilaian_bukti').select(['indikator_id', 'aktivitas_id']).where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
}

export async function nilaiRhkDari(db: Db, instansiId: string, penilaianId: string) {
  return db.selectFrom('penilaian_rhk').select(['rhk_id', 'penilaian', 'umpan_balik']).where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
}

export async function perilakuDari(db: Db, instansiId: string, penilaianId: string) {
  return db.selectFrom('penilaian_perilaku').select(['nilai', 'umpan_balik']).where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
}

/** Rewrites the pegawai's realisasi and evidence of a record. */
export async function gantiRealisasi(
  db: Db,
  instansiId: string,
  penilaianId: string,
  realisasi: readonly { indikator_id: string; realisasi_angka: number | null; realisasi_narasi: string | null; catatan: string | null }[],
  bukti: readonly { indikator_id: string; aktivitas_id: string }[],
  now: string,
) {
  await db.deleteFrom('penilaian_bukti').where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
  await db.deleteFrom('penilaian_realisasi').where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
  if (realisasi.length) await db.insertInto('penilaian_realisasi').values(realisasi.map((r) => ({ ...r, penilaian_id: penilaianId, instansi_id: instansiId, diubah_pada: now }))).execute();
  if (bukti.length) await db.insertInto('penilaian_bukti').values(bukti.map((b) => ({ ...b, penilaian_id: penilaianId, instansi_id: instansiId }))).execute();
}

/** Rewrites the penilai's judgements per RHK and umpan balik per BerAKHLAK value. */
export async function gantiNilai(
  db: Db,
  instansiId: string,
  penilaianId: string,
  rhk: readonly { rhk_id: string; penilaian: string | null; umpan_balik: string | null }[],
  perilaku: readonly { nilai: string; umpan_balik: string }[],
  now: string,
) {
  await db.deleteFrom('penilaian_rhk').where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
  await db.deleteFrom('penilaian_perilaku').where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).execute();
  if (rhk.length) await db.insertInto('penilaian_rhk').values(rhk.map((r) => ({ ...r, penilaian_id: penilaianId, instansi_id: instansiId, diubah_pada: now }))).execute();
  if (perilaku.length) await db.insertInto('penilaian_perilaku').values(perilaku.map((p) => ({ ...p, penilaian_id: penilaianId, instansi_id: instansiId, diubah_pada: now }))).execute();
}

// ——— the SKP evaluated ———

const KOLOM_SKP = ['id', 'pegawai_id', 'periode_id', 'tanggal_mulai', 'tanggal_selesai', 'pendekatan', 'status', 'disetujui_pada', 'jabatan_id', 'unit_id', 'penilai_id', 'atasan_penilai_id'] as const;

export async function findSkp(db: Db, instansiId: string, id: string) {
  return db.selectFrom('skp').select(KOLOM_SKP).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}
export type SkpRow = NonNullable<Awaited<ReturnType<typeof findSkp>>>;

/** A pegawai's SKP segments of an SKP period overlapping [mulai, selesai], first day first (any status). */
export async function skpMenyentuh(db: Db, instansiId: string, pegawaiId: string, skpPeriodeId: string, mulai: string, selesai: string) {
  return db
    .selectFrom('skp')
    .select(KOLOM_SKP)
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('periode_id', '=', skpPeriodeId)
    .where('tanggal_mulai', '<=', selesai)
    .where('tanggal_selesai', '>=', mulai)
    .orderBy('tanggal_mulai')
    .orderBy('id')
    .execute();
}

export async function rhkSkp(db: Db, instansiId: string, skpId: string) {
  return db
    .selectFrom('skp_rhk')
    .leftJoin('skp_rhk as atasan', 'atasan.id', 'skp_rhk.rhk_atasan_id')
    .select(['skp_rhk.id', 'skp_rhk.jenis', 'skp_rhk.uraian', 'skp_rhk.asal_rhk_id', 'atasan.uraian as atasan_uraian'])
    .where('skp_rhk.instansi_id', '=', instansiId)
    .where('skp_rhk.skp_id', '=', skpId)
    .orderBy('skp_rhk.urutan')
    .execute();
}
export type RhkRow = Awaited<ReturnType<typeof rhkSkp>>[number];

export async function indikatorSkp(db: Db, instansiId: string, skpId: string) {
  return db
    .selectFrom('skp_indikator')
    .select(['id', 'rhk_id', 'aspek', 'uraian', 'target_angka', 'target_satuan', 'target_narasi'])
    .where('instansi_id', '=', instansiId)
    .where('skp_id', '=', skpId)
    .orderBy('rhk_id')
    .orderBy('urutan')
    .execute();
}

export async function ekspektasiSkp(db: Db, instansiId: string, skpId: string) {
  return db.selectFrom('skp_ekspektasi').select(['nilai', 'ekspektasi']).where('instansi_id', '=', instansiId).where('skp_id', '=', skpId).execute();
}

/** The post's unit when it is the unit's kepala post (its holder's rating hasil kerja is the unit's). */
export async function unitDipimpin(db: Db, instansiId: string, jabatanId: string): Promise<string | null> {
  const j = await db.selectFrom('jabatan').select(['unit_id', 'kepala_unit']).where('instansi_id', '=', instansiId).where('id', '=', jabatanId).executeTakeFirst();
  return j && Number(j.kepala_unit) === 1 ? j.unit_id : null;
}

export async function namaJabatanUnit(db: Db, instansiId: string, jabatanId: string | null, unitId: string | null) {
  const [j, u] = await Promise.all([
    jabatanId ? db.selectFrom('jabatan').select('nama').where('instansi_id', '=', instansiId).where('id', '=', jabatanId).executeTakeFirst() : undefined,
    unitId ? db.selectFrom('unit_kerja').select('nama').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst() : undefined,
  ]);
  return { jabatan: j?.nama ?? null, unit: u?.nama ?? null };
}

// ——— evidence ———

/**
 * The pegawai's APPROVED aktivitas dated in [mulai, selesai] linked to one of these RHK (index
 * aktivitas (instansi_id, pegawai_id, tanggal)). Only approved minutes count (DOMAIN.md §2.2).
 */
export async function aktivitasDisetujui(db: Db, instansiId: string, pegawaiId: string, mulai: string, selesai: string, rhkIds: readonly string[]) {
  if (rhkIds.length === 0) return [];
  return db
    .selectFrom('aktivitas')
    .select(['id', 'tanggal', 'jam_mulai', 'jam_selesai', 'menit', 'uraian', 'volume', 'satuan', 'rhk_id'])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('tanggal', '>=', mulai)
    .where('tanggal', '<=', selesai)
    .where('status', '=', 'disetujui')
    .where('rhk_id', 'in', rhkIds)
    .orderBy('tanggal')
    .orderBy('jam_mulai')
    .execute();
}

// ——— the penilai's list and the calibration board ———

/**
 * Per pegawai (the given ones, or the whole instansi when null) the SKP segments of the evaluation period's SKP year
 * overlapping its days that are evaluated (approved, or closed while approved) or already carry a record, with that
 * record. One indexed pass over skp (skp_periode_unit / skp_pegawai) and a primary-key lookup per row into penilaian
 * (penilaian_periode_skp_unik); no per-pegawai round trips.
 */
export async function segmenPeriode(db: Db, instansiId: string, periode: Pick<PeriodeRow, 'id' | 'skp_periode_id' | 'tanggal_mulai' | 'tanggal_selesai'>, pegawaiIds: readonly string[] | null) {
  if (pegawaiIds !== null && pegawaiIds.length === 0) return [];
  return db
    .selectFrom('skp')
    .leftJoin('penilaian as p', (j) => j.onRef('p.skp_id', '=', 'skp.id').on('p.periode_id', '=', periode.id))
    .select([
      'skp.id as skp_id',
      'skp.pegawai_id',
      'skp.unit_id',
      'skp.tanggal_mulai as skp_mulai',
      'p.id as penilaian_id',
      'p.status',
      'p.rating_hasil_kerja',
      'p.rating_perilaku_kerja',
      'p.predikat',
      'p.diajukan_pada',
      'p.dinilai_pada',
    ])
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.periode_id', '=', periode.skp_periode_id)
    .where('skp.tanggal_mulai', '<=', periode.tanggal_selesai)
    .where('skp.tanggal_selesai', '>=', periode.tanggal_mulai)
    .where((eb) =>
      eb.or([
        eb('skp.status', 'in', ['disetujui', 'minta_buka']),
        eb.and([eb('skp.status', '=', 'ditutup'), eb('skp.disetujui_pada', 'is not', null)]),
        eb('p.id', 'is not', null),
      ]),
    )
    .$if(pegawaiIds !== null, (q) => q.where('skp.pegawai_id', 'in', pegawaiIds!))
    .execute();
}
export type SegmenRow = Awaited<ReturnType<typeof segmenPeriode>>[number];

/** Records of a period naming this penilai (submitted to them before the chain changed). */
export async function penilaianPenilai(db: Db, instansiId: string, periodeId: string, penilaiId: string) {
  return db
    .selectFrom('penilaian')
    .select(['id as penilaian_id', 'skp_id', 'pegawai_id', 'unit_id', 'tanggal_mulai as skp_mulai', 'status', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'predikat', 'diajukan_pada', 'dinilai_pada'])
    .where('instansi_id', '=', instansiId)
    .where('penilai_id', '=', penilaiId)
    .where('periode_id', '=', periodeId)
    .execute();
}
