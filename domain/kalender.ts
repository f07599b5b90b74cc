// Calendar dates in WITA (Asia/Makassar, UTC+8, no daylight saving — DOMAIN.md "Time zone"). Every date rule
// (deadlines, effective dates, windows) works on these 'YYYY-MM-DD' strings, never on the server's local zone.

const WITA_OFFSET_MS = 8 * 3_600_000;

/** The WITA calendar date of an instant. */
export function tanggalWita(instant: Date): string {
  return new Date(instant.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `tanggal` plus `n` days (n may be negative). */
export function tambahHari(tanggal: string, n: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function tanggalValid(tanggal: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) return false;
  const d = new Date(`${tanggal}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tanggal;
}
