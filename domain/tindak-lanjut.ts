// Tindak lanjut of an evaluation (DOMAIN.md §2.6, PP 30/2019): penghargaan (the ASN teladan of a period, proposed from
// the data and confirmed by a pimpinan) and pembinaan (konseling, coaching, mentoring, development plans, and the
// 6-month rencana perbaikan for pegawai below target). Kinds, the life of a record, the 6-month end date, who needs
// pembinaan, and the ranking of ASN teladan candidates. Pure; dates are WITA 'YYYY-MM-DD'.
//
//   direncanakan ──▶ berjalan ──▶ selesai
//        │  └────────────────────▲
//        └──────────┴──────────▶ dibatalkan        (selesai and dibatalkan are final)
import { type Predikat, PREDIKAT, type Rating, RATING } from './predikat.ts';

export const JENIS_TINDAK_LANJUT = ['penghargaan', 'pembinaan'] as const;
export type JenisTindakLanjut = (typeof JENIS_TINDAK_LANJUT)[number];

export const KATEGORI_PER_JENIS = {
  penghargaan: ['asn_teladan', 'penghargaan_lain'],
  pembinaan: ['konseling', 'coaching', 'mentoring', 'rencana_perbaikan', 'pengembangan_kompetensi'],
} as const satisfies Record<JenisTindakLanjut, readonly string[]>;

export const KATEGORI_TINDAK_LANJUT = [...KATEGORI_PER_JENIS.penghargaan, ...KATEGORI_PER_JENIS.pembinaan] as const;
export type KategoriTindakLanjut = (typeof KATEGORI_TINDAK_LANJUT)[number];

export function jenisDariKategori(kategori: KategoriTindakLanjut): JenisTindakLanjut {
  return (KATEGORI_PER_JENIS.penghargaan as readonly string[]).includes(kategori) ? 'penghargaan' : 'pembinaan';
}

export function kategoriSesuaiJenis(jenis: JenisTindakLanjut, kategori: KategoriTindakLanjut): boolean {
  return jenisDariKategori(kategori) === jenis;
}

// ——— The life of a record ———

export const STATUS_TINDAK_LANJUT = ['direncanakan', 'berjalan', 'selesai', 'dibatalkan'] as const;
export type StatusTindakLanjut = (typeof STATUS_TINDAK_LANJUT)[number];

const TRANSISI: Record<StatusTindakLanjut, readonly StatusTindakLanjut[]> = {
  direncanakan: ['berjalan', 'selesai', 'dibatalkan'],
  berjalan: ['selesai', 'dibatalkan'],
  // a closed record is history: a new plan is a new record
  selesai: [],
  dibatalkan: [],
};

export function statusAkhir(status: StatusTindakLanjut): boolean {
  return TRANSISI[status].length === 0;
}

/** The statuses an open record may move to (staying where it is is an edit, not a transition). */
export function statusBerikut(status: StatusTindakLanjut): readonly StatusTindakLanjut[] {
  return TRANSISI[status];
}

/** Whether a record may be changed to `ke`: an open record may be edited in place or moved along the arrows. */
export function bolehUbahStatus(dari: StatusTindakLanjut, ke: StatusTindakLanjut): boolean {
  if (statusAkhir(dari)) return false;
  return dari === ke || TRANSISI[dari].includes(ke);
}

// ——— Dates ———

const akhirBulan = (tahun: number, bulan: number): number => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
const dua = (n: number): string => String(n).padStart(2, '0');

/** `tanggal` plus `n` calendar months; a day the target month lacks becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function tambahBulan(tanggal: string, n: number): string {
  const [t, b, h] = tanggal.split('-').map(Number) as [number, number, number];
  const indeks = t * 12 + (b - 1) + n;
  const tahun = Math.floor(indeks / 12);
  const bulan = (indeks % 12) + 1;
  return `${tahun}-${dua(bulan)}-${dua(Math.min(h, akhirBulan(tahun, bulan)))}`;
}

/** PP 30/2019: a pejabat below target gets a 6-month improvement plan. */
export const BULAN_RENCANA_PERBAIKAN = 6;

