// Perjanjian Kinerja (perjanjian-kinerja.service.ts): who may read and write which unit's agreement, optimistic
// versions, and sasaran ids kept across edits (SKP RHK point at them). Fixture "Kota Uji"; clock 2026-11-29.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], body: unknown) => (await as(who)).request({ method: 'PUT', url: '/api/v1/perjanjian-kinerja', payload: body as object });
const get = async (who: keyof Fixture['p'], unitId: string, tahun = 2026) => (await as(who)).get(`/api/v1/perjanjian-kinerja?unitId=${unitId}&tahun=${tahun}`);
type Pk = { unitId: string; unit: string; tahun: number; versi: number | null; sasaran: { id: string; sasaran: string; indikator: string; target: string }[] };

const S1 = { sasaran: 'Meningkatnya derajat kesehatan masyarakat', indikator: 'Angka kematian ibu', target: '≤ 90 per 100.000 KH' };
const S2 = { sasaran: 'Menurunnya prevalensi stunting', indikator: 'Prevalensi stunting balita', target: '≤ 14 %' };
const S3 = { sasaran: 'Terkendalinya penyakit menular', indikator: 'Cakupan imunisasi dasar lengkap', target: '≥ 95 %' };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('reading', () => {
  it('a unit and year with nothing yet: sasaran [] and versi null', async () => {
    const res = await get('kadisKes', t.fx.unit.dinkes, 2025);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ unitId: t.fx.unit.dinkes, unit: 'Dinas Kesehatan', tahun: 2025, sasaran: [], versi: null });
  });

  it('pimpinan of another OPD → 403; pegawai → 403; auditor and admin read any unit; unknown unit → 404', async () => {
    expect((await get('kadisDik', t.fx.unit.dinkes)).statusCode).toBe(403);
    expect((await get('kadisDik', t.fx.unit.p2p)).statusCode).toBe(403);
    expect((await get('stafA', t.fx.unit.surveilans)).statusCode).toBe(403);
    expect((await get('walikota', t.fx.unit.dinkes)).statusCode).toBe(403);
    expect((await get('auditor', t.fx.unit.dinkes)).statusCode).toBe(200);
    expect((await get('analis', t.fx.unit.disdik)).statusCode).toBe(200);
    expect((await get('kadisDik', t.fx.unit.disdik)).statusCode).toBe(200);
    const unknown = await get('analis', '01900000-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('DATA.TIDAK_DITEMUKAN');
    expect((await get('analis', 'bukan-id')).statusCode).toBe(400);
  });
});

