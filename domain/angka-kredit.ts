// Angka kredit of jabatan fungsional per period (DOMAIN.md §2.6): AK = (months/12) × % predikat × koefisien per year
// of the jenjang. Pure.
import type { Predikat } from './predikat.ts';

export const PERSEN_PREDIKAT: Record<Predikat, number> = { sangat_baik: 150, baik: 100, butuh_perbaikan: 75, kurang: 50, sangat_kurang: 25 };

export const JENJANG_FUNGSIONAL = ['pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'] as const;
export type JenjangFungsional = (typeof JENJANG_FUNGSIONAL)[number];

/** Koefisien per year (DOMAIN.md §2.6). */
export const KOEFISIEN_TAHUNAN: Record<JenjangFungsional, number> = {
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
  ahli_pertama: 12.5,
  ahli_muda: 25,
  ahli_madya: 37.5,
  ahli_utama: 50,
};

/** Angka kredit for `bulan` months (1–12) at a predikat, rounded to 3 decimals as printed on the PAK. */
export function angkaKredit(jenjang: JenjangFungsional, predikat: Predikat, bulan: number): number {
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) throw new RangeError(`bulan must be 1..12, got ${bulan}`);
  // multiply before dividing so that whole results stay exact (12 × 150 × 12.5 / 1200 = 18.75)
  const ak = (bulan * PERSEN_PREDIKAT[predikat] * KOEFISIEN_TAHUNAN[jenjang]) / 1200;
  return Math.round(ak * 1000) / 1000;
}
