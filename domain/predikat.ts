// Penilaian kinerja (DOMAIN.md §2.3, Permenpan-RB 6/2022): the two ratings, the predikat matrix, and the rating
// hasil kerja the system proposes from the penilai's per-RHK judgements. Pure.

export const RATING = ['di_bawah', 'sesuai', 'di_atas'] as const;
export type Rating = (typeof RATING)[number];

/** Predikat kinerja pegawai, from best to worst (the order of the kurva's x-axis reversed). */
export const PREDIKAT = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predikat = (typeof PREDIKAT)[number];

/** A predikat as stored (text column, null while not rated) that is one of PREDIKAT. */
export const isPredikat = (v: string | null): v is Predikat => (PREDIKAT as readonly string[]).includes(v ?? '');

export const LABEL_RATING: Record<Rating, string> = { di_atas: 'Di Atas Ekspektasi', sesuai: 'Sesuai Ekspektasi', di_bawah: 'Di Bawah Ekspektasi' };
export const LABEL_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

// rows: rating hasil kerja; columns: rating perilaku kerja (DOMAIN.md §2.3 table)
const MATRIKS: Record<Rating, Record<Rating, Predikat>> = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
};

export function predikatKinerja(hasilKerja: Rating, perilakuKerja: Rating): Predikat {
  return MATRIKS[hasilKerja][perilakuKerja];
}

export interface PenilaianRhk {
  jenis: 'utama' | 'tambahan';
  /** the penilai's judgement of this RHK's realisasi against its target */
  penilaian: Rating;
}

export type AlasanUsulan = 'SEBAGIAN_BESAR_DI_ATAS' | 'SEBAGIAN_BESAR_DI_BAWAH' | 'SEBAGIAN_BESAR_SESUAI' | 'ADA_UTAMA_DI_BAWAH' | 'BELUM_ADA_PENILAIAN';

/**
 * The rating hasil kerja the system proposes (DOMAIN.md §2.3 guidance): Di Atas when most or all results are above
 * expectation and no utama result is below; Di Bawah when most or all utama results are below; Sesuai otherwise.
 * "Most" = strictly more than half. Tambahan RHK can lift a rating (they count towards "above") but do not pull it
 * down (they are extra work). The penilai decides; an override needs a reason (not checked here).
 */
export function usulanRatingHasilKerja(rhk: readonly PenilaianRhk[]): { rating: Rating; alasan: AlasanUsulan } {
  const utama = rhk.filter((r) => r.jenis === 'utama');
  if (utama.length === 0) return { rating: 'sesuai', alasan: 'BELUM_ADA_PENILAIAN' };
  const utamaDiBawah = utama.filter((r) => r.penilaian === 'di_bawah').length;
  if (utamaDiBawah * 2 > utama.length) return { rating: 'di_bawah', alasan: 'SEBAGIAN_BESAR_DI_BAWAH' };
  const diAtas = rhk.filter((r) => r.penilaian === 'di_atas').length;
  if (diAtas * 2 > rhk.length) {
    return utamaDiBawah === 0 ? { rating: 'di_atas', alasan: 'SEBAGIAN_BESAR_DI_ATAS' } : { rating: 'sesuai', alasan: 'ADA_UTAMA_DI_BAWAH' };
  }
  return { rating: 'sesuai', alasan: 'SEBAGIAN_BESAR_SESUAI' };
}
