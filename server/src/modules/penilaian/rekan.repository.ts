// Queries of rekan kerja input (tables penilaian_rekan and penilaian_rekan_nilai, migration 0009). Kysely lives here
// only; every filter keeps instansi_id. Functions take `db` first so they work inside a transaction.
import { type Kysely, type SqlBool, sql } from 'kysely';
import { STATUS_TANPA_AKSES } from '../../../../domain/status-pegawai.ts';
import type { DB, PenilaianRekanTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

const KOLOM_PERMINTAAN = ['id', 'instansi_id', 'penilaian_id', 'rekan_id', 'diminta_oleh', 'diminta_pada', 'status', 'catatan', 'diisi_pada', 'versi', 'diubah_pada'] as const;

/** Every request of one record (cancelled ones too), oldest first. */
export async function permintaanPenilaian(db: Db, instansiId: string, penilaianId: string) {
  return db
    .selectFrom('penilaian_rekan')
    .select(KOLOM_PERMINTAAN)
    .where('instansi_id', '=', instansiId)
    .where('penilaian_id', '=', penilaianId)
    .orderBy('diminta_pada')
    .orderBy('id')
    .execute();
}
export type PermintaanRow = Awaited<ReturnType<typeof permintaanPenilaian>>[number];

export async function findPermintaan(db: Db, instansiId: string, id: string) {
  return db.selectFrom('penilaian_rekan').select(KOLOM_PERMINTAAN).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

/** The answers per value of these requests. */
export async function nilaiDari(db: Db, instansiId: string, permintaanIds: readonly string[]) {
  if (permintaanIds.length === 0) return [];
  return db
    .selectFrom('penilaian_rekan_nilai')
    .select(['rekan_permintaan_id', 'nilai', 'rating', 'masukan'])
    .where('instansi_id', '=', instansiId)
    .where('rekan_permintaan_id', 'in', permintaanIds)
    .execute();
}

/** The pegawai asked about, with what decides whether they may be asked (any instansi filtered to this one). */
export async function calonRekan(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('pegawai').select(['id', 'instansi_id', 'status', 'status_sejak']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}

/** A new request; false when this colleague was asked about the record at the same moment (unique index). */
export async function sisipkanPermintaan(db: Db, row: Omit<PenilaianRekanTable, 'versi'>): Promise<boolean> {
  const r = await db
    .insertInto('penilaian_rekan')
    .values(row)
    .onConflict((oc) => oc.columns(['penilaian_id', 'rekan_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Asks again a colleague whose earlier request was cancelled: one row per (record, colleague) by the unique index, so
 * the row starts over (its old answers, if any, were already removed on cancelling). Conditional on the versi read.
 */
export async function mintaUlang(db: Db, instansiId: string, id: string, versi: number, set: Pick<PenilaianRekanTable, 'diminta_oleh' | 'diminta_pada' | 'diubah_pada'>): Promise<boolean> {
  const r = await db
    .updateTable('penilaian_rekan')
    .set({ ...set, status: 'diminta', catatan: null, diisi_pada: null, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .where('status', '=', 'dibatalkan')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Cancels an unanswered request; false when it changed meanwhile (answered, or another cancel). */
export async function batalkanPermintaan(db: Db, instansiId: string, id: string, versi: number, diubahPada: string): Promise<boolean> {
  const r = await db
    .updateTable('penilaian_rekan')
    .set({ status: 'dibatalkan', diubah_pada: diubahPada, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .where('status', '=', 'diminta')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Stores the colleague's answer, conditional on the request's versi AND on the record still having the status the
 * decision was made on (a penetapan or a rating landing meanwhile makes the answer stale).
 */
export async function isiPermintaan(
  db: Db,
  instansiId: string,
  id: string,
  versi: number,
  statusPenilaian: string,
  set: Pick<PenilaianRekanTable, 'catatan' | 'diisi_pada' | 'diubah_pada'>,
): Promise<boolean> {
  const r = await db
    .updateTable('penilaian_rekan')
    .set({ ...set, status: 'diisi', versi: sql<number>`versi + 1` })
    .where('penilaian_rekan.instansi_id', '=', instansiId)
    .where('penilaian_rekan.id', '=', id)
    .where('penilaian_rekan.versi', '=', versi)
    .where('penilaian_rekan.status', '!=', 'dibatalkan')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('penilaian')
          .select('penilaian.id')
          .whereRef('penilaian.id', '=', 'penilaian_rekan.penilaian_id')
          .where('penilaian.instansi_id', '=', instansiId)
          .where('penilaian.status', '=', statusPenilaian),
      ),
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Replaces the answers per value of one request. */
export async function gantiNilai(db: Db, instansiId: string, permintaanId: string, rows: readonly { nilai: string; rating: string | null; masukan: string | null }[]) {
  await db.deleteFrom('penilaian_rekan_nilai').where('instansi_id', '=', instansiId).where('rekan_permintaan_id', '=', permintaanId).execute();
  if (rows.length) await db.insertInto('penilaian_rekan_nilai').values(rows.map((r) => ({ ...r, rekan_permintaan_id: permintaanId, instansi_id: instansiId }))).execute();
}

const KOLOM_MASUK = [
  'pr.id',
  'pr.penilaian_id',
  'pr.status',
  'pr.catatan',
  'pr.diminta_pada',
  'pr.diisi_pada',
  'pr.versi',
  'p.status as status_penilaian',
  'p.periode_id',
  'pg.nama',
  'pg.gelar_depan',
  'pg.gelar_belakang',
  'pg.nip',
  'j.nama as jabatan_nama',
  'u.nama as unit_nama',
  'penanya.nama as penanya_nama',
  'penanya.gelar_depan as penanya_gelar_depan',
  'penanya.gelar_belakang as penanya_gelar_belakang',
] as const;

/** Requests to one colleague with the pegawai evaluated (post and unit of the record) and who asked. */
function pilihMasuk(db: Db, instansiId: string, rekanId: string) {
  return db
    .selectFrom('penilaian_rekan as pr')
    .innerJoin('penilaian as p', 'p.id', 'pr.penilaian_id')
    .innerJoin('pegawai as pg', 'pg.id', 'p.pegawai_id')
    .innerJoin('pegawai as penanya', 'penanya.id', 'pr.diminta_oleh')
    .leftJoin('jabatan as j', 'j.id', 'p.jabatan_id')
    .leftJoin('unit_kerja as u', 'u.id', 'p.unit_id')
    .select(KOLOM_MASUK)
    .where('pr.instansi_id', '=', instansiId)
    .where('pr.rekan_id', '=', rekanId);
}

/** My inbox (index penilaian_rekan_rekan): every request not cancelled, newest first, at most `batas`. */
export async function kotakMasuk(db: Db, instansiId: string, rekanId: string, batas: number) {
  return pilihMasuk(db, instansiId, rekanId).where('pr.status', 'in', ['diminta', 'diisi']).orderBy('pr.diminta_pada', 'desc').orderBy('pr.id').limit(batas).execute();
}
export type MasukRow = Awaited<ReturnType<typeof kotakMasuk>>[number];

/** One request of my inbox, in any status; undefined when it is not addressed to me. */
export async function satuMasuk(db: Db, instansiId: string, rekanId: string, id: string) {
  return pilihMasuk(db, instansiId, rekanId).where('pr.id', '=', id).executeTakeFirst();
}

export async function opdDariUnit(db: Db, instansiId: string, unitId: string) {
  return (await db.selectFrom('unit_kerja').select('opd_id').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst())?.opd_id ?? null;
}

/**
 * Candidates for the picker: pegawai of one OPD, active on `hariIni` (working, or leaving on a later date: the same
 * rule as rekan.policy.ts pegawaiAktif), minus the excluded ids; by name or NIP prefix. Same unit as `unitId` first,
 * then by name.
 */
export async function kandidat(db: Db, instansiId: string, f: { opdId: string; unitId: string | null; kecuali: readonly string[]; q: string | undefined; hariIni: string; batas: number }) {
  let q = db
    .selectFrom('pegawai')
    .innerJoin('unit_kerja as u', 'u.id', 'pegawai.unit_id')
    .leftJoin('jabatan as j', 'j.id', 'pegawai.jabatan_id')
    .select(['pegawai.id', 'pegawai.nip', 'pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'pegawai.unit_id', 'j.nama as jabatan_nama', 'u.nama as unit_nama'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('u.opd_id', '=', f.opdId)
    .where((eb) => eb.or([eb('pegawai.status', '=', 'aktif'), eb.and([eb('pegawai.status', 'in', [...STATUS_TANPA_AKSES]), eb('pegawai.status_sejak', '>', f.hariIni)])]));
  if (f.kecuali.length) q = q.where('pegawai.id', 'not in', f.kecuali);
  if (f.q) {
    const digits = f.q.replace(/\s/g, '');
    // the typed text is matched literally: LIKE's own wildcards are escaped
    const pola = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = /^\d{3,18}$/.test(digits)
      ? // a range, not LIKE, so the (instansi_id, nip) index serves it; ':' sorts right after '9'
        q.where('pegawai.nip', '>=', digits).where('pegawai.nip', '<', `${digits}:`)
      : q.where(sql<SqlBool>`lower(pegawai.nama) like ${pola} escape '\\'`);
  }
  return q
    .orderBy(sql`case when pegawai.unit_id = ${f.unitId} then 0 else 1 end`)
    .orderBy('pegawai.nama')
    .orderBy('pegawai.id')
    .limit(f.batas)
    .execute();
}
