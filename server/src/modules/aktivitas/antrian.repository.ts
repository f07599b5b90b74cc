// The atasan's queue: activities whose penilai (fixed at submission) is the actor — index aktivitas_antrian
// (penilai_id, status, tanggal) — and what the supervision flags need around a page of it.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { pilihAktivitas } from './aktivitas.repository.ts';

type Db = Kysely<DB>;

export interface SaringAntrian {
  pegawaiId?: string | undefined;
  dari?: string | undefined;
  sampai?: string | undefined;
  status: string;
}

function dasar(db: Db, instansiId: string, penilaiId: string, f: SaringAntrian) {
  let q = pilihAktivitas(db)
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.penilai_id', '=', penilaiId)
    .where('aktivitas.status', '=', f.status);
  if (f.pegawaiId) q = q.where('aktivitas.pegawai_id', '=', f.pegawaiId);
  if (f.dari) q = q.where('aktivitas.tanggal', '>=', f.dari);
  if (f.sampai) q = q.where('aktivitas.tanggal', '<=', f.sampai);
  return q;
}

export async function antrian(db: Db, instansiId: string, penilaiId: string, f: SaringAntrian, offset: number, limit: number) {
  const [items, total] = await Promise.all([
    dasar(db, instansiId, penilaiId, f).orderBy('aktivitas.tanggal').orderBy('aktivitas.diajukan_pada').orderBy('aktivitas.id').offset(offset).limit(limit).execute(),
    dasar(db, instansiId, penilaiId, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

const KOLOM_TANDA = ['aktivitas.id', 'aktivitas.pegawai_id', 'aktivitas.tanggal', 'aktivitas.uraian', 'aktivitas.menit', 'aktivitas.diajukan_pada', 'aktivitas.batas_pengajuan'] as const;

/** The actor's bawahan's submitted activities of these dates (for identical uraian and > 10 h in a day). */
export async function sehariDenganBawahan(db: Db, instansiId: string, penilaiId: string, tanggal: readonly string[]) {
  if (tanggal.length === 0) return [];
  return db
    .selectFrom('aktivitas')
    .select(KOLOM_TANDA)
    .where('aktivitas.instansi_id', '=', instansiId)
    .where('aktivitas.penilai_id', '=', penilaiId)
    .where('aktivitas.tanggal', 'in', tanggal)
    .where('aktivitas.status', 'in', ['diajukan', 'disetujui', 'perlu_revisi'])
    .execute();
}

/** Evidence hashes of these activities. */
export async function hashBukti(db: Db, instansiId: string, aktivitasIds: readonly string[]) {
  if (aktivitasIds.length === 0) return [];
  return db
    .selectFrom('bukti_aktivitas')
    .select(['aktivitas_id', 'sha256'])
    .where('instansi_id', '=', instansiId)
    .where('aktivitas_id', 'in', aktivitasIds)
    .where('sha256', 'is not', null)
    .execute();
}

/** Other activities (any pegawai, any date, same instansi) that use one of these evidence files. */
export async function pemakaiBuktiSama(db: Db, instansiId: string, sha256: readonly string[]) {
  if (sha256.length === 0) return [];
  return db
    .selectFrom('bukti_aktivitas')
    .innerJoin('aktivitas', 'aktivitas.id', 'bukti_aktivitas.aktivitas_id')
    .select([...KOLOM_TANDA, 'bukti_aktivitas.sha256'])
    .where('bukti_aktivitas.instansi_id', '=', instansiId)
    .where('bukti_aktivitas.sha256', 'in', sha256)
    .limit(1000)
    .execute();
}
