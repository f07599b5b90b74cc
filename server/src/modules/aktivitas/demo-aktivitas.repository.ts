// Writes of the demo activity history (demo instansi only; see demo-aktivitas.ts).
import type { Kysely } from 'kysely';
import type { AktivitasTable, DB } from '../../db/schema.ts';

/** Active pegawai of one OPD (by unit kode) with their jabatan jenis. */
export async function pegawaiOpd(db: Kysely<DB>, instansiId: string, kodeOpd: string) {
  return db
    .selectFrom('pegawai')
    .innerJoin('unit_kerja as u', 'u.id', 'pegawai.unit_id')
    .innerJoin('unit_kerja as opd', 'opd.id', 'u.opd_id')
    .innerJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .select(['pegawai.id', 'jabatan.jenis', 'jabatan.nama as jabatan_nama'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.status', '=', 'aktif')
    .where('opd.kode', '=', kodeOpd)
    .orderBy('pegawai.nip')
    .execute();
}

/** 24 columns a row: 500 rows stay far below both databases' bound-parameter limits. */
export async function insertAktivitas(db: Kysely<DB>, rows: readonly Omit<AktivitasTable, 'versi'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('aktivitas').values(rows.slice(i, i + 500)).execute();
}