export function tanggalSelesaiRencanaPerbaikan(mulai: string): string {
  return tambahBulan(mulai, BULAN_RENCANA_PERBAIKAN);
}

// ——— Who needs what ———

const PREDIKAT_PEMBINAAN: ReadonlySet<Predikat> = new Set(['butuh_perbaikan', 'kurang', 'sangat_kurang']);

/** Below target (DOMAIN.md §2.6): Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang call for pembinaan. */
export function perluPembinaan(predikat: Predikat | null): boolean {
  return predikat !== null && PREDIKAT_PEMBINAAN.has(predikat);
}

/** Only a finalised Sangat Baik can make a pegawai the ASN teladan of a period. */
export function bolehTeladan(status: string, predikat: Predikat | null): boolean {
  return status === 'ditetapkan' && predikat === 'sangat_baik';
}

export type MasalahTindakLanjut = 'KATEGORI_TIDAK_SESUAI_JENIS' | 'SELESAI_SEBELUM_MULAI' | 'HASIL_WAJIB';

/**
 * What is wrong with a record as it would be stored: the kategori belongs to another jenis, the end lies before the
 * start, or a pembinaan is closed as selesai without its outcome (the plan's result is what the next evaluation reads).
 */
export function masalahTindakLanjut(r: { jenis: JenisTindakLanjut; kategori: KategoriTindakLanjut; tanggalMulai: string; tanggalSelesai: string | null; status: StatusTindakLanjut; hasil: string | null }): { kode: MasalahTindakLanjut; path: string }[] {
  const out: { kode: MasalahTindakLanjut; path: string }[] = [];
  if (!kategoriSesuaiJenis(r.jenis, r.kategori)) out.push({ kode: 'KATEGORI_TIDAK_SESUAI_JENIS', path: 'kategori' });
  if (r.tanggalSelesai !== null && r.tanggalSelesai < r.tanggalMulai) out.push({ kode: 'SELESAI_SEBELUM_MULAI', path: 'tanggalSelesai' });
  if (r.jenis === 'pembinaan' && r.status === 'selesai' && !r.hasil?.trim()) out.push({ kode: 'HASIL_WAJIB', path: 'hasil' });
  return out;
}

// ——— ASN teladan candidates ———

export interface KandidatTeladan {
  pegawaiId: string;
  nama: string;
  predikat: Predikat;
  /** approved aktivitas minutes in the period's days */
  menitDisetujui: number;
  ratingPerilakuKerja: Rating | null;
}

const peringkatPredikat = (p: Predikat): number => PREDIKAT.indexOf(p);
const peringkatPerilaku = (r: Rating | null): number => (r === null ? RATING.length : RATING.length - 1 - RATING.indexOf(r));

/**
 * The order in which candidates are proposed (issue 6: "proposed from the data"): predikat Sangat Baik first, then more
 * approved aktivitas minutes in the period, then rating perilaku Di Atas before Sesuai, then the name (Indonesian
 * collation) and the id, so equal candidates always come out in the same order. Returns a new array.
 */
export function urutkanKandidatTeladan<T extends KandidatTeladan>(kandidat: readonly T[]): T[] {
  return [...kandidat].sort(
    (a, b) =>
      peringkatPredikat(a.predikat) - peringkatPredikat(b.predikat) ||
      b.menitDisetujui - a.menitDisetujui ||
      peringkatPerilaku(a.ratingPerilakuKerja) - peringkatPerilaku(b.ratingPerilakuKerja) ||
      a.nama.localeCompare(b.nama, 'id') ||
      (a.pegawaiId < b.pegawaiId ? -1 : a.pegawaiId > b.pegawaiId ? 1 : 0),
  );
}
