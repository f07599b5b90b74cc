import { z } from 'zod';
import { Id, pageOf } from './common.ts';

export const JENIS_ASN = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU', 'PEJABAT_NEGARA'] as const;
export const JENIS_JABATAN = ['kepala_daerah', 'jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const;
export const STATUS_PEGAWAI = ['aktif', 'cltn', 'pensiun', 'berhenti'] as const;

export const PejabatRingkas = z.object({
  pegawaiId: Id,
  nip: z.string().nullable(),
  namaLengkap: z.string(),
  jabatan: z.string().nullable(),
});
export type PejabatRingkas = z.infer<typeof PejabatRingkas>;

export const PegawaiProfil = z.object({
  id: Id,
  nip: z.string().nullable(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  namaLengkap: z.string(),
  jenisAsn: z.enum(JENIS_ASN),
  jenisKelamin: z.enum(['L', 'P']).nullable(),
  tanggalLahir: z.string().nullable(),
  golongan: z.string().nullable(),
  status: z.enum(STATUS_PEGAWAI),
  statusSejak: z.string().nullable(),
  email: z.string().nullable(),
  telepon: z.string().nullable(),
  /** for optimistic updates by the admin forms */
  versi: z.number().int(),
  jabatan: z
    .object({ id: Id, nama: z.string(), jenis: z.enum(JENIS_JABATAN), jenjang: z.string().nullable(), kelasJabatan: z.number().nullable() })
    .nullable(),
  unit: z.object({ id: Id, nama: z.string(), jalurNama: z.array(z.string()) }).nullable(),
  opd: z.object({ id: Id, nama: z.string() }).nullable(),
  pejabatPenilai: PejabatRingkas.nullable(),
  atasanPejabatPenilai: PejabatRingkas.nullable(),
});
export type PegawaiProfil = z.infer<typeof PegawaiProfil>;

export const PegawaiListItem = z.object({
  id: Id,
  nip: z.string().nullable(),
  namaLengkap: z.string(),
  jabatan: z.string().nullable(),
  unit: z.string().nullable(),
  status: z.enum(STATUS_PEGAWAI),
});
export const PegawaiPage = pageOf(PegawaiListItem);
export type PegawaiPage = z.infer<typeof PegawaiPage>;
