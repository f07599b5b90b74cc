import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function findAkunByUsername(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('akun')
    .leftJoin('pegawai', 'pegawai.id', 'akun.pegawai_id')
    .select([
      'akun.id',
      'akun.instansi_id',
      'akun.username',
      'akun.nama_tampilan',
      'akun.password_hash',
      'akun.aktif',
      'pegawai.status as pegawai_status',
      'pegawai.status_sejak as pegawai_status_sejak',
    ])
    .where('akun.username', '=', username)
    .executeTakeFirst();
}

export async function findLock(db: Kysely<DB>, kunci: string) {
  return db.selectFrom('login_gagal').selectAll().where('kunci', '=', kunci).executeTakeFirst();
}

/** Counts one failed login atomically (concurrent failures all count); returns the new count. */
export async function addFailure(db: Kysely<DB>, kunci: string, nowIso: string): Promise<number> {
  const row = await db
    .insertInto('login_gagal')
    .values({ kunci, jumlah: 1, terakhir_pada: nowIso, terkunci_sampai: null })
    .onConflict((oc) =>
      oc.column('kunci').doUpdateSet({ jumlah: sql`login_gagal.jumlah + 1`, terakhir_pada: nowIso }),
    )
    .returning('jumlah')
    .executeTakeFirstOrThrow();
  return Number(row.jumlah);
}

export async function lockUntil(db: Kysely<DB>, kunci: string, untilIso: string): Promise<void> {
  await db.updateTable('login_gagal').set({ terkunci_sampai: untilIso, jumlah: 0 }).where('kunci', '=', kunci).execute();
}

export async function clearFailures(db: Kysely<DB>, kunci: string): Promise<void> {
  await db.deleteFrom('login_gagal').where('kunci', '=', kunci).execute();
}

export async function insertSession(
  db: Kysely<DB>,
  row: { token_hash: string; instansi_id: string; akun_id: string; csrf_token: string; dibuat_pada: string; kedaluwarsa_pada: string; ip: string | null; user_agent: string | null },
): Promise<void> {
  await db.insertInto('sesi').values(row).execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sesi').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Kysely<DB>, akunId: string, exceptHash?: string): Promise<void> {
  let q = db.deleteFrom('sesi').where('akun_id', '=', akunId);
  if (exceptHash) q = q.where('token_hash', '!=', exceptHash);
  await q.execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, nowIso: string): Promise<number> {
  const r = await db.deleteFrom('sesi').where('kedaluwarsa_pada', '<=', nowIso).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The hot path of every authenticated request: one indexed lookup joining session, account, pegawai and instansi. */
export async function findSessionAktor(db: Kysely<DB>, tokenHash: string, nowIso: string, hariIni: string) {
  return db
    .selectFrom('sesi')
    .innerJoin('akun', 'akun.id', 'sesi.akun_id')
    .innerJoin('instansi', 'instansi.id', 'akun.instansi_id')
    .leftJoin('pegawai', 'pegawai.id', 'akun.pegawai_id')
    .select((eb) => [
      'akun.id as akun_id',
      'akun.instansi_id',
      'akun.username',
      'akun.nama_tampilan',
      'akun.pegawai_id',
      'akun.harus_ganti_password',
      'akun.bahasa',
      'akun.aktif',
      'sesi.csrf_token',
      'sesi.kedaluwarsa_pada',
      'pegawai.jabatan_id',
      'pegawai.status as pegawai_status',
      'pegawai.status_sejak as pegawai_status_sejak',
      'instansi.nama as instansi_nama',
      'instansi.demo as instansi_demo',
      eb
        .exists(
          eb
            .selectFrom('jabatan as bawah')
            .select('bawah.id')
            // instansi_id first so the (instansi_id, atasan_jabatan_id) index answers it
            .whereRef('bawah.instansi_id', '=', 'akun.instansi_id')
            .whereRef('bawah.atasan_jabatan_id', '=', 'pegawai.jabatan_id'),
        )
        .as('punya_bawahan'),
      // acting as Plt/Plh today, or named penilai of someone by an admin override, also makes an atasan
      eb
        .exists(
          eb
            .selectFrom('pelaksana_tugas as plt')
            .select('plt.id')
            .whereRef('plt.pegawai_id', '=', 'akun.pegawai_id')
            .where('plt.dicabut_pada', 'is', null)
            .where('plt.mulai', '<=', hariIni)
            .where('plt.selesai', '>=', hariIni),
        )
        .as('pelaksana_tugas'),
      eb
        .exists(
          eb
            .selectFrom('penilai_override as po')
            .select('po.id')
            .whereRef('po.penilai_id', '=', 'akun.pegawai_id')
            .where('po.dicabut_pada', 'is', null)
            .where('po.mulai', '<=', hariIni)
            .where((w) => w.or([w('po.selesai', 'is', null), w('po.selesai', '>=', hariIni)])),
        )
        .as('penilai_khusus'),
    ])
    .where('sesi.token_hash', '=', tokenHash)
    .where('sesi.kedaluwarsa_pada', '>', nowIso)
    .executeTakeFirst();
}

export async function rolesOf(db: Kysely<DB>, akunId: string) {
  return db.selectFrom('akun_peran').select(['peran', 'unit_id']).where('akun_id', '=', akunId).execute();
}

export async function findAkunForPasswordChange(db: Kysely<DB>, akunId: string) {
  return db.selectFrom('akun').select(['id', 'password_hash', 'versi']).where('id', '=', akunId).executeTakeFirst();
}

/** Optimistic update: succeeds only if nobody changed the account since `versi` was read. */
export async function updatePassword(
  db: Kysely<DB>,
  akunId: string,
  versi: number,
  set: { password_hash: string; harus_ganti_password: number; password_diubah_pada: string },
): Promise<boolean> {
  const r = await db
    .updateTable('akun')
    .set({ ...set, versi: versi + 1 })
    .where('id', '=', akunId)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findInstansi(db: Kysely<DB>, id: string) {
  return db.selectFrom('instansi').select(['id', 'nama', 'demo']).where('id', '=', id).executeTakeFirst();
}

/** The installation's instansi shown on the login page: the demo one if any, else the oldest. */
export async function findLoginInstansi(db: Kysely<DB>) {
  return db.selectFrom('instansi').select(['id', 'nama', 'demo']).orderBy('demo', 'desc').orderBy('dibuat_pada').limit(1).executeTakeFirst();
}

export async function getPengaturan(db: Kysely<DB>, instansiId: string, kunci: string): Promise<string | undefined> {
  const row = await db.selectFrom('pengaturan').select('nilai').where('instansi_id', '=', instansiId).where('kunci', '=', kunci).executeTakeFirst();
  return row?.nilai;
}
