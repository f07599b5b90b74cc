// The names behind a monitoring row on SQLite and PostgreSQL (issue 5): per pegawai of a unit, filed or not on the day
// and what waits for approval — adding up to the unit row's counts — and who may ask. The clock is Sunday 29 Nov 2026
// 10:00 WITA.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const SEKARANG = new Date('2026-11-29T02:00:00Z');

type Baris = { pegawaiId: string; nama: string; nip: string | null; jabatan: string | null; aktif: boolean; sudahMengisi: boolean; jumlahAktivitas: number; menit: number; menunggu: number; menungguTerlamaJam: number | null; penilaiMenunggu: string[] };
type Unit = { unitId: string; jumlahPegawai: number; sudahMengisi: number; belumMengisi: number; menunggu: number; menungguTerlamaJam: number | null };

const catat = async (who: keyof Fixture['p'], tanggal: string, jamMulai: string, jamSelesai: string, ajukan = true) => {
  const client = await as(who);
  t.clock.now = new Date(`${tanggal}T09:00:00Z`); // 17:00 WITA on the day, inside its submission window
  const res = await client.post('/api/v1/aktivitas', { tanggal, jamMulai, jamSelesai, uraian: 'Menyusun laporan surveilans mingguan', ajukan });
  t.clock.now = SEKARANG;
  expect(res.statusCode, res.body).toBe(201);
  return res.json().aktivitas as { id: string; versi: number };
};
const daftar = async (who: keyof Fixture['p'], unitId: string, tanggal = '2026-11-25') => (await as(who)).get(`/api/v1/aktivitas/monitoring/unit/${unitId}?tanggal=${tanggal}`);

