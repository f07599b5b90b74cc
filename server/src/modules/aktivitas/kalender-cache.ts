// In-process cache, per instansi, of what every aktivitas request reads to judge a date: the holidays, the units
// marked as 6-day weeks, and the aktivitas rules (pengaturan 'aktivitas'). Small (a few hundred rows per instansi) and
// written a few times a year by admin BKPPD, while the submit path read it ~5 queries at a time on every request.
// Exact on this node: every write of these (hari-libur.service.ts, pengaturan.service.ts) calls lupakanKalender()
// after its transaction commits, and a load that raced with such a write is not kept (epoch check, as in the session
// cache). Another app node on the same PostgreSQL sees the change after at most `ttlMs` (docs/ARCHITECTURE.md).
// Never filled from a transaction: rows read through one could be rolled back, so a caller holding a transaction
// reads directly (jadwal* take the db or the caller's transaction and tell them apart).
// What is NOT cached: the pegawai's unit on a date and that unit's path (owned by kepegawaian: mutasi, moves of the
// tree) and the penilai chain — read per request.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type AturanAktivitas, KUNCI_PENGATURAN, uraiAturan } from './aktivitas.aturan.ts';
import * as aktivitasRepo from './aktivitas.repository.ts';
import * as repo from './hari-libur.repository.ts';

type Db = Kysely<DB>;

export interface KalenderInstansi {
  aturan: AturanAktivitas;
  /** units marked as working 6 days a week (their subtrees follow) */
  mingguEnam: ReadonlySet<string>;
  /** every holiday of the instansi, by date: instansi-wide (unitId null) or of a unit and its subtree */
  libur: readonly { tanggal: string; nama: string; unitId: string | null }[];
}

/** Three small queries: the rules, the 6-day units, the holidays. */
export async function muatKalender(db: Db, instansiId: string): Promise<KalenderInstansi> {
  const [nilai, enam, libur] = await Promise.all([aktivitasRepo.pengaturan(db, instansiId, KUNCI_PENGATURAN), repo.unitMingguEnam(db, instansiId), repo.semuaLibur(db, instansiId)]);
  return { aturan: uraiAturan(nilai), mingguEnam: new Set(enam.map((u) => u.id)), libur: libur.map((l) => ({ tanggal: l.tanggal, nama: l.nama, unitId: l.unit_id })) };
}

export class KalenderCache {
  readonly #entries = new Map<string, { value: Promise<KalenderInstansi>; storedAt: number }>();
  /** Bumped by every invalidation; a load that started in another epoch is served to its waiters but not kept. */
  #epoch = 0;

  constructor(
    readonly ttlMs = 30_000,
    private readonly jam: () => number = () => performance.now(),
  ) {}

  /** The instansi's calendar: cached when fresh, else `muat()` (concurrent misses share one load). */
  get(instansiId: string, muat: () => Promise<KalenderInstansi>): Promise<KalenderInstansi> {
    const now = this.jam();
    const hit = this.#entries.get(instansiId);
    if (hit && now - hit.storedAt <= this.ttlMs && now >= hit.storedAt) return hit.value;
    const epoch = this.#epoch;
    const entry = { value: muat(), storedAt: now };
    this.#entries.set(instansiId, entry);
    const buang = () => {
      if (this.#entries.get(instansiId) === entry) this.#entries.delete(instansiId);
    };
    entry.value.then(() => {
      if (epoch !== this.#epoch) buang(); // a write committed while we were reading: its old rows may be in here
    }, buang);
    return entry.value;
  }

  /** After a committed write of the instansi's holidays, working weeks or aktivitas rules. */
  lupakan(instansiId: string): void {
    this.#epoch += 1;
    this.#entries.delete(instansiId);
  }
}

// one cache per database handle (an app, or a test app): the cache is about that database's rows
const perDb = new WeakMap<Db, KalenderCache>();

function cacheDari(db: Db): KalenderCache {
  let c = perDb.get(db);
  if (!c) {
    c = new KalenderCache();
    perDb.set(db, c);
  }
  return c;
}

/** The instansi's calendar and rules: from the cache, or read directly when `db` is a transaction. */
export function kalender(db: Db, instansiId: string): Promise<KalenderInstansi> {
  if (db.isTransaction) return muatKalender(db, instansiId);
  return cacheDari(db).get(instansiId, () => muatKalender(db, instansiId));
}

/** Call with the app's db (not the transaction) after the transaction that changed the calendar or rules committed. */
export function lupakanKalender(db: Db, instansiId: string): void {
  perDb.get(db)?.lupakan(instansiId);
}
