// PostgreSQL LISTEN/NOTIFY for the real-time events of aktivitas, so that several app nodes on one database share
// them. NOTIFY is sent inside the change's transaction: PostgreSQL delivers it only when that transaction commits.
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { pgPoolOf } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

export const KANAL = 'kinerja_aktivitas';

export async function notify(trx: Kysely<DB>, payloads: readonly string[]): Promise<void> {
  for (const p of payloads) await sql`select pg_notify(${KANAL}, ${p})`.execute(trx);
}

/**
 * A dedicated connection (outside the pool: LISTEN holds it for the life of the app) that calls `onPesan` for every
 * notification and reconnects after a lost connection. Returns the function that stops it.
 */
export function listen(db: Kysely<DB>, onPesan: (payload: string) => void, onGalat: (e: unknown) => void): { siap: Promise<void>; berhenti: () => Promise<void> } {
  const pool = pgPoolOf(db);
  if (!pool) throw new Error('listen needs a PostgreSQL database');
  let client: pg.Client | null = null;
  let berhenti = false;
  let timer: NodeJS.Timeout | undefined;
  const sambung = async () => {
    if (berhenti) return;
    const c = new pg.Client(pool.options);
    client = c;
    c.on('notification', (n) => {
      if (n.channel === KANAL && n.payload) onPesan(n.payload);
    });
    c.on('error', (e) => {
      onGalat(e);
      ulang(c);
    });
    c.on('end', () => ulang(c));
    try {
      await c.connect();
      await c.query(`listen ${KANAL}`);
    } catch (e) {
      onGalat(e);
      ulang(c);
    }
  };
  const ulang = (c: pg.Client) => {
    if (berhenti || client !== c) return;
    client = null;
    c.removeAllListeners();
    c.on('error', () => undefined);
    void c.end().catch(() => undefined);
    timer = setTimeout(() => void sambung(), 2_000);
  };
  const siap = sambung();
  return {
    siap,
    berhenti: async () => {
      berhenti = true;
      clearTimeout(timer);
      await siap;
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
