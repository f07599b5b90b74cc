// Cascading from the penilai's side on SQLite and PostgreSQL (issue 4): the matriks peran hasil of an SKP (which
// bawahan RHK hang off each RHK, who has nothing linked yet) and bulk assignment of an RHK to chosen bawahan, answered
// per pegawai — a draft is started for a bawahan without SKP, a submitted SKP and a non-bawahan are refused without
// undoing the others. The clock is Sunday 29 Nov 2026 10:00 WITA.
//
// The Kabid P2P evaluates the Kasi Surveilans and, through the vacant Kasi Imunisasi post, Staf C.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });

type Rhk = { id: string; jenis: string; uraian: string; rhkAtasanId: string | null; indikator: unknown[] };
type Skp = { id: string; status: string; versi: number; rhk: Rhk[] } & Record<string, unknown>;
type Matriks = { skpId: string; rhk: { id: string; uraian: string; bawahan: { pegawaiId: string; nama: string; skpId: string; rhkId: string; uraian: string; status: string }[] }[]; tanpaTautan: { pegawaiId: string; nama: string; skpId: string | null; status: string | null }[] };

let periode: string;
let kabid: Skp;
let kasi: Skp;

const mulai = async (who: keyof Fixture['p'], rhk: unknown[]): Promise<Skp> => {
  const s = (await (await as(who)).post('/api/v1/skp', { periodeId: periode })).json() as Skp;
  const res = await put(who, `/api/v1/skp/${s.id}`, { versi: s.versi, pendekatan: 'kuantitatif', rhk });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const ind = { aspek: 'kuantitas', uraian: 'Jumlah dokumen', targetAngka: 4, targetSatuan: 'Dokumen' };

beforeAll(async () => {
  t = await createTestApp();
  periode = (await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 })).json().id;
  kabid = await mulai('kabidP2p', [
    { jenis: 'utama', uraian: 'Terkendalinya penyakit menular di kota', indikator: [ind] },
    { jenis: 'utama', uraian: 'Meningkatnya cakupan imunisasi dasar', indikator: [ind] },
  ]);
  kasi = await mulai('kasiSurv', [{ jenis: 'utama', uraian: 'Tersedianya data surveilans yang akurat', rhkAtasanId: kabid.rhk[0]!.id, indikator: [ind] }]);
  const res = await (await as('kasiSurv')).post(`/api/v1/skp/${kasi.id}/aksi`, { aksi: 'ajukan', versi: kasi.versi });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => t.close());

const matriks = async (who: keyof Fixture['p'] = 'kabidP2p') => (await as(who)).get(`/api/v1/skp/${kabid.id}/matriks`);
const tugaskan = async (who: keyof Fixture['p'], rhkId: string, body: Record<string, unknown>) => (await as(who)).post(`/api/v1/skp/${kabid.id}/rhk/${rhkId}/tugaskan`, body);

describe('matriks peran hasil', () => {
  it('shows the bawahan RHK under each RHK and the bawahan with nothing linked yet', async () => {
    const res = await matriks();
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json() as Matriks;
    expect(m.skpId).toBe(kabid.id);
    expect(m.rhk.map((r) => [r.uraian, r.bawahan.map((b) => [b.pegawaiId, b.skpId, b.rhkId, b.uraian, b.status])])).toEqual([
      ['Terkendalinya penyakit menular di kota', [[t.fx.p.kasiSurv, kasi.id, kasi.rhk[0]!.id, 'Tersedianya data surveilans yang akurat', 'diajukan']]],
      ['Meningkatnya cakupan imunisasi dasar', []],
    ]);
    expect(m.tanpaTautan).toEqual([{ pegawaiId: t.fx.p.stafC, nama: 'Staf C', skpId: null, status: null }]);
  });

  it('is read by the owner, their penilai and a pengamat; a stranger gets 404', async () => {
    expect((await matriks('kadisKes')).statusCode).toBe(200);
    expect((await matriks('analis')).statusCode).toBe(200);
    expect((await matriks('stafA')).statusCode).toBe(404);
    expect((await matriks('kadisDik')).statusCode).toBe(404);
  });
});