beforeAll(async () => {
  t = await createTestApp();
  await catat('stafA', '2026-11-23', '08:00', '10:00'); // waits since Monday 17:00 WITA
  await catat('stafA', '2026-11-25', '08:00', '09:30');
  await catat('stafA', '2026-11-25', '10:00', '11:00');
  const b = await catat('stafB', '2026-11-25', '08:00', '09:00');
  await catat('stafB', '2026-11-25', '13:00', '14:00', false); // a draft is not "filed"
  // Staf B's filed one is approved: still filed, no longer waiting
  const res = await (await as('kasiSurv')).post('/api/v1/aktivitas/keputusan', { aksi: 'setujui', items: [{ id: b.id, versi: b.versi }] });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => t.close());

describe('who filed, per pegawai of a unit', () => {
  it('lists the unit row’s people, not filed first, and adds up to the row', async () => {
    const res = await daftar('kadisKes', t.fx.unit.surveilans);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { tanggal: string; unitId: string; unit: string; pegawai: Baris[] };
    expect(body).toMatchObject({ tanggal: '2026-11-25', unitId: t.fx.unit.surveilans });
    const p = body.pegawai;
    // the Kasi did not file: first; then A and B by name. The pensiunan (nothing waiting) is not listed.
    expect(p.map((r) => r.pegawaiId)).toEqual([t.fx.p.kasiSurv, t.fx.p.stafA, t.fx.p.stafB]);
    expect(p[0]).toMatchObject({ nama: 'Kasi Surveilans', aktif: true, sudahMengisi: false, jumlahAktivitas: 0, menit: 0, menunggu: 0, menungguTerlamaJam: null, penilaiMenunggu: [] });
    expect(p[0]!.jabatan).toBeTruthy();
    expect(p[0]!.nip).toMatch(/^\d{18}$/);
    // A: two on the 25th (90 + 60 minutes), three waiting, the oldest since Monday 23rd 17:00 WITA = 137 h
    expect(p[1]).toMatchObject({ nama: 'Staf A', sudahMengisi: true, jumlahAktivitas: 2, menit: 150, menunggu: 3, menungguTerlamaJam: 137, penilaiMenunggu: ['Kasi Surveilans'] });
    // B: the approved one counts as filed, the draft does not
    expect(p[2]).toMatchObject({ nama: 'Staf B', sudahMengisi: true, jumlahAktivitas: 1, menit: 60, menunggu: 0, menungguTerlamaJam: null });

    const row = ((await (await as('kadisKes')).get(`/api/v1/aktivitas/monitoring?tanggal=2026-11-25&unitId=${t.fx.unit.surveilans}`)).json().units as Unit[]).find((u) => u.unitId === t.fx.unit.surveilans)!;
    const aktif = p.filter((r) => r.aktif);
    expect(row).toMatchObject({
      jumlahPegawai: aktif.length,
      sudahMengisi: aktif.filter((r) => r.sudahMengisi).length,
      belumMengisi: aktif.filter((r) => !r.sudahMengisi).length,
      menunggu: p.reduce((n, r) => n + r.menunggu, 0),
      menungguTerlamaJam: Math.max(...p.map((r) => r.menungguTerlamaJam ?? 0)),
    });
  });

  it('another day: nobody filed, the backlog is the same', async () => {
    const p = (await daftar('kadisKes', t.fx.unit.surveilans, '2026-11-26')).json().pegawai as Baris[];
    expect(p.every((r) => !r.sudahMengisi)).toBe(true);
    expect(p.map((r) => r.nama)).toEqual(['Kasi Surveilans', 'Staf A', 'Staf B']);
    expect(p.find((r) => r.pegawaiId === t.fx.p.stafA)!.menunggu).toBe(3);
  });

  it('without a date: today (WITA)', async () => {
    expect((await (await as('kadisKes')).get(`/api/v1/aktivitas/monitoring/unit/${t.fx.unit.surveilans}`)).json().tanggal).toBe('2026-11-29');
  });

  it('admin BKPPD, auditor and wali kota read any unit', async () => {
    for (const who of ['analis', 'auditor', 'walikota'] as const) {
      const res = await daftar(who, t.fx.unit.surveilans);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect(res.json().pegawai).toHaveLength(3);
    }
    expect((await daftar('analis', t.fx.unit.disdik)).json().pegawai.map((r: Baris) => r.pegawaiId)).toEqual([t.fx.p.kadisDik, t.fx.p.stafD]);
  });

  it('a pegawai no longer aktif with activities still waiting is listed last, so the waiting count still adds up', async () => {
    // submitted before the pensiun and never decided (written directly: a pensiunan cannot log in any more)
    const ts = '2026-06-29T09:00:00.000Z';
    await t.ctx.db.insertInto('aktivitas').values({
      id: randomUUID(), instansi_id: t.fx.instansiId, pegawai_id: t.fx.p.pensiunan, tanggal: '2026-06-29', jam_mulai: 480, jam_selesai: 540, menit: 60,
      uraian: 'Arsip laporan', rhk_id: null, volume: null, satuan: null, lokasi: null, status: 'diajukan', penilai_id: t.fx.p.kasiSurv,
      batas_pengajuan: '2026-06-30T02:00:00.000Z', diajukan_pada: ts, diputuskan_oleh: null, diputuskan_pada: null, catatan_penilai: null,
      kunci_idempoten: null, dibuat_di_perangkat: null, dibuat_pada: ts, diubah_pada: ts,
    }).execute();
    const p = (await daftar('kadisKes', t.fx.unit.surveilans)).json().pegawai as Baris[];
    expect(p.map((r) => r.pegawaiId)).toEqual([t.fx.p.kasiSurv, t.fx.p.stafA, t.fx.p.stafB, t.fx.p.pensiunan]);
    expect(p[3]).toMatchObject({ aktif: false, sudahMengisi: false, menunggu: 1, penilaiMenunggu: ['Kasi Surveilans'] });
    const row = ((await (await as('kadisKes')).get(`/api/v1/aktivitas/monitoring?tanggal=2026-11-25&unitId=${t.fx.unit.surveilans}`)).json().units as Unit[]).find((u) => u.unitId === t.fx.unit.surveilans)!;
    expect(row).toMatchObject({ jumlahPegawai: 3, sudahMengisi: 2, belumMengisi: 1, menunggu: p.reduce((n, r) => n + r.menunggu, 0) });
    expect(row.menungguTerlamaJam).toBe(p[3]!.menungguTerlamaJam);
  });

  it('a pimpinan of another OPD gets 404, a pegawai 403, a unknown unit 404, bad input 400', async () => {
    const lain = await daftar('kadisDik', t.fx.unit.surveilans);
    expect(lain.statusCode).toBe(404);
    expect(lain.json().code).toBe('DATA.TIDAK_DITEMUKAN');
    expect((await daftar('kadisDik', t.fx.unit.disdik)).statusCode).toBe(200);
    const pegawai = await daftar('stafA', t.fx.unit.surveilans);
    expect(pegawai.statusCode).toBe(403);
    expect((await daftar('kadisKes', '0190a0b0-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await daftar('kadisKes', 'bukan-id')).statusCode).toBe(400);
    expect((await daftar('kadisKes', t.fx.unit.surveilans, '2026-13-01')).statusCode).toBe(400);
  });
});
