// In-process cache of resolved sessions, keyed by the cookie value: the session lookup is the hot path of every
// authenticated request.
// Exact on this node: logout, password change/reset and any other account change call invalidateAkun() after
// their transaction commits, and a lookup that raced with such a change is not cached (generation check).
// Derived facts (roles, the 'atasan' flag from the jabatan tree) may lag by at most `ttlMs`.
// Several app nodes on one PostgreSQL: another node may accept a logged-out session for at most `ttlMs`
// (docs/ARCHITECTURE.md; LISTEN/NOTIFY invalidation is the planned fix).
import type { Me } from '../../../../contracts/auth.ts';
import type { Aktor } from './aktor.ts';

export interface CachedSession {
  aktor: Aktor;
  me: Me;
  expiresAt: string;
}

export class SessionCache {
  readonly #entries = new Map<string, { value: CachedSession; storedAt: number }>();
  /** Bumped by every invalidation; a lookup that saw another epoch at its start is not cached. */
  #epoch = 0;

  constructor(
    readonly ttlMs = 5_000,
    readonly maxEntries = 20_000,
  ) {}

  /** Read before the database lookup; pass it to set(). */
  epoch(): number {
    return this.#epoch;
  }

  get(tokenHash: string, nowMs: number, nowIso: string): CachedSession | undefined {
    const hit = this.#entries.get(tokenHash);
    if (!hit) return undefined;
    if (nowMs - hit.storedAt > this.ttlMs || nowMs < hit.storedAt || hit.value.expiresAt <= nowIso) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return hit.value;
  }

  set(tokenHash: string, value: CachedSession, epochBefore: number, nowMs: number): void {
    if (epochBefore !== this.#epoch) return; // an account changed while we were reading: its old facts may be here
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    this.#entries.set(tokenHash, { value, storedAt: nowMs });
  }

  invalidateAkun(akunId: string): void {
    this.#epoch += 1;
    for (const [k, v] of this.#entries) if (v.value.aktor.akunId === akunId) this.#entries.delete(k);
  }

  /** After bulk changes (imports, org tree edits) that may change many accounts' derived roles. */
  clear(): void {
    this.#epoch += 1;
    this.#entries.clear();
  }
}
