// Reads for the Excel exports: one query per sheet, narrowed to the actor's scope in SQL.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface CakupanEkspor {
  /** null = the whole instansi; otherwise only units of these OPDs */
  opdIds: readonly string[] | null;
}

export async function jalurUnit(db: Kysely<DB>, instansiId: string, unitId: string) {
  return db.selectFrom('unit_kerja').select(['jalur', 'opd_id']).where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
}

export async function pegawaiUntukEkspor(db: Kysely<DB>, instansiId: string, cakupan: CakupanEkspor, filter: { q?: string | undefined; jalur?: string | undefined }) {
  let q = db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .leftJoin('unit_kerja as unit', 'unit.id', 'pegawai.unit_id')
    .where('pegawai.instansi_id', '=', instansiId)
    // a row without NIP (the Wali Kota, a pejabat negara) cannot be imported back
    .where('pegawai.nip', 'is not', null);
  if (cakupan.opdIds) q = cakupan.opdIds.length ? q.where('unit.opd_id', 'in', cakupan.opdIds) : q.where(sql<boolean>`1 = 0`);
  if (filter.jalur) q = q.where('unit.jalur', 'like', `${filter.jalur}%`);
  if (filter.q) {
    const digits = filter.q.replace(/\s/g, '');
    q = /^\d{3,18}$/.test(digits) ? q.where('pegawai.nip', 'like', `${digits}%`) : q.where(sql`lower(pegawai.nama)`, 'like', `%${filter.q.toLowerCase()}%`);
  }
  return q
    .select((eb) => [
      'pegawai.id',
      'pegawai.nip',
      'pegawai.nama',
      'pegawai.gelar_depan',
      'pegawai.gelar_belakang',
      'pegawai.jenis_asn',
      'pegawai.golongan',
      'pegawai.status',
      'jabatan.nama as jabatan_nama',
      'jabatan.jenis as jabatan_jenis',
      'unit.kode as unit_kode',
      'unit.nama as unit_nama',
      eb
        .selectFrom('riwayat_jabatan as r')
        .select((e) => e.fn.max('r.mulai').as('m'))
        // instansi first: the (instansi_id, pegawai_id, mulai) index answers it
        .whereRef('r.instansi_id', '=', 'pegawai.instansi_id')
        .whereRef('r.pegawai_id', '=', 'pegawai.id')
        .where('r.selesai', 'is', null)
        .as('tmt_jabatan'),
    ])
    .orderBy('unit.kode')
    .orderBy('pegawai.nama')
    .orderBy('pegawai.nip')
    .execute();
}

/** NIP of every pegawai of the instansi, to write the penilai's NIP (the penilai may be outside the exported set). */
export async function nipPegawai(db: Kysely<DB>, instansiId: string) {
  return db.selectFrom('pegawai').select(['id', 'nip']).where('instansi_id', '=', instansiId).where('nip', 'is not', null).execute();
}

export async function unitUntukEkspor(db: Kysely<DB>, instansiId: string) {
  const [unit, jumlah] = await Promise.all([
    db
      .selectFrom('unit_kerja')
      .select(['id', 'induk_id', 'opd_id', 'kode', 'nama', 'singkatan', 'jenis', 'jalur', 'dibuka_pada', 'ditutup_pada'])
      .where('instansi_id', '=', instansiId)
      .orderBy('jalur')
      .execute(),
    db
      .selectFrom('pegawai')
      .select((eb) => ['unit_id', eb.fn.countAll<number>().as('n')])
      .where('instansi_id', '=', instansiId)
      // pegawai still serving (cuti di luar tanggungan negara included); pensiun/berhenti are not counted
      .where('status', 'in', ['aktif', 'cltn'])
      .where('unit_id', 'is not', null)
      .groupBy('unit_id')
      .execute(),
  ]);
  return { unit, jumlah: jumlah.map((j) => ({ unit_id: j.unit_id!, n: Number(j.n) })) };
}
