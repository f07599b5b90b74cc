// Angka kredit of one evaluation record (DOMAIN.md §2.6, issue 6): only for a jabatan fungsional with a jenjang at the
// record's jabatan snapshot; months = calendar months at least half inside the record's days; AK = (months/12) ×
// % predikat × koefisien of the jenjang, once the record has a predikat. Read by whoever may read the record; the
// Dokumen Evaluasi prints the same figure.
import type { AngkaKreditPenilaian } from '../../../../contracts/angka-kredit.ts';
import { angkaKredit, bulanDinilai, isJenjangFungsional, KOEFISIEN_TAHUNAN, PERSEN_PREDIKAT, rumusAngkaKredit } from '../../../../domain/angka-kredit.ts';
import { isPredikat } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import * as repo from './angka-kredit.repository.ts';
import { cekLihatPenilaian, type PenilaianRow } from './penilaian.service.ts';

const TIDAK_BERLAKU: AngkaKreditPenilaian = { berlaku: false, jenjang: null, bulan: null, predikat: null, persenPredikat: null, koefisien: null, angkaKredit: null, rumus: null };

/** The figure from the record's days, predikat and post (pure). */
export function hitungAngkaKredit(row: Pick<PenilaianRow, 'tanggal_mulai' | 'tanggal_selesai' | 'predikat'>, jabatan: { jenis: string; jenjang: string | null } | null | undefined): AngkaKreditPenilaian {
  if (!jabatan || jabatan.jenis !== 'fungsional' || !isJenjangFungsional(jabatan.jenjang)) return TIDAK_BERLAKU;
  const jenjang = jabatan.jenjang;
  const bulan = bulanDinilai(row.tanggal_mulai, row.tanggal_selesai);
  const predikat = isPredikat(row.predikat) ? row.predikat : null;
  return {
    berlaku: true,
    jenjang,
    bulan,
    predikat,
    persenPredikat: predikat ? PERSEN_PREDIKAT[predikat] : null,
    koefisien: KOEFISIEN_TAHUNAN[jenjang],
    angkaKredit: predikat ? angkaKredit(jenjang, predikat, bulan) : null,
    rumus: predikat ? rumusAngkaKredit(jenjang, predikat, bulan) : null,
  };
}

/** The angka kredit of a record the caller has already been allowed to read. */
export async function angkaKreditRecord(ctx: Ctx, row: Pick<PenilaianRow, 'instansi_id' | 'jabatan_id' | 'tanggal_mulai' | 'tanggal_selesai' | 'predikat'>): Promise<AngkaKreditPenilaian> {
  if (!row.jabatan_id) return TIDAK_BERLAKU;
  return hitungAngkaKredit(row, await repo.jabatanDinilai(ctx.db, row.instansi_id, row.jabatan_id));
}

/** GET /penilaian/:id/angka-kredit — whoever may read the record (else 404). */
export async function angkaKreditPenilaian(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<AngkaKreditPenilaian>> {
  const seen = await cekLihatPenilaian(ctx, aktor, id);
  if (!seen.ok) return seen;
  return ok(await angkaKreditRecord(ctx, seen.value.row));
}
