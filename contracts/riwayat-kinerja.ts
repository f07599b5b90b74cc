// Riwayat kinerja (issue 6: "the pegawai's own page shows the history of their predikat, ratings, feedback and
// documents"): every evaluation of a pegawai across the years with its period, status, ratings, predikat, the
// penilai's umpan balik per RHK (only once the viewer may see the penilai's side), the Dokumen Evaluasi codes issued,
// the keberatan and the tindak lanjut; per year the tahunan evaluation beside the periodic ones (DOMAIN.md §2.3: the
// annual evaluation is its own assessment, the periodic predikat are shown beside it as context).
import { z } from 'zod';
import { Id } from './common.ts';
import { PeriodePenilaian, Predikat, Rating, StatusPenilaian } from './penilaian.ts';
import { Orang } from './skp.ts';
import { TindakLanjut } from './tindak-lanjut.ts';

export const RiwayatQuery = z.object({ pegawaiId: Id.optional() });

export const UmpanBalikRiwayat = z.object({
  rhkId: Id,
  uraian: z.string(),
  jenis: z.enum(['utama', 'tambahan']),
  penilaian: Rating.nullable(),
  umpanBalik: z.string().nullable(),
});

export const DokumenRiwayat = z.object({
  /** verification code as printed, e.g. ABCD-EFGH-JKMN (the public page is /verifikasi/<kode>) */
  kode: z.string(),
  jenis: z.string(),
  versi: z.number().int(),
  diterbitkanPada: z.string(),
  status: z.enum(['berlaku', 'diganti']),
  digantiPada: z.string().nullable(),
});

export const KeberatanRiwayat = z.object({
  id: Id,
  status: z.enum(['diajukan', 'klarifikasi', 'diputus']),
  keputusan: z.enum(['tetap', 'ubah']).nullable(),
  predikatSemula: Predikat,
  predikatBaru: Predikat.nullable(),
  diajukanPada: z.string(),
  diputusPada: z.string().nullable(),
});

export const PenilaianRiwayat = z.object({
  penilaianId: Id,
  periode: PeriodePenilaian,
  /** the days this record evaluates (a mid-year mutasi splits a period) */
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  status: StatusPenilaian,
  penilaiNama: z.string().nullable(),
  /** null while the viewer may not see the penilai's side yet (the pegawai: before `dinilai`) */
  ratingHasilKerja: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  predikat: Predikat.nullable(),
  ditetapkanPada: z.string().nullable(),
  umpanBalik: z.array(UmpanBalikRiwayat),
  dokumen: z.array(DokumenRiwayat),
  keberatan: KeberatanRiwayat.nullable(),
  tindakLanjut: z.array(TindakLanjut),
});
export type PenilaianRiwayat = z.infer<typeof PenilaianRiwayat>;

export const TahunRiwayat = z.object({
  tahun: z.number().int(),
  /** the annual evaluation(s) of the year (more than one after a mid-year split) */
  tahunan: z.array(PenilaianRiwayat),
  /** the periodic ones, in period order: the context shown beside the tahunan predikat */
  periodik: z.array(PenilaianRiwayat),
});

export const RiwayatKinerja = z.object({
  pegawai: Orang,
  /** newest year first */
  tahun: z.array(TahunRiwayat),
  /** tindak lanjut not tied to one of the evaluations listed */
  tindakLanjutLain: z.array(TindakLanjut),
});
export type RiwayatKinerja = z.infer<typeof RiwayatKinerja>;
