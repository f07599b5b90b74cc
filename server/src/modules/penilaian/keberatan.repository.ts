// Queries of keberatan (table penilaian_keberatan, migration 0009) and the facts of the evaluation it concerns.
// Kysely lives here only; functions take `db` first so they run inside a transaction.
import { type Kysely, sql } from 'kysely';
import type { DB, PenilaianKeberatanTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

export async function findKeberatan(db: Db, instansiId: string, id: string) {
  return db.selectFrom('penilaian_keberatan').selectAll().where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}
export type KeberatanRow = NonNullable<Awaited<ReturnType<typeof findKeberatan>>>;

/** The keberatan of one evaluation (at most one: unique index penilaian_keberatan_penilaian). */
export async function keberatanPenilaian(db: Db, instansiId: string, penilaianId: string) {
  return db.selectFrom('penilaian_keberatan').selectAll().where('instansi_id', '=', instansiId).where('penilaian_id', '=', penilaianId).executeTakeFirst();
}

/** Inserts unless the evaluation has one already (two filings at once): true when this call created it. */
export async function sisipkanKeberatan(db: Db, row: Omit<PenilaianKeberatanTable, 'versi'>): Promise<boolean> {
  const r = await db
    .insertInto('penilaian_keberatan')
    .values(row)
    .onConflict((oc) => oc.columns(['penilaian_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Conditional update on the versi read: false when someone else changed the keberatan first. */
export async function updateKeberatan(db: Db, instansiId: string, id: string, versi: number, set: Partial<Omit<PenilaianKeberatanTable, 'id' | 'versi'>>): Promise<boolean> {
  const r = await db
    .updateTable('penilaian_keberatan')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The keberatan a person takes part in: as atasan penilai (index penilaian_keberatan_atasan), as pegawai
 * (penilaian_keberatan_pegawai) or as penilai, with the period's name parts.
 */
export async function keberatanOrang(db: Db, instansiId: string, pegawaiId: string) {
  return db
    .selectFrom('penilaian_keberatan as k')
    .innerJoin('penilaian as p', 'p.id', 'k.penilaian_id')
    .innerJoin('penilaian_periode as pp', 'pp.id', 'p.periode_id')
    .innerJoin('skp_periode as sp', 'sp.id', 'pp.skp_periode_id')
    .select([
      'k.id',
      'k.penilaian_id',
      'k.pegawai_id',
      'k.penilai_id',
      'k.atasan_penilai_id',
      'k.status',
      'k.predikat_semula',
      'k.keputusan',
      'k.predikat_baru',
      'k.penjelasan_pegawai',
      'k.penjelasan_penilai',
      'k.diajukan_pada',
      'k.diputus_pada',
      'pp.jenis',
      'pp.nomor',
      'sp.tahun',
    ])
    .where('k.instansi_id', '=', instansiId)
    .where((eb) => eb.or([eb('k.atasan_penilai_id', '=', pegawaiId), eb('k.pegawai_id', '=', pegawaiId), eb('k.penilai_id', '=', pegawaiId)]))
    .execute();
}
export type KeberatanOrangRow = Awaited<ReturnType<typeof keberatanOrang>>[number];

/** What a keberatan needs of its evaluation beyond the shared penilaian row: the penetapan instant. */
export async function ditetapkanPada(db: Db, instansiId: string, penilaianId: string): Promise<string | null> {
  const r = await db.selectFrom('penilaian').select('ditetapkan_pada').where('instansi_id', '=', instansiId).where('id', '=', penilaianId).executeTakeFirst();
  return r?.ditetapkan_pada ?? null;
}
