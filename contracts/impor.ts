// Import of pegawai from an Excel/CSV file (SIASN-like layout) and the Excel exports (kepegawaian issue).
// The column list is written once here: the server reads files and writes the template from it, the web shows it.
import { z } from 'zod';
import { Id } from './common.ts';

export const KOLOM_IMPOR = [
  {
    kunci: 'nip',
    judul: 'NIP',
    wajib: true,
    keterangan:
      'NIP (PNS) atau NI PPPK, 18 digit; spasi boleh (19860926 201505 1 001). Di Excel format kolom ini sebagai Teks: angka 18 digit kehilangan digit terakhirnya. Pegawai dicocokkan dengan NIP: NIP baru = pegawai baru, NIP yang sudah ada = pembaruan data.',
  },
  { kunci: 'nama', judul: 'Nama', wajib: true, keterangan: 'Nama tanpa gelar, 2–150 huruf.' },
  { kunci: 'gelarDepan', judul: 'Gelar Depan', wajib: false, keterangan: 'Mis. "dr." atau "Ir."; kosongkan bila tidak ada.' },
  { kunci: 'gelarBelakang', judul: 'Gelar Belakang', wajib: false, keterangan: 'Mis. "S.Kom., M.T."; kosongkan bila tidak ada.' },
  {
    kunci: 'jenisAsn',
    judul: 'Jenis ASN',
    wajib: true,
    keterangan: 'PNS, PPPK, atau PPPK Paruh Waktu. Menentukan cara NIP diperiksa; jenis ASN pegawai yang sudah ada tidak diubah lewat impor.',
  },
  {
    kunci: 'golongan',
    judul: 'Golongan',
    wajib: false,
    keterangan: 'PNS: I/a–IV/e (mis. III/b). PPPK: I–XVII dengan angka Romawi (mis. IX); angka biasa 1–17 juga diterima.',
  },
  {
    kunci: 'jabatan',
    judul: 'Jabatan',
    wajib: true,
    keterangan:
      'Nama jabatan persis seperti di menu Jabatan, di dalam Unit Kerja baris ini. Jabatan yang belum ada harus dibuat terlebih dahulu. Bila ada beberapa jabatan bernama sama di unit itu, isi NIP Atasan untuk memilihnya.',
  },
  {
    kunci: 'jenisJabatan',
    judul: 'Jenis Jabatan',
    wajib: false,
    keterangan: 'JPT, Administrator, Pengawas, Pelaksana, atau Fungsional. Hanya diperiksa terhadap data jabatan; perbedaan dilaporkan sebagai peringatan.',
  },
  {
    kunci: 'unitKerja',
    judul: 'Unit Kerja',
    wajib: true,
    keterangan: 'Kode unit kerja (disarankan, mis. DINKES.P2P) atau namanya yang persis. Nama yang dipakai beberapa unit harus diganti dengan kodenya.',
  },
  {
    kunci: 'nipAtasan',
    judul: 'NIP Atasan',
    wajib: false,
    keterangan:
      'Tidak wajib. Bila diisi, diperiksa terhadap pejabat penilai menurut struktur jabatan (sesudah impor); perbedaan dilaporkan sebagai peringatan. Atasan tetap ditentukan oleh struktur jabatan.',
  },
  {
    kunci: 'tmtJabatan',
    judul: 'TMT Jabatan',
    wajib: false,
    keterangan: 'Tanggal mulai menjabat: TTTT-BB-HH atau HH-BB-TTTT (atau sel tanggal Excel). Kosong = tanggal impor. Tidak boleh di masa depan.',
  },
] as const;

export type KunciKolom = (typeof KOLOM_IMPOR)[number]['kunci'];

/** SIASN-like spelling of jenis ASN in files; stored values are PNS | PPPK | PPPK_PARUH_WAKTU. */
export const LABEL_JENIS_ASN = { PNS: 'PNS', PPPK: 'PPPK', PPPK_PARUH_WAKTU: 'PPPK Paruh Waktu' } as const;
export const LABEL_JENIS_JABATAN = {
  kepala_daerah: 'Kepala Daerah',
  jpt: 'JPT',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  pelaksana: 'Pelaksana',
  fungsional: 'Fungsional',
} as const;

export const IMPOR_BATAS = {
  /** bytes of one uploaded file */
  ukuranBerkas: 10 * 1024 * 1024,
  /** data rows of one file (a city has ~8,000 pegawai; a large province several times that) */
  jumlahBaris: 20_000,
} as const;

export const AKSI_IMPOR = ['baru', 'diubah', 'mutasi', 'tetap', 'galat'] as const;
export type AksiImpor = (typeof AKSI_IMPOR)[number];

