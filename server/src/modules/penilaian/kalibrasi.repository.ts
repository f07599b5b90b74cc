// Queries of the kalibrasi (DOMAIN.md §2.4): the units a pimpinan leads, the units of the list, the per-unit counts of
// a period (ONE grouped query for every listed unit, never one per unit), the unit's calibration record
// (penilaian_unit) and the evaluations on a unit's board. Kysely lives here only; every filter keeps instansi_id and
// every function takes the db or the caller's transaction first.
import { type Kysely, sql } from 'kysely';
import type { DB, PenilaianUnitTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/**
 * The paths of the units whose kepala post the pegawai holds today: their own post (pegawai.jabatan_id, the current
 * post kept by mutasi) or a post they act in as Plt/Plh today.
 */
export async function jalurDipimpin(db: Db, instansiId: string, pegawaiId: string, jabatanId: string | null, hariIni: string): Promise<string[]> {
  const rows = await db
    .selectFrom('jabatan as j')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select('u.jalur')
    .where('j.instansi_id', '=', instansiId)
    .where('j.kepala_unit', '=', 1)
    .where((eb) =>
      eb.or([
        ...(jabatanId ? [eb('j.id', '=', jabatanId)] : []),
        eb(
          'j.id',
          'in',
          eb
            .selectFrom('pelaksana_tugas as plt')
            .select('plt.jabatan_id')
            .where('plt.instansi_id', '=', instansiId)
            .where('plt.pegawai_id', '=', pegawaiId)
            .where('plt.dicabut_pada', 'is', null)
            .where('plt.mulai', '<=', hariIni)
            .where('plt.selesai', '>=', hariIni),
        ),
      ]),
    )
    .execute();
  return [...new Set(rows.map((r) => r.jalur))];
}

const KOLOM_UNIT = ['id', 'induk_id', 'nama', 'jenis', 'jalur', 'urutan', 'ditutup_pada'] as const;

/** Units of the instansi, or those under these paths (prefix match on unit_kerja_jalur; the caller keeps the strict ones). */
export async function unitDi(db: Db, instansiId: string, jalurAtas: readonly string[] | null) {
  if (jalurAtas !== null && jalurAtas.length === 0) return [];
  return db
    .selectFrom('unit_kerja')
    .select(KOLOM_UNIT)
    .where('instansi_id', '=', instansiId)
    .$if(jalurAtas !== null, (q) => q.where((eb) => eb.or(jalurAtas!.map((p) => eb('jalur', 'like', `${p}%`)))))
    .execute();
}

export async function findUnit(db: Db, instansiId: string, id: string) {
  return db.selectFrom('unit_kerja').select(KOLOM_UNIT).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

/**
 * The evaluations of a period counted per unit, status and predikat — one grouped query for every unit of the list
 * (index penilaian_kalibrasi (instansi_id, periode_id, unit_id, status, predikat) answers it without touching the
 * table). unitIds null: the whole instansi.
 */
export async function hitungPerUnit(db: Db, instansiId: string, periodeId: string, unitIds: readonly string[] | null) {
  if (unitIds !== null && unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('penilaian')
    .select(['unit_id', 'status', 'predikat', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .where('unit_id', 'is not', null)
    .$if(unitIds !== null, (q) => q.where('unit_id', 'in', unitIds!))
    .groupBy(['unit_id', 'status', 'predikat'])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id!, status: r.status, predikat: r.predikat, n: Number(r.n) }));
}
export type HitunganUnit = Awaited<ReturnType<typeof hitungPerUnit>>[number];

// ——— the unit's calibration record ———

const KOLOM_KALIBRASI = [
  'id',
  'instansi_id',
  'periode_id',
  'unit_id',
  'predikat_organisasi',
  'catatan_predikat',
  'predikat_oleh',
  'predikat_pada',
  'status',
  'justifikasi',
  'sebaran_penetapan',
  'n_penetapan',
  'sesuai_kurva',
  'ditetapkan_pada',
  'ditetapkan_oleh',
  'versi',
] as const;

/** The calibration records of a period (index penilaian_unit_instansi), of some units or all. */
export async function kalibrasiPeriode(db: Db, instansiId: string, periodeId: string, unitIds: readonly string[] | null) {
  if (unitIds !== null && unitIds.length === 0) return [];
  return db
    .selectFrom('penilaian_unit')
    .select(KOLOM_KALIBRASI)
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .$if(unitIds !== null, (q) => q.where('unit_id', 'in', unitIds!))
    .execute();
}

export async function findKalibrasi(db: Db, instansiId: string, periodeId: string, unitId: string) {
  return db.selectFrom('penilaian_unit').select(KOLOM_KALIBRASI).where('instansi_id', '=', instansiId).where('periode_id', '=', periodeId).where('unit_id', '=', unitId).executeTakeFirst();
}
export type KalibrasiRow = NonNullable<Awaited<ReturnType<typeof findKalibrasi>>>;

/** Inserts the unit's first record unless one exists already (two first writes at once): true when this call made it. */
export async function sisipkanKalibrasi(db: Db, row: Omit<PenilaianUnitTable, 'versi'>): Promise<boolean> {
  const r = await db
    .insertInto('penilaian_unit')
    .values({ ...row, versi: 1 })
    .onConflict((oc) => oc.columns(['periode_id', 'unit_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Conditional update on the versi read: false when someone else changed the record first. */
export async function updateKalibrasi(db: Db, instansiId: string, id: string, versi: number, set: Partial<Omit<PenilaianUnitTable, 'id' | 'versi'>>): Promise<boolean> {
  const r = await db
    .updateTable('penilaian_unit')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ——— the evaluations on a board ———

const KOLOM_ITEM = ['id', 'pegawai_id', 'penilai_id', 'kepala_unit_id', 'status', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'rating_hasil_organisasi', 'predikat', 'versi'] as const;

/** The evaluations of a period whose unit snapshot is this unit (index penilaian_kalibrasi). */
export async function penilaianDiUnit(db: Db, instansiId: string, periodeId: string, unitId: string) {
  return db.selectFrom('penilaian').select(KOLOM_ITEM).where('instansi_id', '=', instansiId).where('periode_id', '=', periodeId).where('unit_id', '=', unitId).execute();
}
export type ItemRow = Awaited<ReturnType<typeof penilaianDiUnit>>[number];

/** The period's evaluations of the pegawai leading this unit (their rating hasil kerja is the unit's capaian). */
export async function penilaianKepalaUnit(db: Db, instansiId: string, periodeId: string, unitId: string) {
  return db
    .selectFrom('penilaian')
    .select(KOLOM_ITEM)
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .where('kepala_unit_id', '=', unitId)
    .where('status', '!=', 'ditetapkan')
    .execute();
}

/** The rating hasil organisasi for a unit's kepala opening their evaluation after the unit's predikat was set. */
export async function predikatOrganisasiUnit(db: Db, instansiId: string, periodeId: string, unitId: string): Promise<string | null> {
  const r = await db.selectFrom('penilaian_unit').select('predikat_organisasi').where('instansi_id', '=', instansiId).where('periode_id', '=', periodeId).where('unit_id', '=', unitId).executeTakeFirst();
  return r?.predikat_organisasi ?? null;
}

/** The units among `unitIds` whose calibration of the period is already finalised. */
export async function unitDitetapkan(db: Db, instansiId: string, periodeId: string, unitIds: readonly string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db.selectFrom('penilaian_unit').select('unit_id').where('instansi_id', '=', instansiId).where('periode_id', '=', periodeId).where('unit_id', 'in', unitIds).where('status', '=', 'ditetapkan').execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** Penetapan: every rated evaluation of the unit becomes final (versi + 1); returns what was finalised. */
export async function tetapkanPenilaianUnit(db: Db, instansiId: string, periodeId: string, unitId: string, pada: string, oleh: string | null) {
  return db
    .updateTable('penilaian')
    .set({ status: 'ditetapkan', ditetapkan_pada: pada, ditetapkan_oleh: oleh, diubah_pada: pada, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .where('unit_id', '=', unitId)
    .where('status', '=', 'dinilai')
    .returning(['id', 'predikat', 'versi'])
    .execute();
}
