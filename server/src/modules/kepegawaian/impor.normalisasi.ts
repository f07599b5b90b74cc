// Cell by cell: what people actually type in a SIASN-like sheet, turned into the stored form, or a note that names
// the column and what is wrong. Pure (no I/O, no clock) and table-tested in impor.normalisasi.test.ts.
import { KOLOM_IMPOR, type KodeCatatan, type KunciKolom, PESAN_CATATAN, type CatatanImpor, isiPesan } from '../../../../contracts/impor.ts';
import type { JENIS_ASN_BERNOMOR } from '../../../../contracts/pegawai.ts';
import { tanggalValid } from '../../../../domain/kalender.ts';
import { normalisasiNip, validateNip } from '../../../../domain/nip.ts';

export type JenisAsnImpor = (typeof JENIS_ASN_BERNOMOR)[number];
export type JenisJabatanImpor = 'jpt' | 'administrator' | 'pengawas' | 'pelaksana' | 'fungsional';

const JUDUL = new Map<KunciKolom, string>(KOLOM_IMPOR.map((k) => [k.kunci, k.judul]));
export const judulKolom = (k: KunciKolom): string => JUDUL.get(k) ?? k;

/** A note on row `baris`: "Baris 7, kolom NIP: …". */
export function catatan(baris: number, kolom: KunciKolom | null, kode: KodeCatatan, param: Record<string, string | number> = {}): CatatanImpor {
  const isi = isiPesan(PESAN_CATATAN[kode], param);
  return { kode, kolom, pesan: kolom ? `Baris ${baris}, kolom ${judulKolom(kolom)}: ${isi}` : `Baris ${baris}: ${isi}`, param };
}

// ——— headers ——————————————————————————————————————————————————————————————————————————————————————————————

const kunciJudul = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header spellings seen in SIASN and BKD exports, besides the template's own titles. */
const ALIAS: Record<string, KunciKolom> = {
  nipbaru: 'nip',
  ninipppk: 'nip',
  nipnipppk: 'nip',
  jenispegawai: 'jenisAsn',
  golruang: 'golongan',
  golonganruang: 'golongan',
  namajabatan: 'jabatan',
  unor: 'unitKerja',
  unornama: 'unitKerja',
  unitorganisasi: 'unitKerja',
  kodeunitkerja: 'unitKerja',
  nipatasanlangsung: 'nipAtasan',
  tmt: 'tmtJabatan',
};
const KUNCI_DARI_JUDUL = new Map<string, KunciKolom>([...KOLOM_IMPOR.map((k): [string, KunciKolom] => [kunciJudul(k.judul), k.kunci]), ...Object.entries(ALIAS)]);

/** The column a header cell names, or null for a column the import does not read (kept, ignored). */
export function kolomDariJudul(judul: string): KunciKolom | null {
  return KUNCI_DARI_JUDUL.get(kunciJudul(judul)) ?? null;
}

// ——— cells ————————————————————————————————————————————————————————————————————————————————————————————————

/** Text of a cell: trimmed, inner whitespace collapsed; '' for empty. Excel's rich text/formula/hyperlink objects too. */
export function teksSel(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(o.richText)) return teksSel(o.richText.map((r) => r.text).join(''));
    if ('result' in o) return teksSel(o.result);
    if ('text' in o) return teksSel(o.text);
    if (o.error) return '';
  }
  return '';
}

export type HasilSel<T> = { ok: true; nilai: T } | { ok: false; kode: KodeCatatan; param: Record<string, string | number> };
const sah = <T>(nilai: T): HasilSel<T> => ({ ok: true, nilai });
const salah = <T>(kode: KodeCatatan, param: Record<string, string | number> = {}): HasilSel<T> => ({ ok: false, kode, param });

/**
 * NIP cell → the stored 18-digit form, checked per jenis ASN (domain/nip.ts). Excel turns an 18-digit number into a
 * float (1.98609262015051E+17): the last digits are gone, so it is refused with the fix, never "repaired".
 */
