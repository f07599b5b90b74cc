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

/** The unit and every unit above it (from its materialised path) with their working week. */
export async function jalurUnit(db: Db, instansiId: string, unitId: string) {
  const u = await db.selectFrom('unit_kerja').select('jalur').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
  if (!u) return [];
  const ids = u.jalur.split('/').filter(Boolean);
  return db.selectFrom('unit_kerja').select(['id', 'hari_kerja_per_minggu']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}

/** Holidays of the instansi (unit_id null) and of the given units, between two dates inclusive. */
export async function liburAntara(db: Db, instansiId: string, unitIds: readonly string[], dari: string, sampai: string) {
  return db
    .selectFrom('hari_libur')
    .select(['tanggal', 'nama', 'jenis', 'unit_id'])
    .where('instansi_id', '=', instansiId)
    .where('tanggal', '>=', dari)
    .where('tanggal', '<=', sampai)
    .where((eb) => (unitIds.length ? eb.or([eb('unit_id', 'is', null), eb('unit_id', 'in', unitIds)]) : eb('unit_id', 'is', null)))
    .orderBy('tanggal')
    .execute();
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
