// Predikat kinerja pegawai (DOMAIN.md §2.3, Permenpan-RB 6/2022 lampiran): the 9 cells of the matrix, and the
// rating hasil kerja the system proposes from per-RHK judgements.
import { describe, expect, it } from 'vitest';
import { isPredikat, PREDIKAT, predikatKinerja, type Rating, usulanRatingHasilKerja, type PenilaianRhk } from './predikat.ts';

describe('predikatKinerja — DOMAIN.md §2.3 matrix (rows hasil kerja, columns perilaku kerja)', () => {
  const cells: Array<[Rating, Rating, string]> = [
    ['di_atas', 'di_bawah', 'kurang'],
    ['di_atas', 'sesuai', 'baik'],
    ['di_atas', 'di_atas', 'sangat_baik'],
    ['sesuai', 'di_bawah', 'kurang'],
    ['sesuai', 'sesuai', 'baik'],
    ['sesuai', 'di_atas', 'baik'],
    ['di_bawah', 'di_bawah', 'sangat_kurang'],
    ['di_bawah', 'sesuai', 'butuh_perbaikan'],
    ['di_bawah', 'di_atas', 'butuh_perbaikan'],
  ];
  it.each(cells)('hasil %s × perilaku %s → %s', (hasil, perilaku, predikat) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(predikat);
  });
});

describe('usulanRatingHasilKerja — DOMAIN.md §2.3 guidance', () => {
  const u = (...p: Rating[]): PenilaianRhk[] => p.map((penilaian) => ({ jenis: 'utama', penilaian }));
  const t = (...p: Rating[]): PenilaianRhk[] => p.map((penilaian) => ({ jenis: 'tambahan', penilaian }));
  const cases: Array<[string, PenilaianRhk[], Rating, string]> = [
    ['all above', u('di_atas', 'di_atas', 'di_atas'), 'di_atas', 'SEBAGIAN_BESAR_DI_ATAS'],
    ['most above, none below', u('di_atas', 'di_atas', 'sesuai'), 'di_atas', 'SEBAGIAN_BESAR_DI_ATAS'],
    ['most above but one utama below → not Di Atas', u('di_atas', 'di_atas', 'di_atas', 'di_bawah'), 'sesuai', 'ADA_UTAMA_DI_BAWAH'],
    ['half above is not "most"', u('di_atas', 'sesuai'), 'sesuai', 'SEBAGIAN_BESAR_SESUAI'],
    ['all as expected', u('sesuai', 'sesuai'), 'sesuai', 'SEBAGIAN_BESAR_SESUAI'],
    ['most utama below', u('di_bawah', 'di_bawah', 'sesuai'), 'di_bawah', 'SEBAGIAN_BESAR_DI_BAWAH'],
    ['half utama below is not "most"', u('di_bawah', 'sesuai'), 'sesuai', 'SEBAGIAN_BESAR_SESUAI'],
    ['tambahan above lift: 1 utama sesuai + 2 tambahan above', [...u('sesuai'), ...t('di_atas', 'di_atas')], 'di_atas', 'SEBAGIAN_BESAR_DI_ATAS'],
    ['tambahan below does not pull down', [...u('sesuai', 'sesuai'), ...t('di_bawah', 'di_bawah', 'di_bawah')], 'sesuai', 'SEBAGIAN_BESAR_SESUAI'],
    ['no utama judged yet', t('di_atas'), 'sesuai', 'BELUM_ADA_PENILAIAN'],
  ];
  it.each(cases)('%s', (_name, rhk, rating, alasan) => {
    expect(usulanRatingHasilKerja(rhk)).toEqual({ rating, alasan });
  });
});

describe('isPredikat', () => {
  it('accepts the five predikat and nothing else (null while not rated)', () => {
    expect(PREDIKAT.every(isPredikat)).toBe(true);
    expect([null, '', 'Baik', 'sangat baik', 'di_atas'].some(isPredikat)).toBe(false);
  });
});
