// The Dokumen Evaluasi Kinerja Pegawai (periodik and tahunan) as a PDF in the layout of the Permenpan-RB 6/2022
// lampiran (DOMAIN.md §2.7): title and period, instansi and the days evaluated, the identity blocks (pegawai, pejabat
// penilai kinerja, atasan pejabat penilai), CAPAIAN KINERJA ORGANISASI (the unit's predikat organisasi, DOMAIN.md
// §2.4), POLA DISTRIBUSI (the unit's predikat drawn as bars with the curve through them and this pegawai's predikat
// marked), the hasil kerja table (RHK pimpinan yang diintervensi | RHK | aspek | IKI | target | realisasi | umpan
// balik) grouped A. Utama / B. Tambahan, RATING HASIL KERJA, the perilaku table (7 BerAKHLAK values with their
// panduan, ekspektasi khusus pimpinan, umpan balik), RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI, the keberatan
// decision (PP 30/2019 Pasal 59) and the angka kredit (DOMAIN.md §2.6) when they apply, place/date and signatures.
// A finalised (ditetapkan) record carries its verification code (footer on every page, QR code by the signatures);
// a rated one not yet finalised (dinilai) is a DRAF: watermarked and without a code. Pure: same data → same bytes.
import type { AngkaKreditPenilaian } from '../../../../contracts/angka-kredit.ts';
import type { PenilaianDetail } from '../../../../contracts/penilaian.ts';
import { LABEL_JENJANG } from '../../../../domain/angka-kredit.ts';
import { BERAKHLAK } from '../../../../domain/berakhlak.ts';
import { LABEL_PREDIKAT_ORGANISASI, type PredikatOrganisasi, type Sebaran } from '../../../../domain/kurva.ts';
import { LABEL_PREDIKAT, LABEL_RATING, type Predikat, PREDIKAT, type Rating } from '../../../../domain/predikat.ts';
import type { AspekIndikator } from '../../../../domain/skp.ts';
import {
  blokTandaTangan,
  footerDokumen,
  GAYA_DOKUMEN,
  type IdentitasOrang,
  type Isi,
  type IsiObjek,
  nipCetak,
  renderPdf,
  type Sel,
  TATA_TABEL,
  tabelIdentitas,
  tanggalIndonesia,
  WATERMARK_DRAF,
} from '../dokumen/pdf-umum.ts';

export interface KeputusanKeberatanPdf {
  keputusan: 'tetap' | 'ubah';
  alasan: string;
}

export interface DataEvaluasiPdf extends PenilaianDetail {
  instansiNama: string;
  /** the city printed before the signature date ("Kupang") */
  tempat: string;
  /** 'YYYY-MM-DD' WITA: the day it is printed (drafts are dated by it) */
  tanggalCetak: string;
  /** 'YYYY-MM-DD' WITA of the penetapan (finalised records are dated by it), else null */
  tanggalPenetapan: string | null;
  /** the verification code printed XXXX-XXXX-XXXX, or null (drafts) */
  kode: string | null;
  /** where the public checks the code, or null */
  urlVerifikasi: string | null;
  /** when the document was issued (finalised) or printed (draft): the PDF's creation date */
  waktuTerbit: string;
  /** jenis ASN of the people named, for the NIP grouping (PNS when absent) */
  jenisAsn?: { pegawai?: string | null; penilai?: string | null; atasanPenilai?: string | null };
  /** the predikat organisasi of the pegawai's unit for the period, null while not set */
  predikatOrganisasi: PredikatOrganisasi | null;
  /** the unit's predikat of the period (rated and finalised records) */
  sebaran: Sebaran;
  /** the decided keberatan against this record, if any */
  keberatan: KeputusanKeberatanPdf | null;
  /** printed when berlaku (jabatan fungsional) and computed */
  angkaKredit: AngkaKreditPenilaian | null;
}

const ASPEK: Record<AspekIndikator, string> = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' };
const MARGIN = 36;
const WARNA_SENDIRI = '#1f4e79';
const WARNA_LAIN = '#b8c7d6';
const WARNA_KURVA = '#c0392b';

/** Official = finalised with a code; everything else prints as a DRAF. */
export const evaluasiResmi = (d: Pick<DataEvaluasiPdf, 'status' | 'kode'>): boolean => d.status === 'ditetapkan' && d.kode !== null;

