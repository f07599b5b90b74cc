import { describe, expect, it } from 'vitest';
import { tambahHari, tanggalValid, tanggalWita } from './kalender.ts';

describe('tanggalWita — WITA = UTC+8 (DOMAIN.md "Time zone")', () => {
  it.each([
    ['2026-11-29T15:59:59.999Z', '2026-11-29'], // 23:59:59 WITA
    ['2026-11-29T16:00:00.000Z', '2026-11-30'], // WITA midnight
    ['2026-12-31T16:00:00.000Z', '2027-01-01'], // new year in Kupang while still 31 Dec in UTC
    ['2026-03-01T00:00:00.000Z', '2026-03-01'],
  ])('%s → %s', (instant, expected) => expect(tanggalWita(new Date(instant))).toBe(expected));
});

describe('tambahHari', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-10-31', 14, '2026-11-14'],
  ] as const)('%s %+d → %s', (t, n, expected) => expect(tambahHari(t, n)).toBe(expected));
});

describe('tanggalValid', () => {
  it.each([
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-11-29', true],
  ] as const)('%s → %s', (t, ok) => expect(tanggalValid(t)).toBe(ok));
});
