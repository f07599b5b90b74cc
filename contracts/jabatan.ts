// Jabatan (DOMAIN.md §1): jenis JPT / administrator / pengawas / pelaksana / fungsional (with jenjang), kelas 1–17,
// the unit it sits in and the jabatan above it — the tree the penilai chain walks.
import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common.ts';
import { JENIS_JABATAN } from './kepegawaian.ts';

export const JENJANG_FUNGSIONAL = ['pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'] as const;
export type JenjangFungsional = (typeof JENJANG_FUNGSIONAL)[number];
export const KELAS_JABATAN = { min: 1, max: 17 } as const;

export const JabatanItem = z.object({
  id: Id,
  nama: z.string(),
  jenis: z.enum(JENIS_JABATAN),
  jenjang: z.string().nullable(),
  kelasJabatan: z.number().int().nullable(),
  unitId: Id,
  unit: z.string(),
  atasanJabatanId: Id.nullable(),
  atasanJabatan: z.string().nullable(),
  kepalaUnit: z.boolean(),
  /** active holders (status aktif) */
  jumlahPemangku: z.number().int(),
  /** no active holder: the penilai chain escalates past it */
  lowong: z.boolean(),
  versi: z.number().int(),
});
export type JabatanItem = z.infer<typeof JabatanItem>;
export const JabatanPage = pageOf(JabatanItem);
export type JabatanPage = z.infer<typeof JabatanPage>;

const bool = z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true'));
export const JabatanQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: Id.optional(),
  /** with unitId: also the jabatan of every unit below it */
  termasukSubunit: bool,
  jenis: z.enum(JENIS_JABATAN).optional(),
  lowong: bool,
});
export type JabatanQuery = z.infer<typeof JabatanQuery>;

const jabatanFields = {
  nama: z.string().trim().min(2, 'Nama jabatan minimal 2 huruf').max(200),
  jenis: z.enum(JENIS_JABATAN),
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable().optional().transform((v) => v ?? null),
  kelasJabatan: z
    .number()
    .int()
    .min(KELAS_JABATAN.min, `Kelas jabatan ${KELAS_JABATAN.min}–${KELAS_JABATAN.max}`)
    .max(KELAS_JABATAN.max, `Kelas jabatan ${KELAS_JABATAN.min}–${KELAS_JABATAN.max}`)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  unitId: Id,
  atasanJabatanId: Id.nullable().optional().transform((v) => v ?? null),
  kepalaUnit: z.boolean().default(false),
};

/** Rules that need several fields; the web runs the same schema as you type. */
function aturanJabatan(v: { jenis: string; jenjang: string | null; atasanJabatanId: string | null }, ctx: z.RefinementCtx) {
  if (v.jenis === 'fungsional' && !v.jenjang) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang wajib diisi untuk jabatan fungsional' });
  if (v.jenis !== 'fungsional' && v.jenjang) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang hanya untuk jabatan fungsional' });
  // only the Kepala Daerah (top of the chain, DOMAIN.md §1 "PPK = Wali Kota") has no jabatan above it
  if (v.jenis !== 'kepala_daerah' && !v.atasanJabatanId) ctx.addIssue({ code: 'custom', path: ['atasanJabatanId'], message: 'Atasan jabatan wajib diisi (kecuali Kepala Daerah)' });
  if (v.jenis === 'kepala_daerah' && v.atasanJabatanId) ctx.addIssue({ code: 'custom', path: ['atasanJabatanId'], message: 'Kepala Daerah tidak memiliki atasan jabatan' });
}

export const JabatanBaru = z.object(jabatanFields).superRefine(aturanJabatan);
export type JabatanBaru = z.infer<typeof JabatanBaru>;

export const JabatanUbah = z.object({ ...jabatanFields, versi: z.number().int().min(1) }).superRefine(aturanJabatan);
export type JabatanUbah = z.infer<typeof JabatanUbah>;

export const JabatanTersimpan = z.object({ id: Id, versi: z.number().int() });
