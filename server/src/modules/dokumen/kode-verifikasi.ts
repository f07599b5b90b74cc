// Verification codes of issued documents: 12 characters of Crockford base32 (digits and letters without I, L, O, U,
// so a code read aloud or copied from paper is not misread), 60 random bits, printed XXXX-XXXX-XXXX. Pure.
import crypto from 'node:crypto';

export const ALFABET_KODE = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PANJANG_KODE = 12;

/** A new random code in its stored form (12 characters, no dashes). */
export function buatKode(acak: (n: number) => Uint8Array = crypto.randomBytes): string {
  // 256 is a multiple of 32, so the low 5 bits of a random byte are uniform
  return Array.from(acak(PANJANG_KODE), (b) => ALFABET_KODE[b & 31]).join('');
}

/** 'ABCDEFGHJKMN' → 'ABCD-EFGH-JKMN' (how it is printed and shown). */
export function formatKode(kode: string): string {
  return `${kode.slice(0, 4)}-${kode.slice(4, 8)}-${kode.slice(8, 12)}`;
}

/**
 * What a person typed → the stored form, or null when it cannot be a code. Case, dashes and spaces do not matter;
 * the letters Crockford base32 leaves out are read as the digits they resemble (O → 0, I and L → 1).
 */
export function normalisasiKode(input: string): string | null {
  const k = input
    .toUpperCase()
    // spaces, hyphens and the dashes a word processor turns them into
    .replace(/[\s\u2010-\u2015-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (k.length !== PANJANG_KODE) return null;
  for (const c of k) if (!ALFABET_KODE.includes(c)) return null;
  return k;
}
