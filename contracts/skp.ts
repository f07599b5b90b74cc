// SKP — performance planning (DOMAIN.md §2.1; issue 4): periods, the pegawai's SKP with cascading RHK and
// indicators, the penilai's queue, ekspektasi khusus, matriks peran hasil, bulk assignment, Perjanjian Kinerja,
// monitoring, the SKP PDF and public verification of issued documents. Dates 'YYYY-MM-DD' WITA; instants ISO UTC.
import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak.ts';
import { AKSI_SKP, ASPEK_INDIKATOR, JENIS_RHK, PENDEKATAN_SKP, STATUS_SKP } from '../domain/skp.ts';
import { Id } from './common.ts';
import { Tanggal } from './pegawai.ts';

export const StatusSkp = z.enum(STATUS_SKP);
export const AksiSkp = z.enum(AKSI_SKP);
export const PendekatanSkp = z.enum(PENDEKATAN_SKP);
export const JenisRhk = z.enum(JENIS_RHK);
export const AspekIndikator = z.enum(ASPEK_INDIKATOR);
export const NilaiBerakhlak = z.enum(NILAI_BERAKHLAK);

const teksOpsional = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));
const Tahun = z.coerce.number().int().min(2020, 'Tahun minimal 2020').max(2100, 'Tahun maksimal 2100');

// ——— Periode (admin BKPPD) ———

export const SkpPeriode = z.object({
  id: Id,
  tahun: z.number().int(),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  pendekatanBawaan: PendekatanSkp,
  /** units (each with its subtree) the period is open for; null = the whole instansi */
  unitIds: z.array(Id).nullable(),
  /** their names, same order */
  unitNama: z.array(z.string()),
  status: z.enum(['buka', 'tutup']),
  versi: z.number().int(),
});
export type SkpPeriode = z.infer<typeof SkpPeriode>;

export const SkpPeriodeBaru = z.object({
  tahun: Tahun,
  /** default 1 January / 31 December of the year */
  tanggalMulai: Tanggal.optional(),
  tanggalSelesai: Tanggal.optional(),
  pendekatanBawaan: PendekatanSkp.default('kuantitatif'),
  unitIds: z.array(Id).min(1, 'Pilih minimal satu unit, atau kosongkan untuk seluruh instansi').max(500).nullable().default(null),
});
export const SkpPeriodeUbah = z.object({
  versi: z.number().int().min(1),
  pendekatanBawaan: PendekatanSkp,
  unitIds: z.array(Id).min(1).max(500).nullable(),
  status: z.enum(['buka', 'tutup']),
});

// ——— The SKP ———

export const IndikatorIsian = z.object({
  /** an existing indicator of the same RHK (kept: realisasi entered against it stay attached); absent = new */
  id: Id.optional(),
  aspek: AspekIndikator,
  uraian: z.string().trim().min(3, 'Indikator minimal 3 huruf').max(1000),
  targetAngka: z.number().min(0, 'Target tidak boleh negatif').max(1e12).nullable().optional().transform((v) => v ?? null),
  targetSatuan: teksOpsional(50),
  targetNarasi: teksOpsional(1000),
});
export type IndikatorIsian = z.infer<typeof IndikatorIsian>;

export const RhkIsian = z.object({
  /** an existing RHK of this SKP (kept: aktivitas linked to it stay linked); absent = new */
  id: Id.optional(),
  jenis: JenisRhk,
  uraian: z.string().trim().min(5, 'Uraian RHK minimal 5 huruf').max(2000),
  rhkAtasanId: Id.nullable().optional().transform((v) => v ?? null),
  pkId: Id.nullable().optional().transform((v) => v ?? null),
  indikator: z.array(IndikatorIsian).max(12, 'Maksimal 12 indikator per RHK'),
});
export type RhkIsian = z.infer<typeof RhkIsian>;

export const SkpUbah = z.object({
  versi: z.number().int().min(1),
  pendekatan: PendekatanSkp,
  rhk: z.array(RhkIsian).max(40, 'Maksimal 40 RHK dalam satu SKP'),
});
export type SkpUbah = z.infer<typeof SkpUbah>;

export const SkpBaru = z.object({
  periodeId: Id,
  /** copy RHK and indicators of an earlier SKP of the same pegawai as the draft (links are not copied) */
  salinDariSkpId: Id.optional(),
});

export const Orang = z.object({
  pegawaiId: Id,
  nama: z.string(),
  nip: z.string().nullable(),
  pangkat: z.string().nullable(),
  jabatan: z.string().nullable(),
  unit: z.string().nullable(),
});
export type Orang = z.infer<typeof Orang>;