export function nipDariSel(v: unknown, jenisAsn: JenisAsnImpor | null): HasilSel<string> {
  if (typeof v === 'number') return salah('NIP_ANGKA_EXCEL', { nilai: Number.isSafeInteger(v) ? String(v) : v.toExponential() });
  let s = teksSel(v);
  // ="1986…" (an Excel trick to keep text) and '1986… (a typed text prefix)
  s = s.replace(/^="?(.*?)"?$/, '$1').replace(/^'/, '');
  if (!s) return salah('NIP_WAJIB');
  if (/^\d(?:[.,]\d+)?e\+?\d+$/i.test(s)) return salah('NIP_ANGKA_EXCEL', { nilai: s });
  if (!jenisAsn) {
    // without a jenis ASN the layout is unknown; still refuse what is wrong under every layout (digits, length)
    const n = normalisasiNip(s);
    if (/^\d{18}$/.test(n)) return sah(n);
    const r = validateNip(s, 'PNS');
    return salah('NIP_SALAH', r.ok ? { detail: '', detailEn: '' } : { detail: r.pesan, detailEn: r.message });
  }
  const r = validateNip(s, jenisAsn);
  return r.ok ? sah(r.nip) : salah('NIP_SALAH', { detail: r.pesan, detailEn: r.message });
}

const kunciNilai = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

const JENIS_ASN: Record<string, JenisAsnImpor> = { PNS: 'PNS', PPPK: 'PPPK', PPPKPARUHWAKTU: 'PPPK_PARUH_WAKTU', PPPKPW: 'PPPK_PARUH_WAKTU' };

export function jenisAsnDariSel(v: unknown): HasilSel<JenisAsnImpor> {
  const s = teksSel(v);
  if (!s) return salah('JENIS_ASN_WAJIB');
  const j = JENIS_ASN[kunciNilai(s)];
  return j ? sah(j) : salah('JENIS_ASN_TIDAK_DIKENAL', { nilai: s });
}

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
/** PNS golongan ruang (PP 99/2000 as amended): I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e. */
const RUANG_PNS: Record<string, string> = { I: 'abcd', II: 'abcd', III: 'abcd', IV: 'abcde' };

/**
 * Golongan: PNS "III/b" (also "iii-b", "III b", "3/b"); PPPK roman I–XVII (Perpres 98/2020), arabic 1–17 accepted.
 * Empty → null (no golongan).
 */
export function golonganDariSel(v: unknown, jenisAsn: JenisAsnImpor | null): HasilSel<string | null> {
  const s = teksSel(v);
  if (!s) return sah(null);
  if (!jenisAsn) return sah(s.slice(0, 10));
  if (jenisAsn === 'PNS') {
    const m = /^(IV|III|II|I|[1-4])\s*[/\-. ]?\s*([A-E])$/i.exec(s.trim());
    if (m) {
      const gol = /\d/.test(m[1]!) ? ROMAWI[Number(m[1]) - 1]! : m[1]!.toUpperCase();
      const ruang = m[2]!.toLowerCase();
      if (RUANG_PNS[gol]?.includes(ruang)) return sah(`${gol}/${ruang}`);
    }
    return salah('GOLONGAN_TIDAK_DIKENAL', { nilai: s, jenis: 'PNS', rentang: 'I/a–IV/e, mis. III/b' });
  }
  const up = s.toUpperCase().replace(/\s+/g, '');
  if (ROMAWI.includes(up)) return sah(up);
  if (/^\d{1,2}$/.test(up) && Number(up) >= 1 && Number(up) <= 17) return sah(ROMAWI[Number(up) - 1]!);
  return salah('GOLONGAN_TIDAK_DIKENAL', { nilai: s, jenis: 'PPPK', rentang: 'I–XVII, mis. IX' });
}

const JENIS_JABATAN: Record<string, JenisJabatanImpor> = {
  JPT: 'jpt',
  PIMPINANTINGGI: 'jpt',
  JABATANPIMPINANTINGGI: 'jpt',
  ADMINISTRATOR: 'administrator',
  JABATANADMINISTRATOR: 'administrator',
  PENGAWAS: 'pengawas',
  JABATANPENGAWAS: 'pengawas',
  PELAKSANA: 'pelaksana',
  JABATANPELAKSANA: 'pelaksana',
  // "jabatan fungsional umum" is the pre-2019 name of pelaksana posts; JFT the fungsional tertentu
  JFU: 'pelaksana',
  FUNGSIONALUMUM: 'pelaksana',
  FUNGSIONAL: 'fungsional',
  JABATANFUNGSIONAL: 'fungsional',
  JFT: 'fungsional',
  FUNGSIONALTERTENTU: 'fungsional',
};

export function jenisJabatanDariSel(v: unknown): HasilSel<JenisJabatanImpor | null> {
  const s = teksSel(v);
  if (!s) return sah(null);
  const j = JENIS_JABATAN[kunciNilai(s)];
  return j ? sah(j) : salah('JENIS_JABATAN_TIDAK_DIKENAL', { nilai: s });
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * TMT Jabatan: an Excel date cell (exceljs gives a Date at UTC midnight), an Excel serial number, or text in
 * TTTT-BB-HH / HH-BB-TTTT (Indonesian order; '/', '.' also). Empty → null (the caller uses the import date).
 */
export function tanggalDariSel(v: unknown): HasilSel<string | null> {
  if (v === null || v === undefined || v === '') return sah(null);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return salah('TANGGAL_TIDAK_VALID', { nilai: String(v) });
    return sah(v.toISOString().slice(0, 10));
  }
  if (typeof v === 'number') {
    // serials 1–2958465 cover 1900–9999; anything else is not a date
    if (Number.isInteger(v) && v > 0 && v < 2_958_466) return sah(new Date(EXCEL_EPOCH_MS + v * 86_400_000).toISOString().slice(0, 10));
    return salah('TANGGAL_TIDAK_VALID', { nilai: String(v) });
  }
  const s = teksSel(v);
  if (!s) return sah(null);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  let iso: string | null = null;
  if (m) iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return iso && tanggalValid(iso) ? sah(iso) : salah('TANGGAL_TIDAK_VALID', { nilai: s });
}

/** Optional NIP Atasan: digits only (spaces allowed), or a warning. */
export function nipAtasanDariSel(v: unknown): HasilSel<string | null> {
  if (typeof v === 'number') return salah('NIP_ATASAN_TIDAK_VALID', { nilai: Number.isSafeInteger(v) ? String(v) : v.toExponential() });
  const s = teksSel(v).replace(/^="?(.*?)"?$/, '$1').replace(/^'/, '');
  if (!s) return sah(null);
  const n = normalisasiNip(s);
  return /^\d{18}$/.test(n) ? sah(n) : salah('NIP_ATASAN_TIDAK_VALID', { nilai: s });
}

/** Case- and spacing-insensitive key for matching names of units and posts. */
export const kunciNama = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Levenshtein distance, bounded (returns > max early): used only to suggest a post name for a typo. */
export function jarakEdit(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

// ——— a whole row ——————————————————————————————————————————————————————————————————————————————————————————

/** One data row as read from the file: the row number and the raw cell of each known column. */
export interface BarisMentah {
  baris: number;
  sel: Partial<Record<KunciKolom, unknown>>;
}

/** A row in stored form (kept in impor_pegawai.isi between preview and commit). */
export interface BarisNormal {
  baris: number;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisAsn: JenisAsnImpor | null;
  golongan: string | null;
  jabatan: string;
  jenisJabatan: JenisJabatanImpor | null;
  unitKerja: string;
  nipAtasan: string | null;
  /** null = empty cell: the import date applies */
  tmtJabatan: string | null;
}

const BATAS_TEKS: Partial<Record<KunciKolom, number>> = { nama: 150, gelarDepan: 50, gelarBelakang: 80, jabatan: 200, unitKerja: 200 };

export function normalisasiBaris(m: BarisMentah): { normal: BarisNormal; galat: CatatanImpor[]; peringatan: CatatanImpor[] } {
  const galat: CatatanImpor[] = [];
  const peringatan: CatatanImpor[] = [];
  const n = m.baris;
  const bad = (k: KunciKolom, r: { kode: KodeCatatan; param: Record<string, string | number> }) => galat.push(catatan(n, k, r.kode, r.param));

  const jenis = jenisAsnDariSel(m.sel.jenisAsn);
  if (!jenis.ok) bad('jenisAsn', jenis);
  const jenisAsn = jenis.ok ? jenis.nilai : null;

  const nipR = nipDariSel(m.sel.nip, jenisAsn);
  if (!nipR.ok) bad('nip', nipR);
  const nipTeks = teksSel(m.sel.nip);

  const teks = (k: KunciKolom): string | null => {
    const s = teksSel(m.sel[k]);
    const maks = BATAS_TEKS[k];
    if (maks && s.length > maks) bad(k, { kode: 'TEKS_TERLALU_PANJANG', param: { panjang: s.length, maks } });
    return s || null;
  };
  const nama = teks('nama');
  if (!nama || nama.length < 2) bad('nama', { kode: 'NAMA_WAJIB', param: {} });
  const gelarDepan = teks('gelarDepan');
  const gelarBelakang = teks('gelarBelakang');

  const gol = golonganDariSel(m.sel.golongan, jenisAsn);
  if (!gol.ok) bad('golongan', gol);

  const jabatan = teks('jabatan');
  if (!jabatan) bad('jabatan', { kode: 'JABATAN_WAJIB', param: {} });
  const jj = jenisJabatanDariSel(m.sel.jenisJabatan);
  if (!jj.ok) bad('jenisJabatan', jj);

  const unitKerja = teks('unitKerja');
  if (!unitKerja) bad('unitKerja', { kode: 'UNIT_WAJIB', param: {} });

  const atasan = nipAtasanDariSel(m.sel.nipAtasan);
  if (!atasan.ok) peringatan.push(catatan(n, 'nipAtasan', atasan.kode, atasan.param));

  const tmt = tanggalDariSel(m.sel.tmtJabatan);
  if (!tmt.ok) bad('tmtJabatan', tmt);

  return {
    normal: {
      baris: n,
      nip: nipR.ok ? nipR.nilai : normalisasiNip(nipTeks),
      nama: nama ?? '',
      gelarDepan,
      gelarBelakang,
      jenisAsn,
      golongan: gol.ok ? gol.nilai : null,
      jabatan: jabatan ?? '',
      jenisJabatan: jj.ok ? jj.nilai : null,
      unitKerja: unitKerja ?? '',
      nipAtasan: atasan.ok ? atasan.nilai : null,
      tmtJabatan: tmt.ok ? tmt.nilai : null,
    },
    galat,
    peringatan,
  };
}
