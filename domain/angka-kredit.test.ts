// Angka kredit per period (DOMAIN.md §2.6): AK = (months/12) × % predikat × koefisien.
import { describe, expect, it } from 'vitest';
import { angkaKredit, bulanDinilai, isJenjangFungsional, type JenjangFungsional, rumusAngkaKredit } from './angka-kredit.ts';
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

describe('bulanDinilai — months counted for the angka kredit of a record (DOMAIN.md §2.6, issue 6 decision)', () => {
  // a calendar month counts when at least half of its days lie inside the record's days; at least 1, at most 12
  const rows: Array<[string, string, string, number]> = [
    ['a full quarter', '2026-10-01', '2026-12-31', 3],
    ['a full year', '2026-01-01', '2026-12-31', 12],
    ['one month', '2026-03-01', '2026-03-31', 1],
    // 1 Jan–15 Feb: January 31/31; February 15/28 ≥ half → 2
    ['1 Jan–15 Feb', '2026-01-01', '2026-02-15', 2],
    // 14 of February's 28 days is exactly half → counts
    ['1 Jan–14 Feb (exactly half of February)', '2026-01-01', '2026-02-14', 2],
    // 13 of 28 is less than half → January only
    ['1 Jan–13 Feb', '2026-01-01', '2026-02-13', 1],
    // a leap year: 14 of 29 is less than half
    ['1 Jan–14 Feb 2028 (February has 29 days)', '2028-01-01', '2028-02-14', 1],
    // a mutasi splits the year on 15/16 July: July (31 days) goes to the second part only (15 < 15.5 ≤ 16)
    ['mid-year split, first part 1 Jan–15 Jul', '2026-01-01', '2026-07-15', 6],
    ['mid-year split, second part 16 Jul–31 Dec', '2026-07-16', '2026-12-31', 6],
    // a split inside a quarter: 1 Oct–20 Nov → October 31/31, November 20/30
    ['part of a quarter, 1 Oct–20 Nov', '2026-10-01', '2026-11-20', 2],
    ['part of a quarter, 21 Nov–31 Dec', '2026-11-21', '2026-12-31', 1],
    // across a month end: 17 Jan–16 Feb → January 15/31 (no), February 16/28 (yes)
    ['17 Jan–16 Feb', '2026-01-17', '2026-02-16', 1],
    // too short for any month: still 1
    ['5 days', '2026-05-10', '2026-05-14', 1],
    ['one day', '2026-05-10', '2026-05-10', 1],
    // longer than a year: at most 12
    ['fourteen months', '2026-01-01', '2027-02-28', 12],
  ];
  it.each(rows)('%s (%s – %s) → %i', (_, mulai, selesai, bulan) => {
    expect(bulanDinilai(mulai, selesai)).toBe(bulan);
  });
  it('refuses a range that ends before it starts', () => {
    expect(() => bulanDinilai('2026-03-02', '2026-03-01')).toThrow(RangeError);
  });
});

describe('rumusAngkaKredit — the calculation as printed', () => {
  it.each([
    ['ahli_muda', 'baik', 3, '(3/12) × 100% × 25 = 6,25'],
    ['ahli_pertama', 'sangat_baik', 12, '(12/12) × 150% × 12,5 = 18,75'],
    ['ahli_pertama', 'baik', 2, '(2/12) × 100% × 12,5 = 2,083'],
    ['pemula', 'butuh_perbaikan', 6, '(6/12) × 75% × 3,75 = 1,406'],
  ] as const)('%s, %s, %i months → %s', (jenjang, predikat, bulan, teks) => {
    expect(rumusAngkaKredit(jenjang, predikat, bulan)).toBe(teks);
  });
  it('knows the jenjang of jabatan fungsional only', () => {
    expect(isJenjangFungsional('ahli_muda')).toBe(true);
    expect(isJenjangFungsional('pelaksana')).toBe(false);
    expect(isJenjangFungsional(null)).toBe(false);
  });
});
