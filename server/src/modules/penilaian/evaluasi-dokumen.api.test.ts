// The Dokumen Evaluasi Kinerja Pegawai (DOMAIN.md §2.7) through the real API on the "Kota Uji" fixture: Staf A and
// Staf B (Seksi Surveilans) are evaluated by the Kasi Surveilans, whose penilai is the Kabid P2P. A rated record prints
// as a DRAF without a code; a finalised one carries a code the public page confirms; a new version (keberatan
// decision) supersedes it. Clock 2026-11-29T02:00Z (Triwulan IV 2026 open).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { type AlurPenilaian, type PenilaianUji, type Siapa, siapkanPenilaian } from '../../../test/penilaian-alur.ts';
import { newId } from '../../ids.ts';
import { teksPdf } from '../dokumen/pdf-teks.ts';

let t: TestApp;
let alur: AlurPenilaian;
let rhkKasiId: string;

const rata = (s: string) => s.replace(/\s+/g, ' ');
const kodeDi = (teks: string) => /Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(teks)?.[1] ?? null;
const verifikasi = (kode: string) => t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/${encodeURIComponent(kode)}`, headers: { 'x-forwarded-for': '203.0.113.9' } });
const dokumenRows = (refId: string) => t.ctx.db.selectFrom('dokumen').selectAll().where('ref_id', '=', refId).orderBy('ref_versi').execute();

async function unduh(who: Siapa, id: string) {
  const res = await (await alur.as(who)).get(`/api/v1/penilaian/${id}/pdf`);
  expect(res.statusCode, `${who}: ${res.body.slice(0, 300)}`).toBe(200);
  return { res, teks: rata(teksPdf(res.rawPayload).teks) };
}

/** Finalised directly (penilaian-alur.ts tetapkanLangsung) by the Kabid P2P: what it does to the row is fixed by issue 6. */
const tetapkanLangsung = (id: string, pada: string) => alur.tetapkanLangsung(id, pada, 'kabidP2p');

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Terlaksananya surveilans penyakit menular', rhkAtasanId: alur.rhkKabidId }]);
  rhkKasiId = kasi.rhk[0]!.id;
  await alur.skpDisetujui('stafA', 'kasiSurv', [
    { uraian: 'Tersusunnya laporan surveilans mingguan — cakupan ≥ 95 %', rhkAtasanId: rhkKasiId },
    { jenis: 'tambahan', uraian: 'Terlaksananya pendampingan kader posyandu', rhkAtasanId: rhkKasiId },
  ]);
  await alur.skpDisetujui('stafB', 'kasiSurv', [{ uraian: 'Terkelolanya data kasus penyakit menular', rhkAtasanId: rhkKasiId }]);
});
afterAll(async () => t?.close());

describe('GET /api/v1/penilaian/:id/pdf', () => {
  let d: PenilaianUji;

  it('before the penilai has rated it there is nothing to print (400 PENILAIAN.STATUS)', async () => {
    const draf = await alur.buka('stafA', alur.periode.q4.id);
    const res = await (await alur.as('stafA')).get(`/api/v1/penilaian/${draf.id}/pdf`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'PENILAIAN.STATUS' });
  });

  it('a rated record (dinilai) prints as a DRAF without a code, with the unit distribution and the results; nothing is issued', async () => {
    d = await alur.sampaiDinilai('stafA', 'kasiSurv', alur.periode.q4.id, 'di_atas', 'di_atas');
    expect(d.predikat).toBe('sangat_baik');
    await alur.sampaiDinilai('stafB', 'kasiSurv', alur.periode.q4.id, 'sesuai', 'sesuai');
    const { res, teks } = await unduh('stafA', d.id);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Evaluasi-Kinerja-Triwulan-IV-2026-');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: TRIWULAN IV 2026',
      'PEMERINTAH KOTA UJI',
      'PERIODE PENILAIAN: 1 OKTOBER 2026 – 31 DESEMBER 2026',
      'Staf A',
      'Kasi Surveilans',
      'ATASAN PEJABAT PENILAI KINERJA',
      'Kabid P2P',
      // no predikat organisasi set for the seksi yet
      'CAPAIAN KINERJA ORGANISASI -',
      'POLA DISTRIBUSI',
      '2 pegawai dinilai',
      '(predikat pegawai ini)',
      'Tersusunnya laporan surveilans mingguan — cakupan ≥ 95 %',
      'Terlaksananya surveilans penyakit menular',
      'Umpan balik penilai',
      'RATING HASIL KERJA DI ATAS EKSPEKTASI',
      'Ramah dan cepat melayani',
      'RATING PERILAKU KERJA DI ATAS EKSPEKTASI',
      'PREDIKAT KINERJA PEGAWAI SANGAT BAIK',
      'Uji, 29 November 2026',
      'DRAF — penilaian ini belum ditetapkan dan bukan dokumen resmi.',
    ]) expect(teks, s).toContain(s);
    expect(kodeDi(teks)).toBeNull();
    // not a jabatan fungsional: no angka kredit line
    expect(teks).not.toContain('ANGKA KREDIT');
    expect(await dokumenRows(d.id)).toHaveLength(0);
  });

  it('the owner, the penilai, the atasan penilai and those who may see the pegawai print it; anyone else 404, no session 401', async () => {
    for (const who of ['stafA', 'kasiSurv', 'kabidP2p', 'kadisKes', 'analis', 'walikota'] as const) await unduh(who, d.id);
    for (const who of ['stafB', 'stafD', 'kadisDik', 'asing'] as const) {
      const res = await (await alur.as(who)).get(`/api/v1/penilaian/${d.id}/pdf`);
      expect(res.statusCode, who).toBe(404);
      expect(res.json()).toMatchObject({ code: 'DATA.TIDAK_DITEMUKAN' });
    }
    expect((await (await alur.as('stafA')).get(`/api/v1/penilaian/${newId()}/pdf`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/penilaian/${d.id}/pdf` })).statusCode).toBe(401);
    expect((await (await alur.as('stafA')).get('/api/v1/penilaian/bukan-id/pdf')).statusCode).toBe(400);
  });

  let kodeLama: string;

  it('a finalised record carries a code that verifies as genuine and current; the unit predikat organisasi is printed', async () => {
    // the pimpinan's predikat organisasi for the seksi (kalibrasi, helper A), written directly for the same reason
    const iso = t.clock.now.toISOString();
    await t.ctx.db.insertInto('penilaian_unit').values({
      id: newId(), instansi_id: t.fx.instansiId, periode_id: alur.periode.q4.id, unit_id: t.fx.unit.surveilans, predikat_organisasi: 'baik', catatan_predikat: null,
      predikat_oleh: t.fx.p.kabidP2p, predikat_pada: iso, status: 'terbuka', justifikasi: null, sebaran_penetapan: null, n_penetapan: null, sesuai_kurva: null,
      ditetapkan_pada: null, ditetapkan_oleh: null, dibuat_pada: iso, diubah_pada: iso,
    }).execute();
    // finalised the evening before (WITA 28 November)
    await tetapkanLangsung(d.id, '2026-11-28T12:00:00.000Z');

    const { teks } = await unduh('stafA', d.id);
    const kode = kodeDi(teks);
    expect(kode).not.toBeNull();
    kodeLama = kode!;
    expect(teks).not.toContain('DRAF');
    expect(teks).toContain(`/verifikasi/${kode}`);
    expect(teks).toContain('CAPAIAN KINERJA ORGANISASI BAIK');
    expect(teks).toContain('Uji, 28 November 2026');

    const v = await verifikasi(kode!);
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json()).toMatchObject({
      kode,
      jenis: 'evaluasi_periodik',
      judul: 'Dokumen Evaluasi Kinerja Pegawai — Triwulan IV 2026',
      instansi: 'Pemerintah Kota Uji',
      pegawaiNama: 'Staf A',
      status: 'berlaku',
      digantiPada: null,
    });
    expect(v.json().ringkasan).toContain('Predikat: Sangat Baik');
    const rows = await dokumenRows(d.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ jenis: 'evaluasi_periodik', ref_versi: d.versi + 1, pegawai_id: t.fx.p.stafA });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'entitas_id']).where('aksi', '=', 'DOKUMEN_DITERBITKAN').where('entitas_id', '=', kode!).execute();
    expect(audit).toHaveLength(1);
  });

  it('printing again — by anyone who may — gives the same code and issues nothing new', async () => {
    for (const who of ['stafA', 'kasiSurv', 'analis'] as const) expect(kodeDi((await unduh(who, d.id)).teks), who).toBe(kodeLama);
    expect(await dokumenRows(d.id)).toHaveLength(1);
  });

  it('a new version (keberatan decided) issues a new code and the old one reads diganti', async () => {
    // what the keberatan decision (helper C) leaves behind: the decided keberatan and the record's versi + 1
    const iso = t.clock.now.toISOString();
    await t.ctx.db.insertInto('penilaian_keberatan').values({
      id: newId(), instansi_id: t.fx.instansiId, penilaian_id: d.id, pegawai_id: t.fx.p.stafA, penilai_id: t.fx.p.kasiSurv, atasan_penilai_id: t.fx.p.kabidP2p,
      alasan: 'Laporan pendampingan belum diperhitungkan', bukti: null, rating_hasil_semula: 'di_atas', rating_perilaku_semula: 'di_atas', predikat_semula: 'sangat_baik',
      status: 'diputus', pertanyaan: null, penjelasan_diminta_pada: null, penjelasan_pegawai: null, penjelasan_pegawai_pada: null, penjelasan_penilai: null, penjelasan_penilai_pada: null,
      keputusan: 'tetap', alasan_keputusan: 'Penilaian sudah sesuai bukti dukung', rating_hasil_baru: null, rating_perilaku_baru: null, predikat_baru: null,
      diputus_pada: iso, diputus_oleh: t.fx.p.kabidP2p, diajukan_pada: iso, batas_pengajuan: '2026-12-12', dibuat_pada: iso, diubah_pada: iso,
    }).execute();
    const row = await t.ctx.db.selectFrom('penilaian').select('versi').where('id', '=', d.id).executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('penilaian').set({ versi: Number(row.versi) + 1 }).where('id', '=', d.id).execute();

    const { teks } = await unduh('stafA', d.id);
    const kodeBaru = kodeDi(teks);
    expect(kodeBaru).not.toBeNull();
    expect(kodeBaru).not.toBe(kodeLama);
    expect(teks).toContain('Keputusan atas keberatan: Tetap — Penilaian sudah sesuai bukti dukung');
    expect((await verifikasi(kodeBaru!)).json()).toMatchObject({ status: 'berlaku' });
    const lama = (await verifikasi(kodeLama)).json();
    expect(lama).toMatchObject({ status: 'diganti' });
    expect(lama.digantiPada).not.toBeNull();
    // the new version prints its own code again
    expect(kodeDi((await unduh('kasiSurv', d.id)).teks)).toBe(kodeBaru);
    expect(await dokumenRows(d.id)).toHaveLength(2);
  });

  it('the tahunan evaluation is issued as evaluasi_tahunan', async () => {
    const th = await alur.sampaiDinilai('stafA', 'kasiSurv', alur.periode.tahunan.id, 'sesuai', 'sesuai');
    const draf = await unduh('stafA', th.id);
    expect(draf.teks).toContain('PERIODE: TAHUNAN 2026');
    expect(draf.teks).toContain('PERIODE PENILAIAN: 1 JANUARI 2026 – 31 DESEMBER 2026');
    expect(kodeDi(draf.teks)).toBeNull();
    await tetapkanLangsung(th.id, t.clock.now.toISOString());
    const { teks } = await unduh('stafA', th.id);
    const kode = kodeDi(teks)!;
    expect((await verifikasi(kode)).json()).toMatchObject({ jenis: 'evaluasi_tahunan', judul: 'Dokumen Evaluasi Kinerja Pegawai — Tahunan 2026', status: 'berlaku' });
    expect(teks).toContain('PREDIKAT KINERJA PEGAWAI BAIK');
  });
});
