// Kalibrasi (DOMAIN.md §2.4, issue 6 phase 2): per evaluation period and unit, the predikat organisasi set by the
// pimpinan above the unit, the calibration board (live distribution of the unit's pegawai against the kurva bounds
// of its predikat organisasi, each bound explained in words) and the penetapan (finalising every rated evaluation of
// the unit; a deviation needs a written justification). What-if moves are computed in the browser with
// domain/kurva.ts (pindahkan + periksaKurva) — the same functions the server uses.
import { z } from 'zod';
import { PREDIKAT_ORGANISASI } from '../domain/kurva.ts';
import { Id } from './common.ts';
import { PeriodePenilaian, Predikat, Rating, StatusPenilaian } from './penilaian.ts';
import { Orang } from './skp.ts';

export const PredikatOrganisasi = z.enum(PREDIKAT_ORGANISASI);
export const StatusKalibrasi = z.enum(['terbuka', 'ditetapkan']);

export const Sebaran = z.object({ sangat_baik: z.number().int(), baik: z.number().int(), butuh_perbaikan: z.number().int(), kurang: z.number().int(), sangat_kurang: z.number().int() });

export const HasilBatasKurva = z.object({
  predikat: z.array(Predikat),
  jenis: z.enum(['maks', 'min', 'minSatu']),
  persen: z.number(),
  jumlah: z.number().int(),
  /** the count allowed (maks) or required (min, minSatu) */
  batasJumlah: z.number().int(),
  terpenuhi: z.boolean(),
  /** the bound in words with its arithmetic (Bahasa Indonesia, from domain/kurva.ts jelaskanBatas) */
  penjelasan: z.string(),
});

export const HasilKurva = z.object({
  n: z.number().int(),
  /** the threshold the curve was judged with (pengaturan penilaian `nMinimumKurva`, default 5) */
  nMinimum: z.number().int(),
  batas: z.array(HasilBatasKurva),
  sesuai: z.boolean(),
  /** n below the threshold (nMinimum): shown, no justification asked */
  hanyaInformasi: z.boolean(),
});

export const UnitRingkas = z.object({
  id: Id,
  nama: z.string(),
  jenis: z.string(),
  indukId: Id.nullable(),
  /** depth below the list's top unit (0 = top), for indenting */
  kedalaman: z.number().int(),
});

/** One unit's row in the list of units a pimpinan calibrates. */
export const KalibrasiUnitRingkas = z.object({
  unit: UnitRingkas,
  predikatOrganisasi: PredikatOrganisasi.nullable(),
  status: StatusKalibrasi,
  /** evaluations of the period whose unit snapshot is this unit */
  jumlahPenilaian: z.number().int(),
  /** rated (dinilai) or finalised (ditetapkan): what the curve counts */
  jumlahDinilai: z.number().int(),
  /** draft / diajukan / dikembalikan: these block penetapan */
  jumlahBelumDinilai: z.number().int(),
  sebaran: Sebaran,
  /** null while no predikat organisasi is set */
  kurva: HasilKurva.nullable(),
  /** the actor may set the predikat organisasi and finalise this unit now (the pimpinan above it or the wali kota,
   *  while the unit is not finalised; admin BKPPD and auditor only read) */
  bolehKelola: z.boolean(),
  /** versi of the unit's calibration record; null while none exists (first write creates it) */
  versi: z.number().int().nullable(),
});

/** GET /kalibrasi?periodeId= — the units below the actor (every unit for wali kota, admin BKPPD and auditor). */
export const KalibrasiDaftarQuery = z.object({ periodeId: Id });
export const KalibrasiDaftar = z.object({
  periode: PeriodePenilaian,
  units: z.array(KalibrasiUnitRingkas),
  /** city-wide distribution of the listed units (rated + finalised) */
  sebaran: Sebaran,
});

export const KalibrasiItem = z.object({
  penilaianId: Id,
  pegawai: Orang,
  penilaiNama: z.string().nullable(),
  status: StatusPenilaian,
  ratingHasilKerja: Rating.nullable(),
  ratingPerilakuKerja: Rating.nullable(),
  predikat: Predikat.nullable(),
  /** the pegawai leads this unit (their rating hasil kerja is the unit's capaian) */
  kepalaUnit: z.boolean(),
});

/**
 * GET /kalibrasi/:periodeId/unit/:unitId — the calibration board of one unit (404 outside the actor's reach). Also the
 * answer of PUT …/predikat and POST …/tetapkan (the board after the change).
 */
export const KalibrasiPapan = KalibrasiUnitRingkas.extend({
  periode: PeriodePenilaian,
  catatanPredikat: z.string().nullable(),
  /** who set the predikat organisasi last (name) and when (ISO instant) */
  predikatOleh: z.string().nullable(),
  predikatPada: z.string().nullable(),
  items: z.array(KalibrasiItem),
  /** finalising needs a justification now (deviation with n ≥ the instansi's minimum) */
  perluJustifikasi: z.boolean(),
  /** the keberatan window in calendar days after penetapan (pengaturan penilaian, default 14), for the texts */
  hariKeberatan: z.number().int(),
  /** why penetapan is not possible yet (empty: it is); Indonesian sentences */
  hambatan: z.array(z.string()),
  justifikasi: z.string().nullable(),
  /** the distribution as finalised (null before penetapan) */
  sebaranPenetapan: Sebaran.nullable(),
  /** ISO instant of the penetapan, and the name of who finalised */
  ditetapkanPada: z.string().nullable(),
  ditetapkanOleh: z.string().nullable(),
});

/** details of KALIBRASI.BELUM_DINILAI: the evaluations that block the penetapan */
export const KalibrasiBelumDinilai = z.array(z.object({ penilaianId: Id, pegawaiId: Id, nama: z.string(), status: StatusPenilaian }));

export const KalibrasiParams = z.object({ periodeId: Id, unitId: Id });

/** PUT /kalibrasi/:periodeId/unit/:unitId/predikat — set or change the unit's predikat organisasi (before penetapan). */
export const PredikatOrganisasiUbah = z.object({
  /** null: the unit has no calibration record yet */
  versi: z.number().int().min(1).nullable(),
  predikatOrganisasi: PredikatOrganisasi,
  /** omitted: the note stays as it is; null or empty: the note is cleared */
  catatan: z.string().trim().max(2000).nullable().optional(),
});

/** POST /kalibrasi/:periodeId/unit/:unitId/tetapkan — finalise every rated evaluation of the unit. */
export const PenetapanKalibrasi = z.object({
  versi: z.number().int().min(1),
  justifikasi: z.string().trim().max(4000).nullable().optional().transform((v) => (v ? v : null)),
});

