// Small display helpers of the feature: where it links to, status colours, "3 days ago".
import type { StatusSkp } from '../../../../../domain/skp.ts';
import { API_BASE } from '../../../lib/api-client.ts';

// The same paths as app/paths.ts (features do not import app/; the route modules render these views without props).
export const tautan = {
  antrian: '/persetujuan-skp',
  tinjau: (skpId: string) => `/persetujuan-skp/${encodeURIComponent(skpId)}`,
  skpSaya: '/skp',
  pdf: (skpId: string) => `${API_BASE}/skp/${encodeURIComponent(skpId)}/pdf`,
};

/** Handed from the review page to the queue (router state) after a decision, shown there until dismissed. */
export type KeputusanTerakhir = { skpId: string; nama: string; aksi: 'setujui' | 'kembalikan' | 'terima_buka' | 'tolak_buka'; status: StatusSkp };

export function keputusanDariState(state: unknown): KeputusanTerakhir | null {
  const k = (state as { keputusan?: Partial<KeputusanTerakhir> } | null)?.keputusan;
  const aksiDikenal = ['setujui', 'kembalikan', 'terima_buka', 'tolak_buka'].includes(k?.aksi ?? '');
  return k && typeof k.skpId === 'string' && typeof k.nama === 'string' && aksiDikenal && typeof k.status === 'string' ? (k as KeputusanTerakhir) : null;
}

export const WARNA_STATUS_SKP: Record<StatusSkp, string> = {
  draft: 'gray',
  diajukan: 'blue',
  dikembalikan: 'orange',
  disetujui: 'teal',
  minta_buka: 'grape',
  ditutup: 'dark',
};

const locale = (lng: string) => (lng === 'en' ? 'en-GB' : 'id-ID');

const SATUAN: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hari yang lalu" / "3 days ago" for an instant in the past (`now` passed in for tests and stable renders). */
export function formatLalu(iso: string, lng: string, now: Date = new Date()): string {
  const detik = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale(lng), { numeric: 'auto' });
  for (const [unit, s] of SATUAN) {
    if (Math.abs(detik) >= s) return rtf.format(Math.trunc(detik / s), unit);
  }
  return rtf.format(0, 'minute');
}

/** A calendar date as "1 Jan 2026". */
export function formatTanggalSingkat(tanggal: string, lng: string): string {
  return new Date(`${tanggal.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale(lng), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An instant in WITA as "2 Mar 2026 14.05". */
export function formatWaktuWita(iso: string, lng: string): string {
  return new Date(iso).toLocaleString(locale(lng), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Makassar' });
}