/** 12 → "12", 12.5 → "12,5" (Indonesian decimal comma). */
const angkaId = (x: number): string => String(Math.round(x * 1000) / 1000).replace('.', ',');
const atauStrip = (v: string | null | undefined): string => (v && v.trim() ? v : '-');
const labelRating = (r: Rating | null): string => (r ? LABEL_RATING[r].toUpperCase() : '-');

// ——— pola distribusi ———

/** Drawing primitives of pdfmake's canvas (the package ships no types). */
export type BentukKanvas =
  | { type: 'rect'; x: number; y: number; w: number; h: number; color?: string; lineColor?: string; lineWidth?: number }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string }
  | { type: 'polyline'; points: { x: number; y: number }[]; lineWidth?: number; lineColor?: string; color?: string; closePath?: boolean }
  | { type: 'ellipse'; x: number; y: number; r1: number; r2: number; color?: string };

/** The kurva's x-axis: from the worst predikat to the best (SE MenPANRB 3/2023 drawing). */
export const URUTAN_KURVA: readonly Predikat[] = [...PREDIKAT].reverse();

const LEBAR_SLOT = 84;
const LEBAR_BATANG = 40;
const TINGGI_GRAFIK = 96;
const RUANG_PENANDA = 16;

/**
 * The chart of the unit's distribution: one bar per predikat (worst → best), the curve through the bar tops, and a
 * triangle over this pegawai's predikat, whose bar is drawn dark. Heights are proportional to the largest count.
 */
export function grafikPolaDistribusi(sebaran: Sebaran, predikatSendiri: Predikat | null): BentukKanvas[] {
  const maks = Math.max(1, ...URUTAN_KURVA.map((p) => sebaran[p]));
  const tinggiPenuh = TINGGI_GRAFIK - RUANG_PENANDA;
  const bentuk: BentukKanvas[] = [];
  const puncak = URUTAN_KURVA.map((p, i) => {
    const h = (sebaran[p] / maks) * tinggiPenuh;
    return { p, x: i * LEBAR_SLOT + LEBAR_SLOT / 2, y: TINGGI_GRAFIK - h, h };
  });
  for (const b of puncak) {
    if (b.h > 0) bentuk.push({ type: 'rect', x: b.x - LEBAR_BATANG / 2, y: b.y, w: LEBAR_BATANG, h: b.h, color: b.p === predikatSendiri ? WARNA_SENDIRI : WARNA_LAIN });
  }
  bentuk.push({ type: 'line', x1: 0, y1: TINGGI_GRAFIK, x2: LEBAR_SLOT * URUTAN_KURVA.length, y2: TINGGI_GRAFIK, lineWidth: 0.8, lineColor: '#333333' });
  bentuk.push({ type: 'polyline', points: puncak.map((b) => ({ x: b.x, y: b.y })), lineWidth: 1.2, lineColor: WARNA_KURVA });
  for (const b of puncak) bentuk.push({ type: 'ellipse', x: b.x, y: b.y, r1: 2, r2: 2, color: WARNA_KURVA });
  const sendiri = puncak.find((b) => b.p === predikatSendiri);
  if (sendiri) {
    const atas = sendiri.y - 4;
    bentuk.push({ type: 'polyline', points: [{ x: sendiri.x - 5, y: atas - 9 }, { x: sendiri.x + 5, y: atas - 9 }, { x: sendiri.x, y: atas }], closePath: true, color: WARNA_SENDIRI, lineColor: WARNA_SENDIRI });
  }
  return bentuk;
}

function polaDistribusi(d: DataEvaluasiPdf): IsiObjek {
  const n = URUTAN_KURVA.reduce((s, p) => s + d.sebaran[p], 0);
  const lebar = LEBAR_SLOT * URUTAN_KURVA.length;
  const kanvas = { canvas: grafikPolaDistribusi(d.sebaran, d.predikat), margin: [0, 4, 0, 2] } as IsiObjek;
  const label: Isi[] = URUTAN_KURVA.map((p) => ({
    width: LEBAR_SLOT,
    alignment: 'center',
    stack: [
      { text: LABEL_PREDIKAT[p], bold: p === d.predikat },
      { text: `${d.sebaran[p]} pegawai` },
      ...(p === d.predikat ? [{ text: '(predikat pegawai ini)', bold: true, color: WARNA_SENDIRI }] : []),
    ],
  }));
  return {
    unbreakable: true,
    margin: [0, 0, 0, 8],
    stack: [
      { text: 'POLA DISTRIBUSI', bold: true, fontSize: 8 },
      { text: `Sebaran predikat kinerja pegawai ${atauStrip(d.pegawai.unit)} pada periode ini: ${n} pegawai dinilai.`, fontSize: 7, color: '#333333' },
      { columns: [{ width: '*', text: '' }, { width: lebar, stack: [kanvas, { columns: label, fontSize: 7 }] }, { width: '*', text: '' }] },
    ],
  };
}

