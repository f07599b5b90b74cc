// Jabatan through the API (DOMAIN.md §1), on SQLite and PostgreSQL: the list with holders and vacancies in scope,
// create/edit with the rules of jenis/jenjang/kelas, one head per unit, and no cycle in the atasan chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JabatanItem } from '../../../../contracts/jabatan.ts';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const admin = () => as('analis');

/** Fixture jabatan by name → id (read through the API, like a screen would). */
let jab: Record<string, JabatanItem>;

beforeAll(async () => {
  t = await createTestApp();
  const items = (await (await admin()).get('/api/v1/jabatan?pageSize=200')).json().items as JabatanItem[];
  jab = Object.fromEntries(items.map((j) => [j.nama, j]));
});
afterAll(async () => t.close());

async function daftar(query: string, who: keyof Fixture['p'] = 'analis') {
  const res = await (await as(who)).get(`/api/v1/jabatan?pageSize=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: JabatanItem[]; total: number };
}
const names = (r: { items: JabatanItem[] }) => r.items.map((j) => j.nama).sort();
async function lastAudit() {
  return (await admin()).get('/api/v1/audit?pageSize=1').then((r) => r.json().items[0]);
}

describe('the list', () => {
  it('every jabatan of the instansi with its unit, atasan, active holders and vacancy', async () => {
    const all = await daftar('');
    expect(all.total).toBe(15);
    expect(jab['Pengelola Data Surveilans']).toMatchObject({
      jenis: 'pelaksana',
      unit: 'Seksi Surveilans',
      atasanJabatan: 'Kepala Seksi Surveilans',
      kepalaUnit: false,
      jumlahPemangku: 2, // staf A and B; the retired holder does not count
      lowong: false,
      versi: 1,
    });
    expect(jab['Kepala Seksi Imunisasi']).toMatchObject({ jumlahPemangku: 0, lowong: true, kepalaUnit: true });
    expect(jab['Wali Kota']).toMatchObject({ jenis: 'kepala_daerah', atasanJabatanId: null, atasanJabatan: null });
  });

  it.each([
    ['unit', () => `&unitId=${t.fx.unit.surveilans}`, ['Kepala Seksi Surveilans', 'Pengelola Data Surveilans']],
    ['unit with sub-units', () => `&unitId=${t.fx.unit.p2p}&termasukSubunit=true`, ['Kepala Bidang P2P', 'Kepala Seksi Imunisasi', 'Kepala Seksi Surveilans', 'Pengadministrasi Imunisasi', 'Pengelola Data Surveilans']],
    ['jenis', () => '&jenis=fungsional', ['Analis SDM Aparatur', 'Auditor Ahli Pertama', 'Dokter Ahli Muda']],
    ['vacant posts', () => '&lowong=true', ['Kepala Seksi Imunisasi']],
    ['words of the jabatan or unit name', () => '&q=kepala%20surveilans', ['Kepala Seksi Surveilans']],
    ['a unit name', () => '&q=imunisasi', ['Kepala Seksi Imunisasi', 'Pengadministrasi Imunisasi']],
  ])('filters by %s', async (_n, q, expected) => {
    expect(names(await daftar(q()))).toEqual(expected);
  });

  it('paginates', async () => {
    const p = (await (await admin()).get('/api/v1/jabatan?pageSize=4&page=4')).json();
    expect(p).toMatchObject({ total: 15, page: 4, pageSize: 4 });
    expect(p.items).toHaveLength(3);
  });

  it('pimpinan OPD: the jabatan of their OPD only; pegawai and atasan: 403', async () => {
    expect(names(await daftar('', 'kadisKes'))).toEqual([
      'Dokter Ahli Muda', 'Kepala Bidang P2P', 'Kepala Dinas Kesehatan', 'Kepala Seksi Imunisasi', 'Kepala Seksi Surveilans', 'Pengadministrasi Imunisasi', 'Pengelola Data Surveilans',
    ]);
    expect((await daftar(`&unitId=${t.fx.unit.disdik}`, 'kadisKes')).items).toEqual([]);
    for (const who of ['stafA', 'kasiSurv'] as const) expect((await (await as(who)).get('/api/v1/jabatan')).statusCode).toBe(403);
  });
});

const baru = (over: Record<string, unknown> = {}) => ({
  nama: 'Pranata Komputer Surveilans',
  jenis: 'pelaksana',
  jenjang: null,
  kelasJabatan: 7,
  unitId: t.fx.unit.surveilans,
  atasanJabatanId: jab['Kepala Seksi Surveilans']!.id,
  kepalaUnit: false,
  ...over,
});

describe('creating', () => {
  it('a pelaksana post under the kasi: listed as vacant, audited', async () => {
    const res = await (await admin()).post('/api/v1/jabatan', baru());
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const found = (await daftar(`&unitId=${t.fx.unit.surveilans}`)).items.find((j) => j.id === id);
    expect(found).toMatchObject({ nama: 'Pranata Komputer Surveilans', kelasJabatan: 7, lowong: true, jumlahPemangku: 0, atasanJabatan: 'Kepala Seksi Surveilans' });
    expect(await lastAudit()).toMatchObject({ aksi: 'JABATAN_DIBUAT', entitas: 'jabatan', entitasId: id, ringkasan: { sesudah: { unit: 'Seksi Surveilans', atasanJabatan: 'Kepala Seksi Surveilans' } } });
  });

  it('a fungsional post with its jenjang', async () => {
    const res = await (await admin()).post('/api/v1/jabatan', baru({ nama: 'Epidemiolog Kesehatan Ahli Pertama', jenis: 'fungsional', jenjang: 'ahli_pertama', kelasJabatan: 8 }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it.each([
    ['fungsional without jenjang', { jenis: 'fungsional' }, 'jenjang', 'Jenjang wajib diisi untuk jabatan fungsional'],
    ['a jenjang on a pelaksana post', { jenjang: 'mahir' }, 'jenjang', 'Jenjang hanya untuk jabatan fungsional'],
    ['kelas 0', { kelasJabatan: 0 }, 'kelasJabatan', 'Kelas jabatan 1–17'],
    ['kelas 18', { kelasJabatan: 18 }, 'kelasJabatan', 'Kelas jabatan 1–17'],
    ['no atasan below the Kepala Daerah', { atasanJabatanId: null }, 'atasanJabatanId', 'Atasan jabatan wajib diisi (kecuali Kepala Daerah)'],
    ['an unknown jenis', { jenis: 'menteri' }, 'jenis', undefined],
  ])('refuses %s (400, the field named)', async (_n, over, path, message) => {
    const res = await (await admin()).post('/api/v1/jabatan', baru(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDASI.GAGAL');
    const detail = (res.json().details as { path: string; message: string }[]).find((d) => d.path === path);
    expect(detail, JSON.stringify(res.json().details)).toBeDefined();
    if (message) expect(detail!.message).toBe(message);
  });

  it('refuses an unknown unit, a closed unit, an unknown atasan', async () => {
    const c = await admin();
    const unknown = '0195f0c0-0000-7000-8000-000000000000';
    for (const over of [{ unitId: unknown }, { atasanJabatanId: unknown }]) {
      const res = await c.post('/api/v1/jabatan', baru(over));
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('KEPEGAWAIAN.REFERENSI_TIDAK_VALID');
    }
    const unit = (await c.post('/api/v1/unit-kerja', { indukId: t.fx.unit.bkppd, kode: 'BKPPD.TUTUP', nama: 'Bidang Tutup', jenis: 'bidang' })).json().id;
    expect((await c.post(`/api/v1/unit-kerja/${unit}/tutup`, { versi: 1, tanggal: '2026-11-29' })).statusCode).toBe(200);
    const closed = await c.post('/api/v1/jabatan', baru({ unitId: unit }));
    expect(closed.json()).toMatchObject({ code: 'KEPEGAWAIAN.REFERENSI_TIDAK_VALID', message: 'Unit "Bidang Tutup" sudah ditutup.' });
  });

  it('refuses a second head of the same unit, naming the one there is', async () => {
    const res = await (await admin()).post('/api/v1/jabatan', baru({ nama: 'Kepala Seksi Kedua', jenis: 'pengawas', kepalaUnit: true }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'JABATAN.KEPALA_SUDAH_ADA', message: 'Unit "Seksi Surveilans" sudah memiliki jabatan kepala: Kepala Seksi Surveilans.' });
  });
});

async function put(id: string, body: Record<string, unknown>, who: keyof Fixture['p'] = 'analis') {
  return (await as(who)).request({ method: 'PUT', url: `/api/v1/jabatan/${id}`, payload: body });
}
async function current(nama: string) {
  return (await daftar(`&q=${encodeURIComponent(nama)}`)).items.find((j) => j.nama === nama)!;
}
const isian = (j: JabatanItem) => ({ nama: j.nama, jenis: j.jenis, jenjang: j.jenjang, kelasJabatan: j.kelasJabatan, unitId: j.unitId, atasanJabatanId: j.atasanJabatanId, kepalaUnit: j.kepalaUnit, versi: j.versi });

describe('editing', () => {
  it('refuses an atasan below the post (a cycle) or the post itself', async () => {
    const kabid = await current('Kepala Bidang P2P');
    const below = await put(kabid.id, { ...isian(kabid), atasanJabatanId: jab['Pengelola Data Surveilans']!.id });
    expect(below.statusCode).toBe(400);
    expect(below.json()).toMatchObject({
      code: 'JABATAN.SIKLUS',
      message: '"Pengelola Data Surveilans" berada di bawah jabatan ini; memilihnya sebagai atasan akan membuat rantai atasan berputar.',
    });
    const self = await put(kabid.id, { ...isian(kabid), atasanJabatanId: kabid.id });
    expect(self.json()).toMatchObject({ code: 'JABATAN.SIKLUS', message: 'Jabatan tidak dapat menjadi atasan dirinya sendiri.' });
    expect(await current('Kepala Bidang P2P')).toMatchObject({ atasanJabatan: 'Kepala Dinas Kesehatan', versi: 1 });
  });

  it('a new atasan changes who evaluates the holders (penilai chain reads the tree)', async () => {
    const staf = await current('Pengadministrasi Imunisasi');
    // the kasi imunisasi post is vacant, so staf C is evaluated by the kabid (escalation) …
    const before = (await (await admin()).get(`/api/v1/pegawai/${t.fx.p.stafC}`)).json();
    expect(before.pejabatPenilai.pegawaiId).toBe(t.fx.p.kabidP2p);
    const res = await put(staf.id, { ...isian(staf), atasanJabatanId: jab['Kepala Seksi Surveilans']!.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: staf.id, versi: 2 });
    // … and by the kasi surveilans once the post answers to it
    const after = (await (await admin()).get(`/api/v1/pegawai/${t.fx.p.stafC}`)).json();
    expect(after.pejabatPenilai.pegawaiId).toBe(t.fx.p.kasiSurv);
    expect(await lastAudit()).toMatchObject({ aksi: 'JABATAN_DIUBAH', entitasId: staf.id });
    // and the kasi surveilans now reaches staf C
    expect((await (await login(t.app, t.fx.u.kasiSurv!)).get(`/api/v1/pegawai/${t.fx.p.stafC}`)).statusCode).toBe(200);
  });

  it('a stale versi is a conflict', async () => {
    const j = await current('Pengadministrasi Imunisasi');
    const res = await put(j.id, { ...isian(j), nama: 'Nama Lain', versi: j.versi - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DATA.KONFLIK');
  });

  it('moves a vacant post to another unit, but not an occupied one', async () => {
    const occupied = await current('Pengelola Data Surveilans');
    const res = await put(occupied.id, { ...isian(occupied), unitId: t.fx.unit.imunisasi });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('JABATAN.ADA_PEMANGKU');
    const vacant = await current('Pranata Komputer Surveilans');
    const moved = await put(vacant.id, { ...isian(vacant), unitId: t.fx.unit.imunisasi });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await current('Pranata Komputer Surveilans')).toMatchObject({ unit: 'Seksi Imunisasi' });
  });

  it('only the admin BKPPD writes; another instansi’s admin finds nothing', async () => {
    const j = await current('Dokter Ahli Muda');
    for (const who of ['stafA', 'kadisKes', 'auditor'] as const) {
      expect((await put(j.id, isian(j), who)).statusCode).toBe(403);
      expect((await (await as(who)).post('/api/v1/jabatan', baru())).statusCode).toBe(403);
    }
    expect((await put(j.id, isian(j), 'asing')).statusCode).toBe(404);
  });
});
