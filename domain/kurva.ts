// Capaian kinerja organisasi and the kurva distribusi (DOMAIN.md §2.4, SE MenPANRB 3/2023). The predikat
// organisasi of a unit bounds how its pegawai's predikat may be distributed. The bounds GUIDE: a deviation never
// blocks; the calibration board shows it live and the pimpinan writes a justification to finalise. Pure.
import { LABEL_PREDIKAT, type Predikat, PREDIKAT, type Rating } from './predikat.ts';

export const PREDIKAT_ORGANISASI = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];
export const LABEL_PREDIKAT_ORGANISASI: Record<PredikatOrganisasi, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

export type Sebaran = Record<Predikat, number>;

export interface Batas {
  /** the predikat whose counts are summed */
  predikat: readonly Predikat[];
  /** maks: count ≤ floor(persen·n/100); min: count ≥ ceil(persen·n/100); minSatu: count ≥ 1 */
  jenis: 'maks' | 'min' | 'minSatu';
  persen: number;
}

/** DOMAIN.md §2.4 table, row by row. */
export const BATAS_KURVA: Record<PredikatOrganisasi, readonly Batas[]> = {
  istimewa: [{ predikat: ['sangat_baik'], jenis: 'maks', persen: 70 }],
  baik: [
    { predikat: ['baik'], jenis: 'maks', persen: 70 },
    { predikat: ['butuh_perbaikan', 'kurang'], jenis: 'minSatu', persen: 0 },
  ],
  butuh_perbaikan: [
    { predikat: ['butuh_perbaikan'], jenis: 'min', persen: 60 },
    { predikat: ['sangat_baik'], jenis: 'maks', persen: 10 },
  ],
  kurang: [
    { predikat: ['kurang'], jenis: 'min', persen: 60 },
    { predikat: ['butuh_perbaikan'], jenis: 'min', persen: 10 },
    { predikat: ['sangat_baik'], jenis: 'maks', persen: 10 },
  ],
  sangat_kurang: [
    { predikat: ['sangat_kurang'], jenis: 'min', persen: 60 },
    { predikat: ['kurang', 'butuh_perbaikan'], jenis: 'min', persen: 10 },
    { predikat: ['sangat_baik'], jenis: 'maks', persen: 0 },
  ],
};

/** The allowed count for a bound among n pegawai: "≤ X %" → floor(X·n/100); "≥ X %" → ceil(X·n/100). */
export function jumlahBatas(b: Batas, n: number): number {
  if (b.jenis === 'minSatu') return n > 0 ? 1 : 0;
  // integer arithmetic: persen and n are whole numbers, so this is exact
  return b.jenis === 'maks' ? Math.floor((b.persen * n) / 100) : Math.ceil((b.persen * n) / 100);
}

export interface HasilBatas {
  batas: Batas;
  jumlah: number;
  /** the count allowed (maks) or required (min) */
  batasJumlah: number;
  terpenuhi: boolean;
  /** the bound in words, with the arithmetic, in Bahasa Indonesia */
  penjelasan: string;
}

export interface HasilKurva {
  n: number;
  hasil: HasilBatas[];
  /** every bound is met */
  sesuai: boolean;
  /** n below the information-only threshold: shown, not asked to justify */
  hanyaInformasi: boolean;
}

export const N_MINIMUM_KURVA = 5;

export function sebaranKosong(): Sebaran {
  return { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
}

export function hitungSebaran(predikat: readonly Predikat[]): Sebaran {
  const s = sebaranKosong();
  for (const p of predikat) s[p] += 1;
  return s;
}

function namaGabungan(predikat: readonly Predikat[]): string {
  return predikat.map((p) => LABEL_PREDIKAT[p]).join(' + ');
}

function desimal(x: number): string {
  return (Math.round(x * 100) / 100).toString().replace('.', ',');
}

export function jelaskanBatas(b: Batas, n: number): string {
  const nama = namaGabungan(b.predikat);
  const k = jumlahBatas(b, n);
  if (b.jenis === 'minSatu') return `Paling sedikit 1 pegawai berpredikat ${nama}.`;
  const hitung = `${b.persen}% × ${n} = ${desimal((b.persen * n) / 100)}`;
  if (b.jenis === 'maks') {
    if (b.persen === 0) return `Tidak boleh ada pegawai berpredikat ${nama}.`;
    return `Paling banyak ${b.persen}% pegawai berpredikat ${nama}: untuk ${n} pegawai paling banyak ${k} orang (${hitung}, dibulatkan ke bawah).`;
  }
  return `Paling sedikit ${b.persen}% pegawai berpredikat ${nama}: untuk ${n} pegawai paling sedikit ${k} orang (${hitung}, dibulatkan ke atas).`;
}

/** Checks a unit's distribution against the bounds of its predikat organisasi. */
export function periksaKurva(predikatOrganisasi: PredikatOrganisasi, sebaran: Sebaran, nMinimum = N_MINIMUM_KURVA): HasilKurva {
  const n = PREDIKAT.reduce((a, p) => a + sebaran[p], 0);
  const hasil = BATAS_KURVA[predikatOrganisasi].map((batas) => {
    const jumlah = batas.predikat.reduce((a, p) => a + sebaran[p], 0);
    const batasJumlah = jumlahBatas(batas, n);
    const terpenuhi = batas.jenis === 'maks' ? jumlah <= batasJumlah : jumlah >= batasJumlah;
    return { batas, jumlah, batasJumlah, terpenuhi, penjelasan: jelaskanBatas(batas, n) };
  });
  return { n, hasil, sesuai: hasil.every((h) => h.terpenuhi), hanyaInformasi: n < nMinimum };
}

/** What-if on the calibration board: one pegawai moved from one predikat to another. */
export function pindahkan(sebaran: Sebaran, dari: Predikat, ke: Predikat): Sebaran {
  if (sebaran[dari] === 0) throw new Error(`no pegawai with predikat ${dari} to move`);
  return { ...sebaran, [dari]: sebaran[dari] - 1, [ke]: sebaran[ke] + 1 };
}

/**
 * The rating hasil kerja of a unit's pimpinan from the unit's capaian kinerja organisasi (DOMAIN.md §2.3: it IS
 * their rating; Permenpan-RB 6/2022 lampiran): Istimewa → Di Atas Ekspektasi, Baik → Sesuai Ekspektasi, Butuh
 * Perbaikan / Kurang / Sangat Kurang → Di Bawah Ekspektasi.
 */
export function ratingDariPredikatOrganisasi(p: PredikatOrganisasi): Rating {
  if (p === 'istimewa') return 'di_atas';
  return p === 'baik' ? 'sesuai' : 'di_bawah';
}

/** Penetapan needs a written justification when the distribution deviates and the unit is large enough to be judged. */
export function perluJustifikasi(h: HasilKurva): boolean {
  return !h.sesuai && !h.hanyaInformasi;
}
