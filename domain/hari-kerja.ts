// Working days and the submission window of aktivitas harian (DOMAIN.md §2.2): a day's activities may be submitted
// until 10:00 WITA of the next working day — H+1 10:00, Friday's until Monday 10:00 for 5-day units, Saturday a
// working day in 6-day units, and national holidays, cuti bersama and a unit's own holidays skipped.
// Pure: dates are WITA 'YYYY-MM-DD', instants are returned as ISO-8601 UTC strings.
import { tambahHari } from './kalender.ts';

export interface JadwalKerja {
  /** 5 = Monday–Friday, 6 = Monday–Saturday */
  hariPerMinggu: 5 | 6;
  /** holidays and cuti bersama that apply to the unit (national + unit-specific) */
  libur: ReadonlySet<string>;
}

/** 0 = Sunday … 6 = Saturday, of a calendar date (independent of any time zone). */
export function hariDalamMinggu(tanggal: string): number {
  return new Date(`${tanggal}T00:00:00Z`).getUTCDay();
}

export function hariKerja(tanggal: string, j: JadwalKerja): boolean {
  const d = hariDalamMinggu(tanggal);
  if (d === 0) return false;
  if (d === 6 && j.hariPerMinggu === 5) return false;
  return !j.libur.has(tanggal);
}

/** The first working day after `tanggal`. */
export function hariKerjaBerikutnya(tanggal: string, j: JadwalKerja): string {
  let d = tambahHari(tanggal, 1);
  // a long holiday season is at most a few weeks; 60 days guards against a calendar marked entirely as holiday
  for (let i = 0; i < 60 && !hariKerja(d, j); i++) d = tambahHari(d, 1);
  return d;
}

/** Hour (WITA) on the next working day until which a day's activities may be submitted (a setting; default 10). */
export const JAM_BATAS_PENGAJUAN = 10;

/** The instant until which activities dated `tanggal` may be submitted. */
export function batasPengajuan(tanggal: string, j: JadwalKerja, jamBatas = JAM_BATAS_PENGAJUAN): string {
  const hari = hariKerjaBerikutnya(tanggal, j);
  // hh:00 WITA = (hh − 8):00 UTC of the same date (WITA is UTC+8, no daylight saving)
  return new Date(Date.parse(`${hari}T00:00:00Z`) + (jamBatas - 8) * 3_600_000).toISOString();
}

/** Working days of a month 'YYYY-MM'. */
export function hariKerjaBulan(bulan: string, j: JadwalKerja): string[] {
  const out: string[] = [];
  for (let d = `${bulan}-01`; d.startsWith(bulan); d = tambahHari(d, 1)) if (hariKerja(d, j)) out.push(d);
  return out;
}

/** Target minutes of a month: working days × the daily target (300 menit per hari kerja by default). */
export function targetMenitBulan(bulan: string, j: JadwalKerja, menitPerHari = 300): number {
  return hariKerjaBulan(bulan, j).length * menitPerHari;
}
