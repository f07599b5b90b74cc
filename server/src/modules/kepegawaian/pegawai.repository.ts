// Writes on pegawai and their jabatan history. Every function takes the db or the caller's transaction first.
import type { Kysely } from 'kysely';
import type { AkunTable, DB, PegawaiTable, RiwayatJabatanTable } from '../../db/schema.ts';

export async function findJabatanAktif(db: Kysely<DB>, instansiId: string, jabatanId: string) {
  return db
    .selectFrom('jabatan')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'jabatan.unit_id')
    .select(['jabatan.id', 'jabatan.nama', 'jabatan.unit_id', 'unit_kerja.nama as unit_nama', 'unit_kerja.ditutup_pada'])
    .where('jabatan.instansi_id', '=', instansiId)
    .where('jabatan.id', '=', jabatanId)
    .executeTakeFirst();
}

export async function findPegawaiUntukUbah(db: Kysely<DB>, instansiId: string, id: string) {
  return db
    .selectFrom('pegawai')
    .select(['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan', 'email', 'telepon', 'jabatan_id', 'unit_id', 'status', 'status_sejak', 'versi'])
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
}

const CHUNK = 500;
const chunks = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/** NIPs of the list already held by a pegawai of the instansi or used as any account name. */
export async function nipTerpakaiBanyak(db: Kysely<DB>, instansiId: string, nips: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(nips)) {
    for (const r of await db.selectFrom('pegawai').select('nip').where('instansi_id', '=', instansiId).where('nip', 'in', part).execute()) if (r.nip) taken.add(r.nip);
    for (const r of await db.selectFrom('akun').select('username').where('username', 'in', part).execute()) taken.add(r.username);
  }
  return taken;
}

export async function jabatanAktifBanyak(db: Kysely<DB>, instansiId: string, ids: readonly string[]) {
  const out: { id: string; nama: string; unit_id: string; unit_nama: string; ditutup_pada: string | null }[] = [];
  for (const part of chunks(ids)) {
    out.push(
      ...(await db
        .selectFrom('jabatan')
        .innerJoin('unit_kerja', 'unit_kerja.id', 'jabatan.unit_id')
        .select(['jabatan.id', 'jabatan.nama', 'jabatan.unit_id', 'unit_kerja.nama as unit_nama', 'unit_kerja.ditutup_pada'])
        .where('jabatan.instansi_id', '=', instansiId)
        .where('jabatan.id', 'in', part)
        .execute()),
    );
  }
  return out;
}

/** Multi-row inserts of new pegawai with their history row, account and role (one import, one transaction). */
export async function insertPegawaiBanyak(
  db: Kysely<DB>,
  rows: {
    pegawai: Omit<PegawaiTable, 'versi'>[];
    riwayat: RiwayatJabatanTable[];
    akun: (Omit<AkunTable, 'harus_ganti_password' | 'aktif' | 'bahasa' | 'versi'> & { harus_ganti_password: number })[];
  },
): Promise<void> {
  for (const part of chunks(rows.pegawai)) await db.insertInto('pegawai').values(part).execute();
  for (const part of chunks(rows.riwayat)) await db.insertInto('riwayat_jabatan').values(part).execute();
  for (const part of chunks(rows.akun)) await db.insertInto('akun').values(part).execute();
  for (const part of chunks(rows.akun)) {
    await db.insertInto('akun_peran').values(part.map((a) => ({ akun_id: a.id, instansi_id: a.instansi_id, peran: 'pegawai', unit_id: null }))).execute();
  }
}

export async function insertRiwayat(db: Kysely<DB>, row: RiwayatJabatanTable): Promise<void> {
  await db.insertInto('riwayat_jabatan').values(row).execute();
}

export async function riwayatTerbuka(db: Kysely<DB>, instansiId: string, pegawaiId: string) {
  return db
    .selectFrom('riwayat_jabatan')
    .select(['id', 'jabatan_id', 'unit_id', 'mulai'])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('selesai', 'is', null)
    .orderBy('mulai', 'desc')
    .executeTakeFirst();
}

export async function tutupRiwayat(db: Kysely<DB>, id: string, selesai: string): Promise<void> {
  await db.updateTable('riwayat_jabatan').set({ selesai }).where('id', '=', id).execute();
}

/** Optimistic update: only if nobody changed the pegawai since `versi` was read. */
export async function updatePegawai(
  db: Kysely<DB>,
  instansiId: string,
  id: string,
  versi: number,
  set: Partial<Omit<PegawaiTable, 'id' | 'instansi_id' | 'versi'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('pegawai')
    .set({ ...set, versi: versi + 1 })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function akunIdOfPegawai(db: Kysely<DB>, instansiId: string, pegawaiId: string): Promise<string | undefined> {
  return (await db.selectFrom('akun').select('id').where('instansi_id', '=', instansiId).where('pegawai_id', '=', pegawaiId).executeTakeFirst())?.id;
}

export async function hapusSesiAkun(db: Kysely<DB>, akunId: string): Promise<void> {
  await db.deleteFrom('sesi').where('akun_id', '=', akunId).execute();
}

export async function daftarRiwayat(db: Kysely<DB>, instansiId: string, pegawaiId: string) {
  return db
    .selectFrom('riwayat_jabatan')
    .innerJoin('jabatan', 'jabatan.id', 'riwayat_jabatan.jabatan_id')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'riwayat_jabatan.unit_id')
    .select([
      'riwayat_jabatan.id',
      'riwayat_jabatan.jabatan_id',
      'jabatan.nama as jabatan_nama',
      'riwayat_jabatan.unit_id',
      'unit_kerja.nama as unit_nama',
      'riwayat_jabatan.mulai',
      'riwayat_jabatan.selesai',
      'riwayat_jabatan.jenis',
      'riwayat_jabatan.nomor_sk',
      'riwayat_jabatan.keterangan',
    ])
    .where('riwayat_jabatan.instansi_id', '=', instansiId)
    .where('riwayat_jabatan.pegawai_id', '=', pegawaiId)
    .orderBy('riwayat_jabatan.mulai', 'desc')
    .execute();
}
