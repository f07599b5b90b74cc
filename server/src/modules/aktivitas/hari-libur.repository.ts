// The working-day calendar: holidays (instansi-wide or for a unit and its subtree) and each unit's 5- or 6-day week.
import type { Kysely } from 'kysely';
import type { DB, HariLiburTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** The pegawai's unit on a date (jabatan history; the current unit when the history has no row for the date). */
export async function unitPadaTanggal(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  const r = await db
    .selectFrom('riwayat_jabatan')
    .select('unit_id')
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('mulai', '<=', tanggal)
    .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', tanggal)]))
    .orderBy('mulai', 'desc')
    .executeTakeFirst();
  if (r) return r.unit_id;
  const p = await db.selectFrom('pegawai').select('unit_id').where('instansi_id', '=', instansiId).where('id', '=', pegawaiId).executeTakeFirst();
  return p?.unit_id ?? null;
}

/**
 * The pegawai's name and their unit on a date with the unit's materialised path, in one query: the unit of the
 * jabatan history row covering the date (the latest-starting one), else the current unit — as unitPadaTanggal.
 */
export async function pegawaiPadaTanggal(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  const diRiwayat = db
    .selectFrom('riwayat_jabatan')
    .select('riwayat_jabatan.unit_id')
    .where('riwayat_jabatan.instansi_id', '=', instansiId)
    .where('riwayat_jabatan.pegawai_id', '=', pegawaiId)
    .where('riwayat_jabatan.mulai', '<=', tanggal)
    .where((eb) => eb.or([eb('riwayat_jabatan.selesai', 'is', null), eb('riwayat_jabatan.selesai', '>=', tanggal)]))
    .orderBy('riwayat_jabatan.mulai', 'desc')
    .limit(1);
  return db
    .selectFrom('pegawai')
    .leftJoin('unit_kerja', (j) => j.onRef('unit_kerja.instansi_id', '=', 'pegawai.instansi_id').on((eb) => eb('unit_kerja.id', '=', eb.fn.coalesce(diRiwayat, eb.ref('pegawai.unit_id')))))
    .select(['pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'unit_kerja.id as unit_id', 'unit_kerja.jalur'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.id', '=', pegawaiId)
    .executeTakeFirst();
}

/** The materialised path of a unit ('/root/opd/…/own/'), or null when the unit is not the instansi's. */
export async function jalurDari(db: Db, instansiId: string, unitId: string): Promise<string | null> {
  const u = await db.selectFrom('unit_kerja').select('jalur').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
  return u?.jalur ?? null;
}

/** Units marked as working 6 days a week (the calendar cache). */
export async function unitMingguEnam(db: Db, instansiId: string) {
  return db.selectFrom('unit_kerja').select('id').where('instansi_id', '=', instansiId).where('hari_kerja_per_minggu', '=', 6).execute();
}

/** Every holiday of the instansi (the calendar cache; a few dozen a year). */
export async function semuaLibur(db: Db, instansiId: string) {
  return db.selectFrom('hari_libur').select(['tanggal', 'nama', 'unit_id']).where('instansi_id', '=', instansiId).orderBy('tanggal').orderBy('id').execute();
}

/** The unit and every unit above it (from its materialised path) with their working week. */
export async function jalurUnit(db: Db, instansiId: string, unitId: string) {
  const u = await db.selectFrom('unit_kerja').select('jalur').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
  if (!u) return [];
  const ids = u.jalur.split('/').filter(Boolean);
  return db.selectFrom('unit_kerja').select(['id', 'hari_kerja_per_minggu']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}

export async function daftarLibur(db: Db, instansiId: string, dari: string, sampai: string) {
  return db
    .selectFrom('hari_libur')
    .leftJoin('unit_kerja', 'unit_kerja.id', 'hari_libur.unit_id')
    .select(['hari_libur.id', 'hari_libur.tanggal', 'hari_libur.nama', 'hari_libur.jenis', 'hari_libur.unit_id', 'unit_kerja.nama as unit_nama'])
    .where('hari_libur.instansi_id', '=', instansiId)
    .where('hari_libur.tanggal', '>=', dari)
    .where('hari_libur.tanggal', '<=', sampai)
    .orderBy('hari_libur.tanggal')
    .orderBy('hari_libur.id')
    .execute();
}

export async function findLibur(db: Db, instansiId: string, id: string) {
  return db.selectFrom('hari_libur').selectAll().where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

export async function liburSama(db: Db, instansiId: string, tanggal: string, unitId: string | null) {
  return db
    .selectFrom('hari_libur')
    .select(['id', 'nama'])
    .where('instansi_id', '=', instansiId)
    .where('tanggal', '=', tanggal)
    .where((eb) => (unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', unitId)))
    .executeTakeFirst();
}

export async function insertLibur(db: Db, rows: HariLiburTable[]) {
  if (rows.length) await db.insertInto('hari_libur').values(rows).execute();
}

export async function hapusLibur(db: Db, instansiId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('hari_libur').where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function findUnit(db: Db, instansiId: string, id: string) {
  return db.selectFrom('unit_kerja').select(['id', 'nama', 'hari_kerja_per_minggu', 'ditutup_pada']).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

export async function setHariKerja(db: Db, instansiId: string, id: string, hari: number) {
  await db.updateTable('unit_kerja').set({ hari_kerja_per_minggu: hari }).where('instansi_id', '=', instansiId).where('id', '=', id).execute();
}
