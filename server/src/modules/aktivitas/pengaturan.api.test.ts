// Per-instansi aktivitas rules through HTTP on SQLite and PostgreSQL (DOMAIN.md §2.2 defaults): read by admin BKPPD and
// auditor, written by admin BKPPD only (audited, before/after); range checks name the field; a new deadline hour
// applies to the very next submission. The clock starts Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const URL = '/api/v1/aktivitas/pengaturan';
const BAWAAN = { menitTargetHarian: 300, menitPeringatanHarian: 600, jamBatasPengajuan: 10, hariToleransiLuring: 7 };
const put = async (who: keyof Fixture['p'], payload: unknown) => (await as(who)).request({ method: 'PUT', url: URL, payload: payload as object });
/** sessions last 12 h: whoever acts after the clock moved logs in again at that time */
const at = (iso: string) => {
  t.clock.now = new Date(iso);
  clients = {};
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('pengaturan aktivitas', () => {
  it('answers the DOMAIN defaults while the instansi has not saved its own', async () => {
    const res = await (await as('analis')).get(URL);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ...BAWAAN, bawaan: true, diubahPada: null });
  });

  it('pegawai gets 403; auditor reads but cannot write', async () => {
    expect((await (await as('stafA')).get(URL)).statusCode).toBe(403);
    expect((await put('stafA', BAWAAN)).statusCode).toBe(403);
    const baca = await (await as('auditor')).get(URL);
    expect(baca.statusCode, baca.body).toBe(200);
    expect(baca.json()).toMatchObject(BAWAAN);
    expect((await put('auditor', { ...BAWAAN, jamBatasPengajuan: 12 })).statusCode).toBe(403);
  });

  it.each([
    ['menitTargetHarian', { menitTargetHarian: 59 }],
    ['menitTargetHarian', { menitTargetHarian: 721 }],
    ['menitPeringatanHarian', { menitPeringatanHarian: 1441 }],
    ['jamBatasPengajuan', { jamBatasPengajuan: 24 }],
    ['jamBatasPengajuan', { jamBatasPengajuan: 10.5 }],
    ['hariToleransiLuring', { hariToleransiLuring: -1 }],
    ['hariToleransiLuring', { hariToleransiLuring: 31 }],
    ['menitPeringatanHarian', { menitTargetHarian: 480, menitPeringatanHarian: 420 }],
  ])('%s out of range → 400 naming the field', async (field, over) => {
    const res = await put('analis', { ...BAWAAN, ...over });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('VALIDASI.GAGAL');
    const detail = (res.json().details as { path: string; message: string }[]).find((d) => d.path === field);
    expect(detail, JSON.stringify(res.json().details)).toBeDefined();
  });

  it('a later deadline hour applies to the next submission, and the change is audited', async () => {
    // Friday's activity of a 5-day unit, on Monday 11:00 WITA: past the default 10:00 deadline
    at('2026-11-30T03:00:00Z');
    const isi = { tanggal: '2026-11-27', jamMulai: '08:00', jamSelesai: '09:00', uraian: 'Menyusun laporan surveilans mingguan', volume: 1, satuan: 'laporan' };
    const terlambat = await (await as('stafB')).post('/api/v1/aktivitas', isi);
    expect(terlambat.statusCode, terlambat.body).toBe(400);
    expect(terlambat.json().code).toBe('AKTIVITAS.MELEWATI_BATAS');

    const ubah = await put('analis', { ...BAWAAN, jamBatasPengajuan: 12 });
    expect(ubah.statusCode, ubah.body).toBe(200);
    expect(ubah.json()).toMatchObject({ ...BAWAAN, jamBatasPengajuan: 12, bawaan: false, diubahPada: '2026-11-30T03:00:00.000Z' });
    expect((await (await as('auditor')).get(URL)).json()).toMatchObject({ jamBatasPengajuan: 12, bawaan: false });

    const diterima = await (await as('stafB')).post('/api/v1/aktivitas', isi);
    expect(diterima.statusCode, diterima.body).toBe(201);
    expect(diterima.json().aktivitas).toMatchObject({ status: 'diajukan', batasPengajuan: '2026-11-30T04:00:00.000Z' });

    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('aksi', '=', 'PENGATURAN_AKTIVITAS_DIUBAH').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.ringkasan)).toEqual({ sebelum: { ...BAWAAN, bawaan: true }, sesudah: { ...BAWAAN, jamBatasPengajuan: 12 } });

    // saving the same values again writes nothing
    expect((await put('analis', { ...BAWAAN, jamBatasPengajuan: 12 })).statusCode).toBe(200);
    expect(await t.database.db.selectFrom('audit_log').select('seq').where('aksi', '=', 'PENGATURAN_AKTIVITAS_DIUBAH').execute()).toHaveLength(1);
  });
});
