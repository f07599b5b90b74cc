// Saving an SKP keeps the ids of the RHK and indicators sent back (aktivitas link to RHK; realisasi and the penilai's
// judgements of penilaian point at indicators), on SQLite and PostgreSQL. An indicator id of another SKP is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
let periodeId: string;

type Skp = { id: string; versi: number; rhk: { id: string; indikator: { id: string; uraian: string; targetTeks: string }[] }[] };
const ind = (uraian: string, target: number, extra: Record<string, unknown> = {}) => ({ aspek: 'kuantitas', uraian, targetAngka: target, targetSatuan: 'Dokumen', ...extra });

async function simpan(who: keyof Fixture['p'], skp: Skp, rhk: unknown[]) {
  return (await as(who)).request({ method: 'PUT', url: `/api/v1/skp/${skp.id}`, payload: { versi: skp.versi, pendekatan: 'kuantitatif', rhk } });
}

beforeAll(async () => {
  t = await createTestApp();
  const p = await (await login(t.app, t.fx.u.analis!)).post('/api/v1/skp/periode', { tahun: 2026 });
  expect(p.statusCode, p.body).toBe(201);
  periodeId = p.json().id;
});
afterAll(async () => t.close());

describe('SKP content ids', () => {
  it('keeps the indicator ids sent back, replaces the others, and refuses a foreign one', async () => {
    const baru = await (await as('stafA')).post('/api/v1/skp', { periodeId });
    expect(baru.statusCode, baru.body).toBe(201);
    const r1 = await simpan('stafA', baru.json(), [{ jenis: 'utama', uraian: 'Tersusunnya laporan surveilans', indikator: [ind('Jumlah laporan', 12), ind('Jumlah kajian', 2)] }]);
    expect(r1.statusCode, r1.body).toBe(200);
    const s1 = r1.json() as Skp;
    const [a, b] = s1.rhk[0]!.indikator;

    // a changes its target and keeps its id; b is dropped; c is new
    const r2 = await simpan('stafA', s1, [{ id: s1.rhk[0]!.id, jenis: 'utama', uraian: 'Tersusunnya laporan surveilans', indikator: [ind('Jumlah laporan', 24, { id: a!.id }), ind('Jumlah rapat', 4)] }]);
    expect(r2.statusCode, r2.body).toBe(200);
    const s2 = r2.json() as Skp;
    expect(s2.rhk[0]!.id).toBe(s1.rhk[0]!.id);
    expect(s2.rhk[0]!.indikator.map((k) => [k.id === a!.id, k.uraian, k.targetTeks])).toEqual([
      [true, 'Jumlah laporan', '24 Dokumen'],
      [false, 'Jumlah rapat', '4 Dokumen'],
    ]);
    expect(s2.rhk[0]!.indikator.some((k) => k.id === b!.id)).toBe(false);

    // an indicator of someone else's SKP: refused, nothing changes
    const lain = await (await as('stafB')).post('/api/v1/skp', { periodeId });
    const lainIsi = (await simpan('stafB', lain.json(), [{ jenis: 'utama', uraian: 'Terlaksananya imunisasi dasar', indikator: [ind('Jumlah bayi', 100)] }])).json() as Skp;
    const asing = await simpan('stafA', s2, [{ id: s2.rhk[0]!.id, jenis: 'utama', uraian: 'Tersusunnya laporan surveilans', indikator: [ind('Jumlah laporan', 24, { id: lainIsi.rhk[0]!.indikator[0]!.id })] }]);
    expect(asing.statusCode).toBe(400);
    expect(asing.json().code).toBe('VALIDASI.GAGAL');
    const tetap = (await (await as('stafA')).get(`/api/v1/skp/${s2.id}`)).json() as Skp;
    expect(tetap.versi).toBe(s2.versi);
    expect(tetap.rhk[0]!.indikator.map((k) => k.id)).toEqual(s2.rhk[0]!.indikator.map((k) => k.id));
  });
});
