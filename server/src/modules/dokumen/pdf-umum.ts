// What every official PDF of Kinerja shares (the SKP now, the Dokumen Evaluasi Kinerja Pegawai later): pdfmake 0.3
// with its bundled Roboto (covers Indonesian and the usual typography: é, —, ≥, …), locked down so document content
// can never make the server fetch a URL or read a local file; Indonesian dates; the identity and signature blocks;
// the footer with the verification code and "halaman x dari y"; the DRAF watermark.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatNip, type JenisAsnBernomor } from '../../../../domain/nip.ts';

// ——— the few pdfmake types we use (the package ships none) ———

export type Isi = string | IsiObjek | Isi[];
export interface IsiObjek {
  text?: Isi;
  stack?: Isi[];
  columns?: Isi[];
  table?: { widths?: (number | string)[]; headerRows?: number; keepWithHeaderRows?: number; dontBreakRows?: boolean; body: Sel[][] };
  layout?: string | Record<string, unknown>;
  ul?: Isi[];
  qr?: string;
  fit?: number;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
  width?: number | string;
  colSpan?: number;
  rowSpan?: number;
  style?: string | string[];
  bold?: boolean;
  italics?: boolean;
  fontSize?: number;
  color?: string;
  fillColor?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  margin?: number | [number, number] | [number, number, number, number];
  unbreakable?: boolean;
  lineHeight?: number;
  characterSpacing?: number;
  decoration?: 'underline';
  noWrap?: boolean;
  pageBreak?: 'before' | 'after';
}
/** A table cell; `{}` fills the place of a cell covered by a rowSpan/colSpan. */
export type Sel = Isi;

export interface DefinisiDokumen {
  content: Isi[];
  info: { title: string; author: string; subject?: string; keywords?: string; creator?: string; producer?: string; creationDate: Date };
  pageSize?: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: [number, number, number, number];
  footer?: (halaman: number, jumlahHalaman: number) => Isi;
  watermark?: { text: string; color?: string; opacity?: number; bold?: boolean; fontSize?: number; angle?: number };
  defaultStyle?: IsiObjek & { font?: string };
  styles?: Record<string, IsiObjek>;
  language?: string;
  compress?: boolean;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (p: string) => boolean): void;
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  createPdf(doc: DefinisiDokumen): { getBuffer(): Promise<Buffer> };
}

// ——— one locked-down pdfmake for the process ———

const require = createRequire(import.meta.url);

/**
 * pdfkit parses each font anew for every document (fontkit.create), and re-decodes its layout tables (GSUB/GPOS) on
 * first use: ~40 % of the CPU of an SKP PDF (bench/skp-pdf.bench.ts: ~110 → ~65 ms per render). The parsed font is read-only
 * apart from its own caches, and layout is synchronous, so one parsed font per font file can serve every document;
 * each document still makes its own subset. Done by handing pdfkit a fontkit whose create() remembers its result per
 * buffer (ours are the four buffers in pdfmake's virtual file system). Must run before pdfkit is first loaded; if
 * anything here is not as expected, pdfkit simply keeps the plain fontkit.
 */
function fontkitDenganCache(): void {
  try {
    const pdfkit = require.resolve('pdfkit', { paths: [path.dirname(require.resolve('pdfmake/package.json'))] });
    const fontkitPath = require.resolve('fontkit', { paths: [path.dirname(pdfkit)] });
    if (require.cache[pdfkit]) return;
    type Fontkit = { create(buf: Uint8Array, postscriptName?: string): unknown };
    const asli = require(fontkitPath) as Fontkit;
    const entry = require.cache[fontkitPath];
    if (!entry || typeof asli.create !== 'function') return;
    const parsed = new WeakMap<Uint8Array, unknown>();
    entry.exports = {
      ...asli,
      create(buf: Uint8Array, postscriptName?: string) {
        if (postscriptName) return asli.create(buf, postscriptName);
        let f = parsed.get(buf);
        if (f === undefined) parsed.set(buf, (f = asli.create(buf)));
        return f;
      },
    };
  } catch {
    // a different package layout: no cache, same output
  }
}
fontkitDenganCache();
const pdfmake = require('pdfmake') as PdfMake;
const DIR_FONT = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const BERKAS_FONT = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' } as const;