describe('tugaskan', () => {
  let c: Skp;

  it('per pegawai: a bawahan without SKP gets a draft with the RHK; a non-bawahan and a submitted SKP are refused', async () => {
    const r1 = kabid.rhk[0]!;
    const res = await tugaskan('kabidP2p', r1.id, { pegawaiIds: [t.fx.p.stafC, t.fx.p.stafA, t.fx.p.kasiSurv, t.fx.p.stafC] });
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h).toMatchObject({ berhasil: 1, gagal: 2 });
    expect(h.hasil.map((x: { pegawaiId: string; nama: string; ok: boolean; code: string | null }) => [x.pegawaiId, x.nama, x.ok, x.code])).toEqual([
      [t.fx.p.stafC, 'Staf C', true, null],
      [t.fx.p.stafA, '', false, 'AKSES.DITOLAK'],
      [t.fx.p.kasiSurv, 'Kasi Surveilans', false, 'SKP.STATUS'],
    ]);
    const skpId = h.hasil[0].skpId as string;
    c = (await (await as('stafC')).get(`/api/v1/skp/${skpId}`)).json();
    expect(c).toMatchObject({ status: 'draft', periodeId: periode, penilai: { pegawaiId: t.fx.p.kabidP2p }, versi: 2 });
    expect(c.rhk.map((r) => [r.jenis, r.uraian, r.rhkAtasanId, r.indikator])).toEqual([['utama', r1.uraian, r1.id, []]]);
    // nothing happened to the refused ones
    expect((await (await as('stafA')).get('/api/v1/skp/saya')).json().skp).toEqual([]);
    expect((await (await as('kasiSurv')).get(`/api/v1/skp/${kasi.id}`)).json()).toMatchObject({ status: 'diajukan', versi: kasi.versi + 1 });
  });

  it('appends to an existing draft (custom text and jenis), bumping its versi; audited on the bawahan’s SKP', async () => {
    const r2 = kabid.rhk[1]!;
    const res = await tugaskan('kabidP2p', r2.id, { pegawaiIds: [t.fx.p.stafC], jenis: 'tambahan', uraian: 'Terlaksananya sweeping imunisasi di kelurahan' });
    expect(res.json()).toMatchObject({ berhasil: 1, gagal: 0, hasil: [{ skpId: c.id, ok: true }] });
    const after = (await (await as('stafC')).get(`/api/v1/skp/${c.id}`)).json() as Skp;
    expect(after.versi).toBe(c.versi + 1);
    expect(after.rhk.map((r) => [r.jenis, r.uraian, r.rhkAtasanId])).toEqual([
      ['utama', kabid.rhk[0]!.uraian, kabid.rhk[0]!.id],
      ['tambahan', 'Terlaksananya sweeping imunisasi di kelurahan', r2.id],
    ]);
    const audit = await t.database.db.selectFrom('audit_log').select(['aksi', 'aktor_nama']).where('entitas_id', '=', c.id).orderBy('seq').execute();
    expect(audit.map((a) => [a.aksi, a.aktor_nama])).toEqual([['skp.buat', 'Kabid P2P'], ['skp.tugaskan', 'Kabid P2P'], ['skp.tugaskan', 'Kabid P2P']]);
  });

  it('the matriks follows: every bawahan is linked now', async () => {
    const m = (await matriks()).json() as Matriks;
    expect(m.rhk.map((r) => r.bawahan.map((b) => b.pegawaiId).sort())).toEqual([[t.fx.p.kasiSurv, t.fx.p.stafC].sort(), [t.fx.p.stafC]]);
    expect(m.tanpaTautan).toEqual([]);
  });

  it('only the owner assigns, only an RHK of this SKP', async () => {
    expect((await tugaskan('kadisKes', kabid.rhk[0]!.id, { pegawaiIds: [t.fx.p.stafC] })).statusCode).toBe(403);
    expect((await tugaskan('stafA', kabid.rhk[0]!.id, { pegawaiIds: [t.fx.p.stafC] })).statusCode).toBe(404);
    const bukan = await tugaskan('kabidP2p', kasi.rhk[0]!.id, { pegawaiIds: [t.fx.p.stafC] });
    expect(bukan.statusCode).toBe(404);
    expect((await tugaskan('kabidP2p', kabid.rhk[0]!.id, { pegawaiIds: [] })).statusCode).toBe(400);
  });

  it('the bawahan’s draft is theirs: they complete it and submit it to the Kabid', async () => {
    const res = await put('stafC', `/api/v1/skp/${c.id}`, {
      versi: c.versi + 1,
      pendekatan: 'kuantitatif',
      rhk: c.rhk.map((r) => ({ id: r.id, jenis: r.jenis, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId, indikator: [ind] })),
    });
    expect(res.statusCode, res.body).toBe(200);
    const ajukan = await (await as('stafC')).post(`/api/v1/skp/${c.id}/aksi`, { aksi: 'ajukan', versi: res.json().versi });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    const q = (await (await as('kabidP2p')).get('/api/v1/skp/antrian')).json();
    expect(q.menunggu.map((m: { pegawai: { pegawaiId: string } }) => m.pegawai.pegawaiId)).toEqual([t.fx.p.kasiSurv, t.fx.p.stafC]);
  });
});
