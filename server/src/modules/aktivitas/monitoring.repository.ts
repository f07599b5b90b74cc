// Per unit and day: pegawai, who filed, and what awaits approval (pimpinan OPD and BKPPD monitoring).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

export async function jalurUnit(db: Db, instansiId: string, unitId: string) {
  const r = await db.selectFrom('unit_kerja').select('jalur').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
  return r?.jalur ?? null;
}

/** Units open on `tanggal`, optionally only those of some OPDs and/or under a path prefix, in tree order. */
export async function unitTerbuka(db: Db, instansiId: string, tanggal: string, opdIds: readonly string[] | null, jalurAwal: string | null) {
  let q = db
    .selectFrom('unit_kerja')
    .select(['id', 'nama', 'jalur'])
    .where('instansi_id', '=', instansiId)
    .where((eb) => eb.or([eb('ditutup_pada', 'is', null), eb('ditutup_pada', '>', tanggal)]));
  if (opdIds) q = opdIds.length ? q.where('opd_id', 'in', opdIds) : q.where('id', '=', '00000000-0000-0000-0000-000000000000');
  if (jalurAwal) q = q.where('jalur', 'like', `${jalurAwal}%`);
  return q.orderBy('jalur').execute();
}

export async function jumlahPegawai(db: Db, instansiId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('status', '=', 'aktif')
    .where('unit_id', 'in', unitIds)
    .groupBy('unit_id')
    .execute();
}

/** Distinct pegawai per unit with at least one submitted activity (any status but draft) on the date. */
export async function sudahMengisi(db: Db, instansiId: string, unitIds: readonly string[], tanggal: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('aktivitas')
    .innerJoin('pegawai', 'pegawai.id', 'aktivitas.pegawai_id')
    .select(['pegawai.unit_id', (eb) => eb.fn.count<number>('aktivitas.pegawai_id').distinct().as('n')])
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.tanggal', '=', tanggal)
    .where('aktivitas.status', '!=', 'draft')
    .where('pegawai.status', '=', 'aktif')
    .where('pegawai.unit_id', 'in', unitIds)
    .groupBy('pegawai.unit_id')
    .execute();
}

/** Activities awaiting a decision per unit, and the oldest submission (partial index aktivitas_menunggu). */
export async function menunggu(db: Db, instansiId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('aktivitas')
    .innerJoin('pegawai', 'pegawai.id', 'aktivitas.pegawai_id')
    .select(['pegawai.unit_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min<string>('aktivitas.diajukan_pada').as('tertua')])
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.status', '=', 'diajukan')
    .where('pegawai.unit_id', 'in', unitIds)
    .groupBy('pegawai.unit_id')
    .execute();
}

export async function unitMonitoring(db: Db, instansiId: string, unitId: string) {
  return db.selectFrom('unit_kerja').select(['id', 'nama', 'opd_id']).where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
}

/**
 * The people of one unit behind its row: aktif pegawai (jumlahPegawai), plus anyone else of the unit whose activities
 * still wait (the unit's menunggu counts them too). One query, whatever the unit's size.
 */
export async function pegawaiUnit(db: Db, instansiId: string, unitId: string) {
  return db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .select(['pegawai.id', 'pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'pegawai.nip', 'pegawai.status', 'jabatan.nama as jabatan'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.unit_id', '=', unitId)
    .where((eb) =>
      eb.or([
        eb('pegawai.status', '=', 'aktif'),
        eb('pegawai.id', 'in', eb.selectFrom('aktivitas').select('aktivitas.pegawai_id').where('aktivitas.instansi_id', '=', instansiId).where('aktivitas.status', '=', 'diajukan')),
      ]),
    )
    .execute();
}

/** Per aktif pegawai of the unit: activities (any status but draft) and minutes on the date — the rows of sudahMengisi. */
export async function isianPegawai(db: Db, instansiId: string, unitId: string, tanggal: string) {
  return db
    .selectFrom('aktivitas')
    .innerJoin('pegawai', 'pegawai.id', 'aktivitas.pegawai_id')
    .select(['aktivitas.pegawai_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('aktivitas.menit').as('menit')])
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.tanggal', '=', tanggal)
    .where('aktivitas.status', '!=', 'draft')
    .where('pegawai.status', '=', 'aktif')
    .where('pegawai.unit_id', '=', unitId)
    .groupBy('aktivitas.pegawai_id')
    .execute();
}

/** Waiting activities of the unit's pegawai per pegawai and penilai, with the penilai's name and the oldest submission. */
export async function menungguPegawai(db: Db, instansiId: string, unitId: string) {
  return db
    .selectFrom('aktivitas')
    .innerJoin('pegawai', 'pegawai.id', 'aktivitas.pegawai_id')
    .leftJoin('pegawai as penilai', 'penilai.id', 'aktivitas.penilai_id')
    .select([
      'aktivitas.pegawai_id',
      'penilai.nama as penilai_nama',
      'penilai.gelar_depan as penilai_gelar_depan',
      'penilai.gelar_belakang as penilai_gelar_belakang',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.min<string>('aktivitas.diajukan_pada').as('tertua'),
    ])
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.status', '=', 'diajukan')
    .where('pegawai.unit_id', '=', unitId)
    .groupBy(['aktivitas.pegawai_id', 'aktivitas.penilai_id', 'penilai.nama', 'penilai.gelar_depan', 'penilai.gelar_belakang'])
    .execute();
}
