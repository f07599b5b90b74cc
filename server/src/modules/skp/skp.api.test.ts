// The pegawai's SKP on SQLite and PostgreSQL (issue 4, DOMAIN.md §2.1): start one in the open period (snapshot of
// post, unit and penilai), save RHK with their links and indicators under optimistic versi, what blocks submission,
// who sees it in which role, the link choices (the penilai's RHK, or the Perjanjian Kinerja for JPT / kepala OPD),
// and copying last year's SKP. The clock is Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });

type Rhk = { id: string; jenis: string; uraian: string; rhkAtasanId: string | null; rhkAtasanUraian: string | null; pkId: string | null; pkSasaran: string | null; indikator: { aspek: string; uraian: string; targetTeks: string }[] };
type Skp = { id: string; status: string; versi: number; rhk: Rhk[]; peranSaya: string; aksi: string[]; masalah: { kode: string; rhk?: number }[]; tanpaTautan: boolean; pendekatan: string } & Record<string, unknown>;

let periode2026: string;
let periode2025: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await login(t.app, t.fx.u.analis!);
  periode2026 = (await admin.post('/api/v1/skp/periode', { tahun: 2026 })).json().id;
  periode2025 = (await admin.post('/api/v1/skp/periode', { tahun: 2025, pendekatanBawaan: 'kualitatif' })).json().id;
});
afterAll(async () => t.close());

