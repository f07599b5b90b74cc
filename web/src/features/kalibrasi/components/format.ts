// Pure helpers of the calibration screens: the default period, the curve's status, the what-if distribution, colours.
import type { z } from 'zod';
import type { HasilKurva, Sebaran as SebaranSchema } from '../../../../../contracts/kalibrasi.ts';
import type { PeriodePenilaian } from '../../../../../contracts/penilaian.ts';
import { hitungSebaran, periksaKurva, type PredikatOrganisasi } from '../../../../../domain/kurva.ts';
import { PREDIKAT, type Predikat } from '../../../../../domain/predikat.ts';
import type { StatusPenilaian } from '../../../../../domain/penilaian.ts';

export type Kurva = z.infer<typeof HasilKurva>;
export type BatasKurva = Kurva['batas'][number];
export type Sebaran = z.infer<typeof SebaranSchema>;

/** The x-axis of the official pola distribusi runs from the worst predikat (left) to the best (right). */
export const URUTAN_KURVA: readonly Predikat[] = [...PREDIKAT].reverse();

export const WARNA_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: 'teal.6',
  baik: 'blue.6',
  butuh_perbaikan: 'yellow.6',
  kurang: 'orange.6',
  sangat_kurang: 'red.7',
};

/** A Mantine colour ('teal.6') as a CSS value, for SVG fills and plain styles. */
export function warnaCss(warna: string): string {
  return `var(--mantine-color-${warna.replace('.', '-')})`;
}

export function jumlahSebaran(s: Sebaran): number {
  return PREDIKAT.reduce((a, p) => a + s[p], 0);
}

export function persen(n: number, total: number): number {
  return total > 0 ? Math.round((n / total) * 100) : 0;
}

/** Newest first; among periods starting the same day (Triwulan I and Tahunan) the shorter one first. */
export function urutkanPeriode(periode: readonly PeriodePenilaian[]): PeriodePenilaian[] {
  return [...periode].sort((a, b) => b.tanggalMulai.localeCompare(a.tanggalMulai) || a.tanggalSelesai.localeCompare(b.tanggalSelesai));
}

/**
 * The period the list opens on: the most recent one that has started (tanggalMulai ≤ today, WITA); when none has
 * started yet, the earliest one.
 */
export function pilihPeriodeBawaan(periode: readonly PeriodePenilaian[], hariIni: string): string | null {
  const urut = urutkanPeriode(periode);
  return (urut.find((p) => p.tanggalMulai <= hariIni) ?? urut[urut.length - 1])?.id ?? null;
}

export type StatusKurva = 'tanpa_predikat' | 'sesuai' | 'menyimpang' | 'hanya_informasi';

/** Below the threshold (n < kurva.nMinimum, a per-instansi setting, default 5; DOMAIN.md §2.4) the curve is information only, whatever it shows. */
export function statusKurva(kurva: Kurva | null): StatusKurva {
  if (!kurva) return 'tanpa_predikat';
  if (kurva.hanyaInformasi) return 'hanya_informasi';
  return kurva.sesuai ? 'sesuai' : 'menyimpang';
}

export const WARNA_STATUS_KURVA: Record<StatusKurva | 'ditetapkan', string> = {
  tanpa_predikat: 'gray',
  hanya_informasi: 'blue',
  sesuai: 'teal',
  menyimpang: 'orange',
  ditetapkan: 'dark',
};

/** The rows the curve counts: rated or finalised, with a predikat (the same rule as the server's n). */
export function dihitungKurva<T extends { status: StatusPenilaian; predikat: Predikat | null }>(item: T): item is T & { predikat: Predikat } {
  return (item.status === 'dinilai' || item.status === 'ditetapkan') && item.predikat !== null;
}

/** What-if: the distribution after moving some pegawai (penilaianId → predikat) to another predikat, in the browser only. */
export function sebaranSimulasi(items: readonly { penilaianId: string; status: StatusPenilaian; predikat: Predikat | null }[], pindah: Readonly<Record<string, Predikat>>): Sebaran {
  return hitungSebaran(items.filter(dihitungKurva).map((i) => pindah[i.penilaianId] ?? i.predikat));
}

/**
 * The curve of a (simulated) distribution with domain/kurva.ts — the same rule the server applies, with the same
 * threshold (`nMinimum`, the instansi's setting the board came with) — in the contract's shape.
 */
export function kurvaSimulasi(predikatOrganisasi: PredikatOrganisasi, sebaran: Sebaran, nMinimum: number): Kurva {
  const h = periksaKurva(predikatOrganisasi, sebaran, nMinimum);
  return {
    n: h.n,
    nMinimum,
    sesuai: h.sesuai,
    hanyaInformasi: h.hanyaInformasi,
    batas: h.hasil.map((b) => ({
      predikat: [...b.batas.predikat],
      jenis: b.batas.jenis,
      persen: b.batas.persen,
      jumlah: b.jumlah,
      batasJumlah: b.batasJumlah,
      terpenuhi: b.terpenuhi,
      penjelasan: b.penjelasan,
    })),
  };
}
