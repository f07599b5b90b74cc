// Keberatan (objection) against a final predikat (DOMAIN.md §2.5, PP 30/2019 Pasal 59): within 14 calendar days
// (setting) of receiving it, counted in WITA calendar days from the day after receipt; the last day ends at
// 23:59:59.999 WITA. Pure.
import { tambahHari, tanggalWita } from './kalender.ts';

export const HARI_KEBERATAN = 14;

const WITA_OFFSET_MS = 8 * 3_600_000;

export interface BatasKeberatan {
  /** WITA date of receipt */
  tanggalDiterima: string;
  /** last WITA date on which a keberatan may be filed */
  tanggalTerakhir: string;
  /** the instant the window closes (exclusive): 00:00 WITA of the day after the last day */
  tutupPada: Date;
}

export function batasKeberatan(diterimaPada: Date, hari = HARI_KEBERATAN): BatasKeberatan {
  const tanggalDiterima = tanggalWita(diterimaPada);
  const tanggalTerakhir = tambahHari(tanggalDiterima, hari);
  const tutupPada = new Date(new Date(`${tambahHari(tanggalTerakhir, 1)}T00:00:00Z`).getTime() - WITA_OFFSET_MS);
  return { tanggalDiterima, tanggalTerakhir, tutupPada };
}

export function bolehKeberatan(diterimaPada: Date, sekarang: Date, hari = HARI_KEBERATAN): boolean {
  return sekarang.getTime() >= diterimaPada.getTime() && sekarang.getTime() < batasKeberatan(diterimaPada, hari).tutupPada.getTime();
}

/** Whole WITA days left including today (0 once closed). */
export function sisaHariKeberatan(diterimaPada: Date, sekarang: Date, hari = HARI_KEBERATAN): number {
  if (!bolehKeberatan(diterimaPada, sekarang, hari)) return 0;
  const { tanggalTerakhir } = batasKeberatan(diterimaPada, hari);
  const hariIni = tanggalWita(sekarang);
  return Math.round((Date.parse(`${tanggalTerakhir}T00:00:00Z`) - Date.parse(`${hariIni}T00:00:00Z`)) / 86_400_000) + 1;
}
