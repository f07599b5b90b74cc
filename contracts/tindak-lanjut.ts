// Tindak lanjut of an evaluation (DOMAIN.md §2.6, issue 6 phase 2): penghargaan (the ASN teladan of a period, proposed
// from finalised Sangat Baik records and confirmed by a pimpinan) and pembinaan (the 6-month rencana perbaikan for a
// finalised predikat below target, coaching, konseling, mentoring, pengembangan kompetensi). Dates 'YYYY-MM-DD' WITA;
// instants ISO UTC.
import { z } from 'zod';
import { JENIS_TINDAK_LANJUT, KATEGORI_TINDAK_LANJUT, STATUS_TINDAK_LANJUT } from '../domain/tindak-lanjut.ts';
import { Id } from './common.ts';
import { PeriodePenilaian, Predikat, Rating } from './penilaian.ts';
import { Tanggal } from './pegawai.ts';
import { Orang } from './skp.ts';

export const JenisTindakLanjut = z.enum(JENIS_TINDAK_LANJUT);
export const KategoriTindakLanjut = z.enum(KATEGORI_TINDAK_LANJUT);
export const StatusTindakLanjut = z.enum(STATUS_TINDAK_LANJUT);

const teks = (max: number) => z.string().trim().min(3).max(max);
const teksOpsional = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

export const TindakLanjut = z.object({
  id: Id,
  pegawai: Orang,
  periodeId: Id.nullable(),
  /** "Triwulan IV 2026" when the record belongs to an evaluation period */
  periodeNama: z.string().nullable(),
  penilaianId: Id.nullable(),
  jenis: JenisTindakLanjut,
  kategori: KategoriTindakLanjut,
  uraian: z.string(),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string().nullable(),
  status: StatusTindakLanjut,
  hasil: z.string().nullable(),
  /** name of who recorded it (null when not a pegawai) */
  dicatatOleh: z.string().nullable(),
  dicatatPada: z.string(),
  /** the actor may change it (status, uraian, hasil, end date) */
  bolehUbah: z.boolean(),
  versi: z.number().int(),
});
export type TindakLanjut = z.infer<typeof TindakLanjut>;

/** GET /tindak-lanjut — records visible to the actor: of a period, of a pegawai, or (neither) the actor's own. */
export const TindakLanjutQuery = z.object({ periodeId: Id.optional(), pegawaiId: Id.optional() });

/** POST /tindak-lanjut. A rencana_perbaikan without an end date ends 6 months after its start (PP 30/2019). */
export const TindakLanjutBaru = z.object({
  pegawaiId: Id,
  penilaianId: Id.nullable().optional(),
  periodeId: Id.nullable().optional(),
  jenis: JenisTindakLanjut,
  kategori: KategoriTindakLanjut,
  uraian: teks(2000),
  tanggalMulai: Tanggal,
  tanggalSelesai: Tanggal.nullable().optional(),
});

/** PUT /tindak-lanjut/:id — carries the versi the user saw (stale → DATA.KONFLIK). */
export const TindakLanjutUbah = z.object({
  versi: z.number().int().min(1),
  status: StatusTindakLanjut,
  hasil: teksOpsional(2000),
  uraian: teks(2000),
  tanggalSelesai: Tanggal.nullable(),
});

// ——— Candidates of a period ———

export const KandidatQuery = z.object({ periodeId: Id, unitId: Id.optional() });

export const KandidatTeladan = z.object({
  /** 1 = proposed first */
  peringkat: z.number().int(),
  pegawai: Orang,
  penilaianId: Id,
  predikat: Predikat,
  ratingHasilKerja: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  /** approved aktivitas minutes in the period's days (the ranking's second key) */
  menitDisetujui: z.number().int(),
  /** the ASN teladan record already made for this pegawai in this period, if any */
  tindakLanjutId: Id.nullable(),
  bolehTetapkan: z.boolean(),
});

export const KandidatPembinaan = z.object({
  pegawai: Orang,
  penilaianId: Id,
  predikat: Predikat,
  ratingHasilKerja: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  /** the end a rencana perbaikan starting today would get (6 months) */
  usulanTanggalMulai: z.string(),
  usulanTanggalSelesai: z.string(),
  bolehBuat: z.boolean(),
});

export const KandidatTindakLanjut = z.object({
  periode: PeriodePenilaian,
  teladan: z.array(KandidatTeladan),
  pembinaan: z.array(KandidatPembinaan),
  /** records of the period visible to the actor */
  catatan: z.array(TindakLanjut),
  /** the actor may record (false for auditor) */
  bolehCatat: z.boolean(),
});
export type KandidatTindakLanjut = z.infer<typeof KandidatTindakLanjut>;