// the fonts are read once into pdfmake's in-memory file system; every other path and every URL is refused
for (const nama of Object.values(BERKAS_FONT)) pdfmake.virtualfs.writeFileSync(`roboto/${nama}`, fs.readFileSync(path.join(DIR_FONT, nama)));
pdfmake.setFonts({ Roboto: { normal: 'roboto/Roboto-Regular.ttf', bold: 'roboto/Roboto-Medium.ttf', italics: 'roboto/Roboto-Italic.ttf', bolditalics: 'roboto/Roboto-MediumItalic.ttf' } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => {
  const abs = path.resolve(p);
  return abs.startsWith(DIR_FONT + path.sep);
});

/** Lays out and writes the PDF. The same definition (with the same info.creationDate) gives the same bytes. */
export async function renderPdf(doc: DefinisiDokumen): Promise<Buffer> {
  return pdfmake.createPdf({ pageSize: 'A4', pageOrientation: 'portrait', language: 'id-ID', ...doc, info: { creator: 'Kinerja', producer: 'Kinerja', ...doc.info } }).getBuffer();
}

// ——— words ———

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** '2026-01-01' → '1 Januari 2026' */
export function tanggalIndonesia(tanggal: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(tanggal);
  if (!m) return tanggal;
  return `${Number(m[3])} ${BULAN[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/**
 * The place printed before the date of a signature: the city or regency of the instansi
 * ("Pemerintah Kota Kupang (DEMO)" → "Kupang").
 */
export function tempatDariInstansi(nama: string): string {
  const t = nama
    .replace(/\(.*?\)/g, '')
    .replace(/^\s*pemerintah\s+/i, '')
    .replace(/^(kota|kabupaten|provinsi)\s+/i, '')
    .trim();
  return t || nama.trim();
}

/** NIP as printed on documents ("19860926 201505 1 001"); PPPK numbers keep their own grouping. */
export function nipCetak(nip: string | null | undefined, jenisAsn?: string | null): string {
  if (!nip) return '-';
  const jenis: JenisAsnBernomor = jenisAsn === 'PPPK' || jenisAsn === 'PPPK_PARUH_WAKTU' ? jenisAsn : 'PNS';
  return formatNip(nip, jenis);
}

// ——— building blocks ———

export const WARNA_GARIS = '#555555';
export const WARNA_KEPALA = '#e8e8e8';

/** Thin grey lines around every cell, compact padding. */
export const TATA_TABEL = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => WARNA_GARIS,
  vLineColor: () => WARNA_GARIS,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export interface IdentitasOrang {
  nama: string;
  nip: string | null;
  jenisAsn?: string | null;
  pangkat: string | null;
  jabatan: string | null;
  unit: string | null;
}

const strip = (v: string | null | undefined) => (v && v.trim() ? v : '-');

/**
 * The two identity blocks side by side (Permenpan-RB 6/2022 lampiran): PEGAWAI YANG DINILAI and PEJABAT PENILAI
 * KINERJA, each with Nama, NIP, Pangkat/Gol. Ruang, Jabatan, Unit Kerja. A missing penilai prints dashes.
 */
export function tabelIdentitas(pegawai: IdentitasOrang, penilai: IdentitasOrang | null, judul: [string, string] = ['PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA']): IsiObjek {
  const baris = (o: IdentitasOrang | null) => [
    ['NAMA', o ? strip(o.nama) : '-'],
    ['NIP', o ? nipCetak(o.nip, o.jenisAsn) : '-'],
    ['PANGKAT/GOL. RUANG', o ? strip(o.pangkat) : '-'],
    ['JABATAN', o ? strip(o.jabatan) : '-'],
    ['UNIT KERJA', o ? strip(o.unit) : '-'],
  ];
  const kiri = baris(pegawai);
  const kanan = baris(penilai);
  const body: Sel[][] = [
    [
      { text: 'NO', style: 'kepalaTabel' },
      { text: judul[0], style: 'kepalaTabel', colSpan: 2 },
      {},
      { text: 'NO', style: 'kepalaTabel' },
      { text: judul[1], style: 'kepalaTabel', colSpan: 2 },
      {},
    ],
    ...kiri.map((k, i) => [
      { text: String(i + 1), alignment: 'center' as const },
      k[0]!,
      { text: k[1]!, bold: i === 0 },
      { text: String(i + 1), alignment: 'center' as const },
      kanan[i]![0]!,
      { text: kanan[i]![1]!, bold: i === 0 },
    ]),
  ];
  return { table: { widths: [14, 86, '*', 14, 86, '*'], body, dontBreakRows: true }, layout: TATA_TABEL, fontSize: 8, margin: [0, 0, 0, 8] };
}

/**
 * Place/date and the two signature blocks; `tengah` (e.g. the QR code of the verification URL) sits between them.
 * Never split across pages.
 */
export function blokTandaTangan(o: {
  tempat: string;
  tanggal: string;
  kiri: { peran: string; nama: string; nip: string | null; jenisAsn?: string | null };
  kanan: { peran: string; nama: string; nip: string | null; jenisAsn?: string | null };
  tengah?: Isi;
}): IsiObjek {
  const blok = (b: { peran: string; nama: string; nip: string | null; jenisAsn?: string | null }, atas: string) => ({
    width: '*',
    alignment: 'center' as const,
    stack: [
      { text: atas || ' ' },
      { text: b.peran },
      { text: ' ', margin: [0, 0, 0, 40] as [number, number, number, number] },
      { text: b.nama, bold: true, decoration: 'underline' as const },
      { text: b.nip ? `NIP. ${nipCetak(b.nip, b.jenisAsn)}` : ' ' },
    ],
  });
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    fontSize: 9,
    columns: [blok(o.kiri, ''), { width: 90, alignment: 'center', stack: o.tengah ? [o.tengah] : [' '] }, blok(o.kanan, `${o.tempat}, ${o.tanggal}`)],
  };
}

/**
 * The footer of every page: the verification code and where to check it (or, on a draft, that it is not an
 * official document) and "Halaman x dari y".
 */
export function footerDokumen(o: { kode: string | null; urlVerifikasi: string | null; catatanDraf: string; margin: number }) {
  return (halaman: number, jumlah: number): Isi => ({
    margin: [o.margin, 8, o.margin, 0],
    fontSize: 7,
    color: '#333333',
    columns: [
      {
        width: '*',
        stack: o.kode
          ? [
              { text: [{ text: 'Kode verifikasi: ' }, { text: o.kode, bold: true, characterSpacing: 0.5 }] },
              { text: o.urlVerifikasi ? `Periksa keaslian dokumen ini di ${o.urlVerifikasi}` : 'Periksa keaslian dokumen ini pada halaman verifikasi Kinerja.' },
            ]
          : [{ text: o.catatanDraf, bold: true }],
      },
      { width: 90, alignment: 'right', text: `Halaman ${halaman} dari ${jumlah}` },
    ],
  });
}

export const WATERMARK_DRAF = { text: 'DRAF', color: '#808080', opacity: 0.3, bold: true, fontSize: 140 } as const;

export const GAYA_DOKUMEN: Record<string, IsiObjek> = {
  judul: { fontSize: 12, bold: true, alignment: 'center' },
  subjudul: { fontSize: 10, bold: true, alignment: 'center' },
  kepalaTabel: { bold: true, fillColor: WARNA_KEPALA, alignment: 'center', fontSize: 8 },
  kelompok: { bold: true, fillColor: '#f4f4f4' },
};
