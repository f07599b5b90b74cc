// Evaluation periods through HTTP on SQLite and PostgreSQL (issue 6 phase 1, DOMAIN.md §2.3): admin BKPPD generates
// them per SKP period (triwulanan by default or bulanan, plus tahunan, deadlines N days after each end, WITA), may
// generate again while none is used, edits dates and deadlines under versi; everyone logged in reads them. Opening an
// evaluation twice at once creates one record. SKP rows are inserted directly (approved); clock 2026-11-29.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });
type Periode = { id: string; jenis: string; nomor: number; nama: string; tanggalMulai: string; tanggalSelesai: string; batasRealisasi: string; batasPenilaian: string; versi: number };

let skpPeriode: string;
let skpPeriodeLain: string;

beforeAll(async () => {
  t = await createTestApp();
  skpPeriode = (await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 })).json().id;
  skpPeriodeLain = (await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2025, tanggalMulai: '2025-03-01' })).json().id;
});
afterAll(async () => t.close());

const susun = async (who: keyof Fixture['p'], body: Record<string, unknown>) => (await as(who)).post('/api/v1/penilaian/periode', body);

describe('generating the periods of an SKP period', () => {
  it('admin BKPPD only; default triwulanan with deadlines 10 and 20 days after each end, then tahunan', async () => {
    for (const who of ['stafA', 'kadisKes', 'auditor'] as const) expect([who, (await susun(who, { skpPeriodeId: skpPeriode })).statusCode]).toEqual([who, 403]);
    const res = await susun('analis', { skpPeriodeId: skpPeriode });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as Periode[]).map((p) => [p.nama, p.tanggalMulai, p.tanggalSelesai, p.batasRealisasi, p.batasPenilaian])).toEqual([
      ['Triwulan I 2026', '2026-01-01', '2026-03-31', '2026-04-10', '2026-04-20'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30', '2026-07-10', '2026-07-20'],
      ['Triwulan III 2026', '2026-07-01', '2026-09-30', '2026-10-10', '2026-10-20'],
      ['Triwulan IV 2026', '2026-10-01', '2026-12-31', '2027-01-10', '2027-01-20'],
      ['Tahunan 2026', '2026-01-01', '2026-12-31', '2027-01-10', '2027-01-20'],
    ]);
    // any login reads them
    const baca = await (await as('stafA')).get(`/api/v1/penilaian/periode?skpPeriodeId=${skpPeriode}`);
    expect(baca.statusCode).toBe(200);
    expect(baca.json()).toEqual(res.json());
  });

  it('the API document lists the penilaian, kalibrasi, keberatan, rekan kerja and tindak lanjut routes', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, object> };
    const awalan = ['/api/v1/penilaian', '/api/v1/kalibrasi', '/api/v1/keberatan', '/api/v1/rekan', '/api/v1/tindak-lanjut'];
    expect(Object.keys(spec.paths).filter((p) => awalan.some((a) => p.startsWith(a))).sort()).toEqual([
      '/api/v1/kalibrasi',
      '/api/v1/kalibrasi/{periodeId}/unit/{unitId}',
      '/api/v1/kalibrasi/{periodeId}/unit/{unitId}/predikat',
      '/api/v1/kalibrasi/{periodeId}/unit/{unitId}/tetapkan',
      '/api/v1/keberatan',
      '/api/v1/keberatan/{id}',
      '/api/v1/keberatan/{id}/penjelasan',
      '/api/v1/keberatan/{id}/penjelasan-diminta',
      '/api/v1/keberatan/{id}/putusan',
      '/api/v1/penilaian',
      '/api/v1/penilaian/bawahan',
      '/api/v1/penilaian/pengaturan',
      '/api/v1/penilaian/periode',
      '/api/v1/penilaian/periode/{id}',
      '/api/v1/penilaian/riwayat',
      '/api/v1/penilaian/saya',
      '/api/v1/penilaian/{id}',
      '/api/v1/penilaian/{id}/aksi',
      '/api/v1/penilaian/{id}/aktivitas',
      '/api/v1/penilaian/{id}/angka-kredit',
      '/api/v1/penilaian/{id}/keberatan',
      '/api/v1/penilaian/{id}/pdf',
      '/api/v1/penilaian/{id}/penilaian',
      '/api/v1/penilaian/{id}/realisasi',
      '/api/v1/penilaian/{id}/rekan',
      '/api/v1/penilaian/{id}/rekan/kandidat',
      '/api/v1/penilaian/{id}/rekan/{rekanPermintaanId}/batal',
      '/api/v1/rekan/permintaan',
      '/api/v1/rekan/permintaan/{id}',
      '/api/v1/tindak-lanjut',
      '/api/v1/tindak-lanjut/kandidat',
      '/api/v1/tindak-lanjut/{id}',
    ]);
  });

  it('bulanan with own deadlines, clipped to an SKP period starting in March; unknown SKP period → 404; bad numbers → 400', async () => {
    const res = await susun('analis', { skpPeriodeId: skpPeriodeLain, jenisPeriodik: 'bulanan', hariBatasRealisasi: 5, hariBatasPenilaian: 15 });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json() as Periode[];
    expect(p.map((x) => x.nama)).toEqual(['Maret 2025', 'April 2025', 'Mei 2025', 'Juni 2025', 'Juli 2025', 'Agustus 2025', 'September 2025', 'Oktober 2025', 'November 2025', 'Desember 2025', 'Tahunan 2025']);
    expect(p[0]).toMatchObject({ tanggalMulai: '2025-03-01', tanggalSelesai: '2025-03-31', batasRealisasi: '2025-04-05', batasPenilaian: '2025-04-15' });
    expect(p.at(-1)).toMatchObject({ jenis: 'tahunan', tanggalMulai: '2025-03-01', tanggalSelesai: '2025-12-31' });
    // the whole instansi list: newest year first
    const semua = (await (await as('stafA')).get('/api/v1/penilaian/periode')).json() as Periode[];
    expect(semua.map((x) => x.nama.slice(-4))).toEqual([...Array(5).fill('2026'), ...Array(11).fill('2025')]);

    expect((await susun('analis', { skpPeriodeId: newId() })).statusCode).toBe(404);
    const mundur = await susun('analis', { skpPeriodeId: skpPeriode, hariBatasRealisasi: 20, hariBatasPenilaian: 10 });
    expect(mundur.statusCode).toBe(400);
    expect(mundur.json().code).toBe('VALIDASI.GAGAL');
    expect((await susun('analis', { skpPeriodeId: skpPeriode, jenisPeriodik: 'mingguan' })).statusCode).toBe(400);
  });

  it('generating again replaces the set while no evaluation uses it', async () => {
    const res = await susun('analis', { skpPeriodeId: skpPeriodeLain });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as Periode[]).map((p) => p.nama)).toEqual(['Triwulan I 2025', 'Triwulan II 2025', 'Triwulan III 2025', 'Triwulan IV 2025', 'Tahunan 2025']);
    expect((res.json() as Periode[])[0]).toMatchObject({ tanggalMulai: '2025-03-01', tanggalSelesai: '2025-03-31' });
    const audit = await t.ctx.db.selectFrom('audit_log').select('ringkasan').where('aksi', '=', 'penilaian.periode.susun').where('entitas_id', '=', skpPeriodeLain).orderBy('seq').execute();
    expect(audit.map((a) => JSON.parse(a.ringkasan))).toEqual([
      { sebelum: null, sesudah: { tahun: 2025, jenis: 'bulanan', jumlah: 11, hariBatasRealisasi: 5, hariBatasPenilaian: 15 } },
      { sebelum: { jumlah: 11, jenis: 'bulanan' }, sesudah: { tahun: 2025, jenis: 'triwulanan', jumlah: 5, hariBatasRealisasi: 10, hariBatasPenilaian: 20 } },
    ]);
  });
});

