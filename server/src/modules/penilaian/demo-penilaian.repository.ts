// Reads and bulk writes of the demo penilaian data (demo instansi only; see demo-penilaian.ts).
import type { Insertable, Kysely } from 'kysely';
import type { DB, PenilaianPerilakuTable, PenilaianPeriodeTable, PenilaianRealisasiTable, PenilaianRhkTable, PenilaianTable, PenilaianUnitTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

export async function skpPeriodeTahun(db: Db, instansiId: string, tahun: number) {
  return db.selectFrom('skp_periode').select(['id', 'tanggal_mulai', 'tanggal_selesai']).where('instansi_id', '=', instansiId).where('tahun', '=', tahun).executeTakeFirst();
}

/** Approved SKPs of one SKP period in one OPD, with whether the owner's post leads its unit. */
export async function skpDisetujuiOpd(db: Db, instansiId: string, skpPeriodeId: string, opdKode: string) {
  return db
    .selectFrom('skp')
    .innerJoin('unit_kerja as u', 'u.id', 'skp.unit_id')
    .innerJoin('unit_kerja as opd', 'opd.id', 'u.opd_id')
    .innerJoin('jabatan as j', 'j.id', 'skp.jabatan_id')
    .innerJoin('pegawai as p', 'p.id', 'skp.pegawai_id')
    .select(['skp.id', 'skp.pegawai_id', 'skp.jabatan_id', 'skp.unit_id', 'skp.penilai_id', 'skp.atasan_penilai_id', 'skp.disetujui_pada', 'j.kepala_unit', 'u.kode as unit_kode', 'u.induk_id', 'p.nip'])
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.periode_id', '=', skpPeriodeId)
    .where('skp.status', '=', 'disetujui')
    .where('opd.kode', '=', opdKode)
    .orderBy('p.nip')
    .execute();
}

export async function isiSkpBanyak(db: Db, instansiId: string, skpIds: readonly string[]) {
  if (skpIds.length === 0) return { rhk: [], indikator: [] };
  const [rhk, indikator] = await Promise.all([
    db.selectFrom('skp_rhk').select(['id', 'skp_id', 'jenis', 'urutan']).where('instansi_id', '=', instansiId).where('skp_id', 'in', skpIds).orderBy('urutan').execute(),
    db.selectFrom('skp_indikator').select(['id', 'skp_id', 'rhk_id', 'target_angka', 'urutan']).where('instansi_id', '=', instansiId).where('skp_id', 'in', skpIds).orderBy('urutan').execute(),
  ]);
  return { rhk, indikator };
}

/** The pegawai holding the kepala post of a unit (the pimpinan who sets its children's predikat organisasi). */
export async function kepalaUnit(db: Db, instansiId: string, unitId: string) {
  const r = await db
    .selectFrom('pegawai as p')
    .innerJoin('jabatan as j', 'j.id', 'p.jabatan_id')
    .select('p.id')
    .where('p.instansi_id', '=', instansiId)
    .where('j.unit_id', '=', unitId)
    .where('j.kepala_unit', '=', 1)
    .where('p.status', '=', 'aktif')
    .orderBy('p.nip')
    .executeTakeFirst();
  return r?.id ?? null;
}

export interface BarisDemoPenilaian {
  periode: Insertable<PenilaianPeriodeTable>[];
  penilaian: Insertable<PenilaianTable>[];
  realisasi: Insertable<PenilaianRealisasiTable>[];
  rhk: Insertable<PenilaianRhkTable>[];
  perilaku: Insertable<PenilaianPerilakuTable>[];
  unit: Insertable<PenilaianUnitTable>[];
}

async function masukkan<T extends keyof DB>(db: Db, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  // ≤ 30 columns × 300 rows stays far below both databases' bound-parameter limits
  for (let i = 0; i < rows.length; i += 300) await db.insertInto(table).values(rows.slice(i, i + 300) as never).execute();
}

export async function insertDemoPenilaian(db: Db, b: BarisDemoPenilaian): Promise<void> {
  await masukkan(db, 'penilaian_periode', b.periode);
  await masukkan(db, 'penilaian', b.penilaian);
  await masukkan(db, 'penilaian_realisasi', b.realisasi);
  await masukkan(db, 'penilaian_rhk', b.rhk);
  await masukkan(db, 'penilaian_perilaku', b.perilaku);
  await masukkan(db, 'penilaian_unit', b.unit);
}