/** One error or warning on a row: a stable code (the web translates it), the column, and the Indonesian sentence. */
export const CatatanImpor = z.object({
  kode: z.string(),
  /** the column's key (KOLOM_IMPOR kunci: nip, nama, …), null when the note is about the whole row */
  kolom: z.string().nullable(),
  /** "Baris 7, kolom NIP: Digit 9–14 (TMT CPNS) …" */
  pesan: z.string(),
  /** values the sentence names, for translations */
  param: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CatatanImpor = z.infer<typeof CatatanImpor>;

export const PerubahanImpor = z.object({
  /** the column's key (nama, gelarDepan, gelarBelakang, golongan), or 'jabatan' for a mutasi (dari/ke = "jabatan — unit") */
  kolom: z.string(),
  dari: z.string().nullable(),
  ke: z.string().nullable(),
});
export type PerubahanImpor = z.infer<typeof PerubahanImpor>;

export const BarisImpor = z.object({
  /** row number in the file (the header is row 1 in the template) */
  baris: z.number().int(),
  nip: z.string(),
  nama: z.string(),
  aksi: z.enum(AKSI_IMPOR),
  perubahan: z.array(PerubahanImpor),
  galat: z.array(CatatanImpor),
  peringatan: z.array(CatatanImpor),
});
export type BarisImpor = z.infer<typeof BarisImpor>;

export const JumlahImpor = z.object({
  baris: z.number().int(),
  baru: z.number().int(),
  diubah: z.number().int(),
  mutasi: z.number().int(),
  tetap: z.number().int(),
  galat: z.number().int(),
  peringatan: z.number().int(),
});
export type JumlahImpor = z.infer<typeof JumlahImpor>;

export const STATUS_IMPOR = ['pratinjau', 'diterapkan', 'dibatalkan'] as const;

export const ImporPratinjau = z.object({
  id: Id,
  namaFile: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sha256: z.string(),
  status: z.enum(STATUS_IMPOR),
  dibuatPada: z.string(),
  diterapkanPada: z.string().nullable(),
  /** the WITA date used where TMT Jabatan is empty */
  tanggalImpor: z.string(),
  /** columns found in the file (keys); optional columns not in the file leave their fields unchanged */
  kolom: z.array(z.string()),
  /** the same file (sha256) was already applied */
  sudahPernahDiterapkan: z.object({ id: Id, diterapkanPada: z.string() }).nullable(),
  jumlah: JumlahImpor,
  baris: z.array(BarisImpor),
});
export type ImporPratinjau = z.infer<typeof ImporPratinjau>;

export const ImporHasil = z.object({
  id: Id,
  status: z.literal('diterapkan'),
  diterapkanPada: z.string(),
  jumlah: JumlahImpor,
  /** accounts created (username = NIP) without a password: the admin issues one with "reset kata sandi" */
  akunDibuat: z.number().int(),
});
export type ImporHasil = z.infer<typeof ImporHasil>;

export const ImporRingkas = z.object({
  id: Id,
  namaFile: z.string(),
  status: z.enum(STATUS_IMPOR),
  jumlahBaris: z.number().int(),
  jumlahGalat: z.number().int(),
  dibuatPada: z.string(),
  diterapkanPada: z.string().nullable(),
});
export const ImporDaftar = z.array(ImporRingkas);
export type ImporDaftar = z.infer<typeof ImporDaftar>;

export const TemplatQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const EksporPegawaiQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** a unit and everything under it */
  unitId: Id.optional(),
});
export type EksporPegawaiQuery = z.infer<typeof EksporPegawaiQuery>;

/** multipart field name of the uploaded file */
export const FIELD_BERKAS = 'berkas';

/**
 * Row notes: stable code → Indonesian sentence with {{param}} placeholders. The server fills them into `pesan`;
 * the web translates the code (i18n `impor.catatan.<kode>`) with the same params.
 */
