// Real-time events of aktivitas (issue 5: the atasan's queue updates live). A bus per running app: services announce
// an event after their transaction commits; Server-Sent Events streams (peristiwa.routes.ts) subscribe per pegawai.
// On PostgreSQL every event is also sent with NOTIFY inside the transaction, and a listener delivers the events of
// the other app nodes (an event carries the id of the node that sent it, so a node never delivers its own twice).
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { PeristiwaAktivitas } from '../../../../contracts/aktivitas.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import * as repo from './peristiwa.repository.ts';

export type Peristiwa = z.infer<typeof PeristiwaAktivitas>;

/** An event and the pegawai who receive it (the penilai for submissions, the owner for decisions). */
export interface Kabar {
  penerima: readonly string[];
  data: Peristiwa;
}

type Pendengar = (data: Peristiwa) => void;

export class Siaran {
  readonly simpul = newId();
  private readonly pendengar = new Map<string, Set<Pendengar>>();

  /** Subscribes a pegawai's stream; returns the unsubscribe function. */
  dengar(pegawaiId: string, fn: Pendengar): () => void {
    const set = this.pendengar.get(pegawaiId) ?? new Set<Pendengar>();
    set.add(fn);
    this.pendengar.set(pegawaiId, set);
    return () => {
      set.delete(fn);
      if (set.size === 0 && this.pendengar.get(pegawaiId) === set) this.pendengar.delete(pegawaiId);
    };
  }

  sebar(kabar: readonly Kabar[]): void {
    for (const k of kabar) {
      for (const p of new Set(k.penerima)) {
        for (const fn of this.pendengar.get(p) ?? []) {
          try {
            fn(k.data);
          } catch {
            // a broken stream must not stop the others; its close handler unsubscribes it
          }
        }
      }
    }
  }

  get jumlahPendengar(): number {
    let n = 0;
    for (const s of this.pendengar.values()) n += s.size;
    return n;
  }
}

const siaranPerApp = new WeakMap<Ctx, Siaran>();

/** The bus of this running app (one per Ctx). */
export function siaranDari(ctx: Ctx): Siaran {
  let s = siaranPerApp.get(ctx);
  if (!s) {
    s = new Siaran();
    siaranPerApp.set(ctx, s);
  }
  return s;
}

/** Inside the transaction of the change: on PostgreSQL, NOTIFY (delivered to the other nodes only on commit). */
export async function kabarkanDalam(trx: Kysely<DB>, ctx: Ctx, kabar: readonly Kabar[]): Promise<void> {
  if (ctx.dialect !== 'postgres' || kabar.length === 0) return;
  const simpul = siaranDari(ctx).simpul;
  await repo.notify(trx, kabar.map((k) => JSON.stringify({ simpul, penerima: k.penerima, data: k.data })));
}

/** After the commit: deliver to this node's streams. */
export function kabarkan(ctx: Ctx, kabar: readonly Kabar[]): void {
  if (kabar.length) siaranDari(ctx).sebar(kabar);
}

/** Starts the PostgreSQL listener of this node (no-op on SQLite, a single node): ready once LISTEN runs (or failed and retries). */
export function mulaiPendengarAntarSimpul(ctx: Ctx, log: { warn(o: object, m: string): void }): { siap: Promise<void>; berhenti: () => Promise<void> } {
  if (ctx.dialect !== 'postgres') return { siap: Promise.resolve(), berhenti: async () => undefined };
  const siaran = siaranDari(ctx);
  return repo.listen(
    ctx.db,
    (payload) => {
      let pesan: { simpul?: string; penerima?: string[]; data?: Peristiwa };
      try {
        pesan = JSON.parse(payload) as typeof pesan;
      } catch {
        return;
      }
      if (!pesan.data || !Array.isArray(pesan.penerima) || pesan.simpul === siaran.simpul) return;
      siaran.sebar([{ penerima: pesan.penerima, data: pesan.data }]);
    },
    (e) => log.warn({ err: e }, 'aktivitas: koneksi LISTEN PostgreSQL terputus; menyambung ulang'),
  );
}
