// Kurva distribusi (DOMAIN.md §2.4, SE MenPANRB 3/2023): each row of the bounds table at several n, with the
// counting rule "≤ X %" → floor(X·n/100) and "≥ X %" → ceil(X·n/100), and "at least one".
import { describe, expect, it } from 'vitest';
import { BATAS_KURVA, hitungSebaran, jelaskanBatas, jumlahBatas, perluJustifikasi, periksaKurva, pindahkan, type PredikatOrganisasi, ratingDariPredikatOrganisasi, type Sebaran, sebaranKosong } from './kurva.ts';

const s = (sb: number, b: number, bp: number, k: number, sk: number): Sebaran => ({ sangat_baik: sb, baik: b, butuh_perbaikan: bp, kurang: k, sangat_kurang: sk });

describe('jumlahBatas — the allowed/required count per row and n', () => {
  // [predikat organisasi, index of the bound in its row, n, expected count]
  const rows: Array<[PredikatOrganisasi, number, number, number]> = [
    // Istimewa: Sangat Baik ≤ 70 %
    ['istimewa', 0, 1, 0],
    ['istimewa', 0, 5, 3], // 3.5 → 3
    ['istimewa', 0, 7, 4], // 4.9 → 4
    ['istimewa', 0, 10, 7],
    ['istimewa', 0, 12, 8], // 8.4 → 8
    // Baik: Baik ≤ 70 %; at least one Butuh Perbaikan or Kurang/Misconduct
    ['baik', 0, 10, 7],
    ['baik', 0, 13, 9], // 9.1 → 9
    ['baik', 1, 3, 1],
    ['baik', 1, 40, 1],
    ['baik', 1, 0, 0],
    // Butuh Perbaikan: BP ≥ 60 %; SB ≤ 10 %
    ['butuh_perbaikan', 0, 5, 3],
    ['butuh_perbaikan', 0, 7, 5], // 4.2 → 5
    ['butuh_perbaikan', 0, 12, 8], // 7.2 → 8
    ['butuh_perbaikan', 1, 5, 0], // 0.5 → 0
    ['butuh_perbaikan', 1, 10, 1],
    ['butuh_perbaikan', 1, 25, 2], // 2.5 → 2
    // Kurang: K ≥ 60 %; BP ≥ 10 %; SB ≤ 10 %
    ['kurang', 0, 9, 6], // 5.4 → 6
    ['kurang', 1, 5, 1], // 0.5 → 1
    ['kurang', 1, 11, 2], // 1.1 → 2
    ['kurang', 2, 19, 1], // 1.9 → 1
    // Sangat Kurang: SK ≥ 60 %; K + BP ≥ 10 %; no Sangat Baik
    ['sangat_kurang', 0, 6, 4], // 3.6 → 4
    ['sangat_kurang', 1, 6, 1], // 0.6 → 1
    ['sangat_kurang', 2, 50, 0],
  ];
  it.each(rows)('%s bound #%i with n=%i → %i', (org, i, n, expected) => {
    expect(jumlahBatas(BATAS_KURVA[org][i]!, n)).toBe(expected);
  });
});

