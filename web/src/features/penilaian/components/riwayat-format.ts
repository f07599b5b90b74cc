// Formatting of the riwayat kinerja: dates in the user's language, the predikat's place on the chart's
// y-axis (best at the top), short period labels for the chart's x-axis.
import type { TFunction } from 'i18next';
import { type Predikat, PREDIKAT } from '../../../../../domain/predikat.ts';
import type { PenilaianRiwayat } from '../api/get-riwayat.ts';

const locale = (lng: string) => (lng === 'en' ? 'en-GB' : 'id-ID');

export function riwayatTanggal(tanggal: string, lng: string): string {
  return new Date(`${tanggal.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale(lng), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An instant as its WITA calendar date (UTC+8). */
export function riwayatTanggalWita(iso: string, lng: string): string {
  return riwayatTanggal(new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10), lng);
}

/** 0 = Sangat Kurang … 4 = Sangat Baik. */
export const tingkatPredikat = (p: Predikat): number => PREDIKAT.length - 1 - PREDIKAT.indexOf(p);

/** "TW4 2026" / "Q4 2026", "3/2026", "Thn 2026" / "Yr 2026". */
export function labelSingkat(t: TFunction, i: PenilaianRiwayat): string {
  return t(`riwayat.singkat.${i.periode.jenis}`, { nomor: i.periode.nomor, tahun: i.periode.tahun });
}
