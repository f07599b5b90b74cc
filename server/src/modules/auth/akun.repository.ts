import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function listAkun(db: Kysely<DB>, instansiId: string, q: string | undefined, offset: number, limit: number, nowIso: string) {
  let base = db.selectFrom('akun').where('akun.instansi_id', '=', instansiId);
  if (q) {
    const digits = q.replace(/\s/g, '');
    base = /^\d{3,18}$/.test(digits)
      ? base.where('akun.username', 'like', `${digits}%`)
      : base.where((eb) => eb.or([eb(sql`lower(akun.nama_tampilan)`, 'like', `%${q.toLowerCase()}%`), eb('akun.username', 'like', `${q.toLowerCase()}%`)]));
  }
  const [rows, count] = await Promise.all([
    base
      .leftJoin('login_gagal', 'login_gagal.kunci', 'akun.username')
      .select([
        'akun.id',
        'akun.username',
        'akun.nama_tampilan',
        'akun.aktif',
        'akun.harus_ganti_password',
        'login_gagal.terkunci_sampai',
      ])
      .orderBy('akun.nama_tampilan')
      .orderBy('akun.id')
      .offset(offset)
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const roles = ids.length
    ? await db.selectFrom('akun_peran').select(['akun_id', 'peran']).where('akun_id', 'in', ids).execute()
    : [];
  return {
    rows: rows.map((r) => ({
      ...r,
      peran: roles.filter((x) => x.akun_id === r.id).map((x) => x.peran),
      terkunci: !!r.terkunci_sampai && r.terkunci_sampai > nowIso,
    })),
    total: Number(count.n),
  };
}

export async function findAkun(db: Kysely<DB>, instansiId: string, id: string) {
  return db
    .selectFrom('akun')
    .select(['id', 'username', 'nama_tampilan', 'versi', 'harus_ganti_password'])
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
}
