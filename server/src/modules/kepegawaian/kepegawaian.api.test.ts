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

describe('profil saya and the penilai chain (DOMAIN.md §1)', () => {
  it.each([
    // pegawai, expected pejabat penilai, expected atasan pejabat penilai
    ['stafA', 'kasiSurv', 'kabidP2p'], // pelaksana → pengawas → administrator
    ['kasiSurv', 'kabidP2p', 'kadisKes'], // pengawas → administrator → JPT
    ['stafC', 'kabidP2p', 'kadisKes'], // kasi imunisasi is vacant: escalates to the kabid
    ['dokter', 'kadisKes', 'sekda'], // fungsional under the kepala dinas
    ['kadisKes', 'sekda', 'walikota'], // JPT → Sekda → Wali Kota
    ['sekda', 'walikota', null],
  ] as const)('%s is evaluated by %s, whose atasan is %s', async (who, penilai, atasan) => {
    const res = await (await as(who)).get('/api/v1/pegawai/saya');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.id).toBe(t.fx.p[who]);
    expect(body.pejabatPenilai?.pegawaiId ?? null).toBe(t.fx.p[penilai]);
    expect(body.atasanPejabatPenilai?.pegawaiId ?? null).toBe(atasan ? t.fx.p[atasan] : null);
  });

  it('shows the unit path and the OPD', async () => {
    const body = (await (await as('stafA')).get('/api/v1/pegawai/saya')).json();
    expect(body.unit.jalurNama).toEqual(['Pemerintah Kota Uji', 'Dinas Kesehatan', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Seksi Surveilans']);
    expect(body.opd.nama).toBe('Dinas Kesehatan');
    expect(body.jabatan).toMatchObject({ nama: 'Pengelola Data Surveilans', jenis: 'pelaksana' });
  });
});

describe('scope: who may open whose profile (role AND place in the org tree)', () => {
  // actor → target → may see?
  const matrix: [keyof Fixture['p'], keyof Fixture['p'], boolean][] = [
    ['stafA', 'stafA', true], // own record
    ['stafA', 'stafB', false], // a colleague
    ['stafA', 'kasiSurv', false], // own atasan's record is not theirs
    ['kasiSurv', 'stafA', true], // atasan → bawahan they evaluate
    ['kasiSurv', 'stafC', false], // bawahan of another seksi
    ['kabidP2p', 'kasiSurv', true],
    ['kabidP2p', 'stafC', true], // through the vacant kasi post
    ['kabidP2p', 'stafA', false], // evaluated by the kasi, not the kabid
    ['kadisKes', 'stafA', true], // pimpinan OPD: the whole OPD
    ['kadisKes', 'stafD', false], // another OPD
    ['kadisDik', 'stafD', true],
    ['kadisDik', 'dokter', false],
    ['analis', 'stafD', true], // admin BKPPD: the instansi
    ['auditor', 'dokter', true], // auditor: the instansi
    ['walikota', 'stafC', true],
    ['asing', 'stafA', false], // admin of another instansi
  ];
  it.each(matrix)('%s → %s : %s', async (actor, target, allowed) => {
    const res = await (await as(actor)).get(`/api/v1/pegawai/${t.fx.p[target]}`);
    expect(res.statusCode).toBe(allowed ? 200 : 404);
    if (!allowed) expect(res.json()).toEqual({ code: 'DATA.TIDAK_DITEMUKAN', message: 'Data tidak ditemukan.' });
  });

  it('a malformed id is a 400, not a 500', async () => {
    expect((await (await as('stafA')).get('/api/v1/pegawai/123')).statusCode).toBe(400);
  });
});

describe('pegawai list follows the same scope', () => {
  const ids = async (who: keyof Fixture['p'], q = '') => {
    const res = await (await as(who)).get(`/api/v1/pegawai?pageSize=200${q}`);
    expect(res.statusCode).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };
  const of = (...keys: (keyof Fixture['p'])[]) => keys.map((k) => t.fx.p[k]).sort();

  it('pegawai: only self', async () => expect(await ids('stafA')).toEqual(of('stafA')));
  it('kasi: self and the two staf', async () => expect(await ids('kasiSurv')).toEqual(of('kasiSurv', 'stafA', 'stafB')));
  it('kabid: self, both kasi posts’ reach (kasi surveilans, and staf C through the vacancy)', async () =>
    expect(await ids('kabidP2p')).toEqual(of('kabidP2p', 'kasiSurv', 'stafC')));
  it('pimpinan OPD: every pegawai of the OPD, including the retired one', async () =>
    expect(await ids('kadisKes')).toEqual(of('kadisKes', 'kabidP2p', 'kasiSurv', 'stafA', 'stafB', 'stafC', 'dokter', 'pensiunan')));
  it('admin: the whole instansi and nobody of another', async () => {
    const all = await ids('analis');
    expect(all).toHaveLength(16);
    expect(all).not.toContain(t.fx.p.asing);
  });
  it('searches by NIP prefix and by name', async () => {
    expect(await ids('analis', `&q=${t.fx.u.stafB}`)).toEqual(of('stafB'));
    expect(await ids('analis', '&q=staf%20d')).toEqual(of('stafD'));
  });
  it('paginates with a total', async () => {
    const res = (await (await as('analis')).get('/api/v1/pegawai?pageSize=5&page=2')).json();
    expect(res).toMatchObject({ total: 16, page: 2, pageSize: 5 });
    expect(res.items).toHaveLength(5);
    expect((await (await as('analis')).get('/api/v1/pegawai?pageSize=500')).statusCode).toBe(400);
  });
});