const mulai = async (who: keyof Fixture['p'], body: Record<string, unknown> = {}): Promise<Skp> => {
  const res = await (await as(who)).post('/api/v1/skp', { periodeId: periode2026, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const simpan = async (who: keyof Fixture['p'], skp: Pick<Skp, 'id' | 'versi'>, rhk: unknown[], pendekatan = 'kuantitatif') => put(who, `/api/v1/skp/${skp.id}`, { versi: skp.versi, pendekatan, rhk });
const indikator = (uraian = 'Jumlah laporan yang diselesaikan', angka = 12, satuan = 'Laporan') => ({ aspek: 'kuantitas', uraian, targetAngka: angka, targetSatuan: satuan });

describe('starting and saving an SKP', () => {
  let kasi: Skp;
  let a: Skp;

  it('starts in the open period with the snapshot of post, unit and penilai; one per period (409)', async () => {
    a = await mulai('stafA');
    expect(a).toMatchObject({
      periodeId: periode2026,
      tahun: 2026,
      tanggalMulai: '2026-01-01',
      tanggalSelesai: '2026-12-31',
      pendekatan: 'kuantitatif',
      status: 'draft',
      pegawai: { pegawaiId: t.fx.p.stafA, nama: 'Staf A', jabatan: 'Pengelola Data Surveilans', unit: 'Seksi Surveilans' },
      penilai: { pegawaiId: t.fx.p.kasiSurv, nama: 'Kasi Surveilans', jabatan: 'Kepala Seksi Surveilans' },
      atasanPenilai: { pegawaiId: t.fx.p.kabidP2p },
      peranSaya: 'pemilik',
      aksi: ['ubah', 'ajukan'],
      masalah: [{ kode: 'TANPA_RHK_UTAMA' }],
      tanpaTautan: false,
      rhk: [],
      versi: 1,
    });
    const dua = await (await as('stafA')).post('/api/v1/skp', { periodeId: periode2026 });
    expect(dua.statusCode).toBe(409);
    expect(dua.json().code).toBe('SKP.SUDAH_ADA');
    const saya = (await (await as('stafA')).get('/api/v1/skp/saya')).json();
    expect(saya.skp.map((s: { id: string; jumlahRhk: number; penilaiNama: string }) => [s.id, s.jumlahRhk, s.penilaiNama])).toEqual([[a.id, 0, 'Kasi Surveilans']]);
    expect(saya.periodeTerbuka.map((p: { tahun: number; sudahAda: boolean }) => [p.tahun, p.sudahAda])).toEqual([[2026, true], [2025, false]]);
  });

  it('two starts at once (phone and desktop): one SKP, the other gets SKP.SUDAH_ADA', async () => {
    const phone = await login(t.app, t.fx.u.stafD!);
    const [r1, r2] = await Promise.all([(await as('stafD')).post('/api/v1/skp', { periodeId: periode2026 }), phone.post('/api/v1/skp', { periodeId: periode2026 })]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([201, 409]);
    expect((r1.statusCode === 409 ? r1 : r2).json().code).toBe('SKP.SUDAH_ADA');
    const rows = await t.database.db.selectFrom('skp').select('id').where('pegawai_id', '=', t.fx.p.stafD).execute();
    expect(rows).toHaveLength(1);
  });

  it('a draft links to the penilai’s RHK while the penilai’s SKP is still a draft; RHK ids are kept across saves', async () => {
    kasi = await mulai('kasiSurv');
    const s = await simpan('kasiSurv', kasi, [{ jenis: 'utama', uraian: 'Tersedianya data surveilans penyakit yang akurat', indikator: [indikator('Persentase laporan surveilans tepat waktu', 90, '%')] }]);
    expect(s.statusCode, s.body).toBe(200);
    kasi = s.json();
    const pilihan = await (await as('stafA')).get(`/api/v1/skp/${a.id}/rhk-atasan`);
    expect(pilihan.statusCode, pilihan.body).toBe(200);
    expect(pilihan.json()).toEqual({
      skpAtasan: { id: kasi.id, status: 'draft', pegawaiNama: 'Kasi Surveilans' },
      rhkAtasan: [{ id: kasi.rhk[0]!.id, jenis: 'utama', uraian: 'Tersedianya data surveilans penyakit yang akurat', indikator: ['Persentase laporan surveilans tepat waktu'] }],
      perjanjianKinerja: [],
      tanpaTautan: false,
    });
    const res = await simpan('stafA', a, [
      { jenis: 'utama', uraian: 'Tersusunnya rekap data surveilans mingguan', rhkAtasanId: kasi.rhk[0]!.id, indikator: [indikator()] },
      { jenis: 'tambahan', uraian: 'Terlaksananya pendampingan kader', indikator: [] },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    a = res.json();
    expect(a.versi).toBe(2);
    expect(a.rhk[0]).toMatchObject({ rhkAtasanId: kasi.rhk[0]!.id, rhkAtasanUraian: 'Tersedianya data surveilans penyakit yang akurat', indikator: [{ aspek: 'kuantitas', targetTeks: '12 Laporan' }] });
    expect(a.masalah).toEqual([{ kode: 'RHK_TANPA_INDIKATOR', rhk: 1 }, { kode: 'RHK_BELUM_DITAUTKAN', rhk: 1 }]);
    // reorder and edit: the ids sent are kept, a removed RHK is gone
    const again = await simpan('stafA', a, [{ id: a.rhk[0]!.id, jenis: 'utama', uraian: 'Tersusunnya rekap data surveilans mingguan yang valid', rhkAtasanId: kasi.rhk[0]!.id, indikator: [indikator(), { aspek: 'waktu', uraian: 'Rekap selesai tiap Senin', targetAngka: 52, targetSatuan: 'Minggu' }] }]);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().rhk.map((r: Rhk) => [r.id, r.indikator.length])).toEqual([[a.rhk[0]!.id, 2]]);
    a = again.json();
    expect(a.masalah).toEqual([]);
  });

  it('a stale versi → 409 and nothing changes', async () => {
    const res = await simpan('stafA', { id: a.id, versi: a.versi - 1 }, []);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DATA.KONFLIK');
    expect((await (await as('stafA')).get(`/api/v1/skp/${a.id}`)).json().rhk).toHaveLength(1);
  });

  it('linking to an RHK that is not the penilai’s → SKP.TAUTAN_TIDAK_VALID; an RHK id of another SKP → VALIDASI.GAGAL', async () => {
    const d = await mulai('kadisDik');
    const dSaved = (await simpan('kadisDik', d, [{ jenis: 'utama', uraian: 'Meningkatnya mutu pendidikan dasar', indikator: [indikator()] }])).json() as Skp;
    const asing = dSaved.rhk[0]!.id;
    const res = await simpan('stafA', a, [{ jenis: 'utama', uraian: 'RHK dengan tautan asing', rhkAtasanId: asing, indikator: [] }]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SKP.TAUTAN_TIDAK_VALID', details: [{ path: 'rhk.0.rhkAtasanId' }] });
    const id = await simpan('stafA', a, [{ id: asing, jenis: 'utama', uraian: 'RHK milik orang lain', indikator: [] }]);
    expect(id.statusCode).toBe(400);
    expect(id.json()).toMatchObject({ code: 'VALIDASI.GAGAL', details: [{ path: 'rhk.0.id' }] });
    expect((await (await as('stafA')).get(`/api/v1/skp/${a.id}`)).json().versi).toBe(a.versi);
  });

  it('submitting an incomplete SKP → SKP.BELUM_LENGKAP with what is missing', async () => {
    const b = await mulai('stafB');
    const saved = (await simpan('stafB', b, [{ jenis: 'tambahan', uraian: 'Terlaksananya pendampingan kader', indikator: [{ aspek: 'kuantitas', uraian: 'Jumlah kader didampingi' }] }])).json() as Skp;
    const res = await (await as('stafB')).post(`/api/v1/skp/${b.id}/aksi`, { aksi: 'ajukan', versi: saved.versi });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SKP.BELUM_LENGKAP' });
    expect(res.json().details).toEqual([{ kode: 'TANPA_RHK_UTAMA' }, { kode: 'RHK_BELUM_DITAUTKAN', rhk: 0 }, { kode: 'TARGET_KOSONG', rhk: 0, indikator: 0 }]);
    expect((await (await as('stafB')).get(`/api/v1/skp/${b.id}`)).json().status).toBe('draft');
  });

  it('who sees it: owner, penilai, pengamat (pimpinan of the OPD, admin); a colleague or another OPD gets 404', async () => {
    const url = `/api/v1/skp/${a.id}`;
    expect((await (await as('kasiSurv')).get(url)).json()).toMatchObject({ peranSaya: 'penilai', aksi: ['ekspektasi', 'tugaskan'], masalah: [] });
    expect((await (await as('kadisKes')).get(url)).json()).toMatchObject({ peranSaya: 'pengamat', aksi: [], masalah: [] });
    expect((await (await as('analis')).get(url)).json().peranSaya).toBe('pengamat');
    expect((await (await as('auditor')).get(url)).json().peranSaya).toBe('pengamat');
    for (const who of ['stafB', 'kadisDik', 'stafD'] as const) {
      expect((await (await as(who)).get(url)).statusCode, who).toBe(404);
      expect((await (await as(who)).post(`${url}/aksi`, { aksi: 'setujui', versi: a.versi })).statusCode, who).toBe(404);
      expect((await (await as(who)).get(`${url}/rhk-atasan`)).statusCode, who).toBe(404);
    }
    // read-only roles may not write or pick links
    expect((await simpan('kasiSurv', a, [])).statusCode).toBe(403);
    expect((await simpan('kadisKes', a, [])).statusCode).toBe(403);
    expect((await (await as('kadisKes')).get(`${url}/rhk-atasan`)).statusCode).toBe(403);
    expect((await (await as('stafA')).get(url)).json().rhk).toHaveLength(1);
  });

  it('every change is audited with short summaries', async () => {
    const audit = await t.database.db.selectFrom('audit_log').select(['aksi', 'ringkasan']).where('entitas_id', '=', a.id).orderBy('seq').execute();
    expect(audit.map((x) => x.aksi)).toEqual(['skp.buat', 'skp.ubah', 'skp.ubah']);
    expect(JSON.parse(audit[2]!.ringkasan)).toEqual({
      sebelum: { status: 'draft', pendekatan: 'kuantitatif', jumlahRhk: 2, jumlahIndikator: 1, penilaiId: t.fx.p.kasiSurv },
      sesudah: { status: 'draft', pendekatan: 'kuantitatif', jumlahRhk: 1, jumlahIndikator: 2, penilaiId: t.fx.p.kasiSurv },
    });
  });
});

describe('JPT / kepala OPD: RHK derive from the Perjanjian Kinerja', () => {
  it('links to a sasaran of the unit’s PK, needs no RHK pimpinan, and may be submitted', async () => {
    const db = t.database.db;
    const ts = t.clock.now.toISOString();
    const pk = async (unitId: string, sasaran: string) => {
      const id = newId();
      await db.insertInto('perjanjian_kinerja').values({ id, instansi_id: t.fx.instansiId, unit_id: unitId, tahun: 2026, dibuat_pada: ts, diubah_pada: ts }).execute();
      const sid = newId();
      await db.insertInto('perjanjian_kinerja_sasaran').values({ id: sid, instansi_id: t.fx.instansiId, perjanjian_id: id, sasaran, indikator: 'Indeks', target: '80', urutan: 0 }).execute();
      return sid;
    };
    const sasaranKes = await pk(t.fx.unit.dinkes, 'Meningkatnya derajat kesehatan masyarakat');
    const sasaranDik = await pk(t.fx.unit.disdik, 'Meningkatnya mutu pendidikan');
    const k = await mulai('kadisKes');
    expect(k.tanpaTautan).toBe(true);
    const pilihan = (await (await as('kadisKes')).get(`/api/v1/skp/${k.id}/rhk-atasan`)).json();
    expect(pilihan).toMatchObject({ tanpaTautan: true, perjanjianKinerja: [{ id: sasaranKes, sasaran: 'Meningkatnya derajat kesehatan masyarakat', indikator: 'Indeks', target: '80' }] });
    const salah = await simpan('kadisKes', k, [{ jenis: 'utama', uraian: 'Meningkatnya mutu layanan', pkId: sasaranDik, indikator: [indikator()] }]);
    expect(salah.statusCode).toBe(400);
    expect(salah.json()).toMatchObject({ code: 'SKP.TAUTAN_TIDAK_VALID', details: [{ path: 'rhk.0.pkId' }] });
    const res = await simpan('kadisKes', k, [{ jenis: 'utama', uraian: 'Meningkatnya derajat kesehatan masyarakat kota', pkId: sasaranKes, indikator: [indikator('Angka harapan hidup', 70, 'Tahun')] }]);
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as Skp;
    expect(saved.rhk[0]).toMatchObject({ pkId: sasaranKes, pkSasaran: 'Meningkatnya derajat kesehatan masyarakat', rhkAtasanId: null });
    expect(saved.masalah).toEqual([]);
    const ajukan = await (await as('kadisKes')).post(`/api/v1/skp/${k.id}/aksi`, { aksi: 'ajukan', versi: saved.versi });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    expect(ajukan.json()).toMatchObject({ status: 'diajukan', penilai: { pegawaiId: t.fx.p.sekda } });
  });

  it('no penilai at all → SKP.TANPA_PENILAI', async () => {
    // the Wali Kota's post has no atasan: nobody could approve
    const w = await mulai('walikota');
    expect(w.penilai).toBeNull();
    const res = await (await as('walikota')).post(`/api/v1/skp/${w.id}/aksi`, { aksi: 'ajukan', versi: w.versi });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SKP.TANPA_PENILAI');
  });
});

describe('copying last year', () => {
  it('copies RHK (with their origin) and indicators and the pendekatan, not the links', async () => {
    const lalu = await mulai('dokter', { periodeId: periode2025 });
    expect(lalu).toMatchObject({ tahun: 2025, pendekatan: 'kualitatif' });
    const isi = await simpan('dokter', lalu, [
      { jenis: 'utama', uraian: 'Terlaksananya pelayanan medik spesialistik', indikator: [{ aspek: 'kualitas', uraian: 'Kepuasan pasien', targetNarasi: 'Tanpa keluhan berat' }, indikator('Jumlah pasien dilayani', 1200, 'Pasien')] },
      { jenis: 'tambahan', uraian: 'Terbimbingnya dokter muda', indikator: [] },
    ], 'kualitatif');
    expect(isi.statusCode, isi.body).toBe(200);
    const sumber = isi.json() as Skp;
    // a source that is not mine is refused
    const orangLain = await (await as('stafC')).post('/api/v1/skp', { periodeId: periode2026, salinDariSkpId: sumber.id });
    expect(orangLain.statusCode).toBe(400);
    expect(orangLain.json()).toMatchObject({ code: 'VALIDASI.GAGAL', details: [{ path: 'salinDariSkpId' }] });
    const baru = await mulai('dokter', { salinDariSkpId: sumber.id });
    expect(baru).toMatchObject({ tahun: 2026, pendekatan: 'kualitatif', asalSkpId: sumber.id, status: 'draft' });
    expect(baru.rhk.map((r) => [r.jenis, r.uraian, r.rhkAtasanId, r.indikator.map((k) => k.targetTeks)])).toEqual([
      ['utama', 'Terlaksananya pelayanan medik spesialistik', null, ['Tanpa keluhan berat', '1200 Pasien']],
      ['tambahan', 'Terbimbingnya dokter muda', null, []],
    ]);
    expect(baru.rhk.every((r, i) => r.id !== sumber.rhk[i]!.id)).toBe(true);
    const asal = await t.database.db.selectFrom('skp_rhk').select(['asal_rhk_id']).where('skp_id', '=', baru.id).orderBy('urutan').execute();
    expect(asal.map((r) => r.asal_rhk_id)).toEqual(sumber.rhk.map((r) => r.id));
    // the source is untouched
    expect((await (await as('dokter')).get(`/api/v1/skp/${sumber.id}`)).json().rhk).toHaveLength(2);
  });
});
