// The atasan's side of aktivitas harian on SQLite and PostgreSQL (issue 5): the queue with supervision flags, bulk and
// single decisions (only by the item's penilai; one of two concurrent decisions wins), the month calendar (minutes
// count only once approved), umpan balik between the two and nobody else, monitoring per unit in the pimpinan's OPD,
// and the holiday calendar kept by admin BKPPD. The clock is Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type A = { id: string; versi: number; status: string; tanda: string[]; menit: number };
const catat = async (who: keyof Fixture['p'], tanggal: string, jamMulai: string, jamSelesai: string, uraian = 'Menyusun laporan surveilans mingguan', ajukan = true): Promise<A> => {
  // written on the day itself (17:00 WITA), inside its submission window
  const client = await as(who); // logged in "now": the session stays valid at the earlier time
  t.clock.now = new Date(`${tanggal}T09:00:00Z`);
  const res = await client.post('/api/v1/aktivitas', { tanggal, jamMulai, jamSelesai, uraian, ajukan });
  t.clock.now = new Date('2026-11-29T02:00:00Z');
  expect(res.statusCode, res.body).toBe(201);
  return res.json().aktivitas as A;
};
const putuskan = async (who: keyof Fixture['p'], aksi: string, items: A[], catatan?: string) => (await as(who)).post('/api/v1/aktivitas/keputusan', { aksi, catatan, items: items.map((i) => ({ id: i.id, versi: i.versi })) });
const antrian = async (who: keyof Fixture['p'], q = '') => (await (await as(who)).get(`/api/v1/aktivitas/antrian?pageSize=200${q}`)).json().items as A[];

describe('queue and decisions', () => {
  it('the penilai’s queue holds their bawahan’s submissions, with flags over the same day', async () => {
    const a1 = await catat('stafA', '2026-11-23', '08:00', '14:00', 'Rapat koordinasi lintas program');
    const a2 = await catat('stafA', '2026-11-23', '14:00', '19:00', 'Verifikasi data kasus');
    const b1 = await catat('stafB', '2026-11-23', '08:00', '09:00', 'rapat koordinasi lintas-program');
    const q = await antrian('kasiSurv', '&dari=2026-11-23&sampai=2026-11-23');
    expect(q.map((i) => i.id).sort()).toEqual([a1.id, a2.id, b1.id].sort());
    const tanda = new Map(q.map((i) => [i.id, i.tanda]));
    expect(tanda.get(a1.id)).toEqual(expect.arrayContaining(['URAIAN_SAMA', 'LEBIH_10_JAM']));
    expect(tanda.get(b1.id)).toEqual(['URAIAN_SAMA']);
    expect(tanda.get(a2.id)).toEqual(['LEBIH_10_JAM']);
    // filter by bawahan; another atasan sees none of it
    expect((await antrian('kasiSurv', `&pegawaiId=${t.fx.p.stafB}&dari=2026-11-23&sampai=2026-11-23`)).map((i) => i.id)).toEqual([b1.id]);
    expect(await antrian('kadisDik')).toEqual([]);
    // the pegawai does not see the flags on their own view
    expect((await (await as('stafA')).get(`/api/v1/aktivitas/${a1.id}`)).json().tanda).toEqual([]);
    // the penilai's view of one activity carries the same flags as the queue
    expect((await (await as('kasiSurv')).get(`/api/v1/aktivitas/${a1.id}`)).json().tanda).toEqual(tanda.get(a1.id));
    expect((await (await as('kasiSurv')).get(`/api/v1/aktivitas/${b1.id}`)).json().tanda).toEqual(['URAIAN_SAMA']);
  });

  it('bulk approve; per item: not the penilai → AKSES.DITOLAK, stale versi → DATA.KONFLIK, unknown → 404', async () => {
    const x = await catat('stafA', '2026-11-24', '08:00', '09:00');
    const y = await catat('stafB', '2026-11-24', '08:00', '09:00');
    const c = await catat('stafC', '2026-11-24', '08:00', '09:00'); // penilai: Kabid (Kasi Imunisasi vacant)
    const res = await putuskan('kasiSurv', 'setujui', [x, { ...y, versi: 99 }, c, { ...x, id: '01900000-0000-7000-8000-000000000000' }]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { ok: boolean; code: string | null; status: string | null }) => [i.ok, i.code, i.status])).toEqual([
      [true, null, 'disetujui'],
      [false, 'DATA.KONFLIK', null],
      [false, 'AKSES.DITOLAK', null],
      [false, 'DATA.TIDAK_DITEMUKAN', null],
    ]);
    // the Kabid decides Staf C's; the decision is audited
    expect((await putuskan('kabidP2p', 'setujui', [c])).json().items[0].ok).toBe(true);
    const audit = await t.database.db.selectFrom('audit_log').select('aksi').where('entitas_id', '=', c.id).orderBy('seq').execute();
    expect(audit.map((a) => a.aksi)).toEqual(['AKTIVITAS_DIBUAT', 'AKTIVITAS_DISETUJUI']);
    // approved is final: not withdrawn, edited or deleted
    expect((await (await as('stafA')).post(`/api/v1/aktivitas/${x.id}/tarik`, {})).json().code).toBe('AKTIVITAS.STATUS');
  });

  it('return and reject need a note (400); a returned one is revised and resubmitted', async () => {
    const x = await catat('stafB', '2026-11-25', '08:00', '09:00');
    const tanpa = await putuskan('kasiSurv', 'kembalikan', [x]);
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json().code).toBe('VALIDASI.GAGAL');
    expect((await putuskan('kasiSurv', 'tolak', [x], '   ')).statusCode).toBe(400);
    const back = await putuskan('kasiSurv', 'kembalikan', [x], 'Lengkapi jumlah data yang diverifikasi');
    expect(back.json().items[0]).toMatchObject({ ok: true, status: 'perlu_revisi' });
    const b = await as('stafB');
    const seen = (await b.get(`/api/v1/aktivitas/${x.id}`)).json();
    expect(seen).toMatchObject({ status: 'perlu_revisi', catatanPenilai: 'Lengkapi jumlah data yang diverifikasi' });
    const edit = await b.request({ method: 'PUT', url: `/api/v1/aktivitas/${x.id}`, payload: { versi: seen.versi, tanggal: '2026-11-25', jamMulai: '08:00', jamSelesai: '09:30', uraian: 'Verifikasi 40 data kasus', volume: 40, satuan: 'data' } });
    expect(edit.statusCode, edit.body).toBe(200);
    // resubmitting a revision is allowed after the deadline: the atasan asked for it
    t.clock.now = new Date('2026-12-01T03:00:00Z');
    const again = await (await login(t.app, t.fx.u.stafB!)).post(`/api/v1/aktivitas/${x.id}/ajukan`, {});
    t.clock.now = new Date('2026-11-29T02:00:00Z');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().aktivitas).toMatchObject({ status: 'diajukan', menit: 90 });
  });

  it('two decisions on one activity at the same time: exactly one wins, the other gets DATA.KONFLIK', async () => {
    const x = await catat('stafA', '2026-11-25', '10:00', '11:00');
    const desktop = await as('kasiSurv');
    const phone = await login(t.app, t.fx.u.kasiSurv!);
    const body = (aksi: string) => ({ aksi, catatan: aksi === 'setujui' ? null : 'Uraian kurang jelas', items: [{ id: x.id, versi: x.versi }] });
    const [r1, r2] = await Promise.all([desktop.post('/api/v1/aktivitas/keputusan', body('setujui')), phone.post('/api/v1/aktivitas/keputusan', body('kembalikan'))]);
    const hasil = [r1.json().items[0], r2.json().items[0]];
    expect(hasil.filter((h) => h.ok)).toHaveLength(1);
    expect(hasil.filter((h) => !h.ok).map((h) => h.code)).toEqual(['DATA.KONFLIK']);
    const after = (await (await as('stafA')).get(`/api/v1/aktivitas/${x.id}`)).json();
    expect(after.status).toBe(hasil.find((h) => h.ok).status);
    expect(after.versi).toBe(2);
  });
});

