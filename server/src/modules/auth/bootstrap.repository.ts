import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function countInstansi(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('instansi').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countDemoInstansi(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('instansi').select((eb) => eb.fn.countAll<number>().as('n')).where('demo', '=', 1).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertInstansi(db: Kysely<DB>, row: { id: string; kode: string; nama: string; demo: number; dibuat_pada: string }) {
  await db.insertInto('instansi').values(row).execute();
}

export async function findAkunId(db: Kysely<DB>, username: string): Promise<string | undefined> {
  return (await db.selectFrom('akun').select('id').where('username', '=', username).executeTakeFirst())?.id;
}

export async function insertAdmin(
  db: Kysely<DB>,
  row: { id: string; instansi_id: string; password_hash: string; now: string; harusGanti: boolean },
) {
  await db
    .insertInto('akun')
    .values({
      id: row.id,
      instansi_id: row.instansi_id,
      pegawai_id: null,
      username: 'admin',
      nama_tampilan: 'Administrator Sistem',
      password_hash: row.password_hash,
      harus_ganti_password: row.harusGanti ? 1 : 0,
      password_diubah_pada: row.now,
      dibuat_pada: row.now,
    })
    .execute();
  await db.insertInto('akun_peran').values({ akun_id: row.id, instansi_id: row.instansi_id, peran: 'admin_bkppd', unit_id: null }).execute();
}

export async function setPengaturan(db: Kysely<DB>, instansiId: string, kunci: string, nilai: string, now: string) {
  await db
    .insertInto('pengaturan')
    .values({ instansi_id: instansiId, kunci, nilai, diubah_pada: now })
    .onConflict((oc) => oc.columns(['instansi_id', 'kunci']).doUpdateSet({ nilai, diubah_pada: now }))
    .execute();
}

export async function firstInstansiId(db: Kysely<DB>): Promise<string | undefined> {
  return (await db.selectFrom('instansi').select('id').orderBy('demo', 'desc').orderBy('dibuat_pada').limit(1).executeTakeFirst())?.id;
}
