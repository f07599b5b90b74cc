// The unit kerja tree through the API (DOMAIN.md §1), on SQLite and PostgreSQL: read scope, create (OPD rule, opd_id
// and jalur), rename with versi, move of a whole subtree, close, and every refusal in Indonesian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitKerjaNode } from '../../../../contracts/unit-kerja.ts';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const admin = () => as('analis');

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function pohon(who: keyof Fixture['p'] = 'analis', termasukDitutup = false): Promise<UnitKerjaNode[]> {
  const res = await (await as(who)).get(`/api/v1/unit-kerja${termasukDitutup ? '?termasukDitutup=true' : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}
const node = async (id: string, termasukDitutup = false) => (await pohon('analis', termasukDitutup)).find((u) => u.id === id);

async function buat(body: Record<string, unknown>) {
  return (await admin()).post('/api/v1/unit-kerja', { singkatan: null, ...body });
}
async function buatOk(indukId: string | null, kode: string, nama: string, jenis: string): Promise<string> {
  const res = await buat({ indukId, kode, nama, jenis });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
async function versiOf(id: string) {
  return (await node(id, true))!.versi;
}
async function lastAudit() {
  return (await admin()).get('/api/v1/audit?pageSize=1').then((r) => r.json().items[0]);
}

describe('reading the tree', () => {
  it('admin: the whole instansi, depth-first, with pegawai counts (those who left not counted)', async () => {
    const items = await pohon();
    const u = t.fx.unit;
    // siblings of equal urutan by name: Badan…, Dinas Kesehatan, Dinas Pendidikan, Inspektorat; Imunisasi before Surveilans
    expect(items.map((i) => i.id)).toEqual([u.root, u.bkppd, u.dinkes, u.p2p, u.imunisasi, u.surveilans, u.disdik, u.inspektorat]);
    const by = new Map(items.map((i) => [i.id, i]));
    expect(by.get(u.root)).toMatchObject({ indukId: null, opdId: null, kedalaman: 0, jumlahPegawai: 2, jumlahPegawaiTotal: 15 });
    expect(by.get(u.dinkes)).toMatchObject({ indukId: u.root, opdId: u.dinkes, kedalaman: 1, jumlahPegawai: 2, jumlahPegawaiTotal: 7 });
    // kasi, staf A, staf B — the retired one is not counted
    expect(by.get(u.surveilans)).toMatchObject({ opdId: u.dinkes, kedalaman: 3, jumlahPegawai: 3, jumlahPegawaiTotal: 3, jumlahJabatan: 2, ditutup: false });
    expect(by.get(u.p2p)).toMatchObject({ jumlahPegawai: 1, jumlahPegawaiTotal: 5 });
  });

  it.each([['auditor'], ['walikota']] as const)('%s: the whole instansi', async (who) => {
    const res = await (await as(who)).get('/api/v1/unit-kerja');
    expect(res.json()).toMatchObject({ lingkup: 'instansi' });
  });

  it('pimpinan OPD: only the subtree of the OPD they lead', async () => {
    const res = (await (await as('kadisKes')).get('/api/v1/unit-kerja')).json();
    expect(res.lingkup).toBe('opd');
    expect(res.items.map((i: UnitKerjaNode) => i.id)).toEqual([t.fx.unit.dinkes, t.fx.unit.p2p, t.fx.unit.imunisasi, t.fx.unit.surveilans]);
  });

  it('a pegawai or atasan may not read the tree with counts (403) but may read the names for pickers', async () => {
    for (const who of ['stafA', 'kasiSurv'] as const) {
      const res = await (await as(who)).get('/api/v1/unit-kerja');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AKSES.DITOLAK');
    }
    const pilihan = (await (await as('stafA')).get('/api/v1/unit-kerja/pilihan')).json().items;
    expect(pilihan).toHaveLength(8);
    const surv = pilihan.find((p: { id: string }) => p.id === t.fx.unit.surveilans);
    expect(surv).toMatchObject({ nama: 'Seksi Surveilans', kedalaman: 3, jalurNama: ['Dinas Kesehatan', 'Bidang Pencegahan dan Pengendalian Penyakit'] });
    expect(surv).not.toHaveProperty('jumlahPegawai');
  });

  it('an admin of another instansi sees none of these units', async () => {
    expect((await pohon('asing')).map((i) => i.id)).toEqual([]);
    expect((await (await as('asing')).get('/api/v1/unit-kerja/pilihan')).json().items).toEqual([]);
  });
});

describe('creating units', () => {
  it('a unit directly under the root is an OPD (opd_id = itself); below, the OPD is inherited; jalur follows', async () => {
    const kec = await buatOk(t.fx.unit.root, 'kec-uji', 'Kecamatan Uji', 'kecamatan');
    const kel = await buatOk(kec, 'KEC-UJI.KEL-SATU', 'Kelurahan Satu', 'kelurahan');
    const k = await node(kec);
    expect(k).toMatchObject({ kode: 'KEC-UJI', indukId: t.fx.unit.root, opdId: kec, kedalaman: 1, jumlahPegawai: 0, versi: 1 });
    expect(await node(kel)).toMatchObject({ indukId: kec, opdId: kec, kedalaman: 2 });
    const row = await t.ctx.db.selectFrom('unit_kerja').select('jalur').where('id', '=', kel).executeTakeFirstOrThrow();
    expect(row.jalur).toBe(`/${t.fx.unit.root}/${kec}/${kel}/`);
    expect(await lastAudit()).toMatchObject({ aksi: 'UNIT_KERJA_DIBUAT', entitas: 'unit_kerja', entitasId: kel });
  });

  it('UPT, puskesmas and sekolah sit under their dinas and belong to it', async () => {
    for (const [kode, nama, jenis] of [['DINKES.PKM-UJI', 'UPT Puskesmas Uji', 'puskesmas'], ['DINKES.LABKES', 'UPT Laboratorium Kesehatan', 'upt']] as const) {
      const id = await buatOk(t.fx.unit.dinkes, kode, nama, jenis);
      expect(await node(id)).toMatchObject({ opdId: t.fx.unit.dinkes, kedalaman: 2, jenis });
    }
    const sd = await buatOk(t.fx.unit.disdik, 'DISDIK.SDN-1', 'SD Negeri 1 Uji', 'sekolah');
    expect(await node(sd)).toMatchObject({ opdId: t.fx.unit.disdik });
  });

  it.each([
    ['a kode already used (any letter case)', { indukId: 'dinkes', kode: 'dinkes', nama: 'Dinas Lain', jenis: 'dinas' }, 409, 'UNIT_KERJA.KODE_SUDAH_ADA'],
    ['no induk while the instansi has its root', { indukId: null, kode: 'AKAR-2', nama: 'Akar Kedua', jenis: 'pemda' }, 400, 'UNIT_KERJA.INDUK_TIDAK_VALID'],
    ['an induk that does not exist', { indukId: '0195f0c0-0000-7000-8000-000000000000', kode: 'X-1', nama: 'Unit X', jenis: 'bidang' }, 400, 'UNIT_KERJA.INDUK_TIDAK_VALID'],
    ['jenis "pemda" below the root', { indukId: 'dinkes', kode: 'X-2', nama: 'Unit X', jenis: 'pemda' }, 400, 'VALIDASI.GAGAL'],
    ['a jenis not in the list', { indukId: 'dinkes', kode: 'X-3', nama: 'Unit X', jenis: 'kementerian' }, 400, 'VALIDASI.GAGAL'],
    ['a kode with spaces', { indukId: 'dinkes', kode: 'X 4', nama: 'Unit X', jenis: 'bidang' }, 400, 'VALIDASI.GAGAL'],
  ] as const)('refuses %s', async (_name, body, status, code) => {
    const indukId = body.indukId && body.indukId in t.fx.unit ? t.fx.unit[body.indukId as keyof Fixture['unit']] : body.indukId;
    const res = await buat({ ...body, indukId });
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
    expect(res.json().message).toMatch(/[a-z]/); // a sentence, in Indonesian
  });
});

describe('only the admin BKPPD writes', () => {
  it.each([['stafA'], ['kasiSurv'], ['kadisKes'], ['auditor'], ['walikota']] as const)('%s → 403', async (who) => {
    const c = await as(who);
    const id = t.fx.unit.surveilans;
    for (const res of [
      await c.post('/api/v1/unit-kerja', { indukId: t.fx.unit.dinkes, kode: 'NOPE', nama: 'Tidak Boleh', jenis: 'bidang' }),
      await c.request({ method: 'PUT', url: `/api/v1/unit-kerja/${id}`, payload: { versi: 1, kode: 'NOPE', nama: 'Tidak Boleh', jenis: 'seksi' } }),
      await c.post(`/api/v1/unit-kerja/${id}/pindah`, { versi: 1, indukId: t.fx.unit.disdik }),
      await c.post(`/api/v1/unit-kerja/${id}/tutup`, { versi: 1, tanggal: '2026-12-01' }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AKSES.DITOLAK');
    }
  });

  it('an admin of another instansi cannot touch these units (404) nor hang units under them', async () => {
    const c = await as('asing');
    const res = await c.request({ method: 'PUT', url: `/api/v1/unit-kerja/${t.fx.unit.surveilans}`, payload: { versi: 1, kode: 'ASING', nama: 'Asing', jenis: 'seksi' } });
    expect(res.statusCode).toBe(404);
    expect((await c.post(`/api/v1/unit-kerja/${t.fx.unit.surveilans}/tutup`, { versi: 1, tanggal: '2026-12-01' })).statusCode).toBe(404);
    const under = await c.post('/api/v1/unit-kerja', { indukId: t.fx.unit.dinkes, kode: 'ASING-1', nama: 'Unit Asing', jenis: 'bidang' });
    expect(under.statusCode).toBe(400);
    expect(under.json().code).toBe('UNIT_KERJA.INDUK_TIDAK_VALID');
  });
});

describe('renaming', () => {
  it('changes kode, nama, singkatan and jenis; a stale versi is a conflict', async () => {
    const id = await buatOk(t.fx.unit.p2p, 'P2P.SEKSI-LAMA', 'Seksi Lama', 'seksi');
    const put = (body: Record<string, unknown>) => admin().then((c) => c.request({ method: 'PUT', url: `/api/v1/unit-kerja/${id}`, payload: body }));
    const res = await put({ versi: 1, kode: 'P2P.SEKSI-BARU', nama: 'Seksi Baru', singkatan: 'SB', jenis: 'subbidang' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id, versi: 2 });
    expect(await node(id)).toMatchObject({ kode: 'P2P.SEKSI-BARU', nama: 'Seksi Baru', singkatan: 'SB', jenis: 'subbidang', versi: 2 });
    expect(await lastAudit()).toMatchObject({ aksi: 'UNIT_KERJA_DIUBAH', entitasId: id, ringkasan: { sebelum: { nama: 'Seksi Lama' }, sesudah: { nama: 'Seksi Baru' } } });

    const stale = await put({ versi: 1, kode: 'P2P.SEKSI-LAGI', nama: 'Seksi Lagi', jenis: 'seksi' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'DATA.KONFLIK', message: 'Data telah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.' });

    const taken = await put({ versi: 2, kode: 'SURVEILANS', nama: 'Seksi Baru', jenis: 'seksi' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('UNIT_KERJA.KODE_SUDAH_ADA');
  });
});

describe('moving a subtree', () => {
  it('recomputes jalur and OPD of the whole subtree; its pegawai follow into the new OPD’s scope', async () => {
    const bidang = await buatOk(t.fx.unit.dinkes, 'DINKES.BID-X', 'Bidang X', 'bidang');
    const seksi = await buatOk(bidang, 'DINKES.BID-X.SEKSI-Y', 'Seksi Y', 'seksi');
    // a post and a pegawai in the deepest unit, to see the pimpinan scopes change with the move
    const c = await admin();
    const jab = await c.post('/api/v1/jabatan', { nama: 'Pengelola Y', jenis: 'pelaksana', kelasJabatan: 6, unitId: seksi, atasanJabatanId: null, kepalaUnit: false });
    expect(jab.statusCode).toBe(400); // atasan is required below the Kepala Daerah
    const kabid = (await c.get(`/api/v1/jabatan?unitId=${t.fx.unit.p2p}`)).json().items.find((j: { kepalaUnit: boolean }) => j.kepalaUnit).id;
    const jabOk = await c.post('/api/v1/jabatan', { nama: 'Pengelola Y', jenis: 'pelaksana', kelasJabatan: 6, unitId: seksi, atasanJabatanId: kabid, kepalaUnit: false });
    expect(jabOk.statusCode, jabOk.body).toBe(201);
    const peg = await c.post('/api/v1/pegawai', { nip: '199001012015031002', jenisAsn: 'PNS', nama: 'Pegawai Y', jabatanId: jabOk.json().id, tmtJabatan: '2026-01-05' });
    expect(peg.statusCode, peg.body).toBe(201);
    const pegId = peg.json().id;
    expect((await (await as('kadisKes')).get(`/api/v1/pegawai/${pegId}`)).statusCode).toBe(200);
    expect((await (await as('kadisDik')).get(`/api/v1/pegawai/${pegId}`)).statusCode).toBe(404);

    const res = await c.post(`/api/v1/unit-kerja/${bidang}/pindah`, { versi: 1, indukId: t.fx.unit.disdik });
    expect(res.statusCode, res.body).toBe(200);
    expect(await node(bidang)).toMatchObject({ indukId: t.fx.unit.disdik, opdId: t.fx.unit.disdik, kedalaman: 2, versi: 2 });
    expect(await node(seksi)).toMatchObject({ indukId: bidang, opdId: t.fx.unit.disdik, kedalaman: 3, jumlahPegawai: 1 });
    const rows = await t.ctx.db.selectFrom('unit_kerja').select(['id', 'jalur']).where('id', 'in', [bidang, seksi]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.jalur]))).toEqual({
      [bidang]: `/${t.fx.unit.root}/${t.fx.unit.disdik}/${bidang}/`,
      [seksi]: `/${t.fx.unit.root}/${t.fx.unit.disdik}/${bidang}/${seksi}/`,
    });
    expect(await lastAudit()).toMatchObject({ aksi: 'UNIT_KERJA_DIPINDAH', entitasId: bidang, ringkasan: { sesudah: { opdId: t.fx.unit.disdik, jumlahUnit: 2 } } });
    expect((await (await as('kadisKes')).get(`/api/v1/pegawai/${pegId}`)).statusCode).toBe(404);
    expect((await (await as('kadisDik')).get(`/api/v1/pegawai/${pegId}`)).statusCode).toBe(200);

    // moved directly under the root it becomes an OPD itself, and so does every unit below it
    const toRoot = await c.post(`/api/v1/unit-kerja/${bidang}/pindah`, { versi: 2, indukId: t.fx.unit.root });
    expect(toRoot.statusCode).toBe(200);
    expect(await node(bidang)).toMatchObject({ opdId: bidang, kedalaman: 1 });
    expect(await node(seksi)).toMatchObject({ opdId: bidang, kedalaman: 2 });
  });

  it('refuses a move under the unit itself or under one of its sub-units (a loop), naming it', async () => {
    const c = await admin();
    const v = await versiOf(t.fx.unit.p2p);
    const self = await c.post(`/api/v1/unit-kerja/${t.fx.unit.p2p}/pindah`, { versi: v, indukId: t.fx.unit.p2p });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({ code: 'UNIT_KERJA.SIKLUS', message: 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri.' });
    const below = await c.post(`/api/v1/unit-kerja/${t.fx.unit.p2p}/pindah`, { versi: v, indukId: t.fx.unit.surveilans });
    expect(below.statusCode).toBe(400);
    expect(below.json().code).toBe('UNIT_KERJA.SIKLUS');
    expect(below.json().message).toContain('"Seksi Surveilans" adalah sub-unit dari');
    expect(await node(t.fx.unit.p2p)).toMatchObject({ indukId: t.fx.unit.dinkes, versi: v });
  });

  it('refuses moving the root, moving under the current induk, a stale versi, and demoting an OPD that has a pimpinan', async () => {
    const c = await admin();
    const root = await c.post(`/api/v1/unit-kerja/${t.fx.unit.root}/pindah`, { versi: 1, indukId: t.fx.unit.dinkes });
    expect(root.json().code).toBe('UNIT_KERJA.INDUK_TIDAK_VALID');
    const v = await versiOf(t.fx.unit.imunisasi);
    const same = await c.post(`/api/v1/unit-kerja/${t.fx.unit.imunisasi}/pindah`, { versi: v, indukId: t.fx.unit.p2p });
    expect(same.statusCode).toBe(400);
    const stale = await c.post(`/api/v1/unit-kerja/${t.fx.unit.imunisasi}/pindah`, { versi: v + 5, indukId: t.fx.unit.dinkes });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('DATA.KONFLIK');
    const opd = await c.post(`/api/v1/unit-kerja/${t.fx.unit.dinkes}/pindah`, { versi: await versiOf(t.fx.unit.dinkes), indukId: t.fx.unit.disdik });
    expect(opd.statusCode).toBe(409);
    expect(opd.json()).toMatchObject({ code: 'UNIT_KERJA.MASIH_DIPAKAI' });
    expect(opd.json().message).toContain('Pimpinan OPD');
  });
});

describe('closing', () => {
  it('refuses while pegawai are still active in the unit, saying how many and what to do', async () => {
    const res = await (await admin()).post(`/api/v1/unit-kerja/${t.fx.unit.surveilans}/tutup`, { versi: await versiOf(t.fx.unit.surveilans), tanggal: '2026-12-31' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'UNIT_KERJA.MASIH_DIPAKAI',
      message: 'Unit "Seksi Surveilans" belum dapat ditutup: masih ada 3 pegawai aktif. Silakan mutasikan pegawainya terlebih dahulu.',
      details: { pegawaiAktif: 3 },
    });
  });

  it('refuses while sub-units are still open', async () => {
    const induk = await buatOk(t.fx.unit.bkppd, 'BKPPD.BID-Z', 'Bidang Z', 'bidang');
    const anak = await buatOk(induk, 'BKPPD.BID-Z.SUB-1', 'Subbidang Z1', 'subbidang');
    const c = await admin();
    const res = await c.post(`/api/v1/unit-kerja/${induk}/tutup`, { versi: 1, tanggal: '2026-12-31' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('Unit "Bidang Z" belum dapat ditutup: masih ada 1 sub-unit yang belum ditutup (Subbidang Z1). Silakan tutup sub-unitnya terlebih dahulu.');

    // close the child first, then the parent: both leave the default tree, stay in the full one
    expect((await c.post(`/api/v1/unit-kerja/${anak}/tutup`, { versi: 1, tanggal: '2026-11-29' })).statusCode).toBe(200);
    const ok = await c.post(`/api/v1/unit-kerja/${induk}/tutup`, { versi: 1, tanggal: '2026-11-29' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await lastAudit()).toMatchObject({ aksi: 'UNIT_KERJA_DITUTUP', entitasId: induk });
    expect(await node(induk)).toBeUndefined();
    expect(await node(induk, true)).toMatchObject({ ditutup: true, ditutupPada: '2026-11-29' });
    const pilihan = (await c.get('/api/v1/unit-kerja/pilihan')).json().items.map((p: { id: string }) => p.id);
    expect(pilihan).not.toContain(induk);

    // a closed unit takes no new sub-units, no moves, no second closing
    const under = await buat({ indukId: induk, kode: 'BKPPD.BID-Z.SUB-2', nama: 'Subbidang Z2', jenis: 'subbidang' });
    expect(under.json()).toMatchObject({ code: 'UNIT_KERJA.INDUK_TIDAK_VALID', message: 'Unit induk "Bidang Z" sudah ditutup.' });
    const again = await c.post(`/api/v1/unit-kerja/${induk}/tutup`, { versi: 2, tanggal: '2026-12-01' });
    expect(again.json().code).toBe('UNIT_KERJA.SUDAH_DITUTUP');
    const moveInto = await c.post(`/api/v1/unit-kerja/${t.fx.unit.imunisasi}/pindah`, { versi: await versiOf(t.fx.unit.imunisasi), indukId: induk });
    expect(moveInto.json().code).toBe('UNIT_KERJA.INDUK_TIDAK_VALID');
  });

  it('a closing date in the future keeps the unit open until that day (WITA)', async () => {
    const id = await buatOk(t.fx.unit.bkppd, 'BKPPD.BID-W', 'Bidang W', 'bidang');
    const res = await (await admin()).post(`/api/v1/unit-kerja/${id}/tutup`, { versi: 1, tanggal: '2026-12-01' });
    expect(res.statusCode).toBe(200);
    expect(await node(id)).toMatchObject({ ditutup: false, ditutupPada: '2026-12-01' });
    const before = t.clock.now;
    try {
      t.clock.now = new Date('2026-11-30T16:00:00Z'); // 1 December 00:00 WITA; sessions last 12 h, so log in anew
      const later = await login(t.app, t.fx.u.analis!);
      const items = (await later.get('/api/v1/unit-kerja?termasukDitutup=true')).json().items as UnitKerjaNode[];
      expect(items.find((u) => u.id === id)).toMatchObject({ ditutup: true });
      expect((await later.get('/api/v1/unit-kerja')).json().items.map((u: UnitKerjaNode) => u.id)).not.toContain(id);
    } finally {
      t.clock.now = before;
    }
  });

  it('refuses closing the instansi root', async () => {
    const res = await (await admin()).post(`/api/v1/unit-kerja/${t.fx.unit.root}/tutup`, { versi: 1, tanggal: '2026-12-31' });
    expect(res.statusCode).toBe(400);
  });
});