describe('writing', () => {
  it('the pimpinan creates the agreement of their OPD (versi null), read back in order; audited', async () => {
    const res = await put('kadisKes', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: null, sasaran: [S1, S2] });
    expect(res.statusCode, res.body).toBe(200);
    const pk = res.json() as Pk;
    expect(pk).toMatchObject({ unitId: t.fx.unit.dinkes, unit: 'Dinas Kesehatan', tahun: 2026, versi: 1 });
    expect(pk.sasaran.map((s) => s.sasaran)).toEqual([S1.sasaran, S2.sasaran]);
    const back = (await get('auditor', t.fx.unit.dinkes)).json() as Pk;
    expect(back).toEqual(pk);

    const audit = (await (await as('auditor')).get('/api/v1/audit?pageSize=50')).json();
    const entri = audit.items.find((e: { aksi: string; entitasId: string }) => e.aksi === 'perjanjian_kinerja.ubah');
    expect(entri).toBeTruthy();
  });

  it('versi null when it already exists → 409; a stale versi → 409; nothing changes', async () => {
    const dup = await put('analis', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: null, sasaran: [S3] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DATA.KONFLIK');
    const lama = (await get('analis', t.fx.unit.dinkes)).json() as Pk;
    const ok1 = await put('analis', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: lama.versi, sasaran: lama.sasaran });
    expect(ok1.statusCode, ok1.body).toBe(200);
    expect(ok1.json().versi).toBe(2);
    const stale = await put('kadisKes', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: lama.versi, sasaran: [S3] });
    expect(stale.statusCode).toBe(409);
    expect(((await get('analis', t.fx.unit.dinkes)).json() as Pk).sasaran.map((s) => s.sasaran)).toEqual([S1.sasaran, S2.sasaran]);
    // a version for a unit/year that does not exist yet is stale too
    expect((await put('analis', { unitId: t.fx.unit.disdik, tahun: 2026, versi: 3, sasaran: [S1] })).statusCode).toBe(409);
  });

  it('sasaran ids sent are kept (the id an RHK points at survives the edit), the others deleted, new ones created, order as sent', async () => {
    const lama = (await get('kadisKes', t.fx.unit.dinkes)).json() as Pk;
    const [a, b] = lama.sasaran as [Pk['sasaran'][number], Pk['sasaran'][number]];
    const res = await put('kadisKes', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: lama.versi, sasaran: [S3, { ...b, target: '≤ 12 %' }] });
    expect(res.statusCode, res.body).toBe(200);
    const pk = res.json() as Pk;
    expect(pk.sasaran).toHaveLength(2);
    expect(pk.sasaran[0]).toMatchObject(S3);
    expect(pk.sasaran[0]!.id).not.toBe(a.id);
    expect(pk.sasaran[1]).toEqual({ ...b, target: '≤ 12 %' });
    expect(((await get('kadisKes', t.fx.unit.dinkes)).json() as Pk).sasaran).toEqual(pk.sasaran);
    const ids = (await t.ctx.db.selectFrom('perjanjian_kinerja_sasaran').select('id').execute()).map((r) => r.id);
    expect(ids).toContain(b.id);
    expect(ids).not.toContain(a.id);
  });

  it('an id that is not a sasaran of this agreement, or sent twice → 400', async () => {
    const lama = (await get('kadisKes', t.fx.unit.dinkes)).json() as Pk;
    const asing = await put('kadisKes', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: lama.versi, sasaran: [{ ...S1, id: '01900000-0000-7000-8000-000000000001' }] });
    expect(asing.statusCode).toBe(400);
    expect(asing.json().details[0].path).toBe('sasaran.0.id');
    const ganda = await put('kadisKes', { unitId: t.fx.unit.dinkes, tahun: 2026, versi: lama.versi, sasaran: [lama.sasaran[0], lama.sasaran[0]] });
    expect(ganda.statusCode).toBe(400);
    // neither attempt changed the version
    expect(((await get('kadisKes', t.fx.unit.dinkes)).json() as Pk).versi).toBe(lama.versi);
  });

  it('scope: the pimpinan writes sub-units of their OPD but not another OPD; auditor and pegawai cannot write; admin writes any unit', async () => {
    expect((await put('kadisKes', { unitId: t.fx.unit.p2p, tahun: 2026, versi: null, sasaran: [S3] })).statusCode).toBe(200);
    const lain = await put('kadisKes', { unitId: t.fx.unit.disdik, tahun: 2026, versi: null, sasaran: [S3] });
    expect(lain.statusCode).toBe(403);
    expect(lain.json().code).toBe('AKSES.DITOLAK');
    expect((await put('auditor', { unitId: t.fx.unit.disdik, tahun: 2026, versi: null, sasaran: [S3] })).statusCode).toBe(403);
    expect((await put('stafA', { unitId: t.fx.unit.surveilans, tahun: 2026, versi: null, sasaran: [S3] })).statusCode).toBe(403);
    expect((await put('analis', { unitId: t.fx.unit.disdik, tahun: 2026, versi: null, sasaran: [S1] })).statusCode).toBe(200);
    expect(((await get('kadisDik', t.fx.unit.disdik)).json() as Pk).sasaran.map((s) => s.sasaran)).toEqual([S1.sasaran]);
  });

  it('bad input and closed units answer 4xx with a clear message', async () => {
    const pendek = await put('analis', { unitId: t.fx.unit.disdik, tahun: 2027, versi: null, sasaran: [{ sasaran: 'abc', indikator: 'x', target: '' }] });
    expect(pendek.statusCode).toBe(400);
    expect(pendek.json().code).toBe('VALIDASI.GAGAL');
    const unknown = await put('analis', { unitId: '01900000-0000-7000-8000-000000000000', tahun: 2026, versi: null, sasaran: [S1] });
    expect(unknown.statusCode).toBe(404);
    await t.ctx.db.updateTable('unit_kerja').set({ ditutup_pada: '2026-11-01' }).where('id', '=', t.fx.unit.imunisasi).execute();
    const tutup = await put('analis', { unitId: t.fx.unit.imunisasi, tahun: 2026, versi: null, sasaran: [S1] });
    expect(tutup.statusCode).toBe(400);
    expect(tutup.json().details[0].path).toBe('unitId');
    await t.ctx.db.updateTable('unit_kerja').set({ ditutup_pada: null }).where('id', '=', t.fx.unit.imunisasi).execute();
  });
});
