// Who evaluates whom, on a date: the derived chain, admin overrides per period, Plt/Plh acting officials.
import { z } from 'zod';
import { Id } from './common.ts';
import { Tanggal } from './pegawai.ts';

export const SUMBER_PENILAI = ['struktur', 'plt', 'plh', 'override'] as const;

export const PenilaiRingkas = z.object({
  pegawaiId: Id,
  nip: z.string().nullable(),
  namaLengkap: z.string(),
  jabatan: z.string().nullable(),
  sumber: z.enum(SUMBER_PENILAI),
});

export const PenilaiPegawai = z.object({
  pegawaiId: Id,
  tanggal: z.string(),
  pejabatPenilai: PenilaiRingkas.nullable(),
  atasanPejabatPenilai: PenilaiRingkas.nullable(),
  /** vacant posts skipped on the way up (escalation) */
  lowonganDilewati: z.array(z.object({ jabatanId: Id, nama: z.string() })),
});
export type PenilaiPegawai = z.infer<typeof PenilaiPegawai>;

export const TanggalQuery = z.object({ tanggal: Tanggal.optional() });

const teks = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

export const OverrideBaru = z
  .object({
    pegawaiId: Id,
    penilaiId: Id,
    atasanPenilaiId: Id.nullable().optional(),
    mulai: Tanggal,
    selesai: Tanggal.nullable().optional(),
    alasan: z.string().trim().min(10, 'Alasan wajib diisi (minimal 10 karakter)').max(500),
  })
  .refine((v) => !v.selesai || v.selesai >= v.mulai, { message: 'Tanggal selesai tidak boleh sebelum tanggal mulai', path: ['selesai'] })
  .refine((v) => v.penilaiId !== v.pegawaiId, { message: 'Pegawai tidak dapat menilai dirinya sendiri', path: ['penilaiId'] });
export type OverrideBaru = z.infer<typeof OverrideBaru>;

export const OverrideItem = z.object({
  id: Id,
  pegawaiId: Id,
  pegawai: z.string(),
  penilaiId: Id,
  penilai: z.string(),
  atasanPenilaiId: Id.nullable(),
  atasanPenilai: z.string().nullable(),
  mulai: z.string(),
  selesai: z.string().nullable(),
  alasan: z.string(),
  dicabutPada: z.string().nullable(),
});

export const PelaksanaTugasBaru = z
  .object({
    jabatanId: Id,
    pegawaiId: Id,
    jenis: z.enum(['plt', 'plh']),
    mulai: Tanggal,
    selesai: Tanggal,
    nomorSk: teks(100),
  })
  .refine((v) => v.selesai >= v.mulai, { message: 'Tanggal selesai tidak boleh sebelum tanggal mulai', path: ['selesai'] });
export type PelaksanaTugasBaru = z.infer<typeof PelaksanaTugasBaru>;

export const PelaksanaTugasItem = z.object({
  id: Id,
  jabatanId: Id,
  jabatan: z.string(),
  unit: z.string(),
  pegawaiId: Id,
  pegawai: z.string(),
  jenis: z.enum(['plt', 'plh']),
  mulai: z.string(),
  selesai: z.string(),
  nomorSk: z.string().nullable(),
  dicabutPada: z.string().nullable(),
});

export const TanpaPenilaiItem = z.object({
  pegawaiId: Id,
  nip: z.string().nullable(),
  namaLengkap: z.string(),
  jabatan: z.string().nullable(),
  unit: z.string().nullable(),
  /** tanpa_jabatan: no post on that date · tanpa_penilai: nobody above · eskalasi: evaluated past a vacant post */
  masalah: z.enum(['tanpa_jabatan', 'tanpa_penilai', 'eskalasi']),
  keterangan: z.string(),
  /** the vacant posts skipped (eskalasi): where a Plt/Plh would restore the chain */
  lowongan: z.array(z.object({ jabatanId: Id, nama: z.string() })),
});
export const TanpaPenilaiPage = z.object({ tanggal: z.string(), items: z.array(TanpaPenilaiItem), total: z.number().int() });
