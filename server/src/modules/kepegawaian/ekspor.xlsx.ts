// Workbooks and CSV written by Kinerja: the import template (with its "Petunjuk" sheet), the pegawai export in the
// template's own layout (so an export can be edited and imported back), and the unit tree. No I/O here: rows in,
// bytes out. Files are checked to open in LibreOffice (docs/impor-pegawai.md).
import ExcelJS from 'exceljs';
import { IMPOR_BATAS, KOLOM_IMPOR, type KunciKolom, LABEL_JENIS_ASN, LABEL_JENIS_JABATAN } from '../../../../contracts/impor.ts';
import { NAMA_SHEET } from './impor.berkas.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** A generated file on its way to the browser. */
export type { BerkasUnduhan } from '../../http/result.ts';

/** One row in the template layout; every value already in its written form. */
export type BarisPegawaiBerkas = Record<KunciKolom, string | null>;

const LEBAR: Record<KunciKolom, number> = {
  nip: 22,
  nama: 30,
  gelarDepan: 12,
  gelarBelakang: 16,
  jenisAsn: 17,
  golongan: 10,
  jabatan: 42,
  jenisJabatan: 15,
  unitKerja: 24,
  nipAtasan: 22,
  tmtJabatan: 13,
};
const KOLOM_TEKS: KunciKolom[] = ['nip', 'nipAtasan'];
const WARNA_WAJIB = 'FF1F6F5C';
const WARNA_PILIHAN = 'FF5B8A80';

export const labelJenisAsn = (j: string): string => (LABEL_JENIS_ASN as Record<string, string>)[j] ?? j;
export const labelJenisJabatan = (j: string | null): string | null => (j ? ((LABEL_JENIS_JABATAN as Record<string, string>)[j] ?? j) : null);

function tanggalCell(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function judulBaris(ws: ExcelJS.Worksheet, judul: string[], warna: (i: number) => string): void {
  const row = ws.getRow(1);
  judul.forEach((j, i) => {
    const c = row.getCell(i + 1);
    c.value = j;
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: warna(i) } };
    c.alignment = { vertical: 'middle', wrapText: true };
  });
  row.height = 30;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The "Pegawai" sheet: the template's columns, then any extra (information only, ignored on import). */
function lembarPegawai(wb: ExcelJS.Workbook, rows: readonly BarisPegawaiBerkas[], tambahan: { judul: string; lebar: number; nilai: (i: number) => string | number | null }[] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(NAMA_SHEET);
  ws.columns = [
    ...KOLOM_IMPOR.map((k) => ({ key: k.kunci, width: LEBAR[k.kunci], style: KOLOM_TEKS.includes(k.kunci) ? { numFmt: '@' } : k.kunci === 'tmtJabatan' ? { numFmt: 'yyyy-mm-dd' } : {} })),
    ...tambahan.map((t) => ({ key: t.judul, width: t.lebar })),
  ];
  judulBaris(ws, [...KOLOM_IMPOR.map((k) => k.judul), ...tambahan.map((t) => t.judul)], (i) => (i < KOLOM_IMPOR.length ? (KOLOM_IMPOR[i]!.wajib ? WARNA_WAJIB : WARNA_PILIHAN) : 'FF8A8F98'));
  rows.forEach((r, i) => {
    const values: unknown[] = KOLOM_IMPOR.map((k) => (k.kunci === 'tmtJabatan' ? tanggalCell(r.tmtJabatan) : r[k.kunci]));
    for (const t of tambahan) values.push(t.nilai(i));
    ws.addRow(values);
  });
  // text cells stay text when a user types a NIP into an empty row: the column format is '@' as above
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: KOLOM_IMPOR.length + tambahan.length } };
  return ws;
}

const PETUNJUK_UMUM = [
  'Satu baris = satu pegawai. Baris 1 berisi judul kolom; jangan diubah. Urutan kolom bebas; kolom lain di luar daftar ini diabaikan.',
  'Pegawai dicocokkan dengan NIP: NIP yang belum ada menjadi pegawai baru (akun dibuat dengan nama akun = NIP, tanpa kata sandi: terbitkan lewat menu Akun → reset). NIP yang sudah ada memperbarui data pegawai itu.',
  'Jabatan/unit yang berbeda dari data sekarang dicatat sebagai mutasi (riwayat jabatan jenis "impor") mulai TMT Jabatan.',
  'Kolom tidak wajib yang tidak ada di berkas tidak mengubah data. Sel kosong pada kolom yang ada mengosongkan isian itu (mis. gelar).',
  'Unggah berkas → periksa pratinjau (setiap galat menyebut baris dan kolomnya) → terapkan. Semua baris diterapkan sekaligus atau tidak sama sekali; selama masih ada galat, berkas tidak dapat diterapkan. Mengunggah berkas yang sama lagi tidak mengubah apa pun.',
  `Format: .xlsx (lembar "${NAMA_SHEET}") atau .csv UTF-8 dengan pemisah titik koma (;) atau koma. Maksimal ${IMPOR_BATAS.ukuranBerkas / 1024 / 1024} MB dan ${IMPOR_BATAS.jumlahBaris.toLocaleString('id-ID')} baris per berkas.`,
  'Bila membuka CSV di Excel, NIP akan berubah menjadi angka dan kehilangan digit terakhirnya: gunakan templat .xlsx, atau impor CSV lewat Data → Dari Teks/CSV dengan kolom NIP bertipe Teks.',
];

