import type { Kysely } from 'kysely';
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

