// What people type in a SIASN-like sheet → stored form, or the note that names what is wrong (DOMAIN.md §1 for NIP
// and jenis ASN; golongan ruang per PP 99/2000, golongan PPPK I–XVII per Perpres 98/2020).
import { describe, expect, it } from 'vitest';
import {
  golonganDariSel,
  jarakEdit,
  jenisAsnDariSel,
  jenisJabatanDariSel,
  kolomDariJudul,
  nipAtasanDariSel,
  nipDariSel,
  normalisasiBaris,
  tanggalDariSel,
  teksSel,
} from './impor.normalisasi.ts';

const nilai = <T>(r: { ok: true; nilai: T } | { ok: false; kode: string }) => (r.ok ? r.nilai : `galat:${r.kode}`);

describe('header titles → columns', () => {
  it.each([
    ['NIP', 'nip'],
    ['nip', 'nip'],
    ['NIP BARU', 'nip'],
    ['Gelar Depan', 'gelarDepan'],
    ['GELAR_BELAKANG', 'gelarBelakang'],
    ['Jenis ASN', 'jenisAsn'],
    ['JENIS PEGAWAI', 'jenisAsn'],
    ['Gol. Ruang', 'golongan'],
    ['UNOR', 'unitKerja'],
    ['Unit Kerja', 'unitKerja'],
    ['TMT Jabatan', 'tmtJabatan'],
    ['Nama Unit Kerja (info)', null],
    ['Status (info)', null],
    ['Keterangan', null],
  ] as const)('%s → %s', (judul, kunci) => expect(kolomDariJudul(judul)).toBe(kunci));
});

describe('cell text', () => {
  it.each([
    ['  Maria   Goreti  ', 'Maria Goreti'],
    [{ richText: [{ text: 'Yo' }, { text: 'hanes' }] }, 'Yohanes'],
    [{ formula: 'A1', result: 'X' }, 'X'],
    [{ text: 'tautan', hyperlink: 'http://x' }, 'tautan'],
    [null, ''],
    [12, '12'],
  ])('%j → %j', (v, s) => expect(teksSel(v)).toBe(s));
});

describe('NIP cells (stored without spaces; checked per jenis ASN)', () => {
  it.each([
    ['198609262015051001', 'PNS', '198609262015051001'],
    ['19860926 201505 1 001', 'PNS', '198609262015051001'],
    ["'198609262015051001", 'PNS', '198609262015051001'],
    ['="198609262015051001"', 'PNS', '198609262015051001'],
    ['199009132025242014', 'PPPK_PARUH_WAKTU', '199009132025242014'],
    // the PPPK code 24 is never read as a month
    ['199009132025242014', 'PNS', 'galat:NIP_SALAH'],
    ['', 'PNS', 'galat:NIP_WAJIB'],
    [1.98609262015051e17, 'PNS', 'galat:NIP_ANGKA_EXCEL'],
    ['1.98609E+17', 'PNS', 'galat:NIP_ANGKA_EXCEL'],
    ['19860926201505100', 'PNS', 'galat:NIP_SALAH'],
    // jenis ASN unknown: only digits and length are checked
    ['198609262015051001', null, '198609262015051001'],
    ['1986092620150510', null, 'galat:NIP_SALAH'],
  ] as const)('%j as %s → %s', (v, jenis, out) => expect(nilai(nipDariSel(v, jenis))).toBe(out));

  it('the message names the wrong part', () => {
    const r = nipDariSel('198609262015131001', 'PNS');
    expect(r).toMatchObject({ ok: false, param: { detail: 'Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada' } });
  });
});

describe('jenis ASN (stored, never inferred)', () => {
  it.each([
    ['PNS', 'PNS'],
    ['pns', 'PNS'],
    ['PPPK', 'PPPK'],
    ['PPPK Paruh Waktu', 'PPPK_PARUH_WAKTU'],
    ['PPPK_PARUH_WAKTU', 'PPPK_PARUH_WAKTU'],
    ['pppk-pw', 'PPPK_PARUH_WAKTU'],
    ['', 'galat:JENIS_ASN_WAJIB'],
    ['Honorer', 'galat:JENIS_ASN_TIDAK_DIKENAL'],
    ['CPNS', 'galat:JENIS_ASN_TIDAK_DIKENAL'],
  ])('%j → %s', (v, out) => expect(nilai(jenisAsnDariSel(v))).toBe(out));
});

