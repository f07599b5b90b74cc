// SKP monitoring (BKPPD, auditor, wali kota, pimpinan OPD): how far each unit is with its SKP in a period. The
// counts are one grouped query — per unit of the pegawai and status of their latest non-closed SKP (index
// skp_pegawai) — rolled up to the rows in the service; never a query per pegawai (≈ 8,000 in Kupang).
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

const PERIODE = ['id', 'tahun', 'unit_ids', 'status'] as const;

export async function periodeById(db: Db, instansiId: string, id: string) {
  return db.selectFrom('skp_periode').select(PERIODE).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

/** The open period of the year, else the latest period of the instansi. */
export async function periodeBawaan(db: Db, instansiId: string, tahun: number) {
  const buka = await db.selectFrom('skp_periode').select(PERIODE).where('instansi_id', '=', instansiId).where('tahun', '=', tahun).where('status', '=', 'buka').executeTakeFirst();
  return buka ?? db.selectFrom('skp_periode').select(PERIODE).where('instansi_id', '=', instansiId).orderBy('tahun', 'desc').orderBy('tanggal_mulai', 'desc').limit(1).executeTakeFirst();
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

/**
 * Active pegawai (current unit) per unit and status of their latest non-closed SKP of the period (null = none).
 * A leaver recorded in advance still counts until the date takes effect (domain/status-pegawai.ts).
 */
export async function hitungStatus(db: Db, instansiId: string, f: FilterHitung) {
  if (('opdIds' in f.baris && f.baris.opdIds.length === 0) || (f.jalurPeriode && f.jalurPeriode.length === 0)) return [];
  const perPegawai = db
    .selectFrom('pegawai')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'pegawai.unit_id')
    .select((eb) => [
      'pegawai.unit_id',
      // one index probe per pegawai (skp_pegawai: pegawai_id, periode_id, tanggal_mulai), no sort
      eb
        .selectFrom('skp')
        .select('skp.status')
        .whereRef('skp.pegawai_id', '=', 'pegawai.id')
        .where('skp.instansi_id', '=', instansiId)
        .where('skp.periode_id', '=', f.periodeId)
        .where('skp.status', '!=', 'ditutup')
        .orderBy('skp.tanggal_mulai', 'desc')
        .limit(1)
        .as('status'),
    ])
    .where('pegawai.instansi_id', '=', instansiId)
    .where((eb) =>
      eb.or([
        eb('pegawai.status', '=', 'aktif'),
        eb.and([eb('pegawai.status', 'in', ['pensiun', 'berhenti']), eb('pegawai.status_sejak', '>', f.hariIni)]),
      ]),
    )
    // an OPD list is one IN lookup per row; a list of path prefixes would be a LIKE per OPD per pegawai
    .where((eb) => ('opdIds' in f.baris ? eb('unit_kerja.opd_id', 'in', f.baris.opdIds) : eb('unit_kerja.jalur', 'like', `${f.baris.jalur}%`)));
  const scoped = f.jalurPeriode ? perPegawai.where((eb) => eb.or(f.jalurPeriode!.map((j) => eb('unit_kerja.jalur', 'like', `${j}%`)))) : perPegawai;
  // group on the narrow (unit, status) pair first, then fetch each unit's path and OPD once
  const grouped = db
    .selectFrom(scoped.as('t'))
    .select((eb) => ['t.unit_id', 't.status', eb.fn.countAll<number>().as('n')])
    .groupBy(['t.unit_id', 't.status']);
  return db
    .selectFrom(grouped.as('g'))
    .innerJoin('unit_kerja', 'unit_kerja.id', 'g.unit_id')
    .select(['g.unit_id', 'g.status', 'g.n', 'unit_kerja.jalur', 'unit_kerja.opd_id'])
    .execute();
}
