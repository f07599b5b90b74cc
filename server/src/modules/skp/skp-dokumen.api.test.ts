// The SKP PDF and the public verification of its code (DOMAIN.md §2.7), through the real API on the "Kota Uji"
// fixture: Staf A (Seksi Surveilans) is evaluated by the Kasi Surveilans; Staf D (Dinas Pendidikan) and the Kadis
// Pendidikan have nothing to do with them. Clock 2026-11-29T02:00Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SkpDetail } from '../../../../contracts/skp.ts';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';
import { terbitkanDokumen } from '../dokumen/dokumen.service.ts';
import { teksPdf } from '../dokumen/pdf-teks.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
let periodeId: string;
let rhkKasiId: string;

const rata = (s: string) => s.replace(/\s+/g, ' ');

async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

const indikator = [
  { aspek: 'kuantitas', uraian: 'Jumlah laporan surveilans mingguan', targetAngka: 52, targetSatuan: 'Laporan' },
  { aspek: 'waktu', uraian: 'Ketepatan waktu pelaporan', targetAngka: 12, targetSatuan: 'Bulan' },
];

/** A draft of the pegawai with one RHK linked to the Kasi's RHK (ready to submit). */
async function skpSiapAjukan(who: 'stafA' | 'stafB', uraian: string): Promise<SkpDetail> {
  const c = await as(who);
  const baru = await ok<SkpDetail>(c.post('/api/v1/skp', { periodeId }), 201);
  return ok<SkpDetail>(c.request({ method: 'PUT', url: `/api/v1/skp/${baru.id}`, payload: { versi: baru.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian, rhkAtasanId: rhkKasiId, indikator }] } }));
}

async function aksi(who: keyof Fixture['p'], skpId: string, a: string, catatan?: string): Promise<SkpDetail> {
  const c = await as(who);
  const now = await ok<SkpDetail>(c.get(`/api/v1/skp/${skpId}`));
  return ok<SkpDetail>(c.post(`/api/v1/skp/${skpId}/aksi`, { aksi: a, versi: now.versi, ...(catatan ? { catatan } : {}) }));
}