export const Indikator = z.object({
  id: Id,
  aspek: AspekIndikator,
  uraian: z.string(),
  targetAngka: z.number().nullable(),
  targetSatuan: z.string().nullable(),
  targetNarasi: z.string().nullable(),
  /** "2 Dokumen" / the narrative, as printed */
  targetTeks: z.string(),
});

export const Rhk = z.object({
  id: Id,
  jenis: JenisRhk,
  uraian: z.string(),
  rhkAtasanId: Id.nullable(),
  /** text of the RHK pimpinan yang diintervensi (null when not linked or the link no longer exists) */
  rhkAtasanUraian: z.string().nullable(),
  pkId: Id.nullable(),
  pkSasaran: z.string().nullable(),
  indikator: z.array(Indikator),
});
export type Rhk = z.infer<typeof Rhk>;

export const MasalahSkp = z.object({
  kode: z.enum(['TANPA_RHK_UTAMA', 'RHK_TANPA_INDIKATOR', 'RHK_BELUM_DITAUTKAN', 'TARGET_KOSONG', 'TARGET_ANGKA_WAJIB', 'ASPEK_GANDA']),
  rhk: z.number().int().optional(),
  indikator: z.number().int().optional(),
});

export const Ekspektasi = z.object({ nilai: NilaiBerakhlak, ekspektasi: z.string() });

export const SkpDetail = z.object({
  id: Id,
  periodeId: Id,
  tahun: z.number().int(),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  pendekatan: PendekatanSkp,
  status: StatusSkp,
  pegawai: Orang,
  /** the pejabat penilai of the SKP (null: none found — the SKP cannot be submitted) */
  penilai: Orang.nullable(),
  atasanPenilai: Orang.nullable(),
  catatanPenilai: z.string().nullable(),
  alasanBuka: z.string().nullable(),
  diajukanPada: z.string().nullable(),
  disetujuiPada: z.string().nullable(),
  ditutupPada: z.string().nullable(),
  asalSkpId: Id.nullable(),
  rhk: z.array(Rhk),
  ekspektasi: z.array(Ekspektasi),
  /** the viewer's relation to this SKP and what they may do now */
  peranSaya: z.enum(['pemilik', 'penilai', 'pengamat']),
  aksi: z.array(AksiSkp),
  /** what still stops submission (for the owner; empty = complete) */
  masalah: z.array(MasalahSkp),
  /** true for JPT / kepala OPD: RHK derive from the Perjanjian Kinerja and need no RHK pimpinan */
  tanpaTautan: z.boolean(),
  versi: z.number().int(),
});
export type SkpDetail = z.infer<typeof SkpDetail>;

export const SkpRingkas = z.object({
  id: Id,
  periodeId: Id,
  tahun: z.number().int(),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  status: StatusSkp,
  jumlahRhk: z.number().int(),
  penilaiNama: z.string().nullable(),
  diubahPada: z.string(),
});

/** GET /skp/saya: my SKPs (newest first) and the open periods I may start one in. */
export const SkpSaya = z.object({
  skp: z.array(SkpRingkas),
  periodeTerbuka: z.array(z.object({ id: Id, tahun: z.number().int(), tanggalMulai: z.string(), tanggalSelesai: z.string(), pendekatanBawaan: PendekatanSkp, sudahAda: z.boolean() })),
});

/** POST /skp/:id/aksi — every state change. */
export const SkpAksiBody = z.object({
  aksi: z.enum(['ajukan', 'tarik', 'setujui', 'kembalikan', 'minta_buka', 'terima_buka', 'tolak_buka']),
  versi: z.number().int().min(1),
  catatan: z.string().trim().max(2000).optional(),
});

/** GET /skp/:id/rhk-atasan — what the RHK of this SKP may link to. */
export const PilihanTautan = z.object({
  skpAtasan: z.object({ id: Id, status: StatusSkp, pegawaiNama: z.string() }).nullable(),
  rhkAtasan: z.array(z.object({ id: Id, jenis: JenisRhk, uraian: z.string(), indikator: z.array(z.string()) })),
  /** the unit's Perjanjian Kinerja (for JPT / kepala OPD) */
  perjanjianKinerja: z.array(z.object({ id: Id, sasaran: z.string(), indikator: z.string(), target: z.string() })),
  tanpaTautan: z.boolean(),
});

export const EkspektasiUbah = z.object({
  versi: z.number().int().min(1),
  ekspektasi: z.array(z.object({ nilai: NilaiBerakhlak, ekspektasi: z.string().trim().max(1000) })).max(7),
});

// ——— Penilai ———