function lembarPetunjuk(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Petunjuk');
  ws.columns = [{ width: 18 }, { width: 10 }, { width: 100 }];
  ws.addRow(['Petunjuk impor data pegawai — Kinerja']).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const p of PETUNJUK_UMUM) {
    const row = ws.addRow(['', '', p]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  const head = ws.addRow(['Kolom', 'Wajib', 'Keterangan']);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNA_WAJIB } }));
  for (const k of KOLOM_IMPOR) {
    const row = ws.addRow([k.judul, k.wajib ? 'Ya' : 'Tidak', k.keterangan]);
    row.getCell(1).font = { bold: true };
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }
}

async function keBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function bukuBaru(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  return wb;
}

export async function templatXlsx(contoh: readonly BarisPegawaiBerkas[]): Promise<Buffer> {
  const wb = bukuBaru();
  const ws = lembarPegawai(wb, contoh);
  // drop-down lists where the value set is closed; LibreOffice and Excel both honour them
  const kol = (k: KunciKolom) => ws.getColumn(KOLOM_IMPOR.findIndex((x) => x.kunci === k) + 1).letter;
  const sampai = IMPOR_BATAS.jumlahBaris + 1;
  // range validations exist in exceljs 4 but are missing from its type declarations
  const validasi = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validasi.add(`${kol('jenisAsn')}2:${kol('jenisAsn')}${sampai}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${Object.values(LABEL_JENIS_ASN).join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Jenis ASN',
    error: 'Pilih PNS, PPPK, atau PPPK Paruh Waktu.',
  });
  validasi.add(`${kol('jenisJabatan')}2:${kol('jenisJabatan')}${sampai}`, {
    type: 'list',
    allowBlank: true,
    formulae: ['"JPT,Administrator,Pengawas,Pelaksana,Fungsional"'],
  });
  lembarPetunjuk(wb);
  return keBuffer(wb);
}

function selCsv(v: string | null | undefined): string {
  const s = v ?? '';
  return /[";\r\n,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM (so Excel reads it as UTF-8) and ';' (the list separator of an Indonesian Windows locale). */
export function templatCsv(contoh: readonly BarisPegawaiBerkas[]): Buffer {
  const lines = [KOLOM_IMPOR.map((k) => selCsv(k.judul)).join(';'), ...contoh.map((r) => KOLOM_IMPOR.map((k) => selCsv(r[k.kunci])).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export interface BarisEksporPegawai extends BarisPegawaiBerkas {
  namaUnit: string | null;
  status: string;
}

export async function eksporPegawaiXlsx(rows: readonly BarisEksporPegawai[]): Promise<Buffer> {
  const wb = bukuBaru();
  lembarPegawai(wb, rows, [
    { judul: 'Nama Unit Kerja (info)', lebar: 40, nilai: (i) => rows[i]!.namaUnit },
    { judul: 'Status (info)', lebar: 12, nilai: (i) => rows[i]!.status },
  ]);
  lembarPetunjuk(wb);
  return keBuffer(wb);
}

export interface BarisEksporUnit {
  kode: string;
  nama: string;
  singkatan: string | null;
  jenis: string;
  kodeInduk: string | null;
  namaInduk: string | null;
  opd: string | null;
  jalur: string;
  dibukaPada: string | null;
  ditutupPada: string | null;
  pegawaiLangsung: number;
  pegawaiTotal: number;
}

export async function eksporUnitXlsx(rows: readonly BarisEksporUnit[]): Promise<Buffer> {
  const wb = bukuBaru();
  const ws = wb.addWorksheet('Unit Kerja');
  const kolom: { judul: string; lebar: number; ambil: (r: BarisEksporUnit) => string | number | Date | null; tanggal?: boolean }[] = [
    { judul: 'Kode', lebar: 26, ambil: (r) => r.kode },
    { judul: 'Nama', lebar: 45, ambil: (r) => r.nama },
    { judul: 'Singkatan', lebar: 12, ambil: (r) => r.singkatan },
    { judul: 'Jenis', lebar: 14, ambil: (r) => r.jenis },
    { judul: 'Kode Induk', lebar: 22, ambil: (r) => r.kodeInduk },
    { judul: 'Nama Induk', lebar: 40, ambil: (r) => r.namaInduk },
    { judul: 'OPD', lebar: 40, ambil: (r) => r.opd },
    { judul: 'Jalur', lebar: 80, ambil: (r) => r.jalur },
    { judul: 'Dibuka Pada', lebar: 13, ambil: (r) => tanggalCell(r.dibukaPada), tanggal: true },
    { judul: 'Ditutup Pada', lebar: 13, ambil: (r) => tanggalCell(r.ditutupPada), tanggal: true },
    { judul: 'Jumlah Pegawai (unit ini)', lebar: 14, ambil: (r) => r.pegawaiLangsung },
    { judul: 'Jumlah Pegawai (termasuk sub-unit)', lebar: 16, ambil: (r) => r.pegawaiTotal },
  ];
  ws.columns = kolom.map((k) => ({ width: k.lebar, style: k.tanggal ? { numFmt: 'yyyy-mm-dd' } : {} }));
  judulBaris(ws, kolom.map((k) => k.judul), () => WARNA_WAJIB);
  for (const r of rows) ws.addRow(kolom.map((k) => k.ambil(r)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: kolom.length } };
  return keBuffer(wb);
}
