import { describe, expect, it } from 'vitest';
import { batasPengajuan, hariKerja, hariKerjaBerikutnya, hariKerjaBulan, targetMenitBulan, type JadwalKerja } from './hari-kerja.ts';

// November–December 2026: 1 Nov is a Sunday; 25 Dec (Friday) is Natal; 24 Dec (Thursday) taken as cuti bersama here.
const libur = new Set(['2026-12-24', '2026-12-25']);
const limaHari: JadwalKerja = { hariPerMinggu: 5, libur };
const enamHari: JadwalKerja = { hariPerMinggu: 6, libur };

describe('submission window — DOMAIN.md §2.2 "until H+1 10:00 WITA; Friday’s until Monday 10:00 for 5-day units"', () => {
  it.each([
    // case, date of the activity, schedule, deadline (UTC instant; 10:00 WITA = 02:00 UTC)
    ['Tuesday → Wednesday 10:00 WITA', '2026-11-24', limaHari, '2026-11-25T02:00:00.000Z'],
    ['Friday, 5-day unit → Monday 10:00', '2026-11-27', limaHari, '2026-11-30T02:00:00.000Z'],
    ['Friday, 6-day unit → Saturday 10:00', '2026-11-27', enamHari, '2026-11-28T02:00:00.000Z'],
    ['Saturday, 6-day unit → Monday 10:00', '2026-11-28', enamHari, '2026-11-30T02:00:00.000Z'],
    ['Saturday work in a 5-day unit → Monday 10:00', '2026-11-28', limaHari, '2026-11-30T02:00:00.000Z'],
    ['Wednesday before cuti bersama + Natal → Monday 28 Dec', '2026-12-23', limaHari, '2026-12-28T02:00:00.000Z'],
    ['Wednesday before holidays, 6-day unit → Saturday 26 Dec', '2026-12-23', enamHari, '2026-12-26T02:00:00.000Z'],
    ['31 December (Thursday) → 1 Jan is not a holiday in this calendar → Friday', '2026-12-31', limaHari, '2027-01-01T02:00:00.000Z'],
  ] as const)('%s', (_case, tanggal, jadwal, batas) => {
    expect(batasPengajuan(tanggal, jadwal)).toBe(batas);
  });

  it('the deadline hour is a setting', () => {
    expect(batasPengajuan('2026-11-24', limaHari, 23)).toBe('2026-11-25T15:00:00.000Z');
  });
});

describe('working days', () => {
  it.each([
    ['2026-11-29', limaHari, false], // Sunday
    ['2026-11-28', limaHari, false], // Saturday, 5-day unit
    ['2026-11-28', enamHari, true],
    ['2026-12-25', enamHari, false], // holiday
    ['2026-11-30', limaHari, true],
  ] as const)('%s → %s', (t, j, expected) => expect(hariKerja(t, j)).toBe(expected));

  it('next working day skips weekends and holidays', () => {
    expect(hariKerjaBerikutnya('2026-12-23', limaHari)).toBe('2026-12-28');
  });

  it('month target = working days × 300 minutes (November 2026: 21 working days in a 5-day unit, 25 in a 6-day unit)', () => {
    expect(hariKerjaBulan('2026-11', limaHari)).toHaveLength(21);
    expect(targetMenitBulan('2026-11', limaHari)).toBe(6300);
    expect(targetMenitBulan('2026-11', enamHari)).toBe(25 * 300);
    expect(targetMenitBulan('2026-12', limaHari)).toBe((23 - 2) * 300); // December: 23 weekdays minus 24 and 25
  });
});
