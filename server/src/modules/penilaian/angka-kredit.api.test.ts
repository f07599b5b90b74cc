// Angka kredit of an evaluation (DOMAIN.md §2.6) through the real API on the "Kota Uji" fixture: the Dokter (jabatan
// fungsional Ahli Muda, penilai Kadis Kesehatan) gets one; Staf A (pelaksana) does not. Triwulan IV 2026 = 3 months.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { type AlurPenilaian, siapkanPenilaian } from '../../../test/penilaian-alur.ts';
import { teksPdf } from '../dokumen/pdf-teks.ts';

let t: TestApp;
let alur: AlurPenilaian;

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  // JPT: the Kadis's RHK need no link above; the Dokter's link to them
  const kadis = await alur.skpDisetujui('kadisKes', 'sekda', [{ uraian: 'Meningkatnya derajat kesehatan masyarakat' }]);
  await alur.skpDisetujui('dokter', 'kadisKes', [{ uraian: 'Terlaksananya pelayanan medik dasar', rhkAtasanId: kadis.rhk[0]!.id }]);
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Terlaksananya surveilans penyakit menular', rhkAtasanId: alur.rhkKabidId }]);
  await alur.skpDisetujui('stafA', 'kasiSurv', [{ uraian: 'Tersusunnya laporan surveilans', rhkAtasanId: kasi.rhk[0]!.id }]);
});
afterAll(async () => t?.close());

describe('GET /api/v1/penilaian/:id/angka-kredit', () => {
  it('a jabatan fungsional: months and koefisien at once, the figure once rated; printed on the evaluation document', async () => {
    const draf = await alur.buka('dokter', alur.periode.q4.id);
    const sebelum = await (await alur.as('dokter')).get(`/api/v1/penilaian/${draf.id}/angka-kredit`);
    expect(sebelum.statusCode, sebelum.body).toBe(200);
    expect(sebelum.json()).toEqual({ berlaku: true, jenjang: 'ahli_muda', bulan: 3, predikat: null, persenPredikat: null, koefisien: 25, angkaKredit: null, rumus: null });

    const d = await alur.sampaiDinilai('dokter', 'kadisKes', alur.periode.q4.id, 'sesuai', 'sesuai');
    expect(d.predikat).toBe('baik');
    for (const who of ['dokter', 'kadisKes', 'analis'] as const) {
      const res = await (await alur.as(who)).get(`/api/v1/penilaian/${d.id}/angka-kredit`);
      expect(res.statusCode, who).toBe(200);
      expect(res.json()).toEqual({ berlaku: true, jenjang: 'ahli_muda', bulan: 3, predikat: 'baik', persenPredikat: 100, koefisien: 25, angkaKredit: 6.25, rumus: '(3/12) × 100% × 25 = 6,25' });
    }
    const pdf = await (await alur.as('dokter')).get(`/api/v1/penilaian/${d.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const teks = teksPdf(pdf.rawPayload).teks.replace(/\s+/g, ' ');
    expect(teks).toContain('ANGKA KREDIT (JABATAN FUNGSIONAL AHLI MUDA) 6,25');
    expect(teks).toContain('(3/12) × 100% × 25 = 6,25');
  });

  it('the tahunan evaluation counts 12 months (Sangat Baik: 150 % of 25)', async () => {
    const d = await alur.sampaiDinilai('dokter', 'kadisKes', alur.periode.tahunan.id, 'di_atas', 'di_atas');
    const res = await (await alur.as('dokter')).get(`/api/v1/penilaian/${d.id}/angka-kredit`);
    expect(res.json()).toMatchObject({ berlaku: true, bulan: 12, predikat: 'sangat_baik', persenPredikat: 150, angkaKredit: 37.5, rumus: '(12/12) × 150% × 25 = 37,5' });
  });

  it('not a jabatan fungsional: berlaku false and nothing else', async () => {
    const d = await alur.sampaiDinilai('stafA', 'kasiSurv', alur.periode.q4.id, 'sesuai', 'sesuai');
    const res = await (await alur.as('stafA')).get(`/api/v1/penilaian/${d.id}/angka-kredit`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ berlaku: false, jenjang: null, bulan: null, predikat: null, persenPredikat: null, koefisien: null, angkaKredit: null, rumus: null });
  });

  it('someone who may not read the record gets 404; no session 401', async () => {
    const d = await alur.buka('dokter', alur.periode.q4.id);
    for (const who of ['stafA', 'stafD', 'kadisDik'] as const) {
      const res = await (await alur.as(who)).get(`/api/v1/penilaian/${d.id}/angka-kredit`);
      expect(res.statusCode, who).toBe(404);
      expect(res.json()).toMatchObject({ code: 'DATA.TIDAK_DITEMUKAN' });
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/penilaian/${d.id}/angka-kredit` })).statusCode).toBe(401);
  });
});
