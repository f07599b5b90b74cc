// Angka kredit of one evaluation record (DOMAIN.md §2.6; issue 6): for a jabatan fungsional with a jenjang (at the
// record's jabatan snapshot), AK = (months/12) × % predikat × koefisien of the jenjang. Months: calendar months at
// least half inside the record's days (domain/angka-kredit.ts bulanDinilai).
import { z } from 'zod';
import { JENJANG_FUNGSIONAL } from '../domain/angka-kredit.ts';
import { PREDIKAT } from '../domain/predikat.ts';

/** GET /penilaian/:id/angka-kredit */
export const AngkaKreditPenilaian = z.object({
  /** false: the record's post is not a jabatan fungsional with a jenjang — nothing else applies */
  berlaku: z.boolean(),
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  /** months counted, 1–12 (null when not berlaku) */
  bulan: z.number().int().min(1).max(12).nullable(),
  predikat: z.enum(PREDIKAT).nullable(),
  /** 150 / 100 / 75 / 50 / 25 (null until the record has a predikat) */
  persenPredikat: z.number().nullable(),
  /** koefisien per year of the jenjang */
  koefisien: z.number().nullable(),
  /** rounded to 3 decimals; null until the record has a predikat */
  angkaKredit: z.number().nullable(),
  /** "(3/12) × 100% × 25 = 6,25"; null until the record has a predikat */
  rumus: z.string().nullable(),
});
export type AngkaKreditPenilaian = z.infer<typeof AngkaKreditPenilaian>;
