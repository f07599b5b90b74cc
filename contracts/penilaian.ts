// Penilaian kinerja (DOMAIN.md §2.3; issue 6, phase 1): evaluation periods of an SKP year, the pegawai's realisasi with
// evidence from their approved aktivitas, the penilai's judgement per RHK, the two ratings and the predikat (computed
// by the server), and the penilai's list of bawahan per period. Dates 'YYYY-MM-DD' WITA; instants ISO UTC.
import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak.ts';
import { AKSI_PENILAIAN, JENIS_PERIODE_PENILAIAN, JENIS_PERIODIK, STATUS_PENILAIAN } from '../domain/penilaian.ts';
import { PREDIKAT, RATING } from '../domain/predikat.ts';
import { ASPEK_INDIKATOR, JENIS_RHK, PENDEKATAN_SKP } from '../domain/skp.ts';
import { Id } from './common.ts';
import { Tanggal } from './pegawai.ts';
import { Orang } from './skp.ts';

export const StatusPenilaian = z.enum(STATUS_PENILAIAN);
export const AksiPenilaian = z.enum(AKSI_PENILAIAN);
export const Rating = z.enum(RATING);
export const Predikat = z.enum(PREDIKAT);
export const JenisPeriodePenilaian = z.enum(JENIS_PERIODE_PENILAIAN);

const teksOpsional = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

// ——— Evaluation periods (admin BKPPD) ———

export const PeriodePenilaian = z.object({
  id: Id,
  skpPeriodeId: Id,
  tahun: z.number().int(),
  jenis: JenisPeriodePenilaian,
  /** quarter 1–4, month 1–12; 1 for tahunan */
  nomor: z.number().int(),
  /** "Triwulan III 2026", "Maret 2026", "Tahunan 2026" */
  nama: z.string(),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  /** last WITA day (inclusive) for the pegawai's realisasi */
  batasRealisasi: z.string(),
  /** last WITA day (inclusive) for the penilai's rating */
  batasPenilaian: z.string(),
  versi: z.number().int(),
});
export type PeriodePenilaian = z.infer<typeof PeriodePenilaian>;

export const PeriodePenilaianQuery = z.object({ skpPeriodeId: Id.optional() });

/** POST /penilaian/periode: generate (or, while none is in use, regenerate) the periods of an SKP period. */
export const PeriodePenilaianBaru = z
  .object({
    skpPeriodeId: Id,
    jenisPeriodik: z.enum(JENIS_PERIODIK).default('triwulanan'),
    /** days after each period's last day */
    hariBatasRealisasi: z.number().int().min(0).max(90).default(10),
    hariBatasPenilaian: z.number().int().min(0).max(120).default(20),
  })
  .refine((b) => b.hariBatasPenilaian >= b.hariBatasRealisasi, { message: 'Batas penilaian tidak boleh sebelum batas realisasi', path: ['hariBatasPenilaian'] });

export const PeriodePenilaianUbah = z.object({
  versi: z.number().int().min(1),
  tanggalMulai: Tanggal,
  tanggalSelesai: Tanggal,
  batasRealisasi: Tanggal,
  batasPenilaian: Tanggal,
});

// ——— One evaluation ———

export const UsulanRating = z.object({
  rating: Rating,
  alasan: z.enum(['SEBAGIAN_BESAR_DI_ATAS', 'SEBAGIAN_BESAR_DI_BAWAH', 'SEBAGIAN_BESAR_SESUAI', 'ADA_UTAMA_DI_BAWAH', 'BELUM_ADA_PENILAIAN', 'CAPAIAN_KINERJA_ORGANISASI']),
});

export const IndikatorPenilaian = z.object({
  id: Id,
  aspek: z.enum(ASPEK_INDIKATOR),
  uraian: z.string(),
  targetTeks: z.string(),
  targetAngka: z.number().nullable(),
  targetSatuan: z.string().nullable(),
  targetNarasi: z.string().nullable(),
  realisasiAngka: z.number().nullable(),
  realisasiNarasi: z.string().nullable(),
  catatan: z.string().nullable(),
  /** approved aktivitas chosen as evidence */
  aktivitasIds: z.array(Id),
});

export const RhkPenilaian = z.object({
  id: Id,
  jenis: z.enum(JENIS_RHK),
  uraian: z.string(),
  rhkAtasanUraian: z.string().nullable(),
  indikator: z.array(IndikatorPenilaian),
  /** approved aktivitas of the evaluated days linked to this RHK */
  jumlahAktivitas: z.number().int(),
  jumlahMenit: z.number().int(),
  /** the penilai's judgement and umpan balik (hidden from the pegawai until rated) */
  penilaian: Rating.nullable(),
  umpanBalik: z.string().nullable(),
});

export const PerilakuPenilaian = z.object({
  nilai: z.enum(NILAI_BERAKHLAK),
  /** the ekspektasi khusus pimpinan of the SKP, if any */
  ekspektasi: z.string().nullable(),
  umpanBalik: z.string().nullable(),
});

