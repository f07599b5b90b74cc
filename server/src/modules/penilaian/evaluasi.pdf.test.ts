// The Dokumen Evaluasi Kinerja Pegawai PDF (DOMAIN.md §2.7): official layout and order of the sections, the code on
// finalised records only, DRAF otherwise, the pola distribusi chart drawn with the pegawai's own predikat marked.
// Text is read back in-process (dokumen/pdf-teks.ts).
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NILAI_BERAKHLAK } from '../../../../domain/berakhlak.ts';
import { evaluasiContoh } from '../../../test/sampel-pdf.ts';
import { teksPdf } from '../dokumen/pdf-teks.ts';
import { type DataEvaluasiPdf, evaluasiResmi, grafikPolaDistribusi, renderEvaluasiPdf, URUTAN_KURVA } from './evaluasi.pdf.ts';

const indikator = (i: number) => [
  { id: `k${i}a`, aspek: 'kuantitas' as const, uraian: `Jumlah dokumen laporan gizi nomor ${i + 1}`, targetTeks: '4 Dokumen', targetAngka: 4, targetSatuan: 'Dokumen', targetNarasi: null, realisasiAngka: 4, realisasiNarasi: null, catatan: null, aktivitasIds: [] },
  { id: `k${i}b`, aspek: 'kualitas' as const, uraian: 'Persentase laporan diterima tanpa revisi', targetTeks: '100 %', targetAngka: 100, targetSatuan: '%', targetNarasi: null, realisasiAngka: 97.5, realisasiNarasi: null, catatan: null, aktivitasIds: [] },
  { id: `k${i}c`, aspek: 'waktu' as const, uraian: 'Ketepatan waktu penyampaian laporan', targetTeks: '3 Bulan', targetAngka: 3, targetSatuan: 'Bulan', targetNarasi: null, realisasiAngka: 3, realisasiNarasi: 'tepat waktu setiap bulan', catatan: null, aktivitasIds: [] },
];

/** The shared sample record with numbered RHK, rated above expectations, one ekspektasi and one umpan balik of perilaku. */
function data(jumlahRhk: number, over: Partial<DataEvaluasiPdf> = {}): DataEvaluasiPdf {
  return evaluasiContoh(jumlahRhk, {
    rhk: Array.from({ length: jumlahRhk }, (_, i) => ({
      id: `r${i}`,
      jenis: i === jumlahRhk - 1 && jumlahRhk > 1 ? ('tambahan' as const) : ('utama' as const),
      uraian: `Tersusunnya laporan pemantauan status gizi balita nomor ${i + 1}`,
      rhkAtasanUraian: 'Meningkatnya cakupan pelayanan kesehatan keluarga dan gizi masyarakat',
      indikator: indikator(i),
      jumlahAktivitas: 12,
      jumlahMenit: 3600,
      penilaian: 'di_atas' as const,
      umpanBalik: `Laporan nomor ${i + 1} lengkap dan tepat waktu`,
    })),
    perilaku: NILAI_BERAKHLAK.map((nilai) => ({
      nilai,
      ekspektasi: nilai === 'berorientasi_pelayanan' ? 'Menjawab pertanyaan masyarakat tentang gizi paling lambat satu hari kerja' : null,
      umpanBalik: nilai === 'kolaboratif' ? 'Aktif berkoordinasi dengan kader posyandu' : null,
    })),
    usulanRatingHasilKerja: { rating: 'di_atas', alasan: 'SEBAGIAN_BESAR_DI_ATAS' },
    ratingHasilKerja: 'di_atas',
    urlVerifikasi: 'https://kinerja.example.go.id/verifikasi/ABCD-EFGH-JKMN',
    sebaran: { sangat_baik: 2, baik: 6, butuh_perbaikan: 1, kurang: 1, sangat_kurang: 0 },
    ...over,
  });
}

/** Whitespace (line breaks inside table cells) does not matter for "the text contains". */
const rata = (s: string) => s.replace(/\s+/g, ' ');

/** Every page content stream of the PDF, inflated (to find what was drawn, not written). */
function gambarPdf(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of s.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const len = Number(/\/Length (\d+)/.exec(m[1]!)?.[1] ?? 0);
    const start = m.index! + m[0].length;
    const raw = pdf.subarray(start, start + len);
    try {
      out.push((/\/FlateDecode/.test(m[1]!) ? zlib.inflateSync(raw) : raw).toString('latin1'));
    } catch {
      // fonts and images that are not content streams
    }
  }
  return out.join('\n');
}

