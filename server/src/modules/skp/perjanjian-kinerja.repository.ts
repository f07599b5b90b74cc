// Perjanjian Kinerja of a unit and year (the source of JPT / kepala OPD RHK): one head row carrying the version,
// its sasaran in order. Sasaran keep their ids across edits because skp_rhk.pk_sasaran_id points at them.
import { type Kysely, sql } from 'kysely';
import type { DB, PerjanjianKinerjaSasaranTable, PerjanjianKinerjaTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** The unit with what the access rule needs (its OPD) and whether it is still open. */
export async function unitPk(db: Db, instansiId: string, unitId: string) {
  return db
    .selectFrom('unit_kerja')
    .select(['id', 'nama', 'opd_id', 'ditutup_pada'])
    .where('instansi_id', '=', instansiId)
    .where('id', '=', unitId)
    .executeTakeFirst();
}

export async function cariPk(db: Db, instansiId: string, unitId: string, tahun: number) {
  return db
    .selectFrom('perjanjian_kinerja')
    .select(['id', 'versi'])
    .where('instansi_id', '=', instansiId)
    .where('unit_id', '=', unitId)
    .where('tahun', '=', tahun)
    .executeTakeFirst();
}

export async function sasaranPk(db: Db, instansiId: string, pkId: string) {
  return db
    .selectFrom('perjanjian_kinerja_sasaran')
    .select(['id', 'sasaran', 'indikator', 'target'])
    .where('instansi_id', '=', instansiId)
    .where('perjanjian_id', '=', pkId)
    .orderBy('urutan')
    .orderBy('id')
    .execute();
}

export async function insertPk(db: Db, row: Omit<PerjanjianKinerjaTable, 'versi'>): Promise<void> {
  await db.insertInto('perjanjian_kinerja').values({ ...row, versi: 1 }).execute();
}

/** Bumps the version; false when somebody else saved since `versi` was read. */
export async function naikkanVersi(db: Db, instansiId: string, pkId: string, versi: number, waktu: string): Promise<boolean> {
  const r = await db
    .updateTable('perjanjian_kinerja')
    .set({ versi: sql<number>`versi + 1`, diubah_pada: waktu })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', pkId)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes the sasaran of the agreement that are not kept. */
export async function hapusSasaranSelain(db: Db, instansiId: string, pkId: string, simpanIds: readonly string[]): Promise<void> {
  let q = db.deleteFrom('perjanjian_kinerja_sasaran').where('instansi_id', '=', instansiId).where('perjanjian_id', '=', pkId);
  if (simpanIds.length) q = q.where('id', 'not in', simpanIds);
  await q.execute();
}

export async function ubahSasaran(db: Db, instansiId: string, id: string, set: Pick<PerjanjianKinerjaSasaranTable, 'sasaran' | 'indikator' | 'target' | 'urutan'>): Promise<void> {
  await db.updateTable('perjanjian_kinerja_sasaran').set(set).where('instansi_id', '=', instansiId).where('id', '=', id).execute();
}

export async function insertSasaran(db: Db, rows: readonly PerjanjianKinerjaSasaranTable[]): Promise<void> {
  if (rows.length) await db.insertInto('perjanjian_kinerja_sasaran').values([...rows]).execute();
}
