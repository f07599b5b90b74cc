// Admin BKPPD writes on pegawai: create, edit, mutasi (jabatan/unit on a date), status (pensiun, berhenti …).
import { z } from 'zod';
import { tanggalValid } from '../domain/kalender.ts';
import { validateNip } from '../domain/nip.ts';
import { Id } from './common.ts';
import { STATUS_PEGAWAI } from './kepegawaian.ts';

export const Tanggal = z.string().refine(tanggalValid, 'Tanggal harus berformat TTTT-BB-HH dan benar-benar ada');

export const JENIS_ASN_BERNOMOR = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
const teks = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

export const PegawaiBaru = z
  .object({
    nip: z.string().trim().min(1, 'NIP wajib diisi'),
    jenisAsn: z.enum(JENIS_ASN_BERNOMOR),
    nama: z.string().trim().min(2, 'Nama minimal 2 huruf').max(150),
    gelarDepan: teks(50),
    gelarBelakang: teks(80),
    golongan: teks(10),
    email: z.string().trim().email('Alamat e-mail tidak valid').nullable().optional().or(z.literal('').transform(() => null)),
    telepon: teks(30),
    jabatanId: Id,
    /** the date the pegawai starts in this post (opens the jabatan history) */
    tmtJabatan: Tanggal,
  })
  .superRefine((v, ctx) => {
    const r = validateNip(v.nip, v.jenisAsn);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['nip'], message: r.pesan });
  });
export type PegawaiBaru = z.infer<typeof PegawaiBaru>;

export const PegawaiUbah = z.object({
  versi: z.number().int().min(1),
  nama: z.string().trim().min(2, 'Nama minimal 2 huruf').max(150),
  gelarDepan: teks(50),
  gelarBelakang: teks(80),
  golongan: teks(10),
  email: z.string().trim().email('Alamat e-mail tidak valid').nullable().optional().or(z.literal('').transform(() => null)),
  telepon: teks(30),
});
export type PegawaiUbah = z.infer<typeof PegawaiUbah>;

export const JENIS_MUTASI = ['mutasi', 'promosi', 'koreksi'] as const;
export const MutasiBody = z.object({
  versi: z.number().int().min(1),
  jabatanId: Id,
  /** first day in the new post (WITA) */
  tanggal: Tanggal,
  jenis: z.enum(JENIS_MUTASI),
  nomorSk: teks(100),
  keterangan: teks(500),
});
export type MutasiBody = z.infer<typeof MutasiBody>;

export const StatusBody = z.object({
  versi: z.number().int().min(1),
  status: z.enum(STATUS_PEGAWAI),
  /** from this WITA date; pensiun/berhenti end access on this date */
  sejak: Tanggal,
  keterangan: teks(500),
});
export type StatusBody = z.infer<typeof StatusBody>;

export const RiwayatJabatanItem = z.object({
  id: Id,
  jabatanId: Id,
  jabatan: z.string(),
  unitId: Id,
  unit: z.string(),
  mulai: z.string(),
  selesai: z.string().nullable(),
  jenis: z.string(),
  nomorSk: z.string().nullable(),
  keterangan: z.string().nullable(),
});
export type RiwayatJabatanItem = z.infer<typeof RiwayatJabatanItem>;

export const PegawaiTersimpan = z.object({ id: Id, versi: z.number().int() });
