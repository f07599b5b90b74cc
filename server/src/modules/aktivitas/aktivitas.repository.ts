// Queries of aktivitas harian: a pegawai's records (per pegawai and date: index aktivitas_pegawai_tanggal), the
// evidence and feedback counts shown with them, and what the submission window needs (the unit's week and holidays).
import { type Kysely, sql } from 'kysely';
import type { AktivitasTable, DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

const KOLOM = [
  'aktivitas.id',
  'aktivitas.instansi_id',
  'aktivitas.pegawai_id',
  'aktivitas.tanggal',
  'aktivitas.jam_mulai',
  'aktivitas.jam_selesai',
  'aktivitas.menit',
  'aktivitas.uraian',
  'aktivitas.rhk_id',
  'aktivitas.volume',
  'aktivitas.satuan',
  'aktivitas.lokasi',
  'aktivitas.status',
  'aktivitas.penilai_id',
  'aktivitas.batas_pengajuan',
  'aktivitas.diajukan_pada',
  'aktivitas.diputuskan_oleh',
  'aktivitas.diputuskan_pada',
  'aktivitas.catatan_penilai',
  'aktivitas.kunci_idempoten',
  'aktivitas.dibuat_di_perangkat',
  'aktivitas.versi',
] as const;

export function pilihAktivitas(db: Db) {
  return db
    .selectFrom('aktivitas')
    .innerJoin('pegawai', 'pegawai.id', 'aktivitas.pegawai_id')
    // the linked RHK's text (primary-key lookup per row)
    .leftJoin('skp_rhk', 'skp_rhk.id', 'aktivitas.rhk_id')
    .select([...KOLOM, 'pegawai.nama as pegawai_nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'skp_rhk.uraian as rhk_uraian']);
}

/** RHK of the pegawai's SKP(s) whose period covers the date (any status: a draft SKP may be linked, DOMAIN §2.2). */
export async function rhkPadaTanggal(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  return db
    .selectFrom('skp_rhk')
    .innerJoin('skp', 'skp.id', 'skp_rhk.skp_id')
    .innerJoin('skp_periode', 'skp_periode.id', 'skp.periode_id')
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.pegawai_id', '=', pegawaiId)
    .where('skp.tanggal_mulai', '<=', tanggal)
    .where('skp.tanggal_selesai', '>=', tanggal)
    .select(['skp_rhk.id', 'skp_rhk.jenis', 'skp_rhk.uraian', 'skp.status as skp_status', 'skp_periode.tahun'])
    .orderBy('skp.tanggal_mulai')
    .orderBy('skp_rhk.urutan')
    .execute();
}
export type AktivitasRow = Awaited<ReturnType<typeof findAktivitas>> & {};

export async function findAktivitas(db: Db, instansiId: string, id: string) {
  return pilihAktivitas(db).where('aktivitas.instansi_id', '=', instansiId).where('aktivitas.id', '=', id).executeTakeFirst();
}

export async function findAktivitasBanyak(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return pilihAktivitas(db).where('aktivitas.instansi_id', '=', instansiId).where('aktivitas.id', 'in', ids).execute();
}

export async function findByKunci(db: Db, instansiId: string, pegawaiId: string, kunci: string) {
  return pilihAktivitas(db)
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.pegawai_id', '=', pegawaiId)
    .where('aktivitas.kunci_idempoten', '=', kunci)
    .executeTakeFirst();
}

export async function daftarMilik(db: Db, instansiId: string, pegawaiId: string, dari: string, sampai: string, status: string | undefined) {
  let q = pilihAktivitas(db)
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.pegawai_id', '=', pegawaiId)
    .where('aktivitas.tanggal', '>=', dari)
    .where('aktivitas.tanggal', '<=', sampai);
  if (status) q = q.where('aktivitas.status', '=', status);
  return q.orderBy('aktivitas.tanggal', 'desc').orderBy('aktivitas.jam_mulai').orderBy('aktivitas.id').execute();
}

/** Time ranges of the pegawai's other activities of a date that still count (a rejected one frees its time). */
export async function rentangHari(db: Db, instansiId: string, pegawaiId: string, tanggal: string, kecuali: string | null) {
  let q = db
    .selectFrom('aktivitas')
    .select(['id', 'jam_mulai as mulai', 'jam_selesai as selesai', 'uraian'])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('tanggal', '=', tanggal)
    .where('status', '!=', 'ditolak');
  if (kecuali) q = q.where('id', '!=', kecuali);
  return q.orderBy('jam_mulai').execute();
}

export async function insertAktivitas(db: Db, row: Omit<AktivitasTable, 'versi'>) {
  await db.insertInto('aktivitas').values(row).execute();
}

/** Conditional update on the versi read: false when someone else changed the row first. */
export async function updateAktivitas(db: Db, instansiId: string, id: string, versi: number, set: Partial<Omit<AktivitasTable, 'id' | 'versi'>>): Promise<boolean> {
  const r = await db
    .updateTable('aktivitas')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function hapusAktivitas(db: Db, instansiId: string, id: string, versi: number): Promise<boolean> {
  await db.deleteFrom('bukti_aktivitas').where('instansi_id', '=', instansiId).where('aktivitas_id', '=', id).execute();
  const r = await db.deleteFrom('aktivitas').where('instansi_id', '=', instansiId).where('id', '=', id).where('versi', '=', versi).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function buktiDari(db: Db, instansiId: string, aktivitasIds: readonly string[]) {
  if (aktivitasIds.length === 0) return [];
  return db
    .selectFrom('bukti_aktivitas')
    .leftJoin('berkas', 'berkas.sha256', 'bukti_aktivitas.sha256')
    .select(['bukti_aktivitas.id', 'bukti_aktivitas.aktivitas_id', 'bukti_aktivitas.jenis', 'bukti_aktivitas.sha256', 'bukti_aktivitas.nama', 'bukti_aktivitas.url', 'berkas.mime', 'berkas.ukuran'])
    .where('bukti_aktivitas.instansi_id', '=', instansiId)
    .where('bukti_aktivitas.aktivitas_id', 'in', aktivitasIds)
    .orderBy('bukti_aktivitas.dibuat_pada')
    .orderBy('bukti_aktivitas.id')
    .execute();
}

export async function jumlahUmpanBalik(db: Db, instansiId: string, aktivitasIds: readonly string[]) {
  if (aktivitasIds.length === 0) return [];
  return db
    .selectFrom('umpan_balik')
    .select(['topik_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('topik', '=', 'aktivitas')
    .where('topik_id', 'in', aktivitasIds)
    .groupBy('topik_id')
    .execute();
}

/** A pegawai's activities of the last days, for "repeat a frequent activity". */
export async function riwayatUraian(db: Db, instansiId: string, pegawaiId: string, dari: string) {
  return db
    .selectFrom('aktivitas')
    .select(['uraian', 'jam_mulai', 'jam_selesai', 'rhk_id', 'volume', 'satuan', 'tanggal'])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('tanggal', '>=', dari)
    .where('status', '!=', 'ditolak')
    .orderBy('tanggal', 'desc')
    .orderBy('jam_mulai', 'desc')
    .limit(2000)
    .execute();
}

/** Per day of a month: counts and minutes by status (one indexed range over the pegawai's month). */
export async function rekapHarian(db: Db, instansiId: string, pegawaiId: string, dari: string, sampai: string) {
  return db
    .selectFrom('aktivitas')
    .select(['tanggal', 'status', (eb) => eb.fn.countAll<number>().as('jumlah'), (eb) => eb.fn.sum<number>('menit').as('menit')])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('tanggal', '>=', dari)
    .where('tanggal', '<=', sampai)
    .groupBy(['tanggal', 'status'])
    .execute();
}

export async function pengaturan(db: Db, instansiId: string, kunci: string) {
  const r = await db.selectFrom('pengaturan').select('nilai').where('instansi_id', '=', instansiId).where('kunci', '=', kunci).executeTakeFirst();
  return r?.nilai ?? null;
}

/** The setting's row (value and when it was last changed), if the instansi saved one. */
export async function pengaturanBaris(db: Db, instansiId: string, kunci: string) {
  return (await db.selectFrom('pengaturan').select(['nilai', 'diubah_pada']).where('instansi_id', '=', instansiId).where('kunci', '=', kunci).executeTakeFirst()) ?? null;
}

export async function simpanPengaturan(db: Db, instansiId: string, kunci: string, nilai: string, now: string) {
  await db
    .insertInto('pengaturan')
    .values({ instansi_id: instansiId, kunci, nilai, diubah_pada: now })
    .onConflict((oc) => oc.columns(['instansi_id', 'kunci']).doUpdateSet({ nilai, diubah_pada: now }))
    .execute();
}

export async function namaPegawai(db: Db, instansiId: string, id: string) {
  return db.selectFrom('pegawai').select(['nama', 'gelar_depan', 'gelar_belakang']).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}
