// Keberatan (objection) against a finalised predikat (DOMAIN.md §2.5, PP 30/2019 Pasal 59; issue 6 phase 2): the
// pegawai files it within N WITA days of penetapan (pengaturan penilaian, default 14) to the atasan pejabat penilai,
// who may ask both sides for explanations and decides tetap or ubah with reasons; the decision is final, changes the
// evaluation when `ubah` and re-issues the Dokumen Evaluasi in both cases. State machine and checks:
// domain/keberatan.ts. Dates 'YYYY-MM-DD' WITA; instants ISO UTC.
import { z } from 'zod';
import { AKSI_KEBERATAN, KEPUTUSAN_KEBERATAN, PERAN_KEBERATAN, STATUS_KEBERATAN } from '../domain/keberatan.ts';
import { Id } from './common.ts';
import { JenisPeriodePenilaian, Predikat, Rating, StatusPenilaian } from './penilaian.ts';
import { Orang } from './skp.ts';

export const StatusKeberatan = z.enum(STATUS_KEBERATAN);
export const AksiKeberatan = z.enum(AKSI_KEBERATAN);
export const PeranKeberatan = z.enum(PERAN_KEBERATAN);
export const KeputusanKeberatan = z.enum(KEPUTUSAN_KEBERATAN);

const teksWajib = (max: number) => z.string().trim().min(1, 'Wajib diisi').max(max);
const teksOpsional = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

/** The evaluation objected to, as it stands now (after an `ubah` decision its ratings are the new ones). */
export const PenilaianKeberatan = z.object({
  id: Id,
  periode: z.object({ id: Id, nama: z.string(), jenis: JenisPeriodePenilaian }),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  status: StatusPenilaian,
  pegawai: Orang,
  penilai: Orang.nullable(),
  atasanPenilai: Orang.nullable(),
  ratingHasilKerja: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  predikat: Predikat.nullable(),
  /** when the predikat was finalised: the keberatan window counts from here */
  ditetapkanPada: z.string().nullable(),
});

export const KeberatanDetail = z.object({
  id: Id,
  penilaian: PenilaianKeberatan,
  status: StatusKeberatan,
  alasan: z.string(),
  bukti: z.string().nullable(),
  /** the result objected to */
  ratingHasilKerjaSemula: Rating,
  ratingPerilakuKerjaSemula: Rating,
  predikatSemula: Predikat,
  diajukanPada: z.string(),
  /** the last WITA day it could be filed */
  tanggalTerakhir: z.string(),
  /** the atasan penilai's question to both sides */
  pertanyaan: z.string().nullable(),
  penjelasanDimintaPada: z.string().nullable(),
  penjelasanPegawai: z.string().nullable(),
  penjelasanPegawaiPada: z.string().nullable(),
  penjelasanPenilai: z.string().nullable(),
  penjelasanPenilaiPada: z.string().nullable(),
  keputusan: KeputusanKeberatan.nullable(),
  alasanKeputusan: z.string().nullable(),
  ratingHasilKerjaBaru: Rating.nullable(),
  ratingPerilakuKerjaBaru: Rating.nullable(),
  predikatBaru: Predikat.nullable(),
  diputusPada: z.string().nullable(),
  diputusOleh: Orang.nullable(),
  peranSaya: PeranKeberatan,
  /** what the viewer may do now */
  aksi: z.array(AksiKeberatan),
  versi: z.number().int(),
});
export type KeberatanDetail = z.infer<typeof KeberatanDetail>;

export const KeberatanItem = z.object({
  id: Id,
  penilaianId: Id,
  periodeNama: z.string(),
  pegawai: Orang,
  status: StatusKeberatan,
  predikatSemula: Predikat,
  keputusan: KeputusanKeberatan.nullable(),
  predikatBaru: Predikat.nullable(),
  diajukanPada: z.string(),
  diputusPada: z.string().nullable(),
  peranSaya: PeranKeberatan,
  /** the viewer has something to do: decide (atasan penilai) or answer the question (pegawai, penilai) */
  perluTindakan: z.boolean(),
});
export type KeberatanItem = z.infer<typeof KeberatanItem>;

/** GET /keberatan: to decide/answer first (oldest first), then the rest (newest decision first). */
export const KeberatanDaftar = z.object({ items: z.array(KeberatanItem) });

/** POST /keberatan — the pegawai files against their finalised evaluation. */
export const KeberatanAjukan = z.object({
  penilaianId: Id,
  alasan: teksWajib(4000),
  /** links or a description of the evidence offered */
  bukti: teksOpsional(4000),
});

/** POST /keberatan/:id/penjelasan-diminta — the atasan penilai asks both sides. */
export const KeberatanMintaPenjelasan = z.object({ versi: z.number().int().min(1), pertanyaan: teksWajib(4000) });

/** POST /keberatan/:id/penjelasan — the pegawai or the penilai answers (each their own text). */
export const KeberatanJawab = z.object({ versi: z.number().int().min(1), penjelasan: teksWajib(4000) });

/** POST /keberatan/:id/putusan — final. `ubah`: at least one rating differs (an absent rating stays). */
export const KeberatanPutus = z.object({
  versi: z.number().int().min(1),
  keputusan: KeputusanKeberatan,
  ratingHasilKerja: Rating.nullable().optional(),
  ratingPerilakuKerja: Rating.nullable().optional(),
  alasan: teksWajib(4000),
});

/** GET /penilaian/:id/keberatan — what the evaluation page shows about keberatan. */
export const KeberatanPenilaian = z.object({
  /** the viewer (the pegawai) may file now */
  bolehAjukan: z.boolean(),
  /** why not, when the pegawai may not (null when allowed or when the viewer is not the pegawai) */
  alasanTidakBoleh: z.enum(['BELUM_DITETAPKAN', 'SUDAH_ADA', 'BATAS_LEWAT', 'TANPA_ATASAN_PENILAI']).nullable(),
  /** the window (null until the predikat is finalised) */
  batas: z.object({ tanggalTerakhir: z.string(), sisaHari: z.number().int() }).nullable(),
  keberatan: KeberatanDetail.nullable(),
});
export type KeberatanPenilaian = z.infer<typeof KeberatanPenilaian>;
