// Seeded randomness for the demo data: the same seed gives the same numbers on every machine and Node version, so
// the demo instansi (ids included) is reproducible. Never Math.random() or the clock here.

/** cyrb128: a small string hash giving four 32-bit words to seed sfc32. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** a uniform 32-bit unsigned integer */
  uint32(): number;
  /** integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** pick by weight; weights need not sum to 1 */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** sfc32 (Small Fast Counter, PractRand-tested), seeded from a string. */
export function createRng(seed: string): Rng {
  let [a, b, c, d] = cyrb128(seed);
  const uint32 = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // warm-up: the first outputs of sfc32 after hashing correlate weakly with the seed
  for (let i = 0; i < 15; i++) uint32();
  const next = (): number => uint32() / 4294967296;
  const rng: Rng = {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [v, w] of items) {
        r -= w;
        if (r < 0) return v;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
  };
  return rng;
}

/**
 * Deterministic ids in UUIDv7 shape (RFC 9562 §5.7), like server/src/ids.ts but reproducible: the 48-bit time part is
 * a fixed base instant plus one millisecond per id (so ids sort in creation order, as real v7 ids would), the 74
 * random bits come from the seeded generator.
 */
export function createIdFactory(rng: Rng, baseMs: number): () => string {
  let counter = 0;
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
  return () => {
    const ms = baseMs + counter++;
    const timeHex = hex(Math.floor(ms / 0x10000), 8) + hex(ms % 0x10000, 4);
    const r1 = rng.uint32();
    const r2 = rng.uint32();
    const r3 = rng.uint32();
    const randA = r1 & 0x0fff; // 12 bits
    const variant = 0x8000 | ((r1 >>> 12) & 0x3fff); // '10' + 14 bits
    const tail = hex(r2 >>> 8, 6) + hex(r3 >>> 8, 6); // 48 bits
    return `${timeHex.slice(0, 8)}-${timeHex.slice(8, 12)}-7${hex(randA, 3)}-${hex(variant, 4)}-${tail}`;
  };
}
