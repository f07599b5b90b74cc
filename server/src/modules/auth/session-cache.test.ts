import { describe, expect, it } from 'vitest';
import type { Aktor } from './aktor.ts';
import { SessionCache, type CachedSession } from './session-cache.ts';

const entry = (akunId: string, expiresAt = '2026-11-29T12:00:00.000Z'): CachedSession => ({
  aktor: { akunId } as Aktor,
  me: {} as CachedSession['me'],
  expiresAt,
});
const T0 = Date.parse('2026-11-29T02:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('SessionCache', () => {
  it('serves a stored session until its TTL, then forgets it', () => {
    const c = new SessionCache(5_000);
    c.set('h1', entry('a'), c.epoch(), T0);
    expect(c.get('h1', T0 + 4_999, iso(T0 + 4_999))?.aktor.akunId).toBe('a');
    expect(c.get('h1', T0 + 5_001, iso(T0 + 5_001))).toBeUndefined();
  });

  it('never serves a session past its own expiry, nor after the clock went back', () => {
    const c = new SessionCache(60_000);
    c.set('h1', entry('a', iso(T0 + 1_000)), c.epoch(), T0);
    expect(c.get('h1', T0 + 1_000, iso(T0 + 1_000))).toBeUndefined();
    c.set('h2', entry('a'), c.epoch(), T0);
    expect(c.get('h2', T0 - 1, iso(T0 - 1))).toBeUndefined();
  });

  it('invalidateAkun drops every session of that account and no other', () => {
    const c = new SessionCache();
    c.set('h1', entry('a'), c.epoch(), T0);
    c.set('h2', entry('a'), c.epoch(), T0);
    c.set('h3', entry('b'), c.epoch(), T0);
    c.invalidateAkun('a');
    expect(c.get('h1', T0, iso(T0))).toBeUndefined();
    expect(c.get('h2', T0, iso(T0))).toBeUndefined();
    expect(c.get('h3', T0, iso(T0))?.aktor.akunId).toBe('b');
  });

  it('a lookup that raced with an invalidation is not cached (it may hold the old facts)', () => {
    const c = new SessionCache();
    const before = c.epoch();
    c.invalidateAkun('a'); // e.g. logout committed while the lookup was reading the database
    c.set('h1', entry('a'), before, T0);
    expect(c.get('h1', T0, iso(T0))).toBeUndefined();
  });

  it('stays bounded', () => {
    const c = new SessionCache(5_000, 3);
    for (let i = 0; i < 5; i++) c.set(`h${i}`, entry(`a${i}`), c.epoch(), T0);
    const present = [0, 1, 2, 3, 4].filter((i) => c.get(`h${i}`, T0, iso(T0)));
    expect(present.length).toBeLessThanOrEqual(3);
    expect(present).toContain(4);
  });
});
