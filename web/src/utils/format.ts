// Display formatting. Times are shown in WITA (Asia/Makassar), the zone of Kota Kupang, whatever the device's zone.

import { formatNip as formatNomorInduk, type JenisAsnBernomor } from '../../../domain/nip.ts';

const BERNOMOR: readonly string[] = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] satisfies JenisAsnBernomor[];

/**
 * NIP / NI PPPK written with spaces, by the domain's rule: PNS `19860926 201505 1 001`, PPPK
 * `19900913 2025 24 2 014`. Lists that do not carry the jenis ASN use the PNS grouping. An account name that is not
 * a number comes back unchanged.
 */
export function formatNip(nip: string | null | undefined, jenisAsn?: string): string {
  if (!nip) return '';
  const jenis = jenisAsn && BERNOMOR.includes(jenisAsn) ? (jenisAsn as JenisAsnBernomor) : 'PNS';
  return formatNomorInduk(nip, jenis);
}

const ZONE = 'Asia/Makassar';
const locale = (bahasa: string) => (bahasa === 'en' ? 'en-GB' : 'id-ID');

/** A calendar date (`YYYY-MM-DD`) as "26 September 1986". */
export function formatTanggal(tanggal: string | null | undefined, bahasa: string): string {
  if (!tanggal) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(tanggal);
  if (!m) return tanggal;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(bahasa), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant as "29 Nov 2026 18.05.12" in WITA. */
export function formatWaktu(instant: string | null | undefined, bahasa: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale(bahasa), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: ZONE,
  }).format(date);
}

export function formatAngka(n: number, bahasa: string): string {
  return new Intl.NumberFormat(locale(bahasa)).format(n);
}
