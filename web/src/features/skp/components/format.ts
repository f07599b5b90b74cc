// Display helpers of the feature: status colours and period dates.
import type { StatusSkp } from '../../../../../domain/skp.ts';
import { formatTanggal } from '../../../utils/format.ts';

export const WARNA_STATUS: Record<StatusSkp, string> = {
  draft: 'gray',
  diajukan: 'blue',
  dikembalikan: 'orange',
  disetujui: 'teal',
  minta_buka: 'grape',
  ditutup: 'dark',
};

/** "1 Januari 2026 – 31 Desember 2026" */
export function formatRentang(mulai: string, selesai: string, bahasa: string): string {
  return `${formatTanggal(mulai, bahasa)} – ${formatTanggal(selesai, bahasa)}`;
}

/** An instant as "12 Nov 2026 09.30 WITA" (the zone of Kota Kupang, whatever the device's). */
export function formatWaktuSingkat(instant: string | null | undefined, bahasa: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const teks = new Intl.DateTimeFormat(bahasa === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Makassar',
  }).format(date);
  return `${teks} WITA`;
}
