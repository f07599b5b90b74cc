// Admin BKPPD writes on pegawai through the API (DOMAIN.md §1), on SQLite and PostgreSQL: create with the NIP checked
// per jenis ASN (the message names the wrong part), edit with versi, mutasi keeping the history, status ending access
// on its date; who may write and who may read; and the list's filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { FIXTURE_PASSWORD } from '../../../test/factories.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const admin = () => as('analis');

/** Fixture jabatan ids by name. */
let jab: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const items = (await (await admin()).get('/api/v1/jabatan?pageSize=200')).json().items as { id: string; nama: string }[];
  jab = Object.fromEntries(items.map((j) => [j.nama, j.id]));
});
afterAll(async () => t.close());

const profil = async (id: string, who: keyof Fixture['p'] = 'analis') => (await as(who)).get(`/api/v1/pegawai/${id}`);
const riwayat = async (id: string) => (await (await admin()).get(`/api/v1/pegawai/${id}/riwayat-jabatan`)).json() as { jabatan: string; mulai: string; selesai: string | null; jenis: string; nomorSk: string | null }[];

describe('list filters (GET /api/v1/pegawai)', () => {
  const ids = async (query: string, who: keyof Fixture['p'] = 'analis') => {
    const res = await (await as(who)).get(`/api/v1/pegawai?pageSize=200${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };
  const of = (...keys: (keyof Fixture['p'])[]) => keys.map((k) => t.fx.p[k]).sort();

  it('unit: the unit and every unit below it', async () => {
    expect(await ids(`&unitId=${t.fx.unit.p2p}`)).toEqual(of('kabidP2p', 'kasiSurv', 'stafA', 'stafB', 'stafC', 'pensiunan'));
    expect(await ids(`&unitId=${t.fx.unit.surveilans}`)).toEqual(of('kasiSurv', 'stafA', 'stafB', 'pensiunan'));
  });
  it('status', async () => {
    expect(await ids(`&unitId=${t.fx.unit.p2p}&status=aktif`)).toEqual(of('kabidP2p', 'kasiSurv', 'stafA', 'stafB', 'stafC'));
    expect(await ids('&status=pensiun')).toEqual(of('pensiunan'));
  });
  it('jenis ASN and jenis jabatan', async () => {
    expect(await ids('&jenisAsn=PEJABAT_NEGARA')).toEqual(of('walikota'));
    expect(await ids('&jenisJabatan=fungsional')).toEqual(of('dokter', 'analis', 'auditor'));
    expect(await ids('&jenisJabatan=pengawas&status=aktif')).toEqual(of('kasiSurv'));
  });
  it('filters combine with the search and stay inside the caller’s scope', async () => {
    expect(await ids(`&unitId=${t.fx.unit.dinkes}&q=staf`)).toEqual(of('stafA', 'stafB', 'stafC'));
    expect(await ids(`&q=${t.fx.u.stafA!.slice(0, 12)}&unitId=${t.fx.unit.surveilans}`)).toContain(t.fx.p.stafA);
    // a pimpinan OPD filtering on another OPD gets nobody, not that OPD's pegawai
    expect(await ids(`&unitId=${t.fx.unit.disdik}`, 'kadisKes')).toEqual([]);
    expect(await ids(`&unitId=${t.fx.unit.p2p}&status=aktif`, 'kadisKes')).toEqual(of('kabidP2p', 'kasiSurv', 'stafA', 'stafB', 'stafC'));
  });
  it('refuses unknown filter values (400)', async () => {
    for (const q of ['&status=cuti', '&jenisAsn=HONORER', '&jenisJabatan=eselon', '&unitId=123']) {
      expect((await (await admin()).get(`/api/v1/pegawai?${q}`)).statusCode).toBe(400);
    }
  });
});

const baru = (over: Record<string, unknown> = {}) => ({
  nip: '19910512 201803 2 004',
  jenisAsn: 'PNS',
  nama: 'Maria Goreti Lede',
  gelarDepan: null,
  gelarBelakang: 'S.Kom.',
  golongan: 'III/b',
  email: '',
  telepon: null,
  jabatanId: jab['Pengadministrasi Umum'],
  tmtJabatan: '2026-11-02',
  ...over,
});

describe('create', () => {
  it('a valid pegawai: profile, opened jabatan history, an account without a usable password', async () => {
    const res = await (await admin()).post('/api/v1/pegawai', baru());
    expect(res.statusCode, res.body).toBe(201);
    const { id, versi } = res.json();
    expect(versi).toBe(1);
    const p = (await profil(id)).json();
    expect(p).toMatchObject({
      nip: '199105122018032004', // stored without spaces
      namaLengkap: 'Maria Goreti Lede, S.Kom.',
      jenisAsn: 'PNS',
      jenisKelamin: 'P', // from digit 15
      tanggalLahir: '1991-05-12', // from digits 1–8
      golongan: 'III/b',
      status: 'aktif',
      jabatan: { nama: 'Pengadministrasi Umum' },
      opd: { id: t.fx.unit.disdik },
      pejabatPenilai: { pegawaiId: t.fx.p.kadisDik },
    });
    expect(await riwayat(id)).toMatchObject([{ jabatan: 'Pengadministrasi Umum', mulai: '2026-11-02', selesai: null, jenis: 'awal' }]);
    const akun = (await (await admin()).get('/api/v1/akun?q=199105122018032004')).json().items;
    expect(akun).toMatchObject([{ username: '199105122018032004', harusGantiPassword: true }]);
    // no password until the admin issues one with "reset kata sandi"
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '199105122018032004', password: FIXTURE_PASSWORD } });
    expect(login.statusCode).toBe(401);
  });

  it('an NI PPPK whose digits 13–14 are a code (24), never a month', async () => {
    const res = await (await admin()).post('/api/v1/pegawai', baru({ nip: '199009132025242014', jenisAsn: 'PPPK_PARUH_WAKTU', nama: 'Yohanes Bria' }));
    expect(res.statusCode, res.body).toBe(201);
  });

  // DOMAIN.md §1: "Invalid numbers are refused with a message that says which part is wrong."
  it.each([
    ['a letter', 'PNS', '19860926201505100A', "NIP hanya boleh berisi angka: karakter ke-18 ('A') bukan angka"],
    ['17 digits', 'PNS', '19860926201505100', 'NIP harus 18 digit, yang dimasukkan 17 digit'],
    ['birth month 13', 'PNS', '198613262015051001', 'Digit 1–8 (tanggal lahir) harus tanggal yang valid (TTTTBBHH): bulan 13 tidak ada'],
    ['30 February', 'PNS', '198602302015051001', 'Digit 1–8 (tanggal lahir) harus tanggal yang valid (TTTTBBHH): tanggal 30 tidak ada pada bulan Februari 1986'],
    ['TMT month 13', 'PNS', '198609262015131001', 'Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada'],
    ['TMT before age 18', 'PNS', '198609262000051001', 'Digit 9–14 (TMT CPNS) tidak mungkin: tahun 2000 kurang dari 18 tahun setelah tahun lahir 1986 (paling awal 2004)'],
    ['jenis kelamin 3', 'PNS', '198609262015053001', 'Digit 15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan 3'],
    ['nomor urut 000', 'PNS', '198609262015051000', 'Digit 16–18 (nomor urut) tidak boleh 000: nomor urut dimulai dari 001'],
    ['the PPPK code read as a PNS month', 'PNS', '199009132025242014', 'Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 24 tidak ada'],
    ['a PPPK year before PPPK existed', 'PPPK', '199009132015212014', 'Digit 9–12 (tahun pengangkatan PPPK) tidak mungkin: PPPK baru diangkat sejak 2019 (PP 49/2018), bukan 2015'],
  ])('refuses %s: 400 naming the wrong part', async (_n, jenisAsn, nip, pesan) => {
    const res = await (await admin()).post('/api/v1/pegawai', baru({ nip, jenisAsn }));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDASI.GAGAL');
    expect(res.json().details).toContainEqual({ path: 'nip', message: pesan });
  });

  it('refuses a NIP already registered (409)', async () => {
    const res = await (await admin()).post('/api/v1/pegawai', baru({ nip: t.fx.u.stafA }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'KEPEGAWAIAN.NIP_SUDAH_ADA', details: [{ path: 'nip', message: 'NIP ini sudah terdaftar' }] });
  });

  it('refuses an unknown jabatan and a TMT in the future', async () => {
    const unknown = await (await admin()).post('/api/v1/pegawai', baru({ nip: '198609262015051001', jabatanId: '0195f0c0-0000-7000-8000-000000000000' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('KEPEGAWAIAN.REFERENSI_TIDAK_VALID');
    const future = await (await admin()).post('/api/v1/pegawai', baru({ nip: '198609262015051001', tmtJabatan: '2026-11-30' }));
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'KEPEGAWAIAN.TANGGAL_TIDAK_VALID', message: 'TMT jabatan tidak boleh di masa depan.' });
  });
});

describe('edit', () => {
  it('saves with the versi read; the same versi again is a conflict (409 DATA.KONFLIK)', async () => {
    const p = (await profil(t.fx.p.dokter)).json();
    const body = { versi: p.versi, nama: 'Dokter', gelarDepan: 'dr.', gelarBelakang: 'Sp.PD', golongan: 'IV/a', email: 'dokter@contoh.go.id', telepon: '0812' };
    const c = await admin();
    const res = await c.request({ method: 'PUT', url: `/api/v1/pegawai/${p.id}`, payload: body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: p.id, versi: p.versi + 1 });
    expect((await profil(p.id)).json()).toMatchObject({ namaLengkap: 'dr. Dokter, Sp.PD', golongan: 'IV/a', versi: p.versi + 1 });
    const stale = await c.request({ method: 'PUT', url: `/api/v1/pegawai/${p.id}`, payload: { ...body, golongan: 'IV/b' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('DATA.KONFLIK');
  });
});

describe('mutasi', () => {
  it('closes the history the day before and opens the new post; the penilai follows the new post', async () => {
    const p = (await profil(t.fx.p.stafB)).json();
    expect(p.pejabatPenilai.pegawaiId).toBe(t.fx.p.kasiSurv);
    const res = await (await admin()).post(`/api/v1/pegawai/${p.id}/mutasi`, { versi: p.versi, jabatanId: jab['Pengadministrasi Imunisasi'], tanggal: '2026-11-01', jenis: 'mutasi', nomorSk: '800/123/BKPPD/2026' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await riwayat(p.id)).toMatchObject([
      { jabatan: 'Pengadministrasi Imunisasi', mulai: '2026-11-01', selesai: null, jenis: 'mutasi', nomorSk: '800/123/BKPPD/2026' },
      { jabatan: 'Pengelola Data Surveilans', mulai: '2024-01-02', selesai: '2026-10-31', jenis: 'awal' },
    ]);
    const after = (await profil(p.id)).json();
    expect(after).toMatchObject({ jabatan: { nama: 'Pengadministrasi Imunisasi' }, unit: { id: t.fx.unit.imunisasi }, versi: p.versi + 1 });
    // the kasi imunisasi post is vacant: the chain escalates to the kabid
    expect(after.pejabatPenilai.pegawaiId).toBe(t.fx.p.kabidP2p);
  });

  it('refuses a date on or before the start of the current post, the same post, and a stale versi', async () => {
    const p = (await profil(t.fx.p.stafB)).json();
    const c = await admin();
    const early = await c.post(`/api/v1/pegawai/${p.id}/mutasi`, { versi: p.versi, jabatanId: jab['Pengelola Data Surveilans'], tanggal: '2026-10-15', jenis: 'mutasi' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'KEPEGAWAIAN.TANGGAL_TIDAK_VALID', message: 'Tanggal mutasi harus sesudah 2026-11-01 (mulai jabatan sekarang).' });
    const same = await c.post(`/api/v1/pegawai/${p.id}/mutasi`, { versi: p.versi, jabatanId: jab['Pengadministrasi Imunisasi'], tanggal: '2026-11-20', jenis: 'mutasi' });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ code: 'VALIDASI.GAGAL', message: 'Pegawai sudah menduduki jabatan ini.' });
    const stale = await c.post(`/api/v1/pegawai/${p.id}/mutasi`, { versi: p.versi - 1, jabatanId: jab['Pengelola Data Surveilans'], tanggal: '2026-11-20', jenis: 'mutasi' });
    expect(stale.statusCode).toBe(409);
    expect((await riwayat(p.id))).toHaveLength(2);
  });
});

describe('status: pensiun/berhenti end access on their date', () => {
  it('pensiun today: login refused and the open session ends', async () => {
    const session = await login(t.app, t.fx.u.stafD!);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
    const p = (await profil(t.fx.p.stafD)).json();
    const res = await (await admin()).post(`/api/v1/pegawai/${p.id}/status`, { versi: p.versi, status: 'pensiun', sejak: '2026-11-29', keterangan: 'BUP' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: t.fx.u.stafD, password: FIXTURE_PASSWORD } });
    expect(again.statusCode).toBe(401);
    // the record stays, with its history closed the day before
    expect((await profil(p.id)).json()).toMatchObject({ status: 'pensiun', statusSejak: '2026-11-29' });
    expect((await riwayat(p.id))[0]).toMatchObject({ selesai: '2026-11-28' });
  });

  it('pensiun on a future date keeps access until that day (WITA)', async () => {
    const p = (await profil(t.fx.p.kasiSurv)).json();
    const res = await (await admin()).post(`/api/v1/pegawai/${p.id}/status`, { versi: p.versi, status: 'pensiun', sejak: '2026-12-05' });
    expect(res.statusCode, res.body).toBe(200);
    const before = t.clock.now;
    try {
      const session = await login(t.app, t.fx.u.kasiSurv!);
      expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
      t.clock.now = new Date('2026-12-04T15:59:00Z'); // 4 December 23:59 WITA: still in
      expect((await login(t.app, t.fx.u.kasiSurv!)).cookie).toBeTruthy();
      t.clock.now = new Date('2026-12-04T16:00:00Z'); // 5 December 00:00 WITA: out
      const late = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: t.fx.u.kasiSurv, password: FIXTURE_PASSWORD } });
      expect(late.statusCode).toBe(401);
    } finally {
      t.clock.now = before;
    }
  });
});

describe('who may write and read', () => {
  it.each([['stafA'], ['kasiSurv'], ['kadisKes'], ['auditor']] as const)('%s may not write (403)', async (who) => {
    const c = await as(who);
    const target = t.fx.p.stafA;
    for (const res of [
      await c.post('/api/v1/pegawai', baru({ nip: '198609262015051001' })),
      await c.request({ method: 'PUT', url: `/api/v1/pegawai/${target}`, payload: { versi: 1, nama: 'Staf A' } }),
      await c.post(`/api/v1/pegawai/${target}/mutasi`, { versi: 1, jabatanId: jab['Pengadministrasi Umum'], tanggal: '2026-11-20', jenis: 'mutasi' }),
      await c.post(`/api/v1/pegawai/${target}/status`, { versi: 1, status: 'berhenti', sejak: '2026-11-20' }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AKSES.DITOLAK');
    }
  });

  it('an admin of another instansi gets 404 for these pegawai', async () => {
    const c = await as('asing');
    expect((await c.request({ method: 'PUT', url: `/api/v1/pegawai/${t.fx.p.stafA}`, payload: { versi: 1, nama: 'Staf A' } })).statusCode).toBe(404);
    expect((await c.post(`/api/v1/pegawai/${t.fx.p.stafA}/status`, { versi: 1, status: 'berhenti', sejak: '2026-11-20' })).statusCode).toBe(404);
    expect((await c.post(`/api/v1/pegawai/${t.fx.p.stafA}/mutasi`, { versi: 1, jabatanId: jab['Pengadministrasi Umum'], tanggal: '2026-11-20', jenis: 'mutasi' })).statusCode).toBe(404);
    expect((await c.get(`/api/v1/pegawai/${t.fx.p.stafA}/riwayat-jabatan`)).statusCode).toBe(404);
  });

  it('a pimpinan OPD reads the pegawai (and history) of their OPD only', async () => {
    const c = await as('kadisKes');
    expect((await c.get(`/api/v1/pegawai/${t.fx.p.stafA}`)).statusCode).toBe(200);
    expect((await c.get(`/api/v1/pegawai/${t.fx.p.stafA}/riwayat-jabatan`)).statusCode).toBe(200);
    expect((await c.get(`/api/v1/pegawai/${t.fx.p.kadisDik}`)).statusCode).toBe(404);
    expect((await c.get(`/api/v1/pegawai/${t.fx.p.kadisDik}/riwayat-jabatan`)).statusCode).toBe(404);
  });
});
