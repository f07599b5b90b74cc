// Queries of the Dokumen Evaluasi Kinerja Pegawai beyond the record itself: when it was finalised, the unit's
// predikat organisasi and distribution of predikat in the period (penilaian_unit, migration 0009; index
// penilaian_periode_unit), and the decided keberatan. Kysely lives here only; every filter keeps instansi_id.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** When (and by whom) the record was finalised. */
export async function penetapan(db: Db, instansiId: string, penilaianId: string) {
  return db.selectFrom('penilaian').select(['ditetapkan_pada', 'ditetapkan_oleh']).where('instansi_id', '=', instansiId).where('id', '=', penilaianId).executeTakeFirst();
}

/** The predikat organisasi set for the unit in the period, or null (no row yet, or not set). */
export async function predikatOrganisasi(db: Db, instansiId: string, periodeId: string, unitId: string): Promise<string | null> {
  const r = await db
    .selectFrom('penilaian_unit')
    .select('predikat_organisasi')
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return r?.predikat_organisasi ?? null;
}

/** How many of the unit's records of the period carry each predikat (rated or finalised: the n of the kurva). */
export async function sebaranUnit(db: Db, instansiId: string, periodeId: string, unitId: string) {
  const rows = await db
    .selectFrom('penilaian')
    .select(['predikat', (eb) => eb.fn.countAll<number | string>().as('jumlah')])
    .where('instansi_id', '=', instansiId)
    .where('periode_id', '=', periodeId)
    .where('unit_id', '=', unitId)
    .where('status', 'in', ['dinilai', 'ditetapkan'])
    .where('predikat', 'is not', null)
    .groupBy('predikat')
    .execute();
  return rows.map((r) => ({ predikat: r.predikat!, jumlah: Number(r.jumlah) }));
}

/** The keberatan against the record once decided (status diputus), else undefined. */
export async function keberatanDiputus(db: Db, instansiId: string, penilaianId: string) {
  return db
    .selectFrom('penilaian_keberatan')
    .select(['keputusan', 'alasan_keputusan', 'diputus_pada'])
    .where('instansi_id', '=', instansiId)
    .where('penilaian_id', '=', penilaianId)
    .where('status', '=', 'diputus')
    .executeTakeFirst();
}