describe('editing a period and using it', () => {
  let q4: Periode;

  it('dates and deadlines under versi; invalid dates say which field', async () => {
    q4 = ((await (await as('analis')).get(`/api/v1/penilaian/periode?skpPeriodeId=${skpPeriode}`)).json() as Periode[]).find((p) => p.nama === 'Triwulan IV 2026')!;
    const url = `/api/v1/penilaian/periode/${q4.id}`;
    const salah = await put('analis', url, { versi: q4.versi, tanggalMulai: '2026-10-01', tanggalSelesai: '2027-01-15', batasRealisasi: '2027-01-10', batasPenilaian: '2027-01-05' });
    expect(salah.statusCode).toBe(400);
    expect(salah.json()).toMatchObject({ code: 'PENILAIAN.TANGGAL_TIDAK_VALID' });
    expect(salah.json().details.map((d: { path: string }) => d.path)).toEqual(['tanggalSelesai', 'batasRealisasi', 'batasPenilaian']);
    expect((await put('stafA', url, { ...q4, tanggalMulai: '2026-10-01' })).statusCode).toBe(403);
    const ok = await put('analis', url, { versi: q4.versi, tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-15', batasPenilaian: '2027-01-25' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ batasRealisasi: '2027-01-15', batasPenilaian: '2027-01-25', versi: q4.versi + 1 });
    const basi = await put('analis', url, { versi: q4.versi, tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-11', batasPenilaian: '2027-01-25' });
    expect(basi.statusCode).toBe(409);
    expect(basi.json().code).toBe('DATA.KONFLIK');
    q4 = ok.json();
  });

  it('two openings at once make one record; once used, the set is not generated again and the period’s days stay; deadlines still move', async () => {
    const ts = '2026-01-10T01:00:00.000Z';
    await t.ctx.db.insertInto('skp').values({
      id: newId(), instansi_id: t.fx.instansiId, periode_id: skpPeriode, pegawai_id: t.fx.p.stafA, tanggal_mulai: '2026-01-01', tanggal_selesai: '2026-12-31', pendekatan: 'kuantitatif', status: 'disetujui',
      jabatan_id: t.fx.jab.stafSurv!, unit_id: t.fx.unit.surveilans, penilai_id: t.fx.p.kasiSurv, atasan_penilai_id: t.fx.p.kabidP2p, catatan_penilai: null, alasan_buka: null, diajukan_pada: ts,
      disetujui_pada: ts, disetujui_oleh: t.fx.p.kasiSurv, ditutup_pada: null, asal_skp_id: null, versi: 1, dibuat_pada: ts, diubah_pada: ts,
    }).execute();
    const phone = await login(t.app, t.fx.u.stafA!);
    const [r1, r2] = await Promise.all([(await as('stafA')).post('/api/v1/penilaian', { periodeId: q4.id }), phone.post('/api/v1/penilaian', { periodeId: q4.id })]);
    expect([r1.statusCode, r2.statusCode]).toEqual([200, 200]);
    expect([r1.json().dibuat, r2.json().dibuat].sort()).toEqual([0, 1]);
    expect(r1.json().penilaian.map((p: { id: string }) => p.id)).toEqual(r2.json().penilaian.map((p: { id: string }) => p.id));
    expect(await t.ctx.db.selectFrom('penilaian').select('id').where('pegawai_id', '=', t.fx.p.stafA).execute()).toHaveLength(1);
    expect(await t.ctx.db.selectFrom('audit_log').select('id').where('aksi', '=', 'penilaian.buat').execute()).toHaveLength(1);

    const lagi = await susun('analis', { skpPeriodeId: skpPeriode, jenisPeriodik: 'bulanan' });
    expect(lagi.statusCode).toBe(409);
    expect(lagi.json().code).toBe('PENILAIAN.PERIODE_DIPAKAI');
    const url = `/api/v1/penilaian/periode/${q4.id}`;
    const geser = await put('analis', url, { versi: q4.versi, tanggalMulai: '2026-10-15', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-15', batasPenilaian: '2027-01-25' });
    expect(geser.statusCode).toBe(409);
    expect(geser.json().code).toBe('PENILAIAN.PERIODE_DIPAKAI');
    const batas = await put('analis', url, { versi: q4.versi, tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-31', batasPenilaian: '2027-02-10' });
    expect(batas.statusCode, batas.body).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_log').select('ringkasan').where('aksi', '=', 'penilaian.periode.ubah').where('entitas_id', '=', q4.id).orderBy('seq').execute();
    expect(JSON.parse(audit.at(-1)!.ringkasan)).toEqual({
      sebelum: { mulai: '2026-10-01', selesai: '2026-12-31', batasRealisasi: '2027-01-15', batasPenilaian: '2027-01-25' },
      sesudah: { mulai: '2026-10-01', selesai: '2026-12-31', batasRealisasi: '2027-01-31', batasPenilaian: '2027-02-10' },
    });
    // the pegawai's record reads the new deadline
    const d = (await (await as('stafA')).get(`/api/v1/penilaian/${r1.json().penilaian[0].id}`)).json();
    expect(d.periode).toMatchObject({ batasRealisasi: '2027-01-31', batasPenilaian: '2027-02-10' });
  });
});
