// SKP monitoring (monitoring-skp.service.ts): who sees which units, the counts per status over active pegawai in the
// period's unit scope (latest non-closed SKP per pegawai), drill-down to sub-units, and the Excel export.
// Fixture "Kota Uji"; clock 2026-11-29. SKP rows are inserted directly (the SKP API is another module's).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
type Baris = { unitId: string; unit: string; adaSubunit: boolean; jumlahPegawai: number; draft: number; diajukan: number; dikembalikan: number; disetujui: number; belumAda: number };
type Mon = { periode: { id: string; tahun: number } | null; induk: { unitId: string; unit: string } | null; units: Baris[]; total: Omit<Baris, 'unitId' | 'unit' | 'adaSubunit'> };
const lihat = async (who: keyof Fixture['p'], query = '') => (await as(who)).get(`/api/v1/skp/monitoring${query}`);
const hitung = (b: Partial<Baris>) => ({ draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0, belumAda: 0, ...b });

const ts = '2026-01-05T01:00:00.000Z';
async function buatPeriode(tahun: number, status: 'buka' | 'tutup', unitIds: string[] | null): Promise<string> {
  const id = newId();
  await t.ctx.db.insertInto('skp_periode').values({ id, instansi_id: t.fx.instansiId, tahun, tanggal_mulai: `${tahun}-01-01`, tanggal_selesai: `${tahun}-12-31`, pendekatan_bawaan: 'kuantitatif', unit_ids: unitIds ? JSON.stringify(unitIds) : null, status, versi: 1, dibuat_pada: ts, diubah_pada: ts }).execute();
  return id;
}
async function buatSkp(pegawai: keyof Fixture['p'], periodeId: string, status: string, mulai = '2026-01-01', dibuat = ts): Promise<string> {
  const id = newId();
  const p = await t.ctx.db.selectFrom('pegawai').select(['jabatan_id', 'unit_id']).where('id', '=', t.fx.p[pegawai]).executeTakeFirstOrThrow();
  await t.ctx.db.insertInto('skp').values({
    id, instansi_id: t.fx.instansiId, periode_id: periodeId, pegawai_id: t.fx.p[pegawai], tanggal_mulai: mulai, tanggal_selesai: `${mulai.slice(0, 4)}-12-31`, pendekatan: 'kuantitatif',
    status, jabatan_id: p.jabatan_id, unit_id: p.unit_id, penilai_id: null, atasan_penilai_id: null, catatan_penilai: null, alasan_buka: null, diajukan_pada: null,
    disetujui_pada: null, disetujui_oleh: null, ditutup_pada: status === 'ditutup' ? ts : null, asal_skp_id: null, versi: 1, dibuat_pada: dibuat, diubah_pada: dibuat,
  }).execute();
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('without any period', () => {
  it('periode null and no units', async () => {
    const res = await lihat('analis');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ periode: null, induk: null, units: [], total: { jumlahPegawai: 0, ...hitung({}) } });
    expect((await (await as('analis')).get('/api/v1/skp/monitoring/xlsx')).statusCode).toBe(404);
  });
});

