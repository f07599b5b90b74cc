// The SKP PDF (DOMAIN.md §2.7): official layout, code on approved SKPs only, DRAF otherwise, pagination, glyphs.
// Text is read back in-process (dokumen/pdf-teks.ts); where poppler is installed its pdftotext must agree.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SkpDetail } from '../../../../contracts/skp.ts';
import { nipTersamar } from '../dokumen/dokumen.service.ts';
import { nipCetak, tanggalIndonesia, tempatDariInstansi } from '../dokumen/pdf-umum.ts';
import { teksPdf } from '../dokumen/pdf-teks.ts';
import { type DataSkpPdf, renderSkpPdf, skpResmi } from './skp.pdf.ts';

const orang = (nama: string, nip: string | null, jabatan: string) => ({
  pegawaiId: `id-${nama}`,
  nama,
  nip,
  pangkat: 'Penata Muda Tk. I (III/b)',
  jabatan,
  unit: 'Seksi Kesehatan Keluarga dan Gizi, Dinas Kesehatan',
});

const indikator = (i: number) => [
  { id: `k${i}a`, aspek: 'kuantitas' as const, uraian: `Jumlah dokumen laporan gizi nomor ${i + 1}`, targetAngka: 4, targetSatuan: 'Dokumen', targetNarasi: null, targetTeks: '4 Dokumen' },
  { id: `k${i}b`, aspek: 'kualitas' as const, uraian: 'Persentase laporan diterima tanpa revisi', targetAngka: 100, targetSatuan: '%', targetNarasi: null, targetTeks: '100 %' },
  { id: `k${i}c`, aspek: 'waktu' as const, uraian: 'Ketepatan waktu penyampaian laporan', targetAngka: 12, targetSatuan: 'Bulan', targetNarasi: null, targetTeks: '12 Bulan' },
];

function skp(jumlahRhk: number, over: Partial<DataSkpPdf> = {}): DataSkpPdf {
  const detail: SkpDetail = {
    id: '01900000-0000-7000-8000-000000000001',
    periodeId: '01900000-0000-7000-8000-000000000002',
    tahun: 2026,
    tanggalMulai: '2026-01-01',
    tanggalSelesai: '2026-12-31',
    pendekatan: 'kuantitatif',
    status: 'disetujui',
    pegawai: orang('Blasius Laurens Adoe, A.Md.', '199204262021121001', 'Pengelola Data Kesehatan Keluarga'),
    penilai: orang('Elias Taneo, S.H., M.H.', '197611242006111001', 'Kepala Seksi Kesehatan Keluarga dan Gizi'),
    atasanPenilai: null,
    catatanPenilai: null,
    alasanBuka: null,
    diajukanPada: '2026-01-20T01:00:00.000Z',
    disetujuiPada: '2026-02-03T02:00:00.000Z',
    ditutupPada: null,
    asalSkpId: null,
    rhk: Array.from({ length: jumlahRhk }, (_, i) => ({
      id: `r${i}`,
      jenis: i === jumlahRhk - 1 && jumlahRhk > 1 ? ('tambahan' as const) : ('utama' as const),
      uraian: `Tersusunnya laporan pemantauan status gizi balita nomor ${i + 1}`,
      rhkAtasanId: 'ra',
      rhkAtasanUraian: 'Meningkatnya cakupan pelayanan kesehatan keluarga dan gizi masyarakat',
      pkId: null,
      pkSasaran: null,
      indikator: indikator(i),
    })),
    ekspektasi: [{ nilai: 'berorientasi_pelayanan', ekspektasi: 'Menjawab pertanyaan masyarakat tentang gizi paling lambat satu hari kerja' }],
    peranSaya: 'pemilik',
    aksi: [],
    masalah: [],
    tanpaTautan: false,
    versi: 4,
  };
  return {
    ...detail,
    instansiNama: 'Pemerintah Kota Kupang',
    tempat: 'Kupang',
    tanggalCetak: '2026-11-29',
    kode: 'ABCD-EFGH-JKMN',
    urlVerifikasi: 'https://kinerja.example.go.id/verifikasi/ABCD-EFGH-JKMN',
    waktuTerbit: '2026-02-03T03:00:00.000Z',
    jenisAsn: { pegawai: 'PNS', penilai: 'PNS' },
    ...over,
  };
}

/** Whitespace (line breaks inside table cells) does not matter for "the text contains". */
const rata = (s: string) => s.replace(/\s+/g, ' ');

