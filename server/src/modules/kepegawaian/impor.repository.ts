// Reads and writes of the pegawai import: batch loads for planning (one query per table, never one per row), the
// import record kept between preview and commit, and the scalar update of an existing pegawai.
import type { Kysely } from 'kysely';
import type { DB, ImporPegawaiTable, PegawaiTable } from '../../db/schema.ts';

/** Bound parameters per IN (…) list: well under SQLite's and PostgreSQL's limits. */
const POTONGAN = 500;

export async function muatReferensi(db: Kysely<DB>, instansiId: string) {
  const [unit, jabatan, pegawai] = await Promise.all([
    db.selectFrom('unit_kerja').select(['id', 'kode', 'nama', 'ditutup_pada']).where('instansi_id', '=', instansiId).execute(),
    db.selectFrom('jabatan').select(['id', 'unit_id', 'nama', 'jenis']).where('instansi_id', '=', instansiId).execute(),
    db
      .selectFrom('pegawai')
      .select(['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang', 'jenis_asn', 'golongan', 'jabatan_id', 'status', 'versi'])
      .where('instansi_id', '=', instansiId)
      .execute(),
  ]);
  return { unit, jabatan, pegawai };
}

/** Which of these NIPs are already account names (anywhere: usernames are unique across the installation). */
export async function usernameTerpakai(db: Kysely<DB>, nips: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < nips.length; i += POTONGAN) {
    const rows = await db.selectFrom('akun').select('username').where('username', 'in', nips.slice(i, i + POTONGAN)).execute();
    for (const r of rows) out.add(r.username);
  }
  return out;
}

export async function simpanImpor(db: Kysely<DB>, row: ImporPegawaiTable): Promise<void> {
  await db.insertInto('impor_pegawai').values(row).execute();
}

export async function findImpor(db: Kysely<DB>, instansiId: string, id: string) {
  return db.selectFrom('impor_pegawai').selectAll().where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

export async function daftarImpor(db: Kysely<DB>, instansiId: string, limit: number) {
  return db
    .selectFrom('impor_pegawai')
    .select(['id', 'nama_file', 'status', 'jumlah_baris', 'jumlah_galat', 'dibuat_pada', 'diterapkan_pada'])
    .where('instansi_id', '=', instansiId)
    .orderBy('dibuat_pada', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function terakhirDiterapkan(db: Kysely<DB>, instansiId: string, sha256: string) {
  return db
    .selectFrom('impor_pegawai')
    .select(['id', 'diterapkan_pada'])
    .where('instansi_id', '=', instansiId)
    .where('sha256', '=', sha256)
    .where('status', '=', 'diterapkan')
    .orderBy('diterapkan_pada', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Takes a preview for applying: only one caller can move it out of 'pratinjau'. On PostgreSQL a second concurrent
 * transaction waits on the row lock and then finds the status changed; SQLite has one writer at a time.
 */
export async function klaimImpor(trx: Kysely<DB>, instansiId: string, id: string, nowIso: string): Promise<boolean> {
  const r = await trx
    .updateTable('impor_pegawai')
    .set({ status: 'diterapkan', diterapkan_pada: nowIso })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('status', '=', 'pratinjau')
    .where('jumlah_galat', '=', 0)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function simpanRingkasan(trx: Kysely<DB>, id: string, ringkasan: string): Promise<void> {
  await trx.updateTable('impor_pegawai').set({ ringkasan }).where('id', '=', id).execute();
}

export async function batalkanImpor(db: Kysely<DB>, instansiId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('impor_pegawai')
    .set({ status: 'dibatalkan' })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('status', '=', 'pratinjau')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Nama, gelar and golongan of an existing pegawai; optimistic on `versi` like every pegawai write. */
export async function ubahDataPegawai(
  trx: Kysely<DB>,
  instansiId: string,
  id: string,
  versi: number,
  set: Partial<Record<'nama' | 'gelar_depan' | 'gelar_belakang' | 'golongan', string | null>>,
  nowIso: string,
): Promise<boolean> {
  const r = await trx
    .updateTable('pegawai')
    // nama is never null here: a row without a name is an error of the plan and never applied
    .set({ ...(set as Partial<Pick<PegawaiTable, 'nama' | 'gelar_depan' | 'gelar_belakang' | 'golongan'>>), diubah_pada: nowIso, versi: versi + 1 })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Real posts (pelaksana and fungsional, with their unit kode) for the template's example rows. */
export async function contohJabatan(db: Kysely<DB>, instansiId: string) {
  return db
    .selectFrom('jabatan')
    .innerJoin('unit_kerja', 'unit_kerja.id', 'jabatan.unit_id')
    .select(['jabatan.nama', 'jabatan.jenis', 'unit_kerja.kode as unit_kode'])
    .where('jabatan.instansi_id', '=', instansiId)
    .where('jabatan.jenis', 'in', ['pelaksana', 'fungsional'])
    .where('unit_kerja.ditutup_pada', 'is', null)
    // an example must import as written: no second post of the same name in its unit (that would need NIP Atasan)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('jabatan as lain').select('lain.id').whereRef('lain.unit_id', '=', 'jabatan.unit_id').whereRef('lain.nama', '=', 'jabatan.nama').whereRef('lain.id', '!=', 'jabatan.id'))),
    )
    .orderBy('unit_kerja.kode')
    .orderBy('jabatan.nama')
    .limit(200)
    .execute();
}
