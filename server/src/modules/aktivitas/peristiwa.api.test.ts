// Real-time events (issue 5: the atasan's queue updates without reloading) over a real HTTP connection — inject()
// cannot stream: the atasan's stream receives a bawahan's submission, the pegawai's stream the decision, a colleague's
// nothing. On PostgreSQL a second app node on the same database receives the event through LISTEN/NOTIFY.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Ctx } from '../../context.ts';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let base: string;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const terbuka: http.ClientRequest[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const r of terbuka) r.destroy();
  await t.close();
});

interface Aliran {
  status: number;
  contentType: string | undefined;
  events: { jenis: string; aktivitasId: string; pegawaiId: string; status: string | null }[];
  /** resolves with the first event matching, or rejects after `ms` */
  tunggu(pred: (e: Aliran['events'][number]) => boolean, ms?: number): Promise<Aliran['events'][number]>;
}

/** Opens GET /api/v1/aktivitas/stream with a session cookie and parses `event: aktivitas` frames as they come. */
function buka(url: string, cookie: string): Promise<Aliran> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/api/v1/aktivitas/stream`, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      const aliran: Aliran = {
        status: res.statusCode ?? 0,
        contentType: res.headers['content-type'],
        events: [],
        tunggu: (pred, ms = 5_000) =>
          new Promise((ok, gagal) => {
            const found = aliran.events.find(pred);
            if (found) return ok(found);
            const timer = setTimeout(() => gagal(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(aliran.events)}`)), ms);
            waiters.push((e) => {
              if (!pred(e)) return false;
              clearTimeout(timer);
              ok(e);
              return true;
            });
          }),
      };
      const waiters: ((e: Aliran['events'][number]) => boolean)[] = [];
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (!frame.includes('event: aktivitas') || !data) continue;
          const e = JSON.parse(data.slice(6)) as Aliran['events'][number];
          aliran.events.push(e);
          for (let w = waiters.length - 1; w >= 0; w--) if (waiters[w]!(e)) waiters.splice(w, 1);
        }
      });
      // the first frame (": terhubung") says the subscription is in place
      res.once('data', () => resolve(aliran));
    });
    req.on('error', reject);
    terbuka.push(req);
  });
}

describe('Server-Sent Events', () => {
  it('the atasan sees a submission, the pegawai the decision, a colleague nothing', async () => {
    const atasan = await buka(base, (await as('kasiSurv')).cookie);
    expect(atasan.status).toBe(200);
    expect(atasan.contentType).toMatch(/^text\/event-stream/);
    const pegawai = await buka(base, (await as('stafA')).cookie);
    const rekan = await buka(base, (await as('stafB')).cookie);

    const res = await (await as('stafA')).post('/api/v1/aktivitas', { tanggal: '2026-11-28', jamMulai: '08:00', jamSelesai: '09:00', uraian: 'Pemantauan kasus harian' });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json().aktivitas as { id: string; versi: number };
    expect(await atasan.tunggu((e) => e.aktivitasId === a.id)).toEqual({ jenis: 'diajukan', aktivitasId: a.id, pegawaiId: t.fx.p.stafA, status: 'diajukan' });

    await (await as('kasiSurv')).post('/api/v1/aktivitas/keputusan', { aksi: 'setujui', items: [{ id: a.id, versi: a.versi }] });
    expect(await pegawai.tunggu((e) => e.aktivitasId === a.id)).toMatchObject({ jenis: 'diputuskan', status: 'disetujui' });
    // delivery is synchronous per node: had the colleague been a receiver, the event would be there already
    expect(rekan.events).toEqual([]);

    await (await as('kasiSurv')).post(`/api/v1/aktivitas/${a.id}/umpan-balik`, { isi: 'Terima kasih.' });
    expect(await pegawai.tunggu((e) => e.jenis === 'umpan_balik')).toMatchObject({ aktivitasId: a.id });
  });

  it('refuses a stream without a session (401)', async () => {
    const res = await fetch(`${base}/api/v1/aktivitas/stream`);
    expect(res.status).toBe(401);
  });

  it('ends the stream within one heartbeat after logout (the session is re-checked)', async () => {
    const app2 = await buildApp({ ctx: { ...t.ctx }, logLevel: 'silent', detakSseMs: 100 });
    await app2.listen({ port: 0, host: '127.0.0.1' });
    try {
      const url = `http://127.0.0.1:${(app2.server.address() as AddressInfo).port}`;
      const c = await login(t.app, t.fx.u.kasiSurv!); // its own session: the shared one stays valid
      const selesai = new Promise<number>((resolve) => {
        const req = http.get(`${url}/api/v1/aktivitas/stream`, { headers: { cookie: c.cookie } }, (res) => {
          res.resume();
          res.on('end', () => resolve(Date.now()));
        });
        terbuka.push(req);
      });
      // a few heartbeats pass while the session is valid: the stream stays open
      const masih = await Promise.race([selesai.then(() => 'berakhir'), new Promise((r) => setTimeout(() => r('terbuka'), 350))]);
      expect(masih).toBe('terbuka');
      const keluar = Date.now();
      expect((await c.post('/api/v1/auth/logout')).statusCode).toBeLessThan(300);
      expect((await selesai) - keluar).toBeLessThan(1_000);
    } finally {
      await app2.close();
    }
  });

  // registered only on PostgreSQL (SQLite is one node; a skipped test would fail CI)
  if (process.env.KINERJA_TEST_DB === 'postgres') it('a second app node on the same PostgreSQL receives the event through LISTEN/NOTIFY', async () => {
    const ctx2: Ctx = { ...t.ctx };
    const app2 = await buildApp({ ctx: ctx2, logLevel: 'silent' });
    await app2.listen({ port: 0, host: '127.0.0.1' });
    try {
      const atasan = await buka(`http://127.0.0.1:${(app2.server.address() as AddressInfo).port}`, (await as('kasiSurv')).cookie);
      const res = await (await as('stafB')).post('/api/v1/aktivitas', { tanggal: '2026-11-28', jamMulai: '10:00', jamSelesai: '11:00', uraian: 'Rekap data mingguan' });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().aktivitas.id as string;
      expect(await atasan.tunggu((e) => e.aktivitasId === id)).toMatchObject({ jenis: 'diajukan', pegawaiId: t.fx.p.stafB });
      // exactly once on that node, although it also listens to its own NOTIFYs
      await new Promise((r) => setTimeout(r, 200));
      expect(atasan.events.filter((e) => e.aktivitasId === id)).toHaveLength(1);
    } finally {
      await app2.close();
    }
  });
});
