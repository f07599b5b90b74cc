// Reading an uploaded pegawai file: the type is decided by content, never by name (DESIGN.md "Files"): an .xlsx is
// a zip (PK\x03\x04) that exceljs can open; a CSV is UTF-8 text. Everything else is refused with a message that
// says what to do. Returns the known columns of each data row, with the row number people see in their program.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPOR_BATAS, KOLOM_IMPOR, type KunciKolom } from '../../../../contracts/impor.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { type BarisMentah, judulKolom, kolomDariJudul, teksSel } from './impor.normalisasi.ts';

export type FormatBerkas = 'xlsx' | 'csv';

export interface TabelImpor {
  format: FormatBerkas;
  kolom: KunciKolom[];
  baris: BarisMentah[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Buffer, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** The header may sit below a title line or two; it is the first of the top rows that names the NIP column. */
const BARIS_JUDUL_MAKS = 10;
export const NAMA_SHEET = 'Pegawai';

export function jenisBerkas(data: Buffer): Result<FormatBerkas> {
  if (data.length === 0) return fail('IMPOR.BERKAS_KOSONG', 'Berkas kosong (0 byte).');
  if (startsWith(data, ZIP)) return ok('xlsx');
  if (startsWith(data, OLE2)) {
    return fail('IMPOR.JENIS_BERKAS', 'Berkas ini berformat Excel lama (.xls). Buka di Excel/LibreOffice lalu simpan sebagai .xlsx (Excel Workbook), kemudian unggah ulang.');
  }
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return fail('IMPOR.JENIS_BERKAS', 'Berkas CSV ini ber-encoding UTF-16. Simpan ulang sebagai "CSV UTF-8", atau gunakan templat .xlsx.');
  }
  // text: no NUL byte in the first 8 KB (binary formats have them early), and valid UTF-8 throughout
  if (data.subarray(0, 8192).includes(0)) return fail('IMPOR.JENIS_BERKAS');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return fail('IMPOR.JENIS_BERKAS', 'Berkas CSV ini bukan teks UTF-8 (mungkin disimpan sebagai "CSV (Windows)"/ANSI). Simpan ulang sebagai "CSV UTF-8", atau gunakan templat .xlsx.');
  }
  return ok('csv');
}

export async function bacaBerkas(data: Buffer): Promise<Result<TabelImpor>> {
  const jenis = jenisBerkas(data);
  if (!jenis.ok) return jenis;
  const grid = jenis.value === 'xlsx' ? await gridXlsx(data) : gridCsv(data);
  if (!grid.ok) return grid;
  return tabelDariGrid(jenis.value, grid.value);
}

type Grid = { nomor: number; sel: unknown[] }[];

async function gridXlsx(data: Buffer): Promise<Result<Grid>> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return fail('IMPOR.BERKAS_RUSAK', 'Berkas bukan berkas Excel (.xlsx) yang dapat dibaca: mungkin rusak, terenkripsi (berkata sandi), atau berkas zip lain.');
  }
  const ws = wb.getWorksheet(NAMA_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0];
  if (!ws) return fail('IMPOR.BERKAS_RUSAK', 'Berkas Excel tidak memiliki lembar kerja.');
  if (ws.actualRowCount > IMPOR_BATAS.jumlahBaris + BARIS_JUDUL_MAKS) return terlaluBanyak(ws.actualRowCount);
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row, nomor) => {
    // row.values is 1-based (index 0 empty)
    const v = row.values as unknown[];
    grid.push({ nomor, sel: v.slice(1) });
  });
  return ok(grid);
}

/** The separator of the header line: Excel in an Indonesian locale writes ';', elsewhere ','; tabs from copy-paste. */
function pemisah(teks: string): string {
  const baris = teks.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const hitung = (c: string) => baris.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (hitung(c) > hitung(best) ? c : best), ',');
}

function gridCsv(data: Buffer): Result<Grid> {
  const teks = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
  try {
    const records = parseCsv(teks, {
      delimiter: pemisah(teks),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    if (records.length > IMPOR_BATAS.jumlahBaris + BARIS_JUDUL_MAKS) return terlaluBanyak(records.length);
    // info.lines is the line where the record ends; a record spanning lines is rare in these files
    return ok(records.map((r) => ({ nomor: r.info.lines, sel: r.record })));
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    const line = /line (\d+)/i.exec(m)?.[1];
    return fail('IMPOR.BERKAS_RUSAK', `Berkas CSV tidak dapat dibaca${line ? ` (sekitar baris ${line})` : ''}: periksa tanda kutip (") yang tidak ditutup.`);
  }
}

function terlaluBanyak(n: number): Result<never> {
  return fail('IMPOR.TERLALU_BANYAK_BARIS', `Berkas memuat sekitar ${n} baris; maksimal ${IMPOR_BATAS.jumlahBaris} baris data per berkas. Bagi menjadi beberapa berkas.`);
}

function tabelDariGrid(format: FormatBerkas, grid: Grid): Result<TabelImpor> {
  const wajib = KOLOM_IMPOR.filter((k) => k.wajib).map((k) => k.kunci);
  let header: { idx: number; kolom: Map<number, KunciKolom> } | undefined;
  for (let i = 0; i < Math.min(grid.length, BARIS_JUDUL_MAKS); i++) {
    const kolom = new Map<number, KunciKolom>();
    grid[i]!.sel.forEach((c, j) => {
      const k = kolomDariJudul(teksSel(c));
      // the first column of a name wins (an export's extra info columns never shadow it)
      if (k && ![...kolom.values()].includes(k)) kolom.set(j, k);
    });
    if ([...kolom.values()].includes('nip')) {
      header = { idx: i, kolom };
      break;
    }
  }
  if (!header) {
    return fail('IMPOR.KOLOM_WAJIB', `Baris judul kolom tidak ditemukan: salah satu dari ${BARIS_JUDUL_MAKS} baris teratas harus memuat judul kolom, termasuk "NIP". Kolom wajib: ${wajib.map(judulKolom).join(', ')}. Gunakan templat.`, { kolomHilang: wajib });
  }
  const ada = new Set(header.kolom.values());
  const hilang = wajib.filter((k) => !ada.has(k));
  if (hilang.length) {
    return fail('IMPOR.KOLOM_WAJIB', `Kolom wajib tidak ada di berkas: ${hilang.map(judulKolom).join(', ')}. Judul kolom harus sama dengan templat.`, { kolomHilang: hilang });
  }
  const baris: BarisMentah[] = [];
  for (const row of grid.slice(header.idx + 1)) {
    const sel: BarisMentah['sel'] = {};
    let kosong = true;
    for (const [j, k] of header.kolom) {
      const v = row.sel[j];
      if (v !== undefined && v !== null && teksSel(v) !== '') kosong = false;
      sel[k] = v;
    }
    if (!kosong) baris.push({ baris: row.nomor, sel });
  }
  if (baris.length === 0) return fail('IMPOR.BERKAS_KOSONG', 'Berkas hanya memuat judul kolom, tanpa baris data pegawai.');
  if (baris.length > IMPOR_BATAS.jumlahBaris) return terlaluBanyak(baris.length);
  return ok({ format, kolom: KOLOM_IMPOR.map((k) => k.kunci).filter((k) => ada.has(k)), baris });
}
