// Angka kredit per period (DOMAIN.md §2.6): AK = (months/12) × % predikat × koefisien.
import { describe, expect, it } from 'vitest';
import { angkaKredit, type JenjangFungsional } from './angka-kredit.ts';
import type { Predikat } from './predikat.ts';

describe('angkaKredit — DOMAIN.md §2.6', () => {
  const rows: Array<[JenjangFungsional, Predikat, number, number]> = [
    // the two examples of DOMAIN.md §2.6
    ['ahli_pertama', 'sangat_baik', 12, 18.75],
    ['ahli_pertama', 'baik', 2, 2.083],
    // one year Baik = the koefisien of the jenjang
    ['pemula', 'baik', 12, 3.75],
    ['terampil', 'baik', 12, 5],
    ['mahir', 'baik', 12, 12.5],
    ['penyelia', 'baik', 12, 25],
    ['ahli_muda', 'baik', 12, 25],
    ['ahli_madya', 'baik', 12, 37.5],
    ['ahli_utama', 'baik', 12, 50],
    // the other percentages
    ['ahli_muda', 'butuh_perbaikan', 12, 18.75],
    ['ahli_madya', 'kurang', 6, 9.375],
    ['ahli_utama', 'sangat_kurang', 12, 12.5],
    ['pemula', 'butuh_perbaikan', 6, 1.406], // 1.40625
    ['terampil', 'sangat_baik', 3, 1.875],
    ['mahir', 'baik', 1, 1.042], // 1.041666…
  ];
  it.each(rows)('%s, %s, %i months → %d', (jenjang, predikat, bulan, ak) => {
    expect(angkaKredit(jenjang, predikat, bulan)).toBe(ak);
  });
  it.each([0, 13, 1.5, -1])('refuses %d months', (bulan) => {
    expect(() => angkaKredit('ahli_muda', 'baik', bulan)).toThrow(RangeError);
  });
});
