// Linking an activity to an RHK of the pegawai's SKP (DOMAIN.md §2.2: "linked RHK (optional for non-SKP duties)";
// issue 5 with issue 4) through HTTP on SQLite and PostgreSQL: the choices for a date come from the pegawai's own SKP
// covering that date — a draft SKP counts — and any other RHK is refused. The clock starts Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const isi = (over: Record<string, unknown> = {}) => ({ tanggal: '2026-11-27', jamMulai: '08:00', jamSelesai: '09:00', uraian: 'Menyusun laporan surveilans mingguan', volume: 1, satuan: 'laporan', ...over });

/** A draft SKP 2026 of `who` with one RHK utama; returns the RHK id. */
async function rhkDraf(who: keyof Fixture['p'], uraian: string): Promise<string> {
  const c = await as(who);
  const skp = await c.post('/api/v1/skp', { periodeId });
  expect(skp.statusCode, skp.body).toBe(201);
  const isiSkp = { versi: skp.json().versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian, indikator: [{ aspek: 'kuantitas', uraian: 'Jumlah laporan', targetAngka: 12, targetSatuan: 'Laporan' }] }] };
  const res = await c.request({ method: 'PUT', url: `/api/v1/skp/${skp.json().id}`, payload: isiSkp });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().rhk[0].id as string;
}

let periodeId: string;
let rhkA: string;
let rhkB: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await login(t.app, t.fx.u.analis!);
  const p = await admin.post('/api/v1/skp/periode', { tahun: 2026 });
  expect(p.statusCode, p.body).toBe(201);
  periodeId = p.json().id;
  rhkA = await rhkDraf('stafA', 'Tersusunnya laporan surveilans penyakit menular');
  rhkB = await rhkDraf('stafB', 'Terlaksananya imunisasi dasar lengkap');
});
afterAll(async () => t.close());

describe('aktivitas ↔ RHK', () => {
  it('offers the RHK of my own SKP covering the date, and none outside the period', async () => {
    const pilihan = await (await as('stafA')).get('/api/v1/aktivitas/rhk?tanggal=2026-11-27');
    expect(pilihan.statusCode, pilihan.body).toBe(200);
    expect(pilihan.json()).toEqual([{ id: rhkA, jenis: 'utama', uraian: 'Tersusunnya laporan surveilans penyakit menular', skpStatus: 'draft', tahun: 2026 }]);
    expect((await (await as('stafA')).get('/api/v1/aktivitas/rhk?tanggal=2027-01-04')).json()).toEqual([]);
    expect((await (await as('stafA')).get('/api/v1/aktivitas/rhk?tanggal=2026-02-30')).statusCode).toBe(400);
  });

  it('links an activity to my RHK and shows its text', async () => {
    const res = await (await as('stafA')).post('/api/v1/aktivitas', isi({ rhkId: rhkA }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().aktivitas).toMatchObject({ rhkId: rhkA, rhkUraian: 'Tersusunnya laporan surveilans penyakit menular' });
    // the answer is built from what was written, not read back: it must be what a fresh read returns
    expect(res.json().aktivitas).toEqual((await (await as('stafA')).get(`/api/v1/aktivitas/${res.json().aktivitas.id}`)).json());
    // the atasan's queue shows the same link
    const antrian = await (await as('kasiSurv')).get('/api/v1/aktivitas/antrian');
    expect(antrian.statusCode, antrian.body).toBe(200);
    const item = (antrian.json().items as { id: string; rhkUraian: string | null }[]).find((a) => a.id === res.json().aktivitas.id);
    expect(item?.rhkUraian).toBe('Tersusunnya laporan surveilans penyakit menular');
  });

  it("refuses someone else's RHK on create and on edit, and nothing is stored", async () => {
    const asing = await (await as('stafA')).post('/api/v1/aktivitas', isi({ jamMulai: '10:00', jamSelesai: '11:00', rhkId: rhkB }));
    expect(asing.statusCode).toBe(400);
    expect(asing.json().code).toBe('AKTIVITAS.RHK_TIDAK_VALID');
    const hari = await (await as('stafA')).get('/api/v1/aktivitas?dari=2026-11-27&sampai=2026-11-27');
    expect((hari.json().items as { jamMulai: string }[]).some((a) => a.jamMulai === '10:00')).toBe(false);

    const draf = await (await as('stafA')).post('/api/v1/aktivitas', isi({ jamMulai: '13:00', jamSelesai: '14:00', ajukan: false }));
    expect(draf.statusCode, draf.body).toBe(201);
    const a = draf.json().aktivitas;
    const ubah = await (await as('stafA')).request({ method: 'PUT', url: `/api/v1/aktivitas/${a.id}`, payload: { ...isi({ jamMulai: '13:00', jamSelesai: '14:00' }), versi: a.versi, rhkId: rhkB } });
    expect(ubah.statusCode).toBe(400);
    expect(ubah.json().code).toBe('AKTIVITAS.RHK_TIDAK_VALID');
    const ok = await (await as('stafA')).request({ method: 'PUT', url: `/api/v1/aktivitas/${a.id}`, payload: { ...isi({ jamMulai: '13:00', jamSelesai: '14:00' }), versi: a.versi, rhkId: rhkA } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().aktivitas.rhkId).toBe(rhkA);
  });
});