export const AntrianSkpQuery = z.object({ periodeId: Id.optional() });
export const BawahanSkp = z.object({
  pegawai: Orang,
  skpId: Id.nullable(),
  status: StatusSkp.nullable(),
  diajukanPada: z.string().nullable(),
  alasanBuka: z.string().nullable(),
  jumlahRhk: z.number().int(),
});
/** The penilai's view: SKPs waiting for a decision first, then every bawahan with their SKP status (or none). */
export const AntrianSkp = z.object({
  periode: z.object({ id: Id, tahun: z.number().int() }).nullable(),
  /** the penilai's own SKP in the period (for reading beside, and for the matriks) */
  skpSayaId: Id.nullable(),
  menunggu: z.array(BawahanSkp),
  bawahan: z.array(BawahanSkp),
});

export const MatriksPeranHasil = z.object({
  skpId: Id,
  rhk: z.array(
    z.object({
      id: Id,
      jenis: JenisRhk,
      uraian: z.string(),
      bawahan: z.array(z.object({ pegawaiId: Id, nama: z.string(), skpId: Id, rhkId: Id, uraian: z.string(), status: StatusSkp })),
    }),
  ),
  /** bawahan with no RHK hanging off any RHK of this SKP (skpId null: no SKP at all yet) */
  tanpaTautan: z.array(z.object({ pegawaiId: Id, nama: z.string(), skpId: Id.nullable(), status: StatusSkp.nullable() })),
});

export const TugaskanRhk = z.object({
  pegawaiIds: z.array(Id).min(1, 'Pilih minimal satu bawahan').max(500),
  jenis: JenisRhk.default('utama'),
  /** the bawahan's RHK text; default = the penilai's RHK text */
  uraian: z.string().trim().min(5).max(2000).optional(),
});
export const HasilTugaskan = z.object({
  hasil: z.array(z.object({ pegawaiId: Id, nama: z.string(), ok: z.boolean(), code: z.string().nullable(), skpId: Id.nullable() })),
  berhasil: z.number().int(),
  gagal: z.number().int(),
});

// ——— Perjanjian Kinerja (per unit per year; entered by the OPD) ———

export const PerjanjianKinerjaQuery = z.object({ unitId: Id, tahun: Tahun });
export const SasaranPk = z.object({ id: Id, sasaran: z.string(), indikator: z.string(), target: z.string() });
export const PerjanjianKinerja = z.object({ unitId: Id, unit: z.string(), tahun: z.number().int(), sasaran: z.array(SasaranPk), versi: z.number().int().nullable() });
export const PerjanjianKinerjaUbah = z.object({
  unitId: Id,
  tahun: Tahun,
  /** null when creating the year's first version */
  versi: z.number().int().min(1).nullable(),
  sasaran: z
    .array(
      z.object({
        id: Id.optional(),
        sasaran: z.string().trim().min(5, 'Sasaran minimal 5 huruf').max(1000),
        indikator: z.string().trim().min(3, 'Indikator minimal 3 huruf').max(1000),
        target: z.string().trim().min(1, 'Target wajib diisi').max(200),
      }),
    )
    .max(50),
});

// ——— Monitoring ———

export const MonitoringSkpQuery = z.object({ periodeId: Id.optional(), unitId: Id.optional() });
export const MonitoringSkpUnit = z.object({
  unitId: Id,
  unit: z.string(),
  /** true when the unit has units below it (drill down with unitId) */
  adaSubunit: z.boolean(),
  jumlahPegawai: z.number().int(),
  draft: z.number().int(),
  diajukan: z.number().int(),
  dikembalikan: z.number().int(),
  disetujui: z.number().int(),
  belumAda: z.number().int(),
});
export const MonitoringSkp = z.object({
  periode: z.object({ id: Id, tahun: z.number().int() }).nullable(),
  induk: z.object({ unitId: Id, unit: z.string() }).nullable(),
  units: z.array(MonitoringSkpUnit),
  total: MonitoringSkpUnit.omit({ unitId: true, unit: true, adaSubunit: true }),
});

// ——— Public verification of issued documents ———

export const KodeVerifikasi = z.string().trim().toUpperCase().regex(/^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/, 'Kode verifikasi terdiri dari 12 huruf/angka, mis. ABCD-EFGH-JKMN');
export const VerifikasiDokumen = z.object({
  kode: z.string(),
  jenis: z.enum(['skp', 'evaluasi_periodik', 'evaluasi_tahunan']),
  judul: z.string(),
  instansi: z.string(),
  /** name and a masked NIP only: the page is public */
  pegawaiNama: z.string(),
  nipTersamar: z.string().nullable(),
  ringkasan: z.string(),
  diterbitkanPada: z.string(),
  /** berlaku = genuine and current; diganti = genuine but a newer version was issued since */
  status: z.enum(['berlaku', 'diganti']),
  digantiPada: z.string().nullable(),
});
