// The only Kysely queries of bukti dukung: the activity a bukti hangs on, the bukti rows, the stored files.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AktivitasBukti {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  penilai_id: string | null;
  status: string;
}

export async function findAktivitas(db: Kysely<DB>, instansiId: string, aktivitasId: string): Promise<AktivitasBukti | undefined> {
  return db
    .selectFrom('aktivitas')
    .select(['id', 'instansi_id', 'pegawai_id', 'penilai_id', 'status'])
    .where('instansi_id', '=', instansiId)
    .where('id', '=', aktivitasId)
    .executeTakeFirst();
}

/**
 * Claims the activity for a change of its bukti: bumps `versi` only while the status still allows it. Both
 * databases serialise this with an approval of the same row, so evidence cannot change under a decision, and an
 * atasan holding the old versi gets a conflict instead of approving evidence they have not seen.
 */
export async function klaimAktivitas(trx: Kysely<DB>, instansiId: string, aktivitasId: string, statusBoleh: readonly string[], now: string): Promise<boolean> {
  const r = await trx
    .updateTable('aktivitas')
    .set((eb) => ({ versi: eb('versi', '+', 1), diubah_pada: now }))
    .where('instansi_id', '=', instansiId)
    .where('id', '=', aktivitasId)
    .where('status', 'in', statusBoleh)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function hitungBukti(trx: Kysely<DB>, instansiId: string, aktivitasId: string, jenis: 'berkas' | 'tautan'): Promise<number> {
  const r = await trx
    .selectFrom('bukti_aktivitas')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('instansi_id', '=', instansiId)
    .where('aktivitas_id', '=', aktivitasId)
    .where('jenis', '=', jenis)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One row per content; a second upload of the same bytes finds it already there. */
export async function simpanBerkas(trx: Kysely<DB>, row: DB['berkas']): Promise<void> {
  await trx.insertInto('berkas').values(row).onConflict((oc) => oc.column('sha256').doNothing()).execute();
}

export async function tambahBukti(trx: Kysely<DB>, row: DB['bukti_aktivitas']): Promise<void> {
  await trx.insertInto('bukti_aktivitas').values(row).execute();
}

export interface BuktiRow {
  id: string;
  aktivitas_id: string;
  jenis: string;
  sha256: string | null;
  nama: string;
  url: string | null;
  mime: string | null;
  ukuran: number | null;
}

const kolomBukti = ['b.id', 'b.aktivitas_id', 'b.jenis', 'b.sha256', 'b.nama', 'b.url', 'f.mime', 'f.ukuran'] as const;

/** The bukti of several activities (the activity list and the atasan's queue show them), oldest first. */
export async function buktiAktivitas(db: Kysely<DB>, instansiId: string, aktivitasIds: readonly string[]): Promise<BuktiRow[]> {
  if (aktivitasIds.length === 0) return [];
  return db
    .selectFrom('bukti_aktivitas as b')
    .leftJoin('berkas as f', 'f.sha256', 'b.sha256')
    .select(kolomBukti)
    .where('b.instansi_id', '=', instansiId)
    .where('b.aktivitas_id', 'in', aktivitasIds)
    .orderBy('b.aktivitas_id')
    .orderBy('b.dibuat_pada')
    .orderBy('b.id')
    .execute();
}

export async function findBukti(db: Kysely<DB>, instansiId: string, buktiId: string) {
  return db
    .selectFrom('bukti_aktivitas as b')
    .innerJoin('aktivitas as a', 'a.id', 'b.aktivitas_id')
    .leftJoin('berkas as f', 'f.sha256', 'b.sha256')
    .select([...kolomBukti, 'a.pegawai_id', 'a.penilai_id', 'a.status', 'a.instansi_id'])
    .where('b.instansi_id', '=', instansiId)
    .where('b.id', '=', buktiId)
    .executeTakeFirst();
}

export async function hapusBukti(trx: Kysely<DB>, instansiId: string, buktiId: string): Promise<void> {
  await trx.deleteFrom('bukti_aktivitas').where('instansi_id', '=', instansiId).where('id', '=', buktiId).execute();
}

/** The instansi's own limits (JSON in `pengaturan`, key `bukti.batas`), if it set any. */
export async function batasInstansi(db: Kysely<DB>, instansiId: string): Promise<string | undefined> {
  const row = await db.selectFrom('pengaturan').select('nilai').where('instansi_id', '=', instansiId).where('kunci', '=', 'bukti.batas').executeTakeFirst();
  return row?.nilai;
}