/** Output of a poppler tool (pdftotext, pdfinfo) on the PDF, or null where poppler is not installed. */
function poppler(perintah: 'pdftotext' | 'pdfinfo', pdf: Buffer): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-pdf-'));
  const file = path.join(dir, 'skp.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync(perintah, perintah === 'pdftotext' ? ['-layout', file, '-'] : [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderSkpPdf', () => {
  it('an approved SKP: A4 PDF with the official sections, the people, RHK, IKI, BerAKHLAK and the code', async () => {
    const pdf = await renderSkpPdf(skp(6));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const t = teksPdf(pdf);
    expect(t.halaman).toHaveLength(2);
    const teks = rata(t.teks);
    for (const s of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'PEMERINTAH KOTA KUPANG',
      'PERIODE: 1 JANUARI 2026 – 31 DESEMBER 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'Blasius Laurens Adoe, A.Md.',
      '19920426 202112 1 001',
      '19761124 200611 1 001',
      'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
      'A. UTAMA',
      'B. TAMBAHAN',
      'Tersusunnya laporan pemantauan status gizi balita nomor 1',
      'Meningkatnya cakupan pelayanan kesehatan keluarga dan gizi masyarakat',
      'Jumlah dokumen laporan gizi nomor 6',
      '4 Dokumen',
      '12 Bulan',
      'Kuantitas',
      'PERILAKU KERJA',
      'Berorientasi Pelayanan',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Kolaboratif',
      'Menjawab pertanyaan masyarakat tentang gizi paling lambat satu hari kerja',
      'Kupang, 3 Februari 2026',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
      'NIP. 19920426 202112 1 001',
      'Kode verifikasi: ABCD-EFGH-JKMN',
      'https://kinerja.example.go.id/verifikasi/ABCD-EFGH-JKMN',
      'Halaman 1 dari 2',
      'Halaman 2 dari 2',
    ]) expect(teks, s).toContain(s);
    // the code is in every page's footer
    for (const h of t.halaman) expect(rata(h)).toContain('ABCD-EFGH-JKMN');
    expect(teks).not.toContain('DRAF');
    expect(t.glyphHilang).toBe(0);

    const fromPoppler = poppler('pdftotext', pdf);
    if (fromPoppler !== null) {
      expect(rata(fromPoppler)).toContain('19920426 202112 1 001');
      expect(rata(fromPoppler)).toContain('Berorientasi Pelayanan');
      expect(rata(fromPoppler)).toContain('ABCD-EFGH-JKMN');
    }
    const info = poppler('pdfinfo', pdf);
    if (info !== null) {
      expect(info).toMatch(/Pages:\s+2/);
      expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    }
  });

  it('a draft is watermarked DRAF and carries no code, even when one is passed', async () => {
    for (const status of ['draft', 'diajukan', 'dikembalikan'] as const) {
      const t = teksPdf(await renderSkpPdf(skp(2, { status, disetujuiPada: null })));
      const teks = rata(t.teks);
      expect(teks).toContain('DRAF');
      expect(teks).toContain('SKP ini belum disetujui pejabat penilai dan bukan dokumen resmi');
      expect(teks).not.toContain('ABCD-EFGH-JKMN');
      expect(teks).not.toContain('Kode verifikasi');
      // dated by the day it is printed
      expect(teks).toContain('Kupang, 29 November 2026');
    }
  });

  it('official means approved: also while a reopening is asked, and after a mutasi closed an approved SKP', () => {
    expect(skpResmi({ status: 'disetujui', disetujuiPada: '2026-02-03T02:00:00Z' })).toBe(true);
    expect(skpResmi({ status: 'minta_buka', disetujuiPada: '2026-02-03T02:00:00Z' })).toBe(true);
    expect(skpResmi({ status: 'ditutup', disetujuiPada: '2026-02-03T02:00:00Z' })).toBe(true);
    expect(skpResmi({ status: 'ditutup', disetujuiPada: null })).toBe(false);
    expect(skpResmi({ status: 'draft', disetujuiPada: null })).toBe(false);
    expect(skpResmi({ status: 'diajukan', disetujuiPada: null })).toBe(false);
  });

  it('a long SKP (40 RHK, 120 indicators) paginates with the table header and footer on every page', async () => {
    const data = skp(40, { ekspektasi: [] });
    const t = teksPdf(await renderSkpPdf(data));
    const n = t.halaman.length;
    expect(n).toBeGreaterThanOrEqual(5);
    t.halaman.forEach((h, i) => {
      expect(rata(h)).toContain(`Halaman ${i + 1} dari ${n}`);
      expect(rata(h)).toContain('Kode verifikasi: ABCD-EFGH-JKMN');
    });
    // every RHK and every indicator made it onto some page
    const teks = rata(t.teks);
    for (let i = 0; i < 40; i++) {
      expect(teks).toContain(`status gizi balita nomor ${i + 1} `);
      expect(teks).toContain(`Jumlah dokumen laporan gizi nomor ${i + 1} `);
    }
    // the hasil kerja header repeats on the pages the table continues on
    expect(t.halaman.filter((h) => rata(h).includes('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI')).length).toBeGreaterThanOrEqual(3);
    // the signatures close the document
    expect(rata(t.halaman[n - 1]!)).toContain('Pejabat Penilai Kinerja');
    expect(t.glyphHilang).toBe(0);
  });

  it('renders é, —, ≥ and other typography of user text without missing glyphs', async () => {
    const data = skp(1);
    data.rhk[0]!.uraian = 'Koordinasi café sehat — cakupan ≥ 95 % “tepat” (±2 ‰), naïve résumé';
    data.rhk[0]!.indikator[0]!.uraian = 'Jumlah kegiatan ≤ 10 … • ½';
    const t = teksPdf(await renderSkpPdf(data));
    expect(rata(t.teks)).toContain('Koordinasi café sehat — cakupan ≥ 95 % “tepat” (±2 ‰), naïve résumé');
    expect(rata(t.teks)).toContain('Jumlah kegiatan ≤ 10 … • ½');
    expect(t.glyphHilang).toBe(0);
  });

  it('a character the font lacks is detected (the glyph check can fail)', async () => {
    const data = skp(1);
    data.rhk[0]!.uraian = 'Laporan 漢字';
    expect(teksPdf(await renderSkpPdf(data)).glyphHilang).toBe(2);
  });

  it('is deterministic: the same data gives the same bytes, with the issue time as creation date', async () => {
    const a = await renderSkpPdf(skp(3));
    const b = await renderSkpPdf(skp(3));
    expect(a.equals(b)).toBe(true);
    const s = a.toString('latin1');
    expect(s).toContain('(D:20260203030000Z)');
    expect(s).toContain('(Pemerintah Kota Kupang)');
    const c = await renderSkpPdf(skp(3, { waktuTerbit: '2026-02-04T03:00:00.000Z' }));
    expect(c.equals(a)).toBe(false);
  });

  it('documents rendered at the same time (sharing the parsed fonts) come out as when rendered alone', async () => {
    const lain = skp(12, { status: 'draft', disetujuiPada: null });
    lain.rhk[0]!.uraian = 'Teks lain: café — ≥ ½ “kutip”, naïve';
    const sendiri = await renderSkpPdf(skp(3));
    const [a, b, c] = await Promise.all([renderSkpPdf(skp(3)), renderSkpPdf(lain), renderSkpPdf(skp(3))]);
    expect(a!.equals(sendiri)).toBe(true);
    expect(c!.equals(sendiri)).toBe(true);
    expect(b!.equals(await renderSkpPdf(lain))).toBe(true);
    expect(rata(teksPdf(b!).teks)).toContain('Teks lain: café — ≥ ½ “kutip”, naïve');
  });

  it('kualitatif SKPs, RHK without a link or from the Perjanjian Kinerja, no tambahan, no penilai', async () => {
    const data = skp(2, { pendekatan: 'kualitatif', penilai: null, status: 'draft', disetujuiPada: null, kode: null });
    data.rhk = data.rhk.map((r) => ({ ...r, jenis: 'utama' as const }));
    data.rhk[0] = { ...data.rhk[0]!, rhkAtasanId: null, rhkAtasanUraian: null, pkId: 'pk', pkSasaran: 'Meningkatnya derajat kesehatan masyarakat' };
    data.rhk[1] = { ...data.rhk[1]!, rhkAtasanId: null, rhkAtasanUraian: null, indikator: [] };
    const teks = rata(teksPdf(await renderSkpPdf(data)).teks);
    expect(teks).toContain('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(teks).toContain('Perjanjian Kinerja: Meningkatnya derajat kesehatan masyarakat');
    expect(teks).toMatch(/B\. TAMBAHAN - -/);
  });
});

