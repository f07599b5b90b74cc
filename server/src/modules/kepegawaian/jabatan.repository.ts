// Queries of the jabatan tree (the posts the penilai chain walks). Every function takes the db or a transaction first.
import { type Insertable, type Kysely, type Updateable, sql } from 'kysely';
import type { DB, JabatanTable } from '../../db/schema.ts';

export interface JabatanFilter {
  q?: string | undefined;
  unitId?: string | undefined;
  /** with unitId: every unit whose jalur starts with this one's */
  unitJalur?: string | undefined;
  /** a pimpinan OPD's reach */
  opdIds?: string[] | undefined;
  jenis?: string | undefined;
  lowong?: boolean | undefined;
}

export async function listJabatan(db: Kysely<DB>, instansiId: string, f: JabatanFilter, offset: number, limit: number) {
  // active holders per post; one grouped pass over pegawai (≈ 8,000 rows) beats a correlated count per row
  const pemangku = db
    .selectFrom('pegawai')
    .select(['jabatan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('status', '=', 'aktif')
    .where('jabatan_id', 'is not', null)
    .groupBy('jabatan_id')
    .as('pem');
  let base = db
    .selectFrom('jabatan')
    .innerJoin('unit_kerja as unit', 'unit.id', 'jabatan.unit_id')
    .leftJoin('jabatan as atasan', 'atasan.id', 'jabatan.atasan_jabatan_id')
    .leftJoin(pemangku, 'pem.jabatan_id', 'jabatan.id')
    .where('jabatan.instansi_id', '=', instansiId);
  if (f.opdIds) base = f.opdIds.length > 0 ? base.where('unit.opd_id', 'in', f.opdIds) : base.where(sql<boolean>`1 = 0`);
  if (f.unitJalur) base = base.where('unit.jalur', 'like', `${f.unitJalur}%`);
  else if (f.unitId) base = base.where('jabatan.unit_id', '=', f.unitId);
  if (f.jenis) base = base.where('jabatan.jenis', '=', f.jenis);
  if (f.lowong !== undefined) base = base.where(sql`coalesce(pem.n, 0)`, f.lowong ? '=' : '>', 0);
  if (f.q) {
    for (const word of f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5)) {
      // every word must appear in the jabatan's or its unit's name ("kepala seksi surveilans", "analis bkppd")
      base = base.where((eb) => eb.or([eb(sql`lower(jabatan.nama)`, 'like', `%${word}%`), eb(sql`lower(unit.nama)`, 'like', `%${word}%`), eb(sql`lower(unit.kode)`, 'like', `%${word}%`)]));
    }
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        'jabatan.id',
        'jabatan.nama',
        'jabatan.jenis',
        'jabatan.jenjang',
        'jabatan.kelas_jabatan',
        'jabatan.unit_id',
        'unit.nama as unit_nama',
        'jabatan.atasan_jabatan_id',
        'atasan.nama as atasan_nama',
        'jabatan.kepala_unit',
        'jabatan.versi',
        sql<number>`coalesce(pem.n, 0)`.as('pemangku'),
      ])
      // grouped by unit (the tree's order of creation), the head first, then by class and name
      .orderBy('unit.jalur')
      .orderBy('jabatan.kepala_unit', 'desc')
      .orderBy(sql`coalesce(jabatan.kelas_jabatan, 0)`, 'desc')
      .orderBy('jabatan.nama')
      .orderBy('jabatan.id')
      .offset(offset)
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, pemangku: Number(r.pemangku), versi: Number(r.versi), kelas_jabatan: r.kelas_jabatan === null ? null : Number(r.kelas_jabatan) })), total: Number(count.n) };
}

export async function findJabatan(db: Kysely<DB>, instansiId: string, id: string) {
  const r = await db
    .selectFrom('jabatan')
    .select(['id', 'nama', 'jenis', 'jenjang', 'kelas_jabatan', 'unit_id', 'atasan_jabatan_id', 'kepala_unit', 'versi'])
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? { ...r, versi: Number(r.versi), kepala_unit: Number(r.kepala_unit) } : undefined;
}

/** The post itself and every post above it (ids, nearest first); stops at 64 levels should data ever loop. */
export async function rantaiAtasan(db: Kysely<DB>, instansiId: string, jabatanId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    with recursive naik(id, atasan_jabatan_id, depth) as (
      select id, atasan_jabatan_id, 0 from jabatan where id = ${jabatanId} and instansi_id = ${instansiId}
      union all
      select j.id, j.atasan_jabatan_id, naik.depth + 1 from jabatan j join naik on j.id = naik.atasan_jabatan_id
      where naik.depth < 64
    )
    select id from naik order by depth`.execute(db);
  return r.rows.map((row) => row.id);
}

/** The other post flagged as head of this unit, if any. */
export async function kepalaLainDiUnit(db: Kysely<DB>, instansiId: string, unitId: string, kecualiId: string | null) {
  let q = db.selectFrom('jabatan').select(['id', 'nama']).where('instansi_id', '=', instansiId).where('unit_id', '=', unitId).where('kepala_unit', '=', 1);
  if (kecualiId) q = q.where('id', '!=', kecualiId);
  return q.executeTakeFirst();
}

/** Pegawai currently in the post who have not left (aktif, cltn). */
export async function jumlahPemangku(db: Kysely<DB>, instansiId: string, jabatanId: string, statusKeluar: readonly string[]): Promise<number> {
  const r = await db
    .selectFrom('pegawai')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instansi_id', '=', instansiId)
    .where('jabatan_id', '=', jabatanId)
    .where('status', 'not in', [...statusKeluar])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertJabatan(db: Kysely<DB>, row: Insertable<JabatanTable>): Promise<void> {
  await db.insertInto('jabatan').values(row).execute();
}

export async function updateJabatan(
  db: Kysely<DB>,
  instansiId: string,
  id: string,
  versi: number,
  set: Pick<Updateable<JabatanTable>, 'nama' | 'jenis' | 'jenjang' | 'kelas_jabatan' | 'unit_id' | 'atasan_jabatan_id' | 'kepala_unit'>,
): Promise<boolean> {
  const r = await db
    .updateTable('jabatan')
    .set({ ...set, versi: versi + 1 })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
