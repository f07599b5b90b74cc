// Formatting shared by the tindak-lanjut screen: WITA dates in the user's language, minutes as hours, colours of
// status badges (predikat: components/ui/warna-penilaian.ts). Indonesian labels of the regulation come from domain/,
// English from i18n.
import type { TFunction } from 'i18next';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import type { StatusTindakLanjut } from '../../../../../domain/tindak-lanjut.ts';

const locale = (lng: string) => (lng === 'en' ? 'en-GB' : 'id-ID');

/** '2026-12-01' → "1 Des 2026" / "1 Dec 2026" (a calendar date, not an instant: no time-zone shift). */
export function formatTanggal(tanggal: string, lng: string): string {
  return new Date(`${tanggal.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale(lng), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Today in WITA, the calendar every date rule uses (DOMAIN.md "Time zone"). */
export const hariIniWita = (): string => tanggalWita(new Date());

export function durasi(t: TFunction, menit: number): string {
  const jam = Math.floor(menit / 60);
  const sisa = menit % 60;
  if (jam === 0) return t('tindakLanjut.durasi.menit', { menit: sisa });
  return sisa === 0 ? t('tindakLanjut.durasi.jam', { jam }) : t('tindakLanjut.durasi.jamMenit', { jam, menit: sisa });
}

export const WARNA_STATUS: Record<StatusTindakLanjut, string> = {
  direncanakan: 'gray',
  berjalan: 'blue',
  selesai: 'teal',
  dibatalkan: 'red',
};
