import { describe, expect, it } from 'vitest';
import { ALFABET_KODE, buatKode, formatKode, normalisasiKode, PANJANG_KODE } from './kode-verifikasi.ts';

describe('verification code (Crockford base32)', () => {
  it('the alphabet has 32 symbols and leaves out I, L, O and U', () => {
    expect(ALFABET_KODE).toHaveLength(32);
    expect(new Set(ALFABET_KODE).size).toBe(32);
    for (const c of 'ILOU') expect(ALFABET_KODE).not.toContain(c);
  });

  it('a new code is 12 symbols of the alphabet, different each time', () => {
    const codes = Array.from({ length: 200 }, () => buatKode());
    for (const k of codes) expect(k).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses the low 5 bits of each random byte', () => {
    const bytes = Uint8Array.from([0, 1, 31, 32, 33, 255, 10, 17, 18, 21, 26, 27]);
    expect(buatKode(() => bytes)).toBe('01Z01ZAHJNTV');
  });

  it('prints as XXXX-XXXX-XXXX', () => {
    expect(formatKode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });

  it.each([
    ['ABCD-EFGH-JKMN', 'ABCDEFGHJKMN'],
    ['abcd-efgh-jkmn', 'ABCDEFGHJKMN'],
    ['  abcd efgh jkmn ', 'ABCDEFGHJKMN'],
    ['ABCDEFGHJKMN', 'ABCDEFGHJKMN'],
    ['ABCD–EFGH—JKMN', 'ABCDEFGHJKMN'],
    // letters left out of the alphabet read as the digits they look like
    ['O0O0-IiLl-1111', '000011111111'],
    ['oooo-oooo-oooo', '000000000000'],
  ])('normalises %j → %s', (input, expected) => {
    expect(normalisasiKode(input)).toBe(expected);
    expect(normalisasiKode(input)).toHaveLength(PANJANG_KODE);
  });

  it.each([
    ['', 'empty'],
    ['ABCD-EFGH-JKM', 'too short'],
    ['ABCD-EFGH-JKMNP', 'too long'],
    ['ABCD-EFGH-JKMU', 'U is not in the alphabet'],
    ['ABCD-EFGH-JK#N', 'punctuation'],
    ['ÀBCD-EFGH-JKMN', 'accented letter'],
  ])('refuses %j (%s)', (input) => {
    expect(normalisasiKode(input)).toBeNull();
  });

  it('a printed code reads back as itself', () => {
    for (let i = 0; i < 50; i++) {
      const k = buatKode();
      expect(normalisasiKode(formatKode(k))).toBe(k);
      expect(normalisasiKode(formatKode(k).toLowerCase())).toBe(k);
    }
  });
});
