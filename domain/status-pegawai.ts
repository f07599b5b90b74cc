// Pegawai who leave (pensiun, berhenti) lose access on the date their status takes effect; their records stay
// (kepegawaian issue). Cuti di luar tanggungan negara (cltn) keeps access to one's own records.
export const STATUS_TANPA_AKSES: ReadonlySet<string> = new Set(['pensiun', 'berhenti']);

/** True when the account of a pegawai with this status may no longer log in on `hariIni` (WITA date). */
export function aksesBerakhir(status: string | null | undefined, sejak: string | null | undefined, hariIni: string): boolean {
  if (!status || !STATUS_TANPA_AKSES.has(status)) return false;
  return !sejak || sejak <= hariIni;
}