async function pdf(who: keyof Fixture['p'], skpId: string) {
  const res = await (await as(who)).get(`/api/v1/skp/${skpId}/pdf`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return { res, teks: rata(teksPdf(res.rawPayload).teks) };
}

const kodeDi = (teks: string) => /Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(teks)?.[1] ?? null;
const verifikasi = (kode: string, ip = '203.0.113.7') => t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/${encodeURIComponent(kode)}`, headers: { 'x-forwarded-for': ip } });
const dokumenRows = () => t.ctx.db.selectFrom('dokumen').selectAll().orderBy('diterbitkan_pada').execute();

beforeAll(async () => {
  t = await createTestApp();
  periodeId = (await ok<{ id: string }>((await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 }), 201)).id;
  // the penilai's own SKP (draft is enough to link to)
  const kasi = await as('kasiSurv');
  const skpKasi = await ok<SkpDetail>(kasi.post('/api/v1/skp', { periodeId }), 201);
  const isi = await ok<SkpDetail>(kasi.request({
    method: 'PUT',
    url: `/api/v1/skp/${skpKasi.id}`,
    payload: { versi: skpKasi.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Terlaksananya surveilans penyakit menular di Kota Uji', indikator }] },
  }));
  rhkKasiId = isi.rhk[0]!.id;
});
afterAll(async () => t?.close());

describe('GET /api/v1/skp/:id/pdf', () => {
  let skpId: string;
  let nip: string;

  it('the owner downloads the draft: a valid PDF, watermarked DRAF, without a code; nothing is issued', async () => {
    const d = await skpSiapAjukan('stafA', 'Tersusunnya laporan surveilans penyakit menular mingguan — cakupan ≥ 95 %');
    skpId = d.id;
    nip = d.pegawai.nip!;
    const { res, teks } = await pdf('stafA', skpId);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="SKP-2026-${nip}.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(teks).toContain('SASARAN KINERJA PEGAWAI');
    expect(teks).toContain('Tersusunnya laporan surveilans penyakit menular mingguan — cakupan ≥ 95 %');
    expect(teks).toContain('Terlaksananya surveilans penyakit menular di Kota Uji');
    expect(teks).toContain('Jumlah laporan surveilans mingguan');
    expect(teks).toContain('52 Laporan');
    expect(teks).toContain('Pemerintah Kota Uji'.toUpperCase());
    expect(teks).toContain('Uji, 29 November 2026');
    expect(teks).toContain('DRAF');
    expect(kodeDi(teks)).toBeNull();
    expect(await dokumenRows()).toHaveLength(0);
  });

  it('the penilai and those who may see the pegawai download it; anyone else gets 404, no session 401', async () => {
    await pdf('kasiSurv', skpId);
    await pdf('kadisKes', skpId);
    await pdf('analis', skpId);
    for (const who of ['stafD', 'kadisDik', 'stafB'] as const) {
      const res = await (await as(who)).get(`/api/v1/skp/${skpId}/pdf`);
      expect(res.statusCode, who).toBe(404);
      expect(res.json()).toMatchObject({ code: 'DATA.TIDAK_DITEMUKAN' });
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/skp/${skpId}/pdf` })).statusCode).toBe(401);
    expect((await (await as('stafA')).get('/api/v1/skp/not-an-id/pdf')).statusCode).toBe(400);
  });

  let kodeLama: string;

  it('an approved SKP carries a verification code that the public page confirms as genuine and current', async () => {
    await aksi('stafA', skpId, 'ajukan');
    const disetujui = await aksi('kasiSurv', skpId, 'setujui');
    expect(disetujui.status).toBe('disetujui');

    const { teks } = await pdf('stafA', skpId);
    const kode = kodeDi(teks);
    expect(kode).not.toBeNull();
    kodeLama = kode!;
    expect(teks).not.toContain('DRAF');
    expect(teks).toContain(`/verifikasi/${kode}`);
    expect(teks).toContain(nip.slice(0, 8));
    // with KINERJA_PUBLIC_URL set, the printed link uses it instead of the request's host (same code: same versi)
    t.ctx.config.publicUrl = 'https://kinerja.contoh.go.id';
    try {
      const ulang = await pdf('stafA', skpId);
      expect(ulang.teks).toContain(`https://kinerja.contoh.go.id/verifikasi/${kode}`);
    } finally {
      t.ctx.config.publicUrl = undefined;
    }

    const v = await verifikasi(kode!);
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json()).toMatchObject({
      kode,
      jenis: 'skp',
      judul: 'SKP 2026 — Staf A',
      instansi: 'Pemerintah Kota Uji',
      pegawaiNama: 'Staf A',
      nipTersamar: `${nip.slice(0, 8)} ****** * ${nip.slice(15)}`,
      status: 'berlaku',
      digantiPada: null,
      diterbitkanPada: '2026-11-29T02:00:00.000Z',
    });
    expect(v.json().ringkasan).toBe('Periode 1 Januari 2026 – 31 Desember 2026; 1 RHK; disetujui 29 November 2026; pejabat penilai Kasi Surveilans');
    // the full NIP never leaves on the public page
    expect(v.body).not.toContain(nip);

    // downloading again (anyone entitled) gives the same code; one row, one audit entry
    expect(kodeDi((await pdf('kasiSurv', skpId)).teks)).toBe(kode);
    expect(kodeDi((await pdf('stafA', skpId)).teks)).toBe(kode);
    expect(await dokumenRows()).toHaveLength(1);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'entitas_id', 'aktor_nama']).where('aksi', '=', 'DOKUMEN_DITERBITKAN').execute();
    expect(audit).toEqual([{ aksi: 'DOKUMEN_DITERBITKAN', entitas_id: kode, aktor_nama: 'Staf A' }]);
  });

  it('asking to reopen changes the versi, not the approved document: same code, still current', async () => {
    const d = await aksi('stafA', skpId, 'minta_buka', 'Ada RHK tambahan dari kepala seksi');
    expect(d.status).toBe('minta_buka');
    expect(kodeDi((await pdf('stafA', skpId)).teks)).toBe(kodeLama);
    expect((await verifikasi(kodeLama)).json()).toMatchObject({ status: 'berlaku' });
  });

  it('after reopen and re-approval the old code reads "diganti" and the new one "berlaku"', async () => {
    const dibuka = await aksi('kasiSurv', skpId, 'terima_buka');
    expect(dibuka.status).toBe('draft');
    // while it is being revised the PDF is a draft again, and the last approved document is still the current one
    expect(kodeDi((await pdf('stafA', skpId)).teks)).toBeNull();
    expect((await verifikasi(kodeLama)).json()).toMatchObject({ status: 'berlaku' });

    t.clock.now = new Date('2026-11-29T02:05:00Z');
    await aksi('stafA', skpId, 'ajukan');
    await aksi('kasiSurv', skpId, 'setujui');
    const kodeBaru = kodeDi((await pdf('kasiSurv', skpId)).teks);
    expect(kodeBaru).not.toBeNull();
    expect(kodeBaru).not.toBe(kodeLama);

    expect((await verifikasi(kodeLama)).json()).toMatchObject({ status: 'diganti', digantiPada: '2026-11-29T02:05:00.000Z' });
    expect((await verifikasi(kodeBaru!)).json()).toMatchObject({ status: 'berlaku', digantiPada: null, diterbitkanPada: '2026-11-29T02:05:00.000Z' });
    expect(await dokumenRows()).toHaveLength(2);
  });

  it('two downloads of a freshly approved SKP at the same moment issue one code', async () => {
    const d = await skpSiapAjukan('stafB', 'Terverifikasinya data kasus penyakit menular');
    await aksi('stafB', d.id, 'ajukan');
    await aksi('kasiSurv', d.id, 'setujui');
    const hasil = await Promise.all([pdf('stafB', d.id), pdf('kasiSurv', d.id), pdf('stafB', d.id)]);
    const kode = new Set(hasil.map((h) => kodeDi(h.teks)));
    expect(kode.size).toBe(1);
    expect([...kode][0]).not.toBeNull();
    expect((await dokumenRows()).filter((r) => r.ref_id === d.id)).toHaveLength(1);
  });
});

