// Keberatan window (DOMAIN.md §2.5, PP 30/2019 Pasal 59): 14 calendar days from receipt, WITA dates, across month
// ends and the WITA midnight.
import { describe, expect, it } from 'vitest';
import { batasKeberatan, bolehKeberatan, sisaHariKeberatan } from './keberatan.ts';

describe('batasKeberatan — last WITA day = date of receipt + 14', () => {
  const rows: Array<[string, string, string, string]> = [
    ['received 23:59 WITA on 31 Jan', '2026-01-31T15:59:00Z', '2026-01-31', '2026-02-14'],
    ['received 00:30 WITA on 1 Feb (still 31 Jan in UTC)', '2026-01-31T16:30:00Z', '2026-02-01', '2026-02-15'],
    ['across the end of February (non-leap year)', '2026-02-20T02:00:00Z', '2026-02-20', '2026-03-06'],
    ['across the end of February (leap year)', '2028-02-20T02:00:00Z', '2028-02-20', '2028-03-05'],
    ['across the year end', '2026-12-25T01:00:00Z', '2026-12-25', '2027-01-08'],
    ['across a 30-day month', '2026-04-20T01:00:00Z', '2026-04-20', '2026-05-04'],
  ];
  it.each(rows)('%s', (_name, diterima, tanggalDiterima, tanggalTerakhir) => {
    const b = batasKeberatan(new Date(diterima));
    expect(b.tanggalDiterima).toBe(tanggalDiterima);
    expect(b.tanggalTerakhir).toBe(tanggalTerakhir);
  });

  it('closes at 00:00 WITA after the last day (16:00 UTC of the last day)', () => {
    const diterima = new Date('2026-01-31T15:59:00Z');
    expect(batasKeberatan(diterima).tutupPada.toISOString()).toBe('2026-02-14T16:00:00.000Z');
    expect(bolehKeberatan(diterima, new Date('2026-02-14T15:59:59.999Z'))).toBe(true);
    expect(bolehKeberatan(diterima, new Date('2026-02-14T16:00:00.000Z'))).toBe(false);
    expect(bolehKeberatan(diterima, new Date('2026-01-31T15:58:00Z'))).toBe(false);
  });

  it('counts the days left including today; the setting changes the window', () => {
    const diterima = new Date('2026-02-20T02:00:00Z');
    expect(sisaHariKeberatan(diterima, new Date('2026-02-20T03:00:00Z'))).toBe(15);
    expect(sisaHariKeberatan(diterima, new Date('2026-03-06T10:00:00Z'))).toBe(1);
    expect(sisaHariKeberatan(diterima, new Date('2026-03-06T16:00:00Z'))).toBe(0);
    expect(batasKeberatan(diterima, 7).tanggalTerakhir).toBe('2026-02-27');
  });
});
