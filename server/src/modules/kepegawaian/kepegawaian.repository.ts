import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function findPegawai(db: Kysely<DB>, instansiId: string, id: string) {
  return db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .leftJoin('unit_kerja as unit', 'unit.id', 'pegawai.unit_id')
    .leftJoin('unit_kerja as opd', 'opd.id', 'unit.opd_id')
    .select([
      'pegawai.id',
      'pegawai.instansi_id',
      'pegawai.nip',
      'pegawai.nama',
      'pegawai.gelar_depan',
      'pegawai.gelar_belakang',
      'pegawai.jenis_asn',
      'pegawai.jenis_kelamin',
      'pegawai.tanggal_lahir',
      'pegawai.golongan',
      'pegawai.status',
      'pegawai.status_sejak',
      'pegawai.email',
      'pegawai.telepon',
      'pegawai.versi',
      'pegawai.jabatan_id',
      'jabatan.nama as jabatan_nama',
      'jabatan.jenis as jabatan_jenis',
      'jabatan.jenjang as jabatan_jenjang',
      'jabatan.kelas_jabatan',
      'unit.id as unit_id',
      'unit.nama as unit_nama',
      'unit.jalur as unit_jalur',
      'opd.id as opd_id',
      'opd.nama as opd_nama',
    ])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.id', '=', id)
    .executeTakeFirst();
}

export async function unitNames(db: Kysely<DB>, instansiId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('unit_kerja').select(['id', 'nama']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}

export interface ChainRow {
  id: string;
  atasan_jabatan_id: string | null;
  depth: number;
  pegawai_id: string | null;
}

/** The post and every post above it, each with its active holders (one row per holder, or one with null). */
export async function jabatanChainUp(db: Kysely<DB>, instansiId: string, jabatanId: string): Promise<ChainRow[]> {
  const r = await sql<ChainRow>`
    with recursive naik(id, atasan_jabatan_id, depth) as (
      select id, atasan_jabatan_id, 0 from jabatan where id = ${jabatanId} and instansi_id = ${instansiId}
      union all
      select j.id, j.atasan_jabatan_id, naik.depth + 1 from jabatan j join naik on j.id = naik.atasan_jabatan_id
      where naik.depth < 32
    )
    select naik.id, naik.atasan_jabatan_id, naik.depth, p.id as pegawai_id
    from naik left join pegawai p on p.jabatan_id = naik.id and p.status = 'aktif' and p.instansi_id = ${instansiId}
    order by naik.depth, p.nip`.execute(db);
  return r.rows.map((row) => ({ ...row, depth: Number(row.depth) }));
}

/** Every post below `jabatanId` (any depth) with the number of its active holders. */
export async function jabatanTreeDown(db: Kysely<DB>, instansiId: string, jabatanId: string) {
  const r = await sql<{ id: string; atasan_jabatan_id: string; pemangku: number }>`
    with recursive turun(id, atasan_jabatan_id, depth) as (
      select id, atasan_jabatan_id, 1 from jabatan where atasan_jabatan_id = ${jabatanId} and instansi_id = ${instansiId}
      union all
      select j.id, j.atasan_jabatan_id, turun.depth + 1 from jabatan j join turun on j.atasan_jabatan_id = turun.id
      where turun.depth < 32
    )
    select turun.id, turun.atasan_jabatan_id,
      (select count(*) from pegawai p where p.jabatan_id = turun.id and p.status = 'aktif') as pemangku
    from turun`.execute(db);
  return r.rows.map((row) => ({ ...row, pemangku: Number(row.pemangku) }));
}

export async function pegawaiBrief(db: Kysely<DB>, instansiId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .select(['pegawai.id', 'pegawai.nip', 'pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'jabatan.nama as jabatan_nama'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.id', 'in', ids)
    .execute();
}

export type ListScope =
  | { kind: 'instansi' }
  | { kind: 'terbatas'; pegawaiIds: string[]; opdIds: string[]; jabatanIds: string[] };

export async function listPegawai(
  db: Kysely<DB>,
  instansiId: string,
  scope: ListScope,
  q: string | undefined,
  offset: number,
  limit: number,
) {
  let base = db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .leftJoin('unit_kerja as unit', 'unit.id', 'pegawai.unit_id')
    .where('pegawai.instansi_id', '=', instansiId);
  if (scope.kind === 'terbatas') {
    const { pegawaiIds, opdIds, jabatanIds } = scope;
    base = base.where((eb) =>
      eb.or([
        ...(pegawaiIds.length ? [eb('pegawai.id', 'in', pegawaiIds)] : []),
        ...(opdIds.length ? [eb('unit.opd_id', 'in', opdIds)] : []),
        ...(jabatanIds.length ? [eb.and([eb('pegawai.jabatan_id', 'in', jabatanIds), eb('pegawai.status', '=', 'aktif')])] : []),
        sql<SqlBool>`1 = 0`,
      ]),
    );
  }
  if (q) {
    const digits = q.replace(/\s/g, '');
    base = /^\d{3,18}$/.test(digits)
      ? base.where('pegawai.nip', 'like', `${digits}%`)
      : base.where(sql`lower(pegawai.nama)`, 'like', `%${q.toLowerCase()}%`);
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        'pegawai.id',
        'pegawai.nip',
        'pegawai.nama',
        'pegawai.gelar_depan',
        'pegawai.gelar_belakang',
        'pegawai.status',
        'jabatan.nama as jabatan_nama',
        'unit.nama as unit_nama',
      ])
      .orderBy('pegawai.nama')
      .orderBy('pegawai.id')
      .offset(offset)
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