describe('with a mixed fixture', () => {
  let p2026: string;
  let p2025: string;
  beforeAll(async () => {
    // 2026 is open for Dinas Kesehatan and Dinas Pendidikan only; 2025 was for the whole instansi and is closed
    p2026 = await buatPeriode(2026, 'buka', [t.fx.unit.dinkes, t.fx.unit.disdik]);
    p2025 = await buatPeriode(2025, 'tutup', null);
    await buatSkp('stafA', p2026, 'draft');
    await buatSkp('stafB', p2026, 'diajukan');
    await buatSkp('kasiSurv', p2026, 'ditutup', '2026-01-01');
    await buatSkp('kasiSurv', p2026, 'dikembalikan', '2026-06-01', '2026-06-01T01:00:00.000Z');
    await buatSkp('stafC', p2026, 'disetujui');
    await buatSkp('kabidP2p', p2026, 'minta_buka');
    await buatSkp('dokter', p2026, 'ditutup');
    await buatSkp('kadisDik', p2026, 'disetujui');
    await buatSkp('kadisDik', p2026, 'draft', '2026-07-01'); // two running SKPs (should not happen): the later one counts
    await buatSkp('analis', p2026, 'draft'); // BKPPD lies outside the 2026 scope: not counted
    await buatSkp('pensiunan', p2026, 'draft'); // left on 2026-07-01: not counted
    await buatSkp('stafA', p2025, 'disetujui', '2025-01-01');
  });

  it('admin: every OPD with counts over active pegawai in the period scope; the open period of this year by default', async () => {
    const res = await lihat('analis');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json() as Mon;
    expect(m.periode).toEqual({ id: p2026, tahun: 2026 });
    expect(m.induk).toBeNull();
    expect(m.units.map((u) => u.unitId)).toEqual([t.fx.unit.bkppd, t.fx.unit.dinkes, t.fx.unit.disdik, t.fx.unit.inspektorat]);
    const by = new Map(m.units.map((u) => [u.unitId, u]));
    expect(by.get(t.fx.unit.dinkes)).toEqual({ unitId: t.fx.unit.dinkes, unit: 'Dinas Kesehatan', adaSubunit: true, jumlahPegawai: 7, ...hitung({ draft: 1, diajukan: 1, dikembalikan: 1, disetujui: 2, belumAda: 2 }) });
    expect(by.get(t.fx.unit.disdik)).toMatchObject({ adaSubunit: false, jumlahPegawai: 2, ...hitung({ draft: 1, belumAda: 1 }) });
    expect(by.get(t.fx.unit.bkppd)).toMatchObject({ jumlahPegawai: 0, ...hitung({}) });
    expect(m.total).toEqual({ jumlahPegawai: 9, ...hitung({ draft: 2, diajukan: 1, dikembalikan: 1, disetujui: 2, belumAda: 3 }) });
    // auditor and wali kota see the same
    expect(((await lihat('auditor')).json() as Mon).total).toEqual(m.total);
    expect(((await lihat('walikota')).json() as Mon).units).toHaveLength(4);
  });

  it('another period by id (whole instansi, closed): its own SKPs count; an unknown period → 404', async () => {
    const m = (await lihat('analis', `?periodeId=${p2025}`)).json() as Mon;
    expect(m.periode).toEqual({ id: p2025, tahun: 2025 });
    const by = new Map(m.units.map((u) => [u.unitId, u]));
    expect(by.get(t.fx.unit.dinkes)).toMatchObject({ jumlahPegawai: 7, ...hitung({ disetujui: 1, belumAda: 6 }) });
    expect(by.get(t.fx.unit.bkppd)).toMatchObject({ jumlahPegawai: 2, belumAda: 2 });
    expect(m.total.jumlahPegawai).toBe(13);
    expect((await lihat('analis', '?periodeId=01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('drill-down: direct sub-units (each with its subtree) plus the unit itself for pegawai placed directly in it', async () => {
    const dinkes = (await lihat('analis', `?unitId=${t.fx.unit.dinkes}`)).json() as Mon;
    expect(dinkes.induk).toEqual({ unitId: t.fx.unit.dinkes, unit: 'Dinas Kesehatan' });
    expect(dinkes.units).toEqual([
      { unitId: t.fx.unit.dinkes, unit: 'Dinas Kesehatan (langsung)', adaSubunit: false, jumlahPegawai: 2, ...hitung({ belumAda: 2 }) },
      { unitId: t.fx.unit.p2p, unit: 'Bidang Pencegahan dan Pengendalian Penyakit', adaSubunit: true, jumlahPegawai: 5, ...hitung({ draft: 1, diajukan: 1, dikembalikan: 1, disetujui: 2 }) },
    ]);
    expect(dinkes.total.jumlahPegawai).toBe(7);

    const p2p = (await lihat('kadisKes', `?unitId=${t.fx.unit.p2p}`)).json() as Mon;
    expect(p2p.units.map((u) => [u.unit, u.jumlahPegawai, u.adaSubunit])).toEqual([
      ['Bidang Pencegahan dan Pengendalian Penyakit (langsung)', 1, false],
      ['Seksi Imunisasi', 1, false],
      ['Seksi Surveilans', 3, false],
    ]);
    expect(p2p.units.find((u) => u.unitId === t.fx.unit.surveilans)).toMatchObject(hitung({ draft: 1, diajukan: 1, dikembalikan: 1 }));
    // a unit without sub-units: just its own pegawai
    const surv = (await lihat('analis', `?unitId=${t.fx.unit.surveilans}`)).json() as Mon;
    expect(surv.units).toHaveLength(1);
    expect(surv.units[0]).toMatchObject({ unit: 'Seksi Surveilans (langsung)', jumlahPegawai: 3 });
    expect((await lihat('analis', '?unitId=01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('scope: the pimpinan sees their OPD only; another OPD → 403; a pegawai → 403', async () => {
    const own = (await lihat('kadisKes')).json() as Mon;
    expect(own.units.map((u) => u.unitId)).toEqual([t.fx.unit.dinkes]);
    expect(own.total.jumlahPegawai).toBe(7);
    const lain = await lihat('kadisKes', `?unitId=${t.fx.unit.disdik}`);
    expect(lain.statusCode).toBe(403);
    expect(lain.json().code).toBe('AKSES.DITOLAK');
    expect((await lihat('kadisDik', `?unitId=${t.fx.unit.p2p}`)).statusCode).toBe(403);
    expect((await (await as('kadisDik')).get(`/api/v1/skp/monitoring/xlsx?unitId=${t.fx.unit.dinkes}`)).statusCode).toBe(403);
    expect((await lihat('stafA')).statusCode).toBe(403);
    expect((await lihat('kasiSurv')).statusCode).toBe(403);
    expect((await (await as('stafA')).get('/api/v1/skp/monitoring/xlsx')).statusCode).toBe(403);
  });

  it('default period: the open one of this year even when a later year exists; without it, the latest', async () => {
    const p2027 = await buatPeriode(2027, 'tutup', null);
    expect(((await lihat('analis')).json() as Mon).periode).toEqual({ id: p2026, tahun: 2026 });
    await t.ctx.db.updateTable('skp_periode').set({ status: 'tutup' }).where('id', '=', p2026).execute();
    expect(((await lihat('analis')).json() as Mon).periode).toEqual({ id: p2027, tahun: 2027 });
    await t.ctx.db.updateTable('skp_periode').set({ status: 'buka' }).where('id', '=', p2026).execute();
    await t.ctx.db.deleteFrom('skp_periode').where('id', '=', p2027).execute();
  });

  it('Excel: an attachment monitoring-skp-2026.xlsx that opens with the rows and the total', async () => {
    const res = await (await as('analis')).request({ method: 'GET', url: '/api/v1/skp/monitoring/xlsx' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="monitoring-skp-2026\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Unit Kerja', 'Jumlah Pegawai', 'Draf', 'Diajukan', 'Dikembalikan', 'Disetujui', 'Belum Ada SKP', 'Persentase Disetujui']);
    expect(rows.find((r) => r[0] === 'Dinas Kesehatan')?.slice(1, 7)).toEqual([7, 1, 1, 1, 2, 2]);
    expect(rows.at(-1)?.slice(0, 7)).toEqual(['Jumlah', 9, 2, 1, 1, 2, 3]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const drill = await (await as('kadisKes')).request({ method: 'GET', url: `/api/v1/skp/monitoring/xlsx?unitId=${t.fx.unit.p2p}` });
    expect(drill.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(drill.rawPayload as unknown as ArrayBuffer);
    const names = wb2.worksheets[0]!.getColumn(1).values.filter(Boolean);
    expect(names).toEqual(['Unit Kerja', 'Bidang Pencegahan dan Pengendalian Penyakit (langsung)', 'Seksi Imunisasi', 'Seksi Surveilans', 'Jumlah Bidang Pencegahan dan Pengendalian Penyakit']);
  });
});