describe('document helpers', () => {
  it.each([
    ['Pemerintah Kota Kupang', 'Kupang'],
    ['Pemerintah Kota Kupang (DEMO)', 'Kupang'],
    ['Pemerintah Kabupaten Timor Tengah Selatan', 'Timor Tengah Selatan'],
    ['Pemerintah Kota Uji', 'Uji'],
    ['Kupang', 'Kupang'],
  ])('tempat of %j is %j', (nama, tempat) => expect(tempatDariInstansi(nama)).toBe(tempat));

  it('dates in Indonesian words', () => {
    expect(tanggalIndonesia('2026-01-01')).toBe('1 Januari 2026');
    expect(tanggalIndonesia('2026-12-31')).toBe('31 Desember 2026');
  });

  it('NIP as printed and as shown publicly', () => {
    expect(nipCetak('198609262015051001', 'PNS')).toBe('19860926 201505 1 001');
    expect(nipCetak('199009132025242014', 'PPPK')).toBe('19900913 2025 24 2 014');
    expect(nipCetak(null)).toBe('-');
    expect(nipTersamar('199204262021121001', 'PNS')).toBe('19920426 ****** * 001');
    expect(nipTersamar('199009132025242014', 'PPPK')).toBe('19900913 **** ** * 014');
    expect(nipTersamar(null, 'PEJABAT_NEGARA')).toBeNull();
    expect(nipTersamar('12345', 'PNS')).toBeNull();
  });
});
