// Queries of the unit kerja tree. Subtrees are prefix matches on the materialised `jalur` ('/root/opd/…/own/', index
// unit_kerja_jalur); every function takes the db or the caller's transaction first.
import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { DB, UnitKerjaTable } from '../../db/schema.ts';

const KOLOM = ['id', 'induk_id', 'opd_id', 'kode', 'nama', 'singkatan', 'jenis', 'jalur', 'urutan', 'dibuka_pada', 'ditutup_pada', 'versi'] as const;

export type UnitRow = Pick<Selectable<UnitKerjaTable>, (typeof KOLOM)[number]>;

export async function semuaUnit(db: Kysely<DB>, instansiId: string, jalurPrefixes?: string[]): Promise<UnitRow[]> {
  let q = db.selectFrom('unit_kerja').select(KOLOM).where('instansi_id', '=', instansiId);
  if (jalurPrefixes) {
    if (jalurPrefixes.length === 0) return [];
    q = q.where((eb) => eb.or(jalurPrefixes.map((p) => eb('jalur', 'like', `${p}%`))));
  }
  return (await q.execute()).map((r) => ({ ...r, urutan: Number(r.urutan), versi: Number(r.versi) }));
}

export async function findUnit(db: Kysely<DB>, instansiId: string, id: string): Promise<UnitRow | undefined> {
  const r = await db.selectFrom('unit_kerja').select(KOLOM).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
  return r ? { ...r, urutan: Number(r.urutan), versi: Number(r.versi) } : undefined;
}

export async function findUnits(db: Kysely<DB>, instansiId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('unit_kerja').select(['id', 'nama']).where('instansi_id', '=', instansiId).where('id', 'in', ids).execute();
}

export async function findAkar(db: Kysely<DB>, instansiId: string) {
  return db.selectFrom('unit_kerja').select(['id', 'jalur']).where('instansi_id', '=', instansiId).where('induk_id', 'is', null).executeTakeFirst();
}

/** Pegawai per unit (directly in it), not counting those who left. */
export async function jumlahPegawaiPerUnit(db: Kysely<DB>, instansiId: string, statusKeluar: readonly string[]) {
  const rows = await db
    .selectFrom('pegawai')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('unit_id', 'is not', null)
    .where('status', 'not in', [...statusKeluar])
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id as string, Number(r.n)]));
}

export async function jumlahJabatanPerUnit(db: Kysely<DB>, instansiId: string) {
  const rows = await db
    .selectFrom('jabatan')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
}

export async function kodeTerpakai(db: Kysely<DB>, instansiId: string, kode: string, kecualiId?: string): Promise<boolean> {
  let q = db.selectFrom('unit_kerja').select('id').where('instansi_id', '=', instansiId).where(sql`upper(kode)`, '=', kode.toUpperCase());
  if (kecualiId) q = q.where('id', '!=', kecualiId);
  return !!(await q.executeTakeFirst());
}

export async function urutanBerikut(db: Kysely<DB>, instansiId: string, indukId: string): Promise<number> {
  const r = await db
    .selectFrom('unit_kerja')
    .select((eb) => eb.fn.max('urutan').as('m'))
    .where('instansi_id', '=', instansiId)
    .where('induk_id', '=', indukId)
    .executeTakeFirst();
  return r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 1;
}

export async function insertUnit(db: Kysely<DB>, row: Insertable<UnitKerjaTable>): Promise<void> {
  await db.insertInto('unit_kerja').values(row).execute();
}

/** Optimistic update: only if nobody changed the unit since `versi` was read. */
export async function updateUnit(
  db: Kysely<DB>,
  instansiId: string,
  id: string,
  versi: number,
  set: Pick<Updateable<UnitKerjaTable>, 'kode' | 'nama' | 'singkatan' | 'jenis' | 'induk_id' | 'urutan' | 'ditutup_pada'>,
): Promise<boolean> {
  const r = await db
    .updateTable('unit_kerja')
    .set({ ...set, versi: versi + 1 })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Re-roots a subtree: every unit whose jalur starts with `jalurLama` gets `jalurBaru` in its place and the OPD of its
 * new position, in one statement (the caller's transaction makes it atomic with the moved unit's own row).
 */
export async function pindahkanSubtree(db: Kysely<DB>, instansiId: string, jalurLama: string, jalurBaru: string, opdBaru: string): Promise<number> {
  const r = await db
    .updateTable('unit_kerja')
    .set({
      jalur: sql<string>`cast(${jalurBaru} as text) || substr(jalur, ${jalurLama.length + 1})`,
      opd_id: opdBaru,
    })
    .where('instansi_id', '=', instansiId)
    .where('jalur', 'like', `${jalurLama}%`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Pegawai still placed directly in the unit who have not left (aktif, cltn). */
export async function jumlahPegawaiAktifDi(db: Kysely<DB>, instansiId: string, unitId: string, statusKeluar: readonly string[]): Promise<number> {
  const r = await db
    .selectFrom('pegawai')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instansi_id', '=', instansiId)
    .where('unit_id', '=', unitId)
    .where('status', 'not in', [...statusKeluar])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Direct sub-units still open on `tanggal` (not closed, or closing only after it). */
export async function subUnitTerbuka(db: Kysely<DB>, instansiId: string, unitId: string, tanggal: string) {
  return db
    .selectFrom('unit_kerja')
    .select(['id', 'nama'])
    .where('instansi_id', '=', instansiId)
    .where('induk_id', '=', unitId)
    .where((eb) => eb.or([eb('ditutup_pada', 'is', null), eb('ditutup_pada', '>', tanggal)]))
    .orderBy('urutan')
    .execute();
}

/** Accounts holding pimpinan_opd for this unit (their scope is keyed by the OPD's id). */
export async function jumlahPimpinanOpd(db: Kysely<DB>, instansiId: string, unitId: string): Promise<number> {
  const r = await db
    .selectFrom('akun_peran')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instansi_id', '=', instansiId)
    .where('peran', '=', 'pimpinan_opd')
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
