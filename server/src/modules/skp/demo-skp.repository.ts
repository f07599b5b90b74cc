// Reads and bulk writes of the demo SKP data (demo instansi only; see demo-skp.ts).
import type { Insertable, Kysely } from 'kysely';
import type { DB, PerjanjianKinerjaSasaranTable, PerjanjianKinerjaTable, SkpEkspektasiTable, SkpIndikatorTable, SkpPeriodeTable, SkpRhkTable, SkpTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** The OPD unit with this kode. */
export async function unitOpd(db: Db, instansiId: string, kode: string) {
  return db.selectFrom('unit_kerja').select(['id', 'nama']).where('instansi_id', '=', instansiId).where('kode', '=', kode).executeTakeFirst();
}

/** Active pegawai of one OPD with their post and unit (the snapshot an SKP keeps). */
export async function pegawaiOpd(db: Db, instansiId: string, opdId: string) {
  return db
    .selectFrom('pegawai')
    .innerJoin('unit_kerja as u', 'u.id', 'pegawai.unit_id')
    .innerJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .select(['pegawai.id', 'pegawai.nip', 'pegawai.jabatan_id', 'pegawai.unit_id', 'jabatan.jenis', 'u.kode as unit_kode'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.status', '=', 'aktif')
    .where('u.opd_id', '=', opdId)
    .orderBy('pegawai.nip')
    .execute();
}

export interface BarisDemoSkp {
  periode: Insertable<SkpPeriodeTable>;
  perjanjian: Insertable<PerjanjianKinerjaTable>;
  sasaran: Insertable<PerjanjianKinerjaSasaranTable>[];
  skp: Insertable<SkpTable>[];
  rhk: Insertable<SkpRhkTable>[];
  indikator: Insertable<SkpIndikatorTable>[];
  ekspektasi: Insertable<SkpEkspektasiTable>[];
}

/** Inserts in chunks far below both databases' bound-parameter limits (≤ 25 columns × 400 rows). */
async function masukkan<T extends keyof DB>(db: Db, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await db.insertInto(table).values(rows.slice(i, i + 400) as never).execute();
}

/** Writes every demo SKP row, parents first (the caller's transaction keeps it all-or-nothing). */
export async function insertDemoSkp(db: Db, b: BarisDemoSkp): Promise<void> {
  await db.insertInto('skp_periode').values(b.periode).execute();
  await db.insertInto('perjanjian_kinerja').values(b.perjanjian).execute();
  await masukkan(db, 'perjanjian_kinerja_sasaran', b.sasaran);
  await masukkan(db, 'skp', b.skp);
  await masukkan(db, 'skp_rhk', b.rhk);
  await masukkan(db, 'skp_indikator', b.indikator);
  await masukkan(db, 'skp_ekspektasi', b.ekspektasi);
}
