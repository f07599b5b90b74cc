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
  | { kind: 'terbatas'; pegawaiIds: string[]; opdIds: string[] };

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
    const { pegawaiIds, opdIds } = scope;
    base = base.where((eb) =>
      eb.or([
        ...(pegawaiIds.length ? [eb('pegawai.id', 'in', pegawaiIds)] : []),
        ...(opdIds.length ? [eb('unit.opd_id', 'in', opdIds)] : []),
        sql<SqlBool>`1 = 0`,
      ]),
    );
  }
  if (q) {
    const digits = q.replace(/\s/g, '');
    base = /^\d{3,18}$/.test(digits)
      ? // a range, not LIKE: SQLite's LIKE is case-insensitive and cannot use the (instansi_id, nip) index; ':' sorts right after '9'
        base.where('pegawai.nip', '>=', digits).where('pegawai.nip', '<', `${digits}:`)
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
