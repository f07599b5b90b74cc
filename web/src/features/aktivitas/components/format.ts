// Small display helpers of the feature: status colours, durations, WITA dates and default times.
import { menitDariJam } from '../../../../../domain/aktivitas.ts';
import type { StatusAktivitas } from '../../../../../domain/aktivitas.ts';

export const TARGET_MENIT_HARIAN = 300;

export const WARNA_STATUS: Record<StatusAktivitas, string> = {
  draft: 'gray',
  diajukan: 'blue',
  disetujui: 'teal',
  perlu_revisi: 'orange',
  ditolak: 'red',
};

/** "2 j 30 m" / "2 h 30 m": short enough for a phone row. */
export function formatMenit(menit: number, jamSingkat: string): string {
  const j = Math.floor(menit / 60);
  const m = menit % 60;
  if (j === 0) return `${m} m`;
  return m === 0 ? `${j} ${jamSingkat}` : `${j} ${jamSingkat} ${m} m`;
}

export function jamDariMenit(menit: number): string {
  const m = Math.max(0, Math.min(1440, menit));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function durasi(jamMulai: string, jamSelesai: string): number | null {
  const a = menitDariJam(jamMulai);
  const b = menitDariJam(jamSelesai);
  return a === null || b === null || b <= a ? null : b - a;
}

/** Start of the next activity: the end of the day's last one, else 07:30 (the start of a Kupang office day). */
export function jamMulaiBawaan(jamSelesaiHariIni: readonly string[]): string {
  const akhir = jamSelesaiHariIni.map(menitDariJam).filter((m): m is number => m !== null);
  return akhir.length ? jamDariMenit(Math.max(...akhir)) : '07:30';
}

/** Times for a repeated activity: its usual times when they are still free today, else the same length after the last one. */
export function jamUlangi(biasa: { jamMulai: string; jamSelesai: string }, jamSelesaiHariIni: readonly string[], rentangHariIni: ReadonlyArray<{ jamMulai: string; jamSelesai: string }>) {
  const a = menitDariJam(biasa.jamMulai);
  const b = menitDariJam(biasa.jamSelesai);
  const panjang = a !== null && b !== null && b > a ? b - a : 60;
  const bebas =
    a !== null &&
    b !== null &&
    !rentangHariIni.some((r) => {
      const x = menitDariJam(r.jamMulai);
      const y = menitDariJam(r.jamSelesai);
      return x !== null && y !== null && a < y && x < b;
    });
  if (bebas) return { jamMulai: biasa.jamMulai, jamSelesai: biasa.jamSelesai };
  const mulai = menitDariJam(jamMulaiBawaan(jamSelesaiHariIni)) ?? 450;
  return { jamMulai: jamDariMenit(mulai), jamSelesai: jamDariMenit(Math.min(1440, mulai + panjang)) };
}

export function tambahMenit(jam: string, menit: number): string {
  const a = menitDariJam(jam);
  return a === null ? jam : jamDariMenit(Math.min(a + menit, 1439));
}

/** "Senin, 2 Maret 2026" in the UI language, for a WITA calendar date. */
export function formatTanggalPanjang(tanggal: string, lng: string): string {
  return new Date(`${tanggal}T00:00:00Z`).toLocaleDateString(lng === 'en' ? 'en-GB' : 'id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function formatTanggalPendek(tanggal: string, lng: string): string {
  return new Date(`${tanggal}T00:00:00Z`).toLocaleDateString(lng === 'en' ? 'en-GB' : 'id-ID', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function formatBulan(bulan: string, lng: string): string {
  return new Date(`${bulan}-01T00:00:00Z`).toLocaleDateString(lng === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** An instant shown in WITA, e.g. "2 Mar 14.05". */
export function formatWaktu(iso: string, lng: string): string {
  return new Date(iso).toLocaleString(lng === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Makassar' });
}

export function tambahBulan(bulan: string, n: number): string {
  const [y, m] = bulan.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export function formatUkuran(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