// ——— blocks ———

function tabelAtasan(o: IdentitasOrang | null): IsiObjek {
  const baris: [string, string][] = [
    ['NAMA', o ? atauStrip(o.nama) : '-'],
    ['NIP', o ? nipCetak(o.nip, o.jenisAsn) : '-'],
    ['PANGKAT/GOL. RUANG', o ? atauStrip(o.pangkat) : '-'],
    ['JABATAN', o ? atauStrip(o.jabatan) : '-'],
    ['UNIT KERJA', o ? atauStrip(o.unit) : '-'],
  ];
  const body: Sel[][] = [
    [{ text: 'NO', style: 'kepalaTabel' }, { text: 'ATASAN PEJABAT PENILAI KINERJA', style: 'kepalaTabel', colSpan: 2 }, {}],
    ...baris.map(([k, v], i): Sel[] => [{ text: String(i + 1), alignment: 'center' }, k, { text: v, bold: i === 0 }]),
  ];
  return { columns: [{ width: '50%', table: { widths: [14, 86, '*'], body, dontBreakRows: true }, layout: TATA_TABEL }, { width: '*', text: '' }], fontSize: 8, margin: [0, -4, 0, 8] };
}

/** One labelled result line ("RATING HASIL KERJA | DI ATAS EKSPEKTASI"), optionally with a note under the value. */
function barisHasil(label: string, nilai: string, catatan?: string | null, tebal = true): IsiObjek {
  return {
    table: {
      widths: [190, '*'],
      dontBreakRows: true,
      body: [[{ text: label, bold: true, fillColor: '#f4f4f4' }, { stack: [{ text: nilai, bold: tebal }, ...(catatan ? [{ text: catatan, italics: true, fontSize: 7 }] : [])] }]],
    },
    layout: TATA_TABEL,
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

function teksRealisasi(k: PenilaianDetail['rhk'][number]['indikator'][number]): string {
  const bagian = [k.realisasiAngka !== null ? `${angkaId(k.realisasiAngka)}${k.targetSatuan ? ` ${k.targetSatuan}` : ''}` : null, k.realisasiNarasi?.trim() || null].filter(Boolean);
  return bagian.length ? bagian.join(' — ') : '-';
}

function tabelHasilKerja(d: DataEvaluasiPdf): IsiObjek {
  const kolom = 8;
  const kosong = (): Sel[] => Array.from({ length: kolom - 1 }, () => ({}));
  const body: Sel[][] = [
    [{ text: 'HASIL KERJA', style: 'kepalaTabel', colSpan: kolom, alignment: 'left' }, ...kosong()],
    [
      { text: 'NO', style: 'kepalaTabel' },
      { text: 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', style: 'kepalaTabel' },
      { text: 'RENCANA HASIL KERJA', style: 'kepalaTabel' },
      { text: 'ASPEK', style: 'kepalaTabel' },
      { text: d.pendekatan === 'kualitatif' ? 'INDIKATOR KINERJA INDIVIDU / UKURAN KEBERHASILAN' : 'INDIKATOR KINERJA INDIVIDU', style: 'kepalaTabel' },
      { text: 'TARGET', style: 'kepalaTabel' },
      { text: 'REALISASI BERDASARKAN BUKTI DUKUNG', style: 'kepalaTabel' },
      { text: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', style: 'kepalaTabel' },
    ],
  ];
  const kelompok = (judul: string, jenis: 'utama' | 'tambahan') => {
    body.push([{ text: judul, style: 'kelompok', colSpan: kolom }, ...kosong()]);
    const rhk = d.rhk.filter((r) => r.jenis === jenis);
    if (rhk.length === 0) {
      body.push([{ text: '-', alignment: 'center' }, { text: '-', colSpan: kolom - 1, italics: true, color: '#555555' }, ...Array.from({ length: kolom - 2 }, () => ({}))]);
      return;
    }
    rhk.forEach((r, i) => {
      const n = Math.max(1, r.indikator.length);
      const umpanBalik: Isi = { rowSpan: n, stack: [...(r.penilaian ? [{ text: LABEL_RATING[r.penilaian], italics: true }] : []), { text: atauStrip(r.umpanBalik) }] };
      const baris: Sel[][] = r.indikator.length > 0 ? r.indikator.map((k) => [ASPEK[k.aspek], k.uraian, { text: k.targetTeks || '-', alignment: 'center' }, { text: teksRealisasi(k), alignment: 'center' }]) : [['-', '-', '-', '-']];
      baris.forEach((b, j) => {
        body.push(
          j === 0
            ? [{ text: String(i + 1), alignment: 'center', rowSpan: n }, { text: atauStrip(r.rhkAtasanUraian), rowSpan: n }, { text: r.uraian, rowSpan: n }, ...b, umpanBalik]
            : [{}, {}, {}, ...b, {}],
        );
      });
    });
  };
  kelompok('A. UTAMA', 'utama');
  kelompok('B. TAMBAHAN', 'tambahan');
  return {
    table: { widths: [14, '*', '*', 36, '*', 42, 60, '*'], headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, body },
    layout: TATA_TABEL,
    fontSize: 7,
    margin: [0, 0, 0, 4],
  };
}

function tabelPerilaku(d: DataEvaluasiPdf): IsiObjek {
  const per = new Map(d.perilaku.map((p) => [p.nilai, p]));
  const body: Sel[][] = [
    [{ text: 'PERILAKU KERJA', style: 'kepalaTabel', colSpan: 4, alignment: 'left' }, {}, {}, {}],
    [
      { text: 'NO', style: 'kepalaTabel' },
      { text: 'PERILAKU KERJA (BERAKHLAK)', style: 'kepalaTabel' },
      { text: 'EKSPEKTASI KHUSUS PIMPINAN', style: 'kepalaTabel' },
      { text: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', style: 'kepalaTabel' },
    ],
    ...BERAKHLAK.map((n, i): Sel[] => [
      { text: String(i + 1), alignment: 'center' },
      { stack: [{ text: n.nama, bold: true }, { ul: [...n.panduan], margin: [0, 1, 0, 0] }] },
      atauStrip(per.get(n.kode)?.ekspektasi),
      atauStrip(per.get(n.kode)?.umpanBalik),
    ]),
  ];
  return { table: { widths: [14, '*', 130, 150], headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, body }, layout: TATA_TABEL, fontSize: 7.5, margin: [0, 0, 0, 4] };
}

function catatanHasilKerja(d: DataEvaluasiPdf): string | null {
  // the kepala unit's rating hasil kerja is the unit's capaian kinerja organisasi (DOMAIN.md §2.3)
  if (d.kepalaUnit && d.ratingHasilOrganisasi !== null) return 'Mengikuti capaian kinerja organisasi unit yang dipimpin.';
  // an override of the system's proposal is printed with the penilai's reason
  if (d.usulanRatingHasilKerja && d.ratingHasilKerja && d.usulanRatingHasilKerja.rating !== d.ratingHasilKerja && d.alasanRatingHasilKerja) {
    return `Usulan sistem ${LABEL_RATING[d.usulanRatingHasilKerja.rating]}; alasan pejabat penilai: ${d.alasanRatingHasilKerja}`;
  }
  return null;
}

function barisAngkaKredit(ak: AngkaKreditPenilaian | null): IsiObjek[] {
  if (!ak?.berlaku || ak.angkaKredit === null || !ak.jenjang || !ak.rumus) return [];
  return [barisHasil(`ANGKA KREDIT (JABATAN FUNGSIONAL ${LABEL_JENJANG[ak.jenjang].toUpperCase()})`, angkaId(ak.angkaKredit), `${ak.rumus} (bulan dinilai/12 × persentase predikat × koefisien tahunan)`)];
}

function barisKeberatan(k: KeputusanKeberatanPdf | null): IsiObjek[] {
  if (!k) return [];
  return [{ text: [{ text: 'Keputusan atas keberatan: ', bold: true }, `${k.keputusan === 'ubah' ? 'Diubah' : 'Tetap'} — ${k.alasan}`], fontSize: 8, margin: [0, 0, 0, 8] }];
}

/** The Dokumen Evaluasi Kinerja Pegawai PDF (A4 portrait). */
export async function renderEvaluasiPdf(d: DataEvaluasiPdf): Promise<Buffer> {
  const resmi = evaluasiResmi(d);
  const tanggalTtd = tanggalIndonesia(resmi && d.tanggalPenetapan ? d.tanggalPenetapan : d.tanggalCetak);
  const orang = (o: PenilaianDetail['pegawai'] | null, jenisAsn: string | null | undefined): IdentitasOrang | null => (o ? { ...o, jenisAsn: jenisAsn ?? null } : null);
  const pegawai = orang(d.pegawai, d.jenisAsn?.pegawai)!;
  const penilai = orang(d.penilai, d.jenisAsn?.penilai);
  const qr: Isi | undefined = resmi && d.urlVerifikasi ? { stack: [{ qr: d.urlVerifikasi, fit: 72, eccLevel: 'M', alignment: 'center' }, { text: d.kode!, fontSize: 7, alignment: 'center', margin: [0, 2, 0, 0] }] } : undefined;

  const content: Isi[] = [
    { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', style: 'judul' },
    { text: `PERIODE: ${d.periode.nama.toUpperCase()}`, style: 'subjudul', margin: [0, 2, 0, 10] },
    {
      columns: [
        { width: '*', text: d.instansiNama.toUpperCase(), bold: true },
        { width: 'auto', text: `PERIODE PENILAIAN: ${tanggalIndonesia(d.tanggalMulai)} – ${tanggalIndonesia(d.tanggalSelesai)}`.toUpperCase(), bold: true, alignment: 'right' },
      ],
      fontSize: 8,
      margin: [0, 0, 0, 4],
    },
    tabelIdentitas(pegawai, penilai),
    tabelAtasan(orang(d.atasanPenilai, d.jenisAsn?.atasanPenilai)),
    barisHasil('CAPAIAN KINERJA ORGANISASI', d.predikatOrganisasi ? LABEL_PREDIKAT_ORGANISASI[d.predikatOrganisasi].toUpperCase() : '-'),
    polaDistribusi(d),
    tabelHasilKerja(d),
    barisHasil('RATING HASIL KERJA', labelRating(d.ratingHasilKerja), catatanHasilKerja(d)),
    tabelPerilaku(d),
    barisHasil('RATING PERILAKU KERJA', labelRating(d.ratingPerilakuKerja)),
    {
      // the result and what follows from it stay with the signatures: a signature page never stands alone
      unbreakable: true,
      stack: [
        barisHasil('PREDIKAT KINERJA PEGAWAI', d.predikat ? LABEL_PREDIKAT[d.predikat].toUpperCase() : '-'),
        ...barisKeberatan(d.keberatan),
        ...barisAngkaKredit(d.angkaKredit),
        blokTandaTangan({
          tempat: d.tempat,
          tanggal: tanggalTtd,
          kiri: { peran: 'Pegawai yang Dinilai', nama: d.pegawai.nama, nip: d.pegawai.nip, jenisAsn: pegawai.jenisAsn ?? null },
          kanan: { peran: 'Pejabat Penilai Kinerja', nama: d.penilai?.nama ?? '-', nip: d.penilai?.nip ?? null, jenisAsn: penilai?.jenisAsn ?? null },
          ...(qr ? { tengah: qr } : {}),
        }),
      ],
    },
  ];

  return renderPdf({
    content,
    info: {
      title: `Dokumen Evaluasi Kinerja Pegawai ${d.periode.nama} — ${d.pegawai.nama}`,
      author: d.instansiNama,
      subject: resmi ? `Evaluasi kinerja ${d.periode.nama}; kode verifikasi ${d.kode}` : `Evaluasi kinerja ${d.periode.nama} (draf)`,
      creationDate: new Date(d.waktuTerbit),
    },
    pageMargins: [MARGIN, MARGIN, MARGIN, 44],
    footer: footerDokumen({
      kode: resmi ? d.kode : null,
      urlVerifikasi: resmi ? d.urlVerifikasi : null,
      catatanDraf: 'DRAF — penilaian ini belum ditetapkan dan bukan dokumen resmi.',
      margin: MARGIN,
    }),
    ...(resmi ? {} : { watermark: WATERMARK_DRAF }),
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.1 },
    styles: GAYA_DOKUMEN,
  });
}