describe('golongan', () => {
  it.each([
    ['III/b', 'PNS', 'III/b'],
    ['iii-b', 'PNS', 'III/b'],
    ['III B', 'PNS', 'III/b'],
    ['3/b', 'PNS', 'III/b'],
    ['IV/e', 'PNS', 'IV/e'],
    ['III/e', 'PNS', 'galat:GOLONGAN_TIDAK_DIKENAL'], // ruang e exists only in golongan IV
    ['V/a', 'PNS', 'galat:GOLONGAN_TIDAK_DIKENAL'],
    ['IX', 'PPPK', 'IX'],
    ['ix', 'PPPK_PARUH_WAKTU', 'IX'],
    [9, 'PPPK', 'IX'],
    ['17', 'PPPK', 'XVII'],
    ['XVIII', 'PPPK', 'galat:GOLONGAN_TIDAK_DIKENAL'],
    ['III/b', 'PPPK', 'galat:GOLONGAN_TIDAK_DIKENAL'],
    ['', 'PNS', null],
  ] as const)('%j (%s) → %s', (v, jenis, out) => expect(nilai(golonganDariSel(v, jenis))).toBe(out));
});

describe('jenis jabatan', () => {
  it.each([
    ['JPT', 'jpt'],
    ['Jabatan Pimpinan Tinggi', 'jpt'],
    ['Administrator', 'administrator'],
    ['pengawas', 'pengawas'],
    ['Pelaksana', 'pelaksana'],
    ['JFU', 'pelaksana'],
    ['Fungsional', 'fungsional'],
    ['JFT', 'fungsional'],
    ['', null],
    ['Staf', 'galat:JENIS_JABATAN_TIDAK_DIKENAL'],
  ])('%j → %s', (v, out) => expect(nilai(jenisJabatanDariSel(v))).toBe(out));
});

describe('TMT Jabatan', () => {
  it.each([
    [new Date(Date.UTC(2025, 0, 2)), '2025-01-02'],
    ['2025-01-02', '2025-01-02'],
    ['2025/1/2', '2025-01-02'],
    ['02-01-2025', '2025-01-02'], // Indonesian order: day first
    ['2/1/2025', '2025-01-02'],
    ['02.01.2025', '2025-01-02'],
    [45659, '2025-01-02'], // an Excel serial
    ['', null],
    [null, null],
    ['31-02-2026', 'galat:TANGGAL_TIDAK_VALID'],
    ['2026-13-01', 'galat:TANGGAL_TIDAK_VALID'],
    ['besok', 'galat:TANGGAL_TIDAK_VALID'],
    [1.5, 'galat:TANGGAL_TIDAK_VALID'],
  ] as const)('%j → %s', (v, out) => expect(nilai(tanggalDariSel(v))).toBe(out));
});

describe('NIP Atasan (optional; a bad value is only a warning)', () => {
  it.each([
    ['', null],
    ['19700101 199503 1 002', '197001011995031002'],
    ['123', 'galat:NIP_ATASAN_TIDAK_VALID'],
    [1.97e17, 'galat:NIP_ATASAN_TIDAK_VALID'],
  ] as const)('%j → %s', (v, out) => expect(nilai(nipAtasanDariSel(v))).toBe(out));
});

describe('a whole row', () => {
  it('collects every problem of the row, each naming row and column', () => {
    const r = normalisasiBaris({ baris: 7, sel: { nip: '198609262015131001', nama: 'A', jenisAsn: 'PNS', golongan: 'III/x', jabatan: '', unitKerja: '', tmtJabatan: 'kemarin', nipAtasan: '12' } });
    expect(r.galat.map((g) => g.pesan)).toEqual([
      'Baris 7, kolom NIP: Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada.',
      'Baris 7, kolom Nama: Nama wajib diisi (minimal 2 huruf).',
      'Baris 7, kolom Golongan: "III/x" bukan golongan PNS; gunakan I/a–IV/e, mis. III/b.',
      'Baris 7, kolom Jabatan: Jabatan wajib diisi.',
      'Baris 7, kolom Unit Kerja: Unit kerja wajib diisi (kode atau nama).',
      'Baris 7, kolom TMT Jabatan: "kemarin" bukan tanggal yang valid; tulis TTTT-BB-HH (mis. 2025-01-02) atau HH-BB-TTTT.',
    ]);
    expect(r.peringatan.map((g) => g.kode)).toEqual(['NIP_ATASAN_TIDAK_VALID']);
  });
});

describe('edit distance (jabatan suggestions)', () => {
  it.each([
    ['surveilans', 'survailans', 5, 1],
    ['pengelola data', 'pengelola data', 5, 0],
    ['abc', 'xyzxyzxyz', 2, 3],
  ])('%s ~ %s (max %i) → %i', (a, b, max, d) => expect(jarakEdit(a, b, max)).toBe(d));
});
