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

const hariDalamBulan = (tahun: number, bulan: number): number => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
const keHari = (tanggal: string): number => Date.parse(`${tanggal}T00:00:00Z`) / 86_400_000;

/**
 * The months an evaluation record counts for its angka kredit (DOMAIN.md §2.6; decision of issue 6): the calendar
 * months at least half of whose days lie inside [mulai, selesai] (both inclusive, 'YYYY-MM-DD'), at least 1 and at
 * most 12. "Half" compares whole days: 14 of February's 28 days count, 15 of July's 31 do not.
 */
export function bulanDinilai(mulai: string, selesai: string): number {
  const awal = keHari(mulai);
  const akhir = keHari(selesai);
  if (!Number.isFinite(awal) || !Number.isFinite(akhir) || akhir < awal) throw new RangeError(`invalid range ${mulai} – ${selesai}`);
  let tahun = Number(mulai.slice(0, 4));
  let bulan = Number(mulai.slice(5, 7));
  let n = 0;
  for (;;) {
    const pertama = Date.UTC(tahun, bulan - 1, 1) / 86_400_000;
    if (pertama > akhir) break;
    const hari = hariDalamBulan(tahun, bulan);
    const di = Math.min(akhir, pertama + hari - 1) - Math.max(awal, pertama) + 1;
    if (di * 2 >= hari) n += 1;
    if (++bulan > 12) {
      bulan = 1;
      tahun += 1;
    }
  }
  return Math.min(12, Math.max(1, n));
}

export const LABEL_JENJANG: Record<JenjangFungsional, string> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
};

export function isJenjangFungsional(v: string | null | undefined): v is JenjangFungsional {
  return (JENJANG_FUNGSIONAL as readonly string[]).includes(v ?? '');
}

/** 6.25 → "6,25" (Indonesian decimal comma, no trailing zeros). */
const angkaId = (x: number): string => String(x).replace('.', ',');

/** The calculation in words as printed: "(3/12) × 100% × 25 = 6,25" (DOMAIN.md §2.6). */
export function rumusAngkaKredit(jenjang: JenjangFungsional, predikat: Predikat, bulan: number): string {
  return `(${bulan}/12) × ${PERSEN_PREDIKAT[predikat]}% × ${angkaId(KOEFISIEN_TAHUNAN[jenjang])} = ${angkaId(angkaKredit(jenjang, predikat, bulan))}`;
}
