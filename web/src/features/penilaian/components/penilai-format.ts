// Display helpers shared by the penilai's and the admin's screens of penilaian: colours per status and predikat,
// short dates, minutes as hours, and which evaluation period a list opens on.
import { tanggalWita } from '../../../../../domain/kalender.ts';
import type { StatusPenilaian } from '../../../../../domain/penilaian.ts';

export const WARNA_STATUS: Record<StatusPenilaian, string> = {
  draft: 'gray',
  diajukan: 'blue',
  dikembalikan: 'orange',
  dinilai: 'teal',
  ditetapkan: 'grape',
};

// the same predikat colours on every screen (the kalibrasi board draws them in shade 6)
export { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';

const locale = (lng: string) => (lng === 'en' ? 'en-GB' : 'id-ID');

/** A calendar date as "1 Jan 2026". */
export function formatTanggalPendek(tanggal: string, lng: string): string {
  return new Date(`${tanggal.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale(lng), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "1 Jan – 31 Mar 2026" (the year once when both dates share it). */
export function formatRentang(mulai: string, selesai: string, lng: string): string {
  if (mulai.slice(0, 4) !== selesai.slice(0, 4)) return `${formatTanggalPendek(mulai, lng)} – ${formatTanggalPendek(selesai, lng)}`;
  const awal = new Date(`${mulai}T00:00:00Z`).toLocaleDateString(locale(lng), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `${awal} – ${formatTanggalPendek(selesai, lng)}`;
}

/** An instant in WITA as "2 Mar 2026 14.05". */
export function formatWaktuWita(iso: string, lng: string): string {
  return new Date(iso).toLocaleString(locale(lng), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Makassar' });
}

export function formatAngka(n: number, lng: string): string {
  return new Intl.NumberFormat(locale(lng), { maximumFractionDigits: 2 }).format(n);
}

/** Whole days from today (WITA) to a WITA date: negative once it is past. */
export function selisihHari(tanggal: string, sekarang: Date = new Date()): number {
  const hariIni = tanggalWita(sekarang);
  return Math.round((Date.parse(`${tanggal}T00:00:00Z`) - Date.parse(`${hariIni}T00:00:00Z`)) / 86_400_000);
}

export function hariIniWita(sekarang: Date = new Date()): string {
  return tanggalWita(sekarang);
}

type PeriodeRingkas = { id: string; jenis: string; tanggalMulai: string };

/**
 * The period a penilai's list opens on: the one that started last (today WITA), a periodic one before the yearly one
 * that starts on the same day (the first quarter and the year both start on 1 January); else the first of the list.
 */
export function periodeBawaan<P extends PeriodeRingkas>(periode: readonly P[], hariIni: string): P | null {
  const mulai = periode.filter((p) => p.tanggalMulai <= hariIni);
  const urut = [...mulai].sort((a, b) => b.tanggalMulai.localeCompare(a.tanggalMulai) || Number(a.jenis === 'tahunan') - Number(b.jenis === 'tahunan'));
  return urut[0] ?? periode[0] ?? null;
}
