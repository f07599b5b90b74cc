// Per-instansi penilaian settings through HTTP on SQLite and PostgreSQL (DOMAIN.md §2.4–2.5): the defaults (keberatan
// within 14 calendar days, the curve judged from n = 5); every signed-in user reads them, admin BKPPD alone writes them
// (audited, before/after; range checks answer 400 in Indonesian naming the field); and they apply to the next request:
// with nMinimumKurva = 3 a 3-person board that deviates needs a justification, and with hariKeberatan = 7 a keberatan
// on day 7 is accepted and on day 8 refused.
// Chain (server/test/factories.ts): Kabid P2P ← Kasi Surveilans ← Staf A, Staf B (Seksi Surveilans). The clock starts
// Sunday 29 Nov 2026 10:00 WITA, in Triwulan IV 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlurPenilaian, type PenilaianUji, type Siapa, siapkanPenilaian } from '../../../test/penilaian-alur.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let alur: AlurPenilaian;
let q4: string;
const nilai: Record<'kasi' | 'stafA' | 'stafB', PenilaianUji> = {} as never;
const SEKARANG = new Date('2026-11-29T02:00:00Z');

const URL = '/api/v1/penilaian/pengaturan';
const BAWAAN = { hariKeberatan: 14, nMinimumKurva: 5 };
type Papan = { kurva: { n: number; nMinimum: number; sesuai: boolean; hanyaInformasi: boolean } | null; perluJustifikasi: boolean; hariKeberatan: number; versi: number | null; status: string };

const put = async (who: Siapa, payload: unknown) => (await alur.as(who)).request({ method: 'PUT', url: URL, payload: payload as object });
const papanUrl = (unit: string) => `/api/v1/kalibrasi/${q4}/unit/${unit}`;
const papan = async (who: Siapa) => (await (await alur.as(who)).get(papanUrl(t.fx.unit.surveilans))).json() as Papan;
const auditPengaturan = () => t.ctx.db.selectFrom('audit_log').select(['ringkasan']).where('aksi', '=', 'PENGATURAN_PENILAIAN_DIUBAH').execute();

/** Runs `fn` at another instant with fresh sessions (12-hour sessions), then returns to SEKARANG. */
async function pada(iso: string, fn: () => Promise<void>) {
  alur.lupakanSesi();
  t.clock.now = new Date(iso);
  try {
    await fn();
  } finally {
    t.clock.now = SEKARANG;
    alur.lupakanSesi();
  }
}

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  q4 = alur.periode.q4.id;
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Tersedianya data surveilans penyakit', rhkAtasanId: alur.rhkKabidId }]);
  for (const who of ['stafA', 'stafB'] as const) await alur.skpDisetujui(who, 'kasiSurv', [{ uraian: `Laporan surveilans ${who}`, rhkAtasanId: kasi.rhk[0]!.id }]);
  nilai.kasi = await alur.sampaiDinilai('kasiSurv', 'kabidP2p', q4, 'sesuai', 'di_atas');
  nilai.stafA = await alur.sampaiDinilai('stafA', 'kasiSurv', q4, 'di_atas', 'di_atas');
  nilai.stafB = await alur.sampaiDinilai('stafB', 'kasiSurv', q4, 'sesuai', 'sesuai');
}, 120_000);
afterAll(async () => t?.close());