export const PESAN_CATATAN = {
  NIP_WAJIB: 'NIP wajib diisi.',
  NIP_SALAH: '{{detail}}.',
  NIP_ANGKA_EXCEL:
    'NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang (terbaca {{nilai}}). Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya.',
  NIP_GANDA: 'NIP {{nip}} juga ada di baris {{lain}}; setiap NIP hanya boleh ada di satu baris.',
  NIP_AKUN_TERPAKAI: 'NIP {{nip}} sudah dipakai sebagai nama akun lain (mungkin di instansi lain); pegawai baru tidak dapat dibuat dengan NIP ini.',
  NAMA_WAJIB: 'Nama wajib diisi (minimal 2 huruf).',
  TEKS_TERLALU_PANJANG: 'Isian terlalu panjang: {{panjang}} karakter, maksimal {{maks}}.',
  JENIS_ASN_WAJIB: 'Jenis ASN wajib diisi: PNS, PPPK, atau PPPK Paruh Waktu.',
  JENIS_ASN_TIDAK_DIKENAL: '"{{nilai}}" bukan jenis ASN; isi PNS, PPPK, atau PPPK Paruh Waktu.',
  JENIS_ASN_BERBEDA: 'Jenis ASN yang tersimpan untuk NIP ini adalah {{tersimpan}}, bukan {{nilai}}; jenis ASN tidak diubah lewat impor.',
  GOLONGAN_TIDAK_DIKENAL: '"{{nilai}}" bukan golongan {{jenis}}; gunakan {{rentang}}.',
  JENIS_JABATAN_TIDAK_DIKENAL: '"{{nilai}}" bukan jenis jabatan; isi JPT, Administrator, Pengawas, Pelaksana, atau Fungsional.',
  JENIS_JABATAN_BERBEDA: 'Menurut data jabatan, "{{jabatan}}" berjenis {{tersimpan}}, bukan {{nilai}}; yang dipakai adalah data jabatan.',
  UNIT_WAJIB: 'Unit kerja wajib diisi (kode atau nama).',
  UNIT_TIDAK_DIKENAL: 'Unit kerja "{{nilai}}" tidak ditemukan (dicari sebagai kode dan sebagai nama).',
  UNIT_GANDA: 'Nama "{{nilai}}" dipakai {{jumlah}} unit kerja ({{kode}}); tulis kode unitnya.',
  UNIT_DITUTUP: 'Unit kerja {{unit}} sudah ditutup pada {{tanggal}}.',
  JABATAN_WAJIB: 'Jabatan wajib diisi.',
  JABATAN_TIDAK_ADA: 'Jabatan "{{nilai}}" tidak ada di unit {{unit}}. Buat jabatan itu terlebih dahulu di menu Jabatan, atau periksa ejaannya.',
  JABATAN_TIDAK_ADA_SARAN:
    'Jabatan "{{nilai}}" tidak ada di unit {{unit}}; mungkin maksudnya "{{saran}}"? Bila jabatan itu memang baru, buat terlebih dahulu di menu Jabatan.',
  JABATAN_GANDA: 'Ada {{jumlah}} jabatan "{{nilai}}" di unit {{unit}} dengan atasan berbeda; isi NIP Atasan untuk memilih salah satunya.',
  TANGGAL_TIDAK_VALID: '"{{nilai}}" bukan tanggal yang valid; tulis TTTT-BB-HH (mis. 2025-01-02) atau HH-BB-TTTT.',
  TANGGAL_MASA_DEPAN: 'TMT jabatan {{tanggal}} ada di masa depan; paling lambat {{hariIni}}.',
  TMT_SEBELUM_JABATAN_SEKARANG: 'Untuk mutasi, TMT jabatan ({{tanggal}}) harus sesudah {{mulai}}, tanggal mulai jabatan sekarang.',
  TMT_DIABAIKAN: 'TMT jabatan {{tanggal}} diabaikan karena jabatan tidak berubah (tercatat mulai {{mulai}}).',
  PEGAWAI_TIDAK_AKTIF: 'Pegawai ini berstatus {{status}}; mutasi tidak dapat dilakukan lewat impor.',
  PEGAWAI_TIDAK_AKTIF_INFO: 'Pegawai ini berstatus {{status}}; status tidak diubah lewat impor.',
  NIP_ATASAN_TIDAK_VALID: '"{{nilai}}" bukan NIP 18 digit; NIP Atasan tidak diperiksa.',
  NIP_ATASAN_BERBEDA:
    'Menurut struktur jabatan, pejabat penilai pegawai ini adalah {{penilai}} (NIP {{nipPenilai}}, {{jabatanPenilai}}), bukan NIP {{nilai}}. Penilai mengikuti struktur jabatan: periksa jabatan pegawai atau struktur jabatannya.',
  NIP_ATASAN_TANPA_PENILAI: 'Jabatan ini tidak memiliki atasan yang terisi menurut struktur jabatan, sehingga tidak cocok dengan NIP Atasan {{nilai}}.',
} as const;
export type KodeCatatan = keyof typeof PESAN_CATATAN;

/** Fills {{name}} placeholders (no HTML: the web renders text). */
export function isiPesan(template: string, param: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(param[k] ?? ''));
}
