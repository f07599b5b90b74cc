// The verification code as people type it: the same forgiving reading as the server (case, dashes and spaces do
// not matter; O reads as 0, I and L as 1 — Crockford base32 has no I, L, O, U). The server stays the authority.
const ALFABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 'abcd efgh jkmn' → 'ABCD-EFGH-JKMN', or null when it cannot be a code. */
export function rapikanKode(input: string): string | null {
  const k = input
    .toUpperCase()
    .replace(/[\s\u2010-\u2015-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (k.length !== 12 || [...k].some((c) => !ALFABET.includes(c))) return null;
  return `${k.slice(0, 4)}-${k.slice(4, 8)}-${k.slice(8)}`;
}