describe('pengaturan penilaian', () => {
  it('answers the DOMAIN defaults to any signed-in user while the instansi has not saved its own', async () => {
    for (const who of ['stafA', 'auditor', 'analis'] as const) {
      const res = await (await alur.as(who)).get(URL);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect(res.json()).toEqual({ ...BAWAAN, bawaan: true, diubahPada: null });
    }
  });

  it('only admin BKPPD writes: pegawai, pimpinan and auditor get 403', async () => {
    for (const who of ['stafA', 'kabidP2p', 'auditor'] as const) {
      const res = await put(who, { hariKeberatan: 7, nMinimumKurva: 3 });
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
      expect(res.json().code).toBe('AKSES.DITOLAK');
    }
    expect(await auditPengaturan()).toHaveLength(0);
  });

  it.each([
    ['hariKeberatan', { hariKeberatan: 0 }, 'minimal 1'],
    ['hariKeberatan', { hariKeberatan: 61 }, 'maksimal 60'],
    ['hariKeberatan', { hariKeberatan: 7.5 }, 'bilangan bulat'],
    ['nMinimumKurva', { nMinimumKurva: 0 }, 'minimal 1'],
    ['nMinimumKurva', { nMinimumKurva: 51 }, 'maksimal 50'],
    ['nMinimumKurva', { nMinimumKurva: 'lima' }, 'wajib berupa angka'],
  ])('%s out of range → 400 in Indonesian naming the field (%o)', async (field, over, pesan) => {
    const res = await put('analis', { ...BAWAAN, ...over });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('VALIDASI.GAGAL');
    const detail = (res.json().details as { path: string; message: string }[]).find((d) => d.path === field);
    expect(detail, JSON.stringify(res.json().details)).toBeDefined();
    expect(detail!.message).toContain(pesan);
  });

  it('with the default minimum a deviating 3-person board is information only', async () => {
    const set = await (await alur.as('kabidP2p')).request({ method: 'PUT', url: `${papanUrl(t.fx.unit.surveilans)}/predikat`, payload: { versi: null, predikatOrganisasi: 'baik' } });
    expect(set.statusCode, set.body).toBe(200);
    const p = await papan('kabidP2p');
    expect(p.kurva).toMatchObject({ n: 3, nMinimum: 5, sesuai: false, hanyaInformasi: true });
    expect(p).toMatchObject({ perluJustifikasi: false, hariKeberatan: 14 });
  });

  it('admin changes them: audited before/after, read back by everyone; saving the same values writes nothing', async () => {
    const res = await put('analis', { hariKeberatan: 7, nMinimumKurva: 3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ hariKeberatan: 7, nMinimumKurva: 3, bawaan: false, diubahPada: SEKARANG.toISOString() });
    expect((await (await alur.as('stafB')).get(URL)).json()).toMatchObject({ hariKeberatan: 7, nMinimumKurva: 3, bawaan: false });
    const audit = await auditPengaturan();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.ringkasan)).toEqual({ sebelum: { ...BAWAAN, bawaan: true }, sesudah: { hariKeberatan: 7, nMinimumKurva: 3 } });
    expect((await put('analis', { hariKeberatan: 7, nMinimumKurva: 3 })).statusCode).toBe(200);
    expect(await auditPengaturan()).toHaveLength(1);
  });

  it('with nMinimumKurva = 3 the same 3-person board is judged: penetapan needs a justification', async () => {
    const p = await papan('kabidP2p');
    expect(p.kurva).toMatchObject({ n: 3, nMinimum: 3, sesuai: false, hanyaInformasi: false });
    expect(p).toMatchObject({ perluJustifikasi: true, hariKeberatan: 7 });
    const daftar = (await (await alur.as('kabidP2p')).get(`/api/v1/kalibrasi?periodeId=${q4}`)).json() as { units: { unit: { id: string }; kurva: Papan['kurva'] }[] };
    expect(daftar.units.find((u) => u.unit.id === t.fx.unit.surveilans)!.kurva).toMatchObject({ n: 3, nMinimum: 3, hanyaInformasi: false });

    const tanpa = await (await alur.as('kabidP2p')).post(`${papanUrl(t.fx.unit.surveilans)}/tetapkan`, { versi: p.versi });
    expect(tanpa.statusCode, tanpa.body).toBe(400);
    expect(tanpa.json().code).toBe('KALIBRASI.JUSTIFIKASI_WAJIB');
    const dengan = await (await alur.as('kabidP2p')).post(`${papanUrl(t.fx.unit.surveilans)}/tetapkan`, { versi: p.versi, justifikasi: 'Tidak ada pegawai seksi yang kinerjanya di bawah ekspektasi pada triwulan ini.' });
    expect(dengan.statusCode, dengan.body).toBe(200);
    expect(dengan.json()).toMatchObject({ status: 'ditetapkan', perluJustifikasi: false });
  });

  it('with hariKeberatan = 7 the window ends on day 7 (Sun 6 Dec): accepted then', async () => {
    await pada('2026-12-06T15:59:00.000Z', async () => {
      const s = await (await alur.as('stafA')).get(`/api/v1/penilaian/${nilai.stafA.id}/keberatan`);
      expect(s.json()).toMatchObject({ bolehAjukan: true, batas: { tanggalTerakhir: '2026-12-06', sisaHari: 1 } });
      const r = await (await alur.as('stafA')).post('/api/v1/keberatan', { penilaianId: nilai.stafA.id, alasan: 'Realisasi saya melampaui target.', bukti: 'Laporan triwulan' });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ status: 'diajukan', tanggalTerakhir: '2026-12-06' });
    });
  });

  it('… and on day 8 (Mon 7 Dec) a keberatan is refused, naming the date and the 7 days', async () => {
    await pada('2026-12-07T02:00:00.000Z', async () => {
      const s = await (await alur.as('stafB')).get(`/api/v1/penilaian/${nilai.stafB.id}/keberatan`);
      expect(s.json()).toMatchObject({ bolehAjukan: false, alasanTidakBoleh: 'BATAS_LEWAT', batas: { tanggalTerakhir: '2026-12-06', sisaHari: 0 } });
      const r = await (await alur.as('stafB')).post('/api/v1/keberatan', { penilaianId: nilai.stafB.id, alasan: 'Predikat saya seharusnya lebih tinggi.', bukti: 'Laporan triwulan' });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json()).toMatchObject({ code: 'KEBERATAN.BATAS_LEWAT', details: { tanggalTerakhir: '2026-12-06', hari: 7 } });
      expect(r.json().message).toContain('6 Desember 2026');
      expect(r.json().message).toContain('7 hari');
    });
  });
});