export const PenilaianDetail = z.object({
  id: Id,
  periode: PeriodePenilaian,
  skpId: Id,
  pendekatan: z.enum(PENDEKATAN_SKP),
  /** the days evaluated: the evaluation period ∩ the SKP segment */
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  status: StatusPenilaian,
  pegawai: Orang,
  penilai: Orang.nullable(),
  atasanPenilai: Orang.nullable(),
  /** the pegawai leads a unit: its capaian kinerja organisasi is the rating hasil kerja */
  kepalaUnit: z.boolean(),
  rhk: z.array(RhkPenilaian),
  perilaku: z.array(PerilakuPenilaian),
  refleksi: z.string().nullable(),
  /** the penilai's note when returning the realisasi */
  catatanPenilai: z.string().nullable(),
  /** the rating hasil kerja the system proposes (null for the pegawai until rated) */
  usulanRatingHasilKerja: UsulanRating.nullable(),
  ratingHasilKerja: Rating.nullable(),
  alasanRatingHasilKerja: z.string().nullable(),
  /** the unit's capaian kinerja organisasi as a rating (kepala unit; from the calibration phase) */
  ratingHasilOrganisasi: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  /** computed by the server from the two ratings (DOMAIN.md §2.3 matrix) once rated */
  predikat: Predikat.nullable(),
  diajukanPada: z.string().nullable(),
  dinilaiPada: z.string().nullable(),
  peranSaya: z.enum(['pemilik', 'penilai', 'pengamat']),
  /** what the viewer may do now (state machine and deadlines) */
  aksi: z.array(AksiPenilaian),
  /** indicators still without realisasi (the owner's to-do before submitting) */
  indikatorKosong: z.array(Id),
  versi: z.number().int(),
});
export type PenilaianDetail = z.infer<typeof PenilaianDetail>;

export const PenilaianRingkas = z.object({
  id: Id,
  periodeId: Id,
  skpId: Id,
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  status: StatusPenilaian,
  predikat: Predikat.nullable(),
  versi: z.number().int(),
});

/** POST /penilaian: open my evaluation(s) of a period (created on first opening; one per approved SKP segment). */
export const PenilaianBuka = z.object({ periodeId: Id });
export const PenilaianDibuka = z.object({ penilaian: z.array(PenilaianRingkas), dibuat: z.number().int() });

/** GET /penilaian/saya: the evaluation periods of an SKP year with my evaluations in each. */
export const PenilaianSayaQuery = z.object({ skpPeriodeId: Id.optional() });
export const PenilaianSaya = z.object({
  periode: z.array(z.object({ periode: PeriodePenilaian, penilaian: z.array(PenilaianRingkas) })),
});

export const RealisasiUbah = z.object({
  versi: z.number().int().min(1),
  refleksi: teksOpsional(4000),
  indikator: z
    .array(
      z.object({
        indikatorId: Id,
        realisasiAngka: z.number().min(0, 'Realisasi tidak boleh negatif').max(1e12).nullable().optional().transform((v) => v ?? null),
        realisasiNarasi: teksOpsional(2000),
        catatan: teksOpsional(2000),
        aktivitasIds: z.array(Id).max(500).default([]),
      }),
    )
    .max(500),
});

export const PenilaianUbah = z.object({
  versi: z.number().int().min(1),
  rhk: z.array(z.object({ rhkId: Id, penilaian: Rating.nullable(), umpanBalik: teksOpsional(2000) })).max(100),
  perilaku: z.array(z.object({ nilai: z.enum(NILAI_BERAKHLAK), umpanBalik: teksOpsional(2000) })).max(7),
  ratingHasilKerja: Rating.nullable(),
  /** required when the rating differs from the system's proposal */
  alasanRatingHasilKerja: teksOpsional(2000),
  ratingPerilakuKerja: Rating.nullable(),
});

/** POST /penilaian/:id/aksi — every state change. */
export const PenilaianAksiBody = z.object({
  aksi: z.enum(['ajukan', 'tarik', 'kembalikan', 'nilai', 'buka_nilai']),
  versi: z.number().int().min(1),
  catatan: z.string().trim().max(2000).optional(),
});

/** GET /penilaian/:id/aktivitas — candidate evidence: approved aktivitas of the evaluated days per RHK. */
export const AktivitasBukti = z.object({
  id: Id,
  tanggal: z.string(),
  jamMulai: z.string(),
  jamSelesai: z.string(),
  menit: z.number().int(),
  uraian: z.string(),
  volume: z.number().nullable(),
  satuan: z.string().nullable(),
});
export const BuktiPenilaian = z.object({
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  rhk: z.array(z.object({ rhkId: Id, uraian: z.string(), jumlahAktivitas: z.number().int(), jumlahMenit: z.number().int(), aktivitas: z.array(AktivitasBukti) })),
});

// ——— Penilai ———

export const PenilaianBawahanQuery = z.object({ periodeId: Id });
export const PenilaianBawahanItem = z.object({
  pegawai: Orang,
  /** the approved SKP segment evaluated (null: no approved SKP covers the period) */
  skpId: Id.nullable(),
  /** null: not opened by the pegawai yet */
  penilaianId: Id.nullable(),
  status: StatusPenilaian.nullable(),
  ratingHasilKerja: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  predikat: Predikat.nullable(),
  diajukanPada: z.string().nullable(),
  dinilaiPada: z.string().nullable(),
});
export const PenilaianBawahan = z.object({
  periode: PeriodePenilaian,
  items: z.array(PenilaianBawahanItem),
  /** how many of the items carry each predikat */
  sebaran: z.object({ sangat_baik: z.number().int(), baik: z.number().int(), butuh_perbaikan: z.number().int(), kurang: z.number().int(), sangat_kurang: z.number().int() }),
});
