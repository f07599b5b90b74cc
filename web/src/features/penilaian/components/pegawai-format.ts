// Display helpers of the pegawai's evaluation screens: colours per status, labels (the regulation's
// Indonesian wording from the domain; English from i18n), deadlines counted in WITA days, and activity durations.
import { tanggalWita } from '../../../../../domain/kalender.ts';
import type { StatusPenilaian } from '../../../../../domain/penilaian.ts';
import { LABEL_PREDIKAT, LABEL_RATING, type Predikat, type Rating } from '../../../../../domain/predikat.ts';
import { formatTanggal } from '../../../utils/format.ts';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

export const WARNA_STATUS_PENILAIAN: Record<StatusPenilaian, string> = {
  draft: 'gray',
  diajukan: 'blue',
  dikembalikan: 'orange',
  dinilai: 'grape',
  ditetapkan: 'teal',
};

/** Predikat in the regulation's words (Indonesian) or its English translation. */
export function labelPredikat(t: TFn, bahasa: string, p: Predikat): string {
  return bahasa === 'en' ? t(`penilaian.predikat.${p}`) : LABEL_PREDIKAT[p];
}

export function labelRating(t: TFn, bahasa: string, r: Rating): string {
  return bahasa === 'en' ? t(`penilaian.rating.${r}`) : LABEL_RATING[r];
}

/** "1 Oktober 2026 – 31 Desember 2026" */
export function formatRentang(mulai: string, selesai: string, bahasa: string): string {
  return `${formatTanggal(mulai, bahasa)} – ${formatTanggal(selesai, bahasa)}`;
}

const hariKe = (tanggal: string): number => Date.UTC(Number(tanggal.slice(0, 4)), Number(tanggal.slice(5, 7)) - 1, Number(tanggal.slice(8, 10))) / 86_400_000;

/** Whole WITA days from today to `tanggal` (0: today is the last day; negative: past). The last day is included. */
export function sisaHari(tanggal: string, sekarang: Date = new Date()): number {
  return hariKe(tanggal) - hariKe(tanggalWita(sekarang));
}

/** "5 hari lagi", "hari terakhir", "lewat". */
export function teksSisaHari(t: TFn, sisa: number): string {
  if (sisa > 0) return t('penilaian.tenggat.lagi', { count: sisa });
  if (sisa === 0) return t('penilaian.tenggat.hariIni');
  return t('penilaian.tenggat.lewat');
}

/** A period in progress: started, and its penilai may still rate (the pegawai's work on it is not over). */
export function periodeBerjalan(p: { tanggalMulai: string; batasPenilaian: string }, sekarang: Date = new Date()): boolean {
  return sisaHari(p.tanggalMulai, sekarang) <= 0 && sisaHari(p.batasPenilaian, sekarang) >= 0;
}

export function warnaSisaHari(sisa: number): string {
  if (sisa < 0) return 'red';
  if (sisa <= 3) return 'orange';
  return 'gray';
}

/** "12 jam 30 menit", "45 menit", "2 jam". */
export function formatDurasi(t: TFn, menit: number): string {
  const jam = Math.floor(menit / 60);
  const sisa = menit % 60;
  if (jam === 0) return t('penilaian.durasi.menit', { menit: sisa });
  if (sisa === 0) return t('penilaian.durasi.jam', { jam });
  return t('penilaian.durasi.jamMenit', { jam, menit: sisa });
}
