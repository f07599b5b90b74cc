// SKP periods on SQLite and PostgreSQL (issue 4): admin BKPPD opens one per year (a second one for the same year is
// refused), scopes it to units and their subtrees, closes it; everybody reads them; the scope and the status decide
// who may start an SKP. The clock is Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Periode = { id: string; tahun: number; tanggalMulai: string; tanggalSelesai: string; pendekatanBawaan: string; unitIds: string[] | null; unitNama: string[]; status: string; versi: number };

describe('periods', () => {
  let p2026: Periode;

  it('admin BKPPD opens a year (defaults: 1 Jan – 31 Dec, whole instansi, kuantitatif); a second one for the year → 409', async () => {
    const res = await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 });
    expect(res.statusCode, res.body).toBe(201);
    p2026 = res.json();
    expect(p2026).toMatchObject({ tahun: 2026, tanggalMulai: '2026-01-01', tanggalSelesai: '2026-12-31', pendekatanBawaan: 'kuantitatif', unitIds: null, unitNama: [], status: 'buka', versi: 1 });
    const dua = await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026, pendekatanBawaan: 'kualitatif' });
    expect(dua.statusCode).toBe(409);
    expect(dua.json().code).toBe('SKP.PERIODE_SUDAH_ADA');
  });

  it('a pegawai (or a pimpinan OPD) cannot open or change a period: 403; everybody reads them', async () => {
    expect((await (await as('stafA')).post('/api/v1/skp/periode', { tahun: 2027 })).statusCode).toBe(403);
    expect((await (await as('kadisKes')).post('/api/v1/skp/periode', { tahun: 2027 })).statusCode).toBe(403);
    expect((await put('stafA', `/api/v1/skp/periode/${p2026.id}`, { versi: 1, pendekatanBawaan: 'kuantitatif', unitIds: null, status: 'tutup' })).statusCode).toBe(403);
    const list = await (await as('stafA')).get('/api/v1/skp/periode');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((p: Periode) => p.tahun)).toEqual([2026]);
  });

  it('dates must lie in the year and in order; units must exist', async () => {
    const admin = await as('analis');
    for (const body of [{ tahun: 2027, tanggalMulai: '2026-12-01' }, { tahun: 2027, tanggalSelesai: '2028-01-31' }, { tahun: 2027, tanggalMulai: '2027-07-01', tanggalSelesai: '2027-06-30' }]) {
      const res = await admin.post('/api/v1/skp/periode', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('SKP.TANGGAL_DI_LUAR_TAHUN');
    }
    const unknown = await admin.post('/api/v1/skp/periode', { tahun: 2027, unitIds: ['01900000-0000-7000-8000-000000000000'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('VALIDASI.GAGAL');
    expect((await admin.get('/api/v1/skp/periode')).json()).toHaveLength(1);
  });

  it('a period scoped to a unit covers its subtree only; the scope decides who may start an SKP', async () => {
    const res = await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2025, pendekatanBawaan: 'kualitatif', unitIds: [t.fx.unit.p2p, t.fx.unit.p2p] });
    expect(res.statusCode, res.body).toBe(201);
    const p2025 = res.json() as Periode;
    expect(p2025).toMatchObject({ unitIds: [t.fx.unit.p2p], unitNama: ['Bidang Pencegahan dan Pengendalian Penyakit'], pendekatanBawaan: 'kualitatif' });
    // Staf A (Seksi Surveilans, below the bidang) may; Staf D (Dinas Pendidikan) may not
    const a = await (await as('stafA')).post('/api/v1/skp', { periodeId: p2025.id });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ tahun: 2025, tanggalMulai: '2025-01-01', tanggalSelesai: '2025-12-31', pendekatan: 'kualitatif', status: 'draft' });
    const d = await (await as('stafD')).post('/api/v1/skp', { periodeId: p2025.id });
    expect(d.statusCode).toBe(400);
    expect(d.json().code).toBe('SKP.DI_LUAR_PERIODE');
    // "my SKP" offers the periods that cover me
    const sayaD = (await (await as('stafD')).get('/api/v1/skp/saya')).json();
    expect(sayaD.periodeTerbuka.map((p: { tahun: number }) => p.tahun)).toEqual([2026]);
    const sayaA = (await (await as('stafA')).get('/api/v1/skp/saya')).json();
    expect(sayaA.periodeTerbuka.map((p: { tahun: number; sudahAda: boolean }) => [p.tahun, p.sudahAda])).toEqual([[2026, false], [2025, true]]);
  });

  it('change with the versi seen (stale → 409), close: no new SKP in a closed period; audited', async () => {
    const url = `/api/v1/skp/periode/${p2026.id}`;
    const stale = await put('analis', url, { versi: 9, pendekatanBawaan: 'kuantitatif', unitIds: null, status: 'tutup' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('DATA.KONFLIK');
    const res = await put('analis', url, { versi: 1, pendekatanBawaan: 'kualitatif', unitIds: [t.fx.unit.disdik], status: 'tutup' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'tutup', pendekatanBawaan: 'kualitatif', unitIds: [t.fx.unit.disdik], unitNama: ['Dinas Pendidikan'], versi: 2 });
    const d = await (await as('stafD')).post('/api/v1/skp', { periodeId: p2026.id });
    expect(d.statusCode).toBe(400);
    expect(d.json().code).toBe('SKP.PERIODE_DITUTUP');
    expect((await (await as('stafD')).get('/api/v1/skp/saya')).json().periodeTerbuka).toEqual([]);
    // reopened for the whole instansi
    const buka = await put('analis', url, { versi: 2, pendekatanBawaan: 'kuantitatif', unitIds: null, status: 'buka' });
    expect(buka.json()).toMatchObject({ status: 'buka', unitIds: null, versi: 3 });
    expect((await (await as('stafD')).post('/api/v1/skp', { periodeId: p2026.id })).statusCode).toBe(201);
    const audit = await t.database.db.selectFrom('audit_log').select(['aksi', 'ringkasan']).where('entitas_id', '=', p2026.id).orderBy('seq').execute();
    expect(audit.map((a) => a.aksi)).toEqual(['skp.periode.buat', 'skp.periode.ubah', 'skp.periode.ubah']);
    expect(JSON.parse(audit[1]!.ringkasan)).toMatchObject({ sebelum: { status: 'buka' }, sesudah: { status: 'tutup', jumlahUnit: 1 } });
  });

  it('an unknown period → 404', async () => {
    const res = await put('analis', '/api/v1/skp/periode/01900000-0000-7000-8000-000000000000', { versi: 1, pendekatanBawaan: 'kuantitatif', unitIds: null, status: 'tutup' });
    expect(res.statusCode).toBe(404);
    expect((await (await as('stafB')).post('/api/v1/skp', { periodeId: '01900000-0000-7000-8000-000000000000' })).statusCode).toBe(404);
  });
});
