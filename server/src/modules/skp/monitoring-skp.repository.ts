// SKP monitoring (BKPPD, auditor, wali kota, pimpinan OPD): how far each unit is with its SKP in a period. Two
// grouped queries — pegawai per unit, and their latest running SKP per unit and status — rolled up to the rows in the
// service; never a query per pegawai (≈ 8,000 in Kupang). Not one query with a per-pegawai scalar subquery: its
// cost estimate grows with the pegawai count and at Kupang size crosses PostgreSQL's jit_above_cost, and the JIT
// compilation then costs more than the query; these plan as hash joins and an anti-join there
// (bench/skp-monitoring.bench.ts).
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

const PERIODE = ['id', 'tahun', 'unit_ids', 'status'] as const;

export async function periodeById(db: Db, instansiId: string, id: string) {
  return db.selectFrom('skp_periode').select(PERIODE).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

/** The open period of the year, else the latest period of the instansi (one query). */
export async function periodeBawaan(db: Db, instansiId: string, tahun: number) {
  return db
    .selectFrom('skp_periode')
    .select(PERIODE)
    .where('instansi_id', '=', instansiId)
    .orderBy((eb) => eb.case().when(eb.and([eb('tahun', '=', tahun), eb('status', '=', 'buka')])).then(0).else(1).end())
    .orderBy('tahun', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function unitById(db: Db, instansiId: string, id: string) {
  return db.selectFrom('unit_kerja').select(['id', 'nama', 'opd_id', 'jalur', 'ditutup_pada']).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

/** Paths of units (a period's scope: each unit with its subtree). */
export async function jalurUnit(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return (await db.selectFrom('unit_kerja').select('jalur').where('instansi_id', '=', instansiId).where('id', 'in', ids).execute()).map((r) => r.jalur);
}

const terbuka = (tanggal: string) => (eb: ExpressionBuilder<DB, 'unit_kerja'>) =>
  eb.or([eb('unit_kerja.ditutup_pada', 'is', null), eb('unit_kerja.ditutup_pada', '>', tanggal)]);

/** Open OPDs (units directly under the instansi root: opd_id = id), optionally only some. */
export async function opdTerbuka(db: Db, instansiId: string, tanggal: string, hanya: readonly string[] | null) {
  let q = db
    .selectFrom('unit_kerja')
    .select(['id', 'nama', 'jalur'])
    .where('instansi_id', '=', instansiId)
    .whereRef('opd_id', '=', 'id')
    .where(terbuka(tanggal));
  if (hanya) q = hanya.length ? q.where('id', 'in', hanya) : q.where('id', 'is', null);
  return q.orderBy('urutan').orderBy('nama').execute();
}

export async function anakTerbuka(db: Db, instansiId: string, indukId: string, tanggal: string) {
  return db
    .selectFrom('unit_kerja')
    .select(['id', 'nama', 'jalur'])
    .where('instansi_id', '=', instansiId)
    .where('induk_id', '=', indukId)
    .where(terbuka(tanggal))
    .orderBy('urutan')
    .orderBy('nama')
    .execute();
}

/** Which of these units have open units below them. */
export async function punyaAnak(db: Db, instansiId: string, ids: readonly string[], tanggal: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('unit_kerja')
    .select('induk_id')
    .distinct()
    .where('instansi_id', '=', instansiId)
    .where('induk_id', 'in', ids)
    .where(terbuka(tanggal))
    .execute();
  return new Set(rows.map((r) => r.induk_id!));
}

export interface FilterHitung {
  periodeId: string;
  hariIni: string;
  /** the rows' subtrees: the units of these OPDs (the city view), or the subtree under one unit path (drill-down) */
  baris: { opdIds: readonly string[] } | { jalur: string };
  /** the period's scope (null = the whole instansi) */
  jalurPeriode: readonly string[] | null;
}

const kosongFilter = (f: FilterHitung) => ('opdIds' in f.baris && f.baris.opdIds.length === 0) || (f.jalurPeriode !== null && f.jalurPeriode.length === 0);

/**
 * The pegawai who count: active with their current unit inside the rows and the period's scope. A leaver recorded
 * in advance still counts until the date takes effect (domain/status-pegawai.ts). An OPD list is one IN lookup per
 * pegawai; a list of path prefixes would be a LIKE per OPD per pegawai.
 */
function pegawaiDihitung(eb: ExpressionBuilder<DB, 'pegawai' | 'unit_kerja'>, instansiId: string, f: FilterHitung) {
  return eb.and([
    eb('pegawai.instansi_id', '=', instansiId),
    eb.or([eb('pegawai.status', '=', 'aktif'), eb.and([eb('pegawai.status', 'in', ['pensiun', 'berhenti']), eb('pegawai.status_sejak', '>', f.hariIni)])]),
    'opdIds' in f.baris ? eb('unit_kerja.opd_id', 'in', f.baris.opdIds) : eb('unit_kerja.jalur', 'like', `${f.baris.jalur}%`),
    ...(f.jalurPeriode ? [eb.or(f.jalurPeriode.map((j) => eb('unit_kerja.jalur', 'like', `${j}%`)))] : []),
  ]);
}

/** Pegawai who count, per unit, with the unit's path and OPD (for the roll-up to rows). */
export async function hitungPegawai(db: Db, instansiId: string, f: FilterHitung) {
  if (kosongFilter(f)) return [];
  return db
    .selectFrom('pegawai')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'pegawai.unit_id')
    // jalur and opd_id depend on the grouped primary key (allowed by PostgreSQL and SQLite alike)
    .select((eb) => ['unit_kerja.id as unit_id', 'unit_kerja.jalur', 'unit_kerja.opd_id', eb.fn.countAll<number>().as('n')])
    .where((eb) => pegawaiDihitung(eb, instansiId, f))
    .groupBy('unit_kerja.id')
    .execute();
}

/**
 * Their SKPs of the period per unit and status: each pegawai's latest non-closed SKP (a later-starting one, or on
 * a tie a later id, excludes it). Pegawai not counted here have none (belumAda = pegawai − these).
 */
export async function hitungSkp(db: Db, instansiId: string, f: FilterHitung) {
  if (kosongFilter(f)) return [];
  return db
    .selectFrom('pegawai')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'pegawai.unit_id')
    // CROSS JOIN + WHERE: SQLite keeps the pegawai as the outer loop, so a drill-down reads only its subtree's SKPs
    // (index skp_pegawai) instead of every SKP of the period; PostgreSQL reorders it like any inner join
    .crossJoin('skp')
    .select((eb) => ['unit_kerja.id as unit_id', 'skp.status', eb.fn.countAll<number>().as('n')])
    .whereRef('skp.pegawai_id', '=', 'pegawai.id')
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.periode_id', '=', f.periodeId)
    .where('skp.status', '!=', 'ditutup')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('skp as lain')
            .select('lain.id')
            .whereRef('lain.pegawai_id', '=', 'skp.pegawai_id')
            .whereRef('lain.periode_id', '=', 'skp.periode_id')
            .where('lain.status', '!=', 'ditutup')
            .where((e) => e.or([e('lain.tanggal_mulai', '>', e.ref('skp.tanggal_mulai')), e.and([e('lain.tanggal_mulai', '=', e.ref('skp.tanggal_mulai')), e('lain.id', '>', e.ref('skp.id'))])])),
        ),
      ),
    )
    .where((eb) => pegawaiDihitung(eb, instansiId, f))
    .groupBy(['unit_kerja.id', 'skp.status'])
    .execute();
}
