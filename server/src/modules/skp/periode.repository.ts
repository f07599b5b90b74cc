// Queries of SKP periods (skp_periode: one per instansi and year, unique index skp_periode_tahun) and the units
// that scope them.
import { type Kysely, sql } from 'kysely';
import type { DB, SkpPeriodeTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

const KOLOM = ['id', 'instansi_id', 'tahun', 'tanggal_mulai', 'tanggal_selesai', 'pendekatan_bawaan', 'unit_ids', 'status', 'versi', 'dibuat_pada', 'diubah_pada'] as const;

export async function daftarPeriode(db: Db, instansiId: string) {
  return db.selectFrom('skp_periode').select(KOLOM).where('instansi_id', '=', instansiId).orderBy('tahun', 'desc').execute();
}

export async function findPeriode(db: Db, instansiId: string, id: string) {
  return db.selectFrom('skp_periode').select(KOLOM).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}
export type PeriodeRow = NonNullable<Awaited<ReturnType<typeof findPeriode>>>;

export async function periodeTahun(db: Db, instansiId: string, tahun: number) {
  return db.selectFrom('skp_periode').select(KOLOM).where('instansi_id', '=', instansiId).where('tahun', '=', tahun).executeTakeFirst();
}

export async function insertPeriode(db: Db, row: Omit<SkpPeriodeTable, 'versi'>) {
  await db.insertInto('skp_periode').values(row).execute();
}

/** Conditional update on the versi read: false when someone else changed the period first. */
export async function updatePeriode(db: Db, instansiId: string, id: string, versi: number, set: Partial<Pick<SkpPeriodeTable, 'pendekatan_bawaan' | 'unit_ids' | 'status' | 'diubah_pada'>>): Promise<boolean> {
  const r = await db
    .updateTable('skp_periode')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Units by id (names for the period's scope, and whether they are still open). */
export async function unitBanyak(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('unit_kerja').select(['id', 'nama', 'jalur', 'ditutup_pada']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}

/** The unit's materialised path '/root/…/own/' (null when the unit does not exist). */
export async function jalurUnit(db: Db, instansiId: string, unitId: string): Promise<string | null> {
  const u = await db.selectFrom('unit_kerja').select('jalur').where('instansi_id', '=', instansiId).where('id', '=', unitId).executeTakeFirst();
  return u?.jalur ?? null;
}