describe('terbitkanDokumen (the register, for any record)', () => {
  it('one code per version; an older version printed late is born superseded; sahSejak keeps the current code', async () => {
    const refId = newId();
    const terbit = (refVersi: number, sahSejak: string | null = null) =>
      t.ctx.db.transaction().execute((trx) =>
        terbitkanDokumen({ ...t.ctx, db: trx }, trx, { instansiId: t.fx.instansiId, jenis: 'skp', refId, refVersi, pegawaiId: t.fx.p.stafC, judul: 'SKP 2026 — Staf C', ringkasan: 'uji', pelaku: { akunId: null, namaTampilan: 'sistem', instansiId: t.fx.instansiId }, sahSejak }),
      );
    const status = async (kode: string) => ((await verifikasi(kode)).json() as { status: string }).status;
    const v2 = await terbit(2);
    expect(v2.baru).toBe(true);
    expect(await terbit(2)).toEqual({ ...v2, baru: false });
    // a request that read version 1 before version 2 was issued
    const v1 = await terbit(1);
    expect(v1.kode).not.toBe(v2.kode);
    expect(await status(v1.kode)).toBe('diganti');
    expect(await status(v2.kode)).toBe('berlaku');
    // version 3 without new content since v2 was issued (e.g. a reopening asked): the same document
    expect((await terbit(3, v2.diterbitkanPada)).kode).toBe(v2.kode);
    // version 4 approved after v2 was issued: a new code supersedes v2
    t.clock.now = new Date(new Date(v2.diterbitkanPada).getTime() + 60_000);
    const v4 = await terbit(4, new Date(new Date(v2.diterbitkanPada).getTime() + 1_000).toISOString());
    expect(v4.kode).not.toBe(v2.kode);
    expect(await status(v2.kode)).toBe('diganti');
    expect(await status(v4.kode)).toBe('berlaku');
  });
});

describe('GET /api/v1/verifikasi/:kode (public)', () => {
  it('forgives case, missing dashes and look-alike letters', async () => {
    const [row] = await dokumenRows();
    const k = row!.kode;
    for (const typed of [k, k.toLowerCase(), `${k.slice(0, 4)} ${k.slice(4, 8)} ${k.slice(8)}`, k.replace(/0/g, 'O').replace(/1/g, 'l')]) {
      const v = await verifikasi(typed);
      expect(v.statusCode, typed).toBe(200);
      expect(v.json().kode).toBe(`${k.slice(0, 4)}-${k.slice(4, 8)}-${k.slice(8)}`);
    }
  });

  it('a malformed code is a 400 with a clear message; an unknown one 404 DOKUMEN.KODE_TIDAK_DIKENAL', async () => {
    for (const bad of ['ABC', 'ABCD-EFGH-JKMU', 'ABCD-EFGH-JKMN-PQRS', 'ABCD-EFGH-JK#N']) {
      const v = await verifikasi(bad);
      expect(v.statusCode, bad).toBe(400);
      expect(v.json()).toMatchObject({ code: 'VALIDASI.GAGAL', message: expect.stringContaining('12 huruf/angka') });
    }
    const v = await verifikasi('ZZZZ-ZZZZ-ZZZZ');
    expect(v.statusCode).toBe(404);
    expect(v.json()).toMatchObject({ code: 'DOKUMEN.KODE_TIDAK_DIKENAL', message: 'Kode verifikasi tidak dikenal. Periksa kembali kode pada dokumen.' });
  });

  it('is rate-limited per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await verifikasi('ZZZZ-ZZZZ-ZZZZ', '198.51.100.9')).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 404)).toBe(true);
    expect(codes[60]).toBe(429);
    // another address is not affected
    expect((await verifikasi('ZZZZ-ZZZZ-ZZZZ', '198.51.100.10')).statusCode).toBe(404);
  });
});