describe('renderEvaluasiPdf', () => {
  it('a finalised record: A4 PDF with the official sections in order, the people, the tables, the results and the code', async () => {
    const pdf = await renderEvaluasiPdf(data(6));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const t = teksPdf(pdf);
    const teks = rata(t.teks);
    const urutan = [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: TRIWULAN IV 2026',
      'PEMERINTAH KOTA KUPANG',
      'PERIODE PENILAIAN: 1 OKTOBER 2026 – 31 DESEMBER 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI KINERJA',
      'dr. Maria Fernandez, M.Kes.',
      'CAPAIAN KINERJA ORGANISASI BAIK',
      'POLA DISTRIBUSI',
      'HASIL KERJA',
      'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
      'REALISASI BERDASARKAN BUKTI DUKUNG',
      'A. UTAMA',
      'B. TAMBAHAN',
      'RATING HASIL KERJA DI ATAS EKSPEKTASI',
      'PERILAKU KERJA',
      'EKSPEKTASI KHUSUS PIMPINAN',
      'RATING PERILAKU KERJA SESUAI EKSPEKTASI',
      'PREDIKAT KINERJA PEGAWAI BAIK',
      'Kupang, 4 Januari 2027',
    ];
    let dari = 0;
    for (const s of urutan) {
      const i = teks.indexOf(s, dari);
      expect(i, `"${s}" after position ${dari}`).toBeGreaterThanOrEqual(0);
      dari = i + s.length;
    }
    for (const s of [
      'Blasius Laurens Adoe, A.Md.',
      '19920426 202112 1 001',
      '19761124 200611 1 001',
      '19700101 199803 2 001',
      'Tersusunnya laporan pemantauan status gizi balita nomor 1',
      'Meningkatnya cakupan pelayanan kesehatan keluarga dan gizi masyarakat',
      'Jumlah dokumen laporan gizi nomor 6',
      '4 Dokumen',
      '97,5 %',
      '3 Bulan — tepat waktu setiap bulan',
      'Laporan nomor 6 lengkap dan tepat waktu',
      'Di Atas Ekspektasi',
      'Kuantitas',
      'Berorientasi Pelayanan',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Kolaboratif',
      'Menjawab pertanyaan masyarakat tentang gizi paling lambat satu hari kerja',
      'Aktif berkoordinasi dengan kader posyandu',
      'Sangat Kurang',
      'Kurang/Misconduct',
      '6 pegawai',
      '(predikat pegawai ini)',
      '10 pegawai dinilai',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
      'NIP. 19920426 202112 1 001',
      'Kode verifikasi: ABCD-EFGH-JKMN',
      'https://kinerja.example.go.id/verifikasi/ABCD-EFGH-JKMN',
    ]) expect(teks, s).toContain(s);
    const n = t.halaman.length;
    t.halaman.forEach((h, i) => {
      expect(rata(h)).toContain(`Halaman ${i + 1} dari ${n}`);
      expect(rata(h)).toContain('ABCD-EFGH-JKMN');
    });
    expect(teks).not.toContain('DRAF');
    expect(teks).not.toContain('Keputusan atas keberatan');
    expect(teks).not.toContain('ANGKA KREDIT');
    expect(t.glyphHilang).toBe(0);
  });

  it('a rated record not yet finalised is a DRAF without a code, dated by the day it is printed', async () => {
    const t = teksPdf(await renderEvaluasiPdf(data(2, { status: 'dinilai', kode: null, urlVerifikasi: null, tanggalPenetapan: null })));
    const teks = rata(t.teks);
    expect(teks).toContain('DRAF — penilaian ini belum ditetapkan dan bukan dokumen resmi.');
    expect(teks).not.toContain('Kode verifikasi');
    expect(teks).toContain('Kupang, 5 Januari 2027');
    // the watermark is drawn on every page
    expect(t.halaman.every((h) => h.includes('DRAF'))).toBe(true);
    // a code passed with a record that is not finalised is never printed
    const tetap = rata(teksPdf(await renderEvaluasiPdf(data(2, { status: 'dinilai', tanggalPenetapan: null }))).teks);
    expect(tetap).not.toContain('ABCD-EFGH-JKMN');
    expect(tetap).toContain('DRAF');
  });

  it('only a finalised record with a code is official', () => {
    expect(evaluasiResmi({ status: 'ditetapkan', kode: 'ABCD-EFGH-JKMN' })).toBe(true);
    expect(evaluasiResmi({ status: 'ditetapkan', kode: null })).toBe(false);
    expect(evaluasiResmi({ status: 'dinilai', kode: 'ABCD-EFGH-JKMN' })).toBe(false);
  });

  it('prints the keberatan decision and the angka kredit when they apply; a unit without predikat organisasi shows "-"', async () => {
    const teks = rata(teksPdf(await renderEvaluasiPdf(data(2, {
      predikatOrganisasi: null,
      keberatan: { keputusan: 'ubah', alasan: 'Bukti laporan bulan November belum diperhitungkan' },
      angkaKredit: { berlaku: true, jenjang: 'ahli_muda', bulan: 3, predikat: 'baik', persenPredikat: 100, koefisien: 25, angkaKredit: 6.25, rumus: '(3/12) × 100% × 25 = 6,25' },
    }))).teks);
    expect(teks).toContain('CAPAIAN KINERJA ORGANISASI -');
    expect(teks).toContain('Keputusan atas keberatan: Diubah — Bukti laporan bulan November belum diperhitungkan');
    expect(teks).toContain('ANGKA KREDIT (JABATAN FUNGSIONAL AHLI MUDA) 6,25');
    expect(teks).toContain('(3/12) × 100% × 25 = 6,25');
    const tetap = rata(teksPdf(await renderEvaluasiPdf(data(1, { keberatan: { keputusan: 'tetap', alasan: 'Penilaian sudah sesuai bukti dukung' } }))).teks);
    expect(tetap).toContain('Keputusan atas keberatan: Tetap — Penilaian sudah sesuai bukti dukung');
  });

  it('a kepala unit: the rating hasil kerja is the capaian kinerja organisasi; an override prints its reason', async () => {
    const kepala = rata(teksPdf(await renderEvaluasiPdf(data(1, { kepalaUnit: true, ratingHasilOrganisasi: 'sesuai', ratingHasilKerja: 'sesuai' }))).teks);
    expect(kepala).toContain('RATING HASIL KERJA SESUAI EKSPEKTASI Mengikuti capaian kinerja organisasi unit yang dipimpin.');
    const ganti = rata(teksPdf(await renderEvaluasiPdf(data(1, { ratingHasilKerja: 'sesuai', alasanRatingHasilKerja: 'Satu laporan terlambat dua minggu' }))).teks);
    expect(ganti).toContain('Usulan sistem Di Atas Ekspektasi; alasan pejabat penilai: Satu laporan terlambat dua minggu');
  });

  it('draws the pola distribusi: a bar per predikat worst → best, the curve, and the pegawai marked', async () => {
    const sebaran = { sangat_baik: 2, baik: 6, butuh_perbaikan: 1, kurang: 1, sangat_kurang: 0 };
    const g = grafikPolaDistribusi(sebaran, 'baik');
    const batang = g.filter((b) => b.type === 'rect');
    // no bar for a count of 0; the tallest bar is the largest count
    expect(batang).toHaveLength(4);
    const tinggi = batang.map((b) => (b.type === 'rect' ? b.h : 0));
    expect(Math.max(...tinggi)).toBe(tinggi[2]);
    expect(tinggi[0]! * 6).toBeCloseTo(tinggi[2]!, 6);
    // only the pegawai's bar is dark, and it sits in the slot of "baik" (4th of sangat kurang … sangat baik)
    expect(URUTAN_KURVA).toEqual(['sangat_kurang', 'kurang', 'butuh_perbaikan', 'baik', 'sangat_baik']);
    const gelap = batang.filter((b) => b.type === 'rect' && b.color === '#1f4e79');
    expect(gelap).toHaveLength(1);
    expect(gelap[0]!.type === 'rect' && gelap[0]!.x).toBe(3 * 84 + 42 - 20);
    // the curve passes through five points, and a closed triangle marks the pegawai
    const garis = g.filter((b) => b.type === 'polyline');
    expect(garis[0]!.type === 'polyline' && garis[0]!.points).toHaveLength(5);
    expect(garis.some((b) => b.type === 'polyline' && b.closePath)).toBe(true);
    // without a predikat nothing is marked
    expect(grafikPolaDistribusi(sebaran, null).some((b) => b.type === 'polyline' && b.closePath)).toBe(false);

    // and in the PDF: the dark bar's fill colour (#1f4e79 = 31 78 121) and the curve's (#c0392b) are drawn
    const gambar = gambarPdf(await renderEvaluasiPdf(data(1)));
    expect(gambar).toMatch(/0\.12\d* 0\.30\d* 0\.47\d* scn/);
    expect(gambar).toMatch(/0\.75\d* 0\.22\d* 0\.16\d* SCN/);
  });

  it('is deterministic: the same data gives the same bytes', async () => {
    const a = await renderEvaluasiPdf(data(3));
    const b = await renderEvaluasiPdf(data(3));
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(D:20270104030000Z)');
  });
});
