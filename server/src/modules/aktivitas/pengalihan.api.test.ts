// Pending activities follow the penilai chain (pengalihan.service.ts): after an override or a Plt changes who
// evaluates a pegawai on the activity's date, the item leaves the old penilai's queue for the new one's, and the old
// penilai can no longer decide it. Fixture clock 2026-11-29 (WITA); Kasi Imunisasi is vacant (staf C → kabid).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
type A = { id: string; versi: number; status: string; penilaiId: string };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ajukan = async (who: keyof Fixture['p'], jamMulai: string, uraian: string): Promise<A> => {
  const res = await (await as(who)).post('/api/v1/aktivitas', { tanggal: '2026-11-28', jamMulai, jamSelesai: `${String(Number(jamMulai.slice(0, 2)) + 1).padStart(2, '0')}:00`, uraian });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().aktivitas as A;
};
const antrian = async (who: keyof Fixture['p']) => ((await (await as(who)).get('/api/v1/aktivitas/antrian?pageSize=200')).json().items as A[]).map((i) => i.id);
const audit = async () => (await (await as('auditor')).get('/api/v1/audit?pageSize=50')).json();

describe('pending items follow the penilai chain', () => {
  it('an override moves staf A’s pending item to the new penilai; the old one’s decision is refused', async () => {
    const a = await ajukan('stafA', '08:00', 'Pemantauan kasus harian');
    expect(a.penilaiId).toBe(t.fx.p.kasiSurv);
    expect(await antrian('kasiSurv')).toContain(a.id);

    const o = await (await as('analis')).post('/api/v1/penilai/override', { pegawaiId: t.fx.p.stafA, penilaiId: t.fx.p.kabidP2p, mulai: '2026-11-01', alasan: 'Kasi sedang tugas belajar' });
    expect(o.statusCode, o.body).toBe(201);

    expect(await antrian('kasiSurv')).not.toContain(a.id);
    expect(await antrian('kabidP2p')).toContain(a.id);
    const now = (await (await as('kabidP2p')).get(`/api/v1/aktivitas/${a.id}`)).json() as A;
    expect(now).toMatchObject({ penilaiId: t.fx.p.kabidP2p, status: 'diajukan', versi: a.versi + 1 });

    // the old penilai, even with the current versi: not their item
    const lama = await (await as('kasiSurv')).post('/api/v1/aktivitas/keputusan', { aksi: 'setujui', items: [{ id: a.id, versi: now.versi }] });
    expect(lama.json().items[0]).toMatchObject({ ok: false, code: 'AKSES.DITOLAK' });
    const baru = await (await as('kabidP2p')).post('/api/v1/aktivitas/keputusan', { aksi: 'setujui', items: [{ id: a.id, versi: now.versi }] });
    expect(baru.json().items[0]).toMatchObject({ ok: true, status: 'disetujui' });

    // a decided item stays put when the override is revoked
    expect((await (await as('analis')).post(`/api/v1/penilai/override/${o.json().id}/cabut`)).statusCode).toBe(204);
    expect(await antrian('kasiSurv')).not.toContain(a.id);
  });

  it('a Plt of the vacant post takes staf C’s pending item from the kabid; revoking the Plt gives it back', async () => {
    const c = await ajukan('stafC', '09:00', 'Pencatatan imunisasi dasar');
    expect(c.penilaiId).toBe(t.fx.p.kabidP2p);
    const plt = await (await as('analis')).post('/api/v1/penilai/pelaksana-tugas', { jabatanId: t.fx.jab.kasiImun, pegawaiId: t.fx.p.kasiSurv, jenis: 'plt', mulai: '2026-11-01', selesai: '2026-12-31' });
    expect(plt.statusCode, plt.body).toBe(201);
    expect(await antrian('kabidP2p')).not.toContain(c.id);
    expect(await antrian('kasiSurv')).toContain(c.id);
    const entri = (await audit()).items.filter((e: { aksi: string }) => e.aksi === 'AKTIVITAS_DIALIHKAN');
    expect(entri.length).toBeGreaterThanOrEqual(2);

    expect((await (await as('analis')).post(`/api/v1/penilai/pelaksana-tugas/${plt.json().id}/cabut`)).statusCode).toBe(204);
    expect(await antrian('kasiSurv')).not.toContain(c.id);
    expect(await antrian('kabidP2p')).toContain(c.id);
  });
});