describe('month calendar (rekap)', () => {
  it('counts minutes only once approved, against working days × 300', async () => {
    const d1 = await catat('dokter', '2026-11-02', '08:00', '10:00');
    await catat('dokter', '2026-11-02', '10:00', '10:30', 'Draf catatan', false);
    // the dokter’s penilai is the Kadis
    expect((await putuskan('kadisKes', 'setujui', [d1])).json().items[0].ok).toBe(true);
    const res = await (await as('dokter')).get('/api/v1/aktivitas/rekap?bulan=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    // November 2026: 21 working days Mon–Fri (no national holiday in the fixture)
    expect(r).toMatchObject({ pegawaiId: t.fx.p.dokter, bulan: '2026-11', hariKerjaPerMinggu: 5, targetMenit: 21 * 300, menitDisetujui: 120, menitBelumDisetujui: 30 });
    expect(r.hari).toHaveLength(30);
    expect(r.hari[1]).toMatchObject({ tanggal: '2026-11-02', hariKerja: true, jumlah: 2, menitDisetujui: 120, menitBelumDisetujui: 30, perluTindakan: 1, menunggu: 0 });
    expect(r.hari[0]).toMatchObject({ tanggal: '2026-11-01', hariKerja: false, jumlah: 0 });
  });

  it('the penilai and the pimpinan of the OPD read a bawahan’s month; a colleague and another OPD do not', async () => {
    const url = `/api/v1/aktivitas/rekap?bulan=2026-11&pegawaiId=${t.fx.p.stafA}`;
    expect((await (await as('kasiSurv')).get(url)).statusCode).toBe(200);
    expect((await (await as('kadisKes')).get(url)).statusCode).toBe(200);
    expect((await (await as('stafB')).get(url)).statusCode).toBe(404);
    expect((await (await as('kadisDik')).get(url)).statusCode).toBe(404);
  });

  it('shows holidays on the calendar and takes them off the target', async () => {
    const admin = await as('analis');
    const l = await admin.post('/api/v1/hari-libur', { tanggal: '2026-11-10', nama: 'Libur uji', jenis: 'nasional' });
    expect(l.statusCode, l.body).toBe(201);
    expect((await admin.post('/api/v1/hari-libur', { tanggal: '2026-11-10', nama: 'Libur uji lagi', jenis: 'nasional' })).json().code).toBe('HARI_LIBUR.SUDAH_ADA');
    expect((await admin.post('/api/v1/hari-libur', { tanggal: '2026-11-11', nama: 'Tanpa unit', jenis: 'unit' })).statusCode).toBe(400);
    expect((await (await as('stafA')).post('/api/v1/hari-libur', { tanggal: '2026-11-12', nama: 'Bukan admin', jenis: 'nasional' })).statusCode).toBe(403);
    const r = (await (await as('dokter')).get('/api/v1/aktivitas/rekap?bulan=2026-11')).json();
    expect(r.targetMenit).toBe(20 * 300);
    expect(r.hari[9]).toMatchObject({ tanggal: '2026-11-10', hariKerja: false, libur: 'Libur uji' });
    expect((await (await as('stafA')).get('/api/v1/hari-libur?tahun=2026')).json().map((h: { nama: string }) => h.nama)).toContain('Libur uji');
    expect((await admin.request({ method: 'DELETE', url: `/api/v1/hari-libur/${l.json().id}` })).statusCode).toBe(204);
  });
});

describe('umpan balik', () => {
  it('a thread visible to the pegawai and their penilai, not to a colleague (404)', async () => {
    const x = await catat('stafA', '2026-11-26', '08:00', '09:00');
    const url = `/api/v1/aktivitas/${x.id}/umpan-balik`;
    const atasan = await (await as('kasiSurv')).post(url, { isi: 'Bagus, lampirkan rekap mingguannya.' });
    expect(atasan.statusCode, atasan.body).toBe(201);
    expect((await (await as('stafA')).post(url, { isi: 'Baik, Pak.' })).statusCode).toBe(201);
    const thread = (await (await as('stafA')).get(url)).json();
    expect(thread.map((u: { isi: string; milikSaya: boolean }) => [u.isi, u.milikSaya])).toEqual([['Bagus, lampirkan rekap mingguannya.', false], ['Baik, Pak.', true]]);
    expect((await (await as('kasiSurv')).get(url)).json()).toHaveLength(2);
    expect((await (await as('stafA')).get(`/api/v1/aktivitas/${x.id}`)).json().jumlahUmpanBalik).toBe(2);
    expect((await (await as('stafB')).get(url)).statusCode).toBe(404);
    expect((await (await as('stafB')).post(url, { isi: 'ikut komentar' })).statusCode).toBe(404);
    expect((await (await as('auditor')).get(url)).statusCode).toBe(200);
  });
});

describe('monitoring', () => {
  it('per unit of the pimpinan’s OPD: who filed, who did not, what waits and for how long', async () => {
    const res = await (await as('kadisKes')).get('/api/v1/aktivitas/monitoring?tanggal=2026-11-25');
    expect(res.statusCode, res.body).toBe(200);
    const units = res.json().units as { unitId: string; jumlahPegawai: number; sudahMengisi: number; belumMengisi: number; menunggu: number; menungguTerlamaJam: number | null }[];
    expect(units.map((u) => u.unitId).sort()).toEqual([t.fx.unit.dinkes, t.fx.unit.p2p, t.fx.unit.surveilans, t.fx.unit.imunisasi].sort());
    const surv = units.find((u) => u.unitId === t.fx.unit.surveilans)!;
    // Kasi, Staf A and Staf B are aktif (the pensiunan is not counted); A and B filed on the 25th
    expect(surv).toMatchObject({ jumlahPegawai: 3, sudahMengisi: 2, belumMengisi: 1 });
    expect(surv.menunggu).toBeGreaterThan(0);
    // the oldest waiting one was submitted on Monday 23rd 17:00 WITA: 137 hours before Sunday 10:00
    expect(surv.menungguTerlamaJam).toBe(137);
  });

  it('a pimpinan asking about another OPD gets nothing of it; a plain pegawai is refused', async () => {
    expect((await (await as('kadisDik')).get(`/api/v1/aktivitas/monitoring?unitId=${t.fx.unit.surveilans}`)).json().units).toEqual([]);
    expect((await (await as('kadisDik')).get('/api/v1/aktivitas/monitoring')).json().units.map((u: { unitId: string }) => u.unitId)).toEqual([t.fx.unit.disdik]);
    expect((await (await as('stafA')).get('/api/v1/aktivitas/monitoring')).statusCode).toBe(403);
    // the admin sees the whole instansi
    expect((await (await as('analis')).get('/api/v1/aktivitas/monitoring')).json().units.length).toBe(8);
  });
});
