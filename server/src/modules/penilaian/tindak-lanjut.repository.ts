// Queries of tindak lanjut (DOMAIN.md §2.6): the records with the unit they are judged by, the finalised evaluations of
// a period that make candidates, approved minutes per pegawai, and the units an actor leads. Kysely lives here only;
// every filter keeps instansi_id (indexes tindak_lanjut_periode, tindak_lanjut_pegawai, aktivitas (instansi_id,
// pegawai_id, tanggal)).
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { DB, TindakLanjutTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** jalur of the units whose kepala post the pegawai holds on `tanggal`: their own post, or an active Plt/Plh. */
export async function jalurDipimpin(db: Db, instansiId: string, pegawaiId: string, jabatanId: string | null, tanggal: string): Promise<string[]> {
  const plt = await db
    .selectFrom('pelaksana_tugas')
    .select('jabatan_id')
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('dicabut_pada', 'is', null)
    .where('mulai', '<=', tanggal)
    .where('selesai', '>=', tanggal)
    .execute();
  const postIds = [...new Set([...(jabatanId ? [jabatanId] : []), ...plt.map((p) => p.jabatan_id)])];
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('jabatan as j')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select('u.jalur')
    .where('j.instansi_id', '=', instansiId)
    .where('j.id', 'in', postIds)
    .where('j.kepala_unit', '=', 1)
    .execute();
  return rows.map((r) => r.jalur);
}

// ——— records ———

function pilihTindakLanjut(db: Db) {
  return db
    .selectFrom('tindak_lanjut as tl')
    .leftJoin('penilaian as p', 'p.id', 'tl.penilaian_id')
    .leftJoin('unit_kerja as up', 'up.id', 'p.unit_id')
    .innerJoin('pegawai as pg', 'pg.id', 'tl.pegawai_id')
    .leftJoin('unit_kerja as ug', 'ug.id', 'pg.unit_id')
    .select([
      'tl.id',
      'tl.instansi_id',
      'tl.pegawai_id',
      'tl.periode_id',
      'tl.penilaian_id',
      'tl.jenis',
      'tl.kategori',
      'tl.uraian',
      'tl.tanggal_mulai',
      'tl.tanggal_selesai',
      'tl.status',
      'tl.hasil',
      'tl.dicatat_oleh',
      'tl.dicatat_pada',
      'tl.versi',
      'p.penilai_id',
      // the unit a record is judged by: the evaluation's snapshot, else the pegawai's current unit
      'up.jalur as jalur_penilaian',
      'up.opd_id as opd_penilaian',
      'ug.jalur as jalur_pegawai',
      'ug.opd_id as opd_pegawai',
    ]);
}

export async function findTindakLanjut(db: Db, instansiId: string, id: string) {
  return pilihTindakLanjut(db).where('tl.instansi_id', '=', instansiId).where('tl.id', '=', id).executeTakeFirst();
}
export type TindakLanjutRow = NonNullable<Awaited<ReturnType<typeof findTindakLanjut>>>;

/** Records of a period and/or of a pegawai (at least one filter), oldest first. */
export async function daftarTindakLanjut(db: Db, instansiId: string, f: { periodeId?: string; pegawaiId?: string }) {
  if (!f.periodeId && !f.pegawaiId) return [];
  return pilihTindakLanjut(db)
    .where('tl.instansi_id', '=', instansiId)
    .$if(f.periodeId !== undefined, (q) => q.where('tl.periode_id', '=', f.periodeId!))
    .$if(f.pegawaiId !== undefined, (q) => q.where('tl.pegawai_id', '=', f.pegawaiId!))
    .orderBy('tl.dicatat_pada')
    .orderBy('tl.id')
    .execute();
}

export async function insertTindakLanjut(db: Db, row: Omit<TindakLanjutTable, 'versi'>): Promise<void> {
  await db.insertInto('tindak_lanjut').values(row).execute();
}

/** Conditional update on the versi read: false when someone else changed the record first. */
export async function updateTindakLanjut(db: Db, instansiId: string, id: string, versi: number, set: Pick<TindakLanjutTable, 'status' | 'hasil' | 'uraian' | 'tanggal_selesai' | 'diubah_pada'>): Promise<boolean> {
  const r = await db
    .updateTable('tindak_lanjut')
    .set({ ...set, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** An ASN teladan of this pegawai in this period that was not cancelled. */
export async function teladanAda(db: Db, instansiId: string, pegawaiId: string, periodeId: string): Promise<string | null> {
  const r = await db
    .selectFrom('tindak_lanjut')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .where('jenis', '=', 'penghargaan')
    .where('pegawai_id', '=', pegawaiId)
    .where('kategori', '=', 'asn_teladan')
    .where('status', '!=', 'dibatalkan')
    .executeTakeFirst();
  return r?.id ?? null;
}

/**
 * Serialises the "at most one ASN teladan per pegawai and period" check with its insert (no unique index can express
 * "not cancelled" on both databases). SQLite already has one writer at a time.
 */
export async function kunciTeladan(trx: Db, dialect: Dialect, pegawaiId: string, periodeId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7301006, hashtext(${`${pegawaiId}/${periodeId}`}))`.execute(trx);
}

// ——— candidates ———

/** Finalised evaluations of a period with one of these predikat, with the unit they were evaluated in. */
export async function ditetapkanPeriode(db: Db, instansiId: string, periodeId: string, predikat: readonly string[]) {
  return db
    .selectFrom('penilaian as p')
    .leftJoin('unit_kerja as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.pegawai_id', 'p.penilai_id', 'p.unit_id', 'p.predikat', 'p.rating_hasil_kerja', 'p.rating_perilaku_kerja', 'p.tanggal_mulai', 'u.jalur', 'u.opd_id'])
    .where('p.instansi_id', '=', instansiId)
    .where('p.periode_id', '=', periodeId)
    .where('p.status', '=', 'ditetapkan')
    .where('p.predikat', 'in', [...predikat])
    .orderBy('p.pegawai_id')
    .orderBy('p.tanggal_mulai')
    .execute();
}
export type DitetapkanRow = Awaited<ReturnType<typeof ditetapkanPeriode>>[number];

/** One evaluation with the unit it was evaluated in. */
export async function penilaianDenganUnit(db: Db, instansiId: string, id: string) {
  return db
    .selectFrom('penilaian as p')
    .leftJoin('unit_kerja as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.pegawai_id', 'p.periode_id', 'p.penilai_id', 'p.status', 'p.predikat', 'u.jalur', 'u.opd_id'])
    .where('p.instansi_id', '=', instansiId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** A pegawai's finalised Sangat Baik evaluations of a period (the ones that allow an ASN teladan). */
export async function sangatBaikDitetapkan(db: Db, instansiId: string, pegawaiId: string, periodeId: string) {
  return db
    .selectFrom('penilaian as p')
    .leftJoin('unit_kerja as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.pegawai_id', 'p.periode_id', 'p.penilai_id', 'p.status', 'p.predikat', 'u.jalur', 'u.opd_id'])
    .where('p.instansi_id', '=', instansiId)
    .where('p.pegawai_id', '=', pegawaiId)
    .where('p.periode_id', '=', periodeId)
    .where('p.status', '=', 'ditetapkan')
    .where('p.predikat', '=', 'sangat_baik')
    .orderBy('p.tanggal_mulai')
    .execute();
}

export async function pegawaiDenganUnit(db: Db, instansiId: string, id: string) {
  return db
    .selectFrom('pegawai as pg')
    .leftJoin('unit_kerja as u', 'u.id', 'pg.unit_id')
    .select(['pg.id', 'u.jalur', 'u.opd_id'])
    .where('pg.instansi_id', '=', instansiId)
    .where('pg.id', '=', id)
    .executeTakeFirst();
}

/** Approved aktivitas minutes per pegawai dated in [mulai, selesai] (DOMAIN.md §2.2: only approved minutes count). */
export async function menitDisetujui(db: Db, instansiId: string, pegawaiIds: readonly string[], mulai: string, selesai: string): Promise<Map<string, number>> {
  if (pegawaiIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('aktivitas')
    .select(['pegawai_id', (eb) => eb.fn.sum<number | string>('menit').as('menit')])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', 'in', [...pegawaiIds])
    .where('tanggal', '>=', mulai)
    .where('tanggal', '<=', selesai)
    .where('status', '=', 'disetujui')
    .groupBy('pegawai_id')
    .execute();
  return new Map(rows.map((r) => [r.pegawai_id, Number(r.menit ?? 0)]));
}
