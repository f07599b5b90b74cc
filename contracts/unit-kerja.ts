// The unit kerja tree (DOMAIN.md §1): OPD → bidang/bagian → subbidang/seksi; kelurahan under kecamatan; UPT, puskesmas,
// sekolah under their dinas. Read: the tree with counts (scoped) and a names-only list for pickers (any account).
// Write: admin BKPPD only.
import { z } from 'zod';
import { Id } from './common.ts';
import { Tanggal } from './pegawai.ts';

/** Kinds of unit. The first group are perangkat daerah (OPD, directly under the instansi root); the rest sit inside. */
export const JENIS_UNIT = [
  'pemda',
  'sekretariat',
  'dinas',
  'badan',
  'inspektorat',
  'kecamatan',
  'rsud',
  'satpol',
  'bidang',
  'bagian',
  'subbidang',
  'subbagian',
  'seksi',
  'kelurahan',
  'upt',
  'puskesmas',
  'sekolah',
  'lainnya',
] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];

const teks = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));
/** Short codes as BKPPD writes them: letters, digits and . - _ (e.g. DINKES.P2P, KEC-ALAK.KEL-BATAKTE). */
export const KodeUnit = z
  .string()
  .trim()
  .min(1, 'Kode wajib diisi')
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, 'Kode hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung')
  .transform((v) => v.toUpperCase());

export const UnitKerjaNode = z.object({
  id: Id,
  indukId: Id.nullable(),
  opdId: Id.nullable(),
  kode: z.string(),
  nama: z.string(),
  singkatan: z.string().nullable(),
  jenis: z.string(),
  /** 0 = the instansi root, 1 = OPD, … */
  kedalaman: z.number().int(),
  urutan: z.number().int(),
  dibukaPada: z.string().nullable(),
  ditutupPada: z.string().nullable(),
  /** closed as of today (WITA): ditutupPada ≤ today */
  ditutup: z.boolean(),
  versi: z.number().int(),
  /** pegawai whose unit is this one, not counting pensiun/berhenti */
  jumlahPegawai: z.number().int(),
  /** the same over the whole subtree */
  jumlahPegawaiTotal: z.number().int(),
  jumlahJabatan: z.number().int(),
});
export type UnitKerjaNode = z.infer<typeof UnitKerjaNode>;

export const UnitKerjaTree = z.object({
  /** depth-first, siblings by urutan then nama: a parent always comes before its children */
  items: z.array(UnitKerjaNode),
  /** 'instansi' for instansi-wide roles; 'opd' when narrowed to the OPD(s) a pimpinan leads */
  lingkup: z.enum(['instansi', 'opd']),
});
export type UnitKerjaTree = z.infer<typeof UnitKerjaTree>;

export const UnitKerjaTreeQuery = z.object({
  /** include units already closed (default: only open ones) */
  termasukDitutup: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});

/** Names only, for pickers and filters; any logged-in account may read them (the SOTK is public). */
export const UnitKerjaPilihan = z.object({
  id: Id,
  indukId: Id.nullable(),
  opdId: Id.nullable(),
  kode: z.string(),
  nama: z.string(),
  singkatan: z.string().nullable(),
  jenis: z.string(),
  kedalaman: z.number().int(),
  /** names from the OPD down to the unit's parent, e.g. ["Dinas Kesehatan", "Bidang P2P"] */
  jalurNama: z.array(z.string()),
});
export type UnitKerjaPilihan = z.infer<typeof UnitKerjaPilihan>;
export const UnitKerjaPilihanList = z.object({ items: z.array(UnitKerjaPilihan) });

export const UnitKerjaBaru = z.object({
  /** null only for the instansi root, when the instansi has none yet */
  indukId: Id.nullable(),
  kode: KodeUnit,
  nama: z.string().trim().min(2, 'Nama minimal 2 huruf').max(200),
  singkatan: teks(60),
  jenis: z.enum(JENIS_UNIT),
  dibukaPada: Tanggal.nullable().optional(),
});
export type UnitKerjaBaru = z.infer<typeof UnitKerjaBaru>;

export const UnitKerjaUbah = z.object({
  versi: z.number().int().min(1),
  kode: KodeUnit,
  nama: z.string().trim().min(2, 'Nama minimal 2 huruf').max(200),
  singkatan: teks(60),
  jenis: z.enum(JENIS_UNIT),
});
export type UnitKerjaUbah = z.infer<typeof UnitKerjaUbah>;

export const UnitKerjaPindah = z.object({
  versi: z.number().int().min(1),
  indukId: Id,
});
export type UnitKerjaPindah = z.infer<typeof UnitKerjaPindah>;

export const UnitKerjaTutup = z.object({
  versi: z.number().int().min(1),
  /** first day the unit no longer exists (WITA) */
  tanggal: Tanggal,
});
export type UnitKerjaTutup = z.infer<typeof UnitKerjaTutup>;

export const UnitKerjaTersimpan = z.object({ id: Id, versi: z.number().int() });
