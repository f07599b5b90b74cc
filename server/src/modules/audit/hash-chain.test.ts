import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH, verifyRun, type StoredEntry } from './hash-chain.ts';

function chain(n: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const f = { seq: i, id: `id-${i}`, instansi_id: 'inst', waktu: `2026-11-29T0${i}:00:00.000Z`, aktor_akun_id: 'a', aktor_nama: 'Admin', aksi: `AKSI_${i}`, entitas: 'akun', entitas_id: 'x', ringkasan: canonicalJson({ sesudah: { n: i } }) };
    const hash = entryHash(prev, f);
    out.push({ ...f, hash_sebelum: prev, hash });
    prev = hash;
  }
  return out;
}
const start = { expectedSeq: 1, prevHash: GENESIS_HASH };

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });

  it.each([
    ['intact chain', (c: StoredEntry[]) => c, null, 5],
    ['summary of entry 3 altered', (c: StoredEntry[]) => c.map((e) => (e.seq === 3 ? { ...e, ringkasan: '{"sesudah":{"n":99}}' } : e)), 3, 2],
    ['actor of entry 2 altered', (c: StoredEntry[]) => c.map((e) => (e.seq === 2 ? { ...e, aktor_nama: 'Orang Lain' } : e)), 2, 1],
    ['entry 3 altered and re-hashed: entry 4 no longer links', (c: StoredEntry[]) => c.map((e) => (e.seq === 3 ? { ...e, aksi: 'X', hash: entryHash(e.hash_sebelum, { ...e, aksi: 'X' }) } : e)), 4, 3],
    ['entry 2 deleted', (c: StoredEntry[]) => c.filter((e) => e.seq !== 2), 3, 1],
    ['first entry deleted', (c: StoredEntry[]) => c.filter((e) => e.seq !== 1), 2, 0],
  ] as const)('%s', (_label, mutate, brokenSeq, checked) => {
    const r = verifyRun(mutate(chain(5)), start);
    expect(r.broken?.seq ?? null).toBe(brokenSeq);
    expect(r.checked).toBe(checked);
    if (brokenSeq !== null) expect(r.broken!.alasan.length).toBeGreaterThan(10);
  });

  it('continues across pages', () => {
    const c = chain(6);
    const first = verifyRun(c.slice(0, 3), start);
    expect(first.broken).toBeNull();
    expect(verifyRun(c.slice(3), first.state).broken).toBeNull();
  });
});