describe('periksaKurva — deviations are reported, never blocking', () => {
  const cases: Array<[string, PredikatOrganisasi, Sebaran, boolean[]]> = [
    ['Istimewa, 8 of 12 Sangat Baik: at the limit', 'istimewa', s(8, 4, 0, 0, 0), [true]],
    ['Istimewa, 9 of 12 Sangat Baik: one too many', 'istimewa', s(9, 3, 0, 0, 0), [false]],
    ['Baik, 7 of 10 Baik and one Butuh Perbaikan', 'baik', s(2, 7, 1, 0, 0), [true, true]],
    ['Baik, nobody below Baik', 'baik', s(3, 7, 0, 0, 0), [true, false]],
    ['Baik, one Kurang/Misconduct satisfies "at least one"', 'baik', s(2, 7, 0, 1, 0), [true, true]],
    ['Baik, 8 of 10 Baik', 'baik', s(1, 8, 1, 0, 0), [false, true]],
    ['Butuh Perbaikan, 5 of 7 BP, no SB', 'butuh_perbaikan', s(0, 2, 5, 0, 0), [true, true]],
    ['Butuh Perbaikan, 4 of 7 BP (needs 5) and 1 SB (allows 0)', 'butuh_perbaikan', s(1, 2, 4, 0, 0), [false, false]],
    ['Kurang, 6 of 10 K, 1 BP, 1 SB', 'kurang', s(1, 2, 1, 6, 0), [true, true, true]],
    ['Sangat Kurang, 4 of 6 SK, 1 K, no SB', 'sangat_kurang', s(0, 1, 0, 1, 4), [true, true, true]],
    ['Sangat Kurang, one Sangat Baik is never allowed', 'sangat_kurang', s(1, 0, 1, 0, 4), [true, true, false]],
  ];
  it.each(cases)('%s', (_name, org, sebaran, expected) => {
    const h = periksaKurva(org, sebaran);
    expect(h.hasil.map((x) => x.terpenuhi)).toEqual(expected);
    expect(h.sesuai).toBe(expected.every(Boolean));
  });

  it('n below 5 is information only (setting), n = 5 is not', () => {
    expect(periksaKurva('baik', s(1, 3, 0, 0, 0)).hanyaInformasi).toBe(true);
    expect(periksaKurva('baik', s(1, 3, 1, 0, 0)).hanyaInformasi).toBe(false);
    expect(periksaKurva('baik', s(1, 3, 1, 0, 0), 10).hanyaInformasi).toBe(true);
  });

  it('explains each bound in words with the arithmetic', () => {
    expect(jelaskanBatas(BATAS_KURVA.istimewa[0]!, 12)).toBe(
      'Paling banyak 70% pegawai berpredikat Sangat Baik: untuk 12 pegawai paling banyak 8 orang (70% × 12 = 8,4, dibulatkan ke bawah).',
    );
    expect(jelaskanBatas(BATAS_KURVA.butuh_perbaikan[0]!, 7)).toBe(
      'Paling sedikit 60% pegawai berpredikat Butuh Perbaikan: untuk 7 pegawai paling sedikit 5 orang (60% × 7 = 4,2, dibulatkan ke atas).',
    );
    expect(jelaskanBatas(BATAS_KURVA.baik[1]!, 7)).toBe('Paling sedikit 1 pegawai berpredikat Butuh Perbaikan + Kurang/Misconduct.');
    expect(jelaskanBatas(BATAS_KURVA.sangat_kurang[2]!, 7)).toBe('Tidak boleh ada pegawai berpredikat Sangat Baik.');
  });
});

describe('what-if moves and counting', () => {
  it('moves one pegawai and re-checks the bound', () => {
    const before = s(9, 3, 0, 0, 0);
    const after = pindahkan(before, 'sangat_baik', 'baik');
    expect(after).toEqual(s(8, 4, 0, 0, 0));
    expect(periksaKurva('istimewa', before).sesuai).toBe(false);
    expect(periksaKurva('istimewa', after).sesuai).toBe(true);
    expect(before).toEqual(s(9, 3, 0, 0, 0));
  });
  it('refuses to move from an empty predikat', () => {
    expect(() => pindahkan(sebaranKosong(), 'baik', 'sangat_baik')).toThrow();
  });
  it('counts a list of predikat', () => {
    expect(hitungSebaran(['baik', 'baik', 'kurang', 'sangat_baik'])).toEqual(s(1, 2, 0, 1, 0));
  });
});

describe('ratingDariPredikatOrganisasi — the pimpinan\'s rating hasil kerja is the unit\'s capaian (Permenpan-RB 6/2022)', () => {
  it.each([
    ['istimewa', 'di_atas'],
    ['baik', 'sesuai'],
    ['butuh_perbaikan', 'di_bawah'],
    ['kurang', 'di_bawah'],
    ['sangat_kurang', 'di_bawah'],
  ] as const)('%s → %s', (p, r) => expect(ratingDariPredikatOrganisasi(p)).toBe(r));
});

describe('perluJustifikasi — a deviation needs words only where the curve is judged', () => {
  const s = (v: Partial<Sebaran>): Sebaran => ({ ...sebaranKosong(), ...v });
  it.each([
    // Istimewa: Sangat Baik ≤ floor(70 % × 10) = 7
    ['istimewa', s({ sangat_baik: 7, baik: 3 }), false],
    ['istimewa', s({ sangat_baik: 8, baik: 2 }), true],
    // n = 4 < 5: information only, even though 4 > floor(70 % × 4) = 2
    ['istimewa', s({ sangat_baik: 4 }), false],
    // Baik without anyone at Butuh Perbaikan or Kurang
    ['baik', s({ baik: 5, sangat_baik: 5 }), true],
    ['baik', s({ baik: 5, sangat_baik: 4, kurang: 1 }), false],
  ] as const)('%s %o → %s', (p, sebaran, perlu) => expect(perluJustifikasi(periksaKurva(p as PredikatOrganisasi, sebaran))).toBe(perlu));
});
