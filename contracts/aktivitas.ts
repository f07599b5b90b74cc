// Aktivitas harian, bukti dukung, umpan balik and the atasan's queue (DOMAIN.md §2.2; issue "Aktivitas harian").
// Times are 'HH:MM' WITA; dates 'YYYY-MM-DD' WITA; instants ISO-8601 UTC.
import { z } from 'zod';
import { AKSI_AKTIVITAS, STATUS_AKTIVITAS } from '../domain/aktivitas.ts';
import { Id } from './common.ts';
import { Tanggal } from './pegawai.ts';

export const Jam = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'Jam harus berformat JJ:MM, mis. 08:30');
export const Bulan = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat TTTT-BB');
export const StatusAktivitas = z.enum(STATUS_AKTIVITAS);
export const JENIS_TANDA = ['BUKTI_SAMA', 'URAIAN_SAMA', 'LEBIH_10_JAM', 'TERLAMBAT'] as const;

const teks = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

const isian = {
  tanggal: Tanggal,
  jamMulai: Jam,
  jamSelesai: Jam,
  uraian: z.string().trim().min(3, 'Uraian minimal 3 huruf').max(2000),
  /** RHK of the pegawai's SKP; optional for non-SKP duties */
  rhkId: Id.nullable().optional(),
  volume: z.number().positive('Volume harus lebih dari 0').max(1_000_000).nullable().optional(),
  satuan: teks(50),
  lokasi: teks(200),
};

export const AktivitasBaru = z.object({
  ...isian,
  /** submit right away (the common case) instead of keeping a draft */
  ajukan: z.boolean().default(true),
  /** set by the device for entries made offline: the same key sent twice creates one activity */
  kunciIdempoten: z.string().min(8).max(100).optional(),
  /** when the pegawai wrote it on the device (offline entries keep their original time) */
  dibuatDiPerangkat: z.string().datetime().optional(),
});
export type AktivitasBaru = z.infer<typeof AktivitasBaru>;

export const AktivitasUbah = z.object({ versi: z.number().int().min(1), ...isian });
export type AktivitasUbah = z.infer<typeof AktivitasUbah>;

export const BuktiItem = z.object({
  id: Id,
  jenis: z.enum(['berkas', 'tautan']),
  nama: z.string(),
  mime: z.string().nullable(),
  ukuran: z.number().int().nullable(),
  /** links only */
  url: z.string().nullable(),
  /** files only: download path (scoped; add ?ukuran=kecil for a phone-sized image) */
  unduh: z.string().nullable(),
});
export type BuktiItem = z.infer<typeof BuktiItem>;

export const Aktivitas = z.object({
  id: Id,
  pegawaiId: Id,
  pegawaiNama: z.string(),
  tanggal: z.string(),
  jamMulai: z.string(),
  jamSelesai: z.string(),
  menit: z.number().int(),
  uraian: z.string(),
  rhkId: Id.nullable(),
  /** the linked RHK's text (null when not linked) */
  rhkUraian: z.string().nullable(),
  volume: z.number().nullable(),
  satuan: z.string().nullable(),
  lokasi: z.string().nullable(),
  status: StatusAktivitas,
  penilaiId: Id.nullable(),
  batasPengajuan: z.string(),
  diajukanPada: z.string().nullable(),
  diputuskanPada: z.string().nullable(),
  catatanPenilai: z.string().nullable(),
  bukti: z.array(BuktiItem),
  jumlahUmpanBalik: z.number().int(),
  /** supervision flags: only in the penilai's views */
  tanda: z.array(z.enum(JENIS_TANDA)),
  versi: z.number().int(),
});
export type Aktivitas = z.infer<typeof Aktivitas>;

export const AktivitasDaftar = z.object({ items: z.array(Aktivitas), total: z.number().int() });

export const AktivitasQuery = z.object({
  dari: Tanggal.optional(),
  sampai: Tanggal.optional(),
  status: StatusAktivitas.optional(),
});

/** Created (201) or, for a repeated idempotency key, the one created before (200 with `sudahAda: true`). */
export const AktivitasTersimpan = z.object({ aktivitas: Aktivitas, sudahAda: z.boolean(), peringatan: z.array(z.string()) });

export const AntrianQuery = z.object({
  pegawaiId: Id.optional(),
  dari: Tanggal.optional(),
  sampai: Tanggal.optional(),
  status: StatusAktivitas.default('diajukan'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const AKSI_KEPUTUSAN = ['setujui', 'kembalikan', 'tolak'] as const;
export const Keputusan = z
  .object({
    aksi: z.enum(AKSI_KEPUTUSAN),
    catatan: teks(1000),
    /** one or many (bulk approve); each with the versi the atasan saw */
    items: z.array(z.object({ id: Id, versi: z.number().int().min(1) })).min(1).max(200),
  })
  .refine((k) => k.aksi === 'setujui' || !!k.catatan, { message: 'Catatan wajib diisi untuk mengembalikan atau menolak', path: ['catatan'] });
export type Keputusan = z.infer<typeof Keputusan>;

export const HasilKeputusan = z.object({
  items: z.array(z.object({ id: Id, ok: z.boolean(), status: StatusAktivitas.nullable(), code: z.string().nullable(), message: z.string().nullable() })),
});

export const RekapHari = z.object({
  tanggal: z.string(),
  hariKerja: z.boolean(),
  libur: z.string().nullable(),
  jumlah: z.number().int(),
  menitDisetujui: z.number().int(),
  /** submitted or draft, not yet counted */
  menitBelumDisetujui: z.number().int(),
  /** the pegawai's to-do: drafts and activities returned for revision */
  perluTindakan: z.number().int(),
  /** submitted, awaiting the atasan */
  menunggu: z.number().int(),
});
export const RekapBulan = z.object({
  pegawaiId: Id,
  bulan: z.string(),
  hariKerjaPerMinggu: z.number().int(),
  targetMenit: z.number().int(),
  menitDisetujui: z.number().int(),
  menitBelumDisetujui: z.number().int(),
  hari: z.array(RekapHari),
});
export type RekapBulan = z.infer<typeof RekapBulan>;

export const UraianSering = z.object({
  uraian: z.string(),
  jamMulai: z.string(),
  jamSelesai: z.string(),
  rhkId: Id.nullable(),
  volume: z.number().nullable(),
  satuan: z.string().nullable(),
  kali: z.number().int(),
});

export const UmpanBalikBaru = z.object({ isi: z.string().trim().min(1, 'Isi umpan balik wajib diisi').max(2000) });
export const UmpanBalikItem = z.object({ id: Id, penulisNama: z.string(), milikSaya: z.boolean(), isi: z.string(), dibuatPada: z.string() });

export const TautanBaru = z.object({
  url: z.string().trim().url('Tautan tidak valid').refine((u) => /^https?:\/\//i.test(u), 'Tautan harus diawali http:// atau https://'),
  nama: teks(200),
});

export const MonitoringQuery = z.object({ tanggal: Tanggal.optional(), unitId: Id.optional() });
export const MonitoringUnit = z.object({
  unitId: Id,
  unit: z.string(),
  jumlahPegawai: z.number().int(),
  sudahMengisi: z.number().int(),
  belumMengisi: z.number().int(),
  menunggu: z.number().int(),
  /** age in hours of the oldest activity waiting for approval */
  menungguTerlamaJam: z.number().nullable(),
});
export const Monitoring = z.object({ tanggal: z.string(), units: z.array(MonitoringUnit) });
/** One pegawai of a unit on the monitored day: who filed (any status but draft, as sudahMengisi counts) and what waits. */
export const MonitoringPegawai = z.object({
  pegawaiId: Id,
  /** with gelar */
  nama: z.string(),
  nip: z.string().nullable(),
  jabatan: z.string().nullable(),
  /** false for a pegawai no longer aktif who still has activities waiting (counted in the unit's menunggu only) */
  aktif: z.boolean(),
  sudahMengisi: z.boolean(),
  jumlahAktivitas: z.number().int(),
  menit: z.number().int(),
  /** activities awaiting approval, any date */
  menunggu: z.number().int(),
  menungguTerlamaJam: z.number().nullable(),
  /** names of the penilai the waiting activities sit with (usually one) */
  penilaiMenunggu: z.array(z.string()),
});
export const MonitoringPegawaiQuery = z.object({ tanggal: Tanggal.optional() });
export const MonitoringUnitPegawai = z.object({ tanggal: z.string(), unitId: Id, unit: z.string(), pegawai: z.array(MonitoringPegawai) });

export const HariLibur = z.object({ id: Id, tanggal: z.string(), nama: z.string(), jenis: z.enum(['nasional', 'cuti_bersama', 'unit']), unitId: Id.nullable(), unit: z.string().nullable() });
export const HariLiburBaru = z.object({ tanggal: Tanggal, nama: z.string().trim().min(3).max(200), jenis: z.enum(['nasional', 'cuti_bersama', 'unit']), unitId: Id.nullable().optional() });

/** Server-Sent Events on GET /api/v1/aktivitas/stream: `event: aktivitas`, data = this. */
export const PeristiwaAktivitas = z.object({
  jenis: z.enum(['diajukan', 'ditarik', 'diputuskan', 'diubah', 'umpan_balik', 'dialihkan']),
  aktivitasId: Id,
  pegawaiId: Id,
  status: StatusAktivitas.nullable(),
});

export { AKSI_AKTIVITAS };

// ——— added with the server implementation ———

/** Body of POST /aktivitas/:id/ajukan and /tarik: the versi the pegawai saw (optional; when sent, a stale one → 409). */
/** Body of ajukan/tarik; may be omitted entirely (a POST without a body arrives as null). */
export const AktivitasAksi = z.object({ versi: z.number().int().min(1).optional() }).nullish();
export const AktivitasHapusQuery = z.object({ versi: z.coerce.number().int().min(1).optional() });

/** GET /aktivitas/rhk?tanggal — the RHK an activity of that date may link to (the pegawai's SKP covering the date). */
export const RhkPilihanQuery = z.object({ tanggal: Tanggal });
export const RhkPilihan = z.object({
  id: Id,
  jenis: z.enum(['utama', 'tambahan']),
  uraian: z.string(),
  /** the SKP's status (a draft SKP's RHK may be linked; DOMAIN §2.2) */
  skpStatus: z.string(),
  tahun: z.number().int(),
});

export const RekapQuery = z.object({ bulan: Bulan, pegawaiId: Id.optional() });

export const HariLiburQuery = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional() });

/** PUT /api/v1/unit-kerja/:id/hari-kerja — the unit's working week (6 applies to its whole subtree). */
export const HariKerjaUnitUbah = z.object({ hariKerjaPerMinggu: z.union([z.literal(5), z.literal(6)]) });
export const HariKerjaUnit = z.object({
  unitId: Id,
  /** the unit's own mark */
  hariKerjaPerMinggu: z.number().int(),
  /** what applies to its pegawai: 6 when the unit or any unit above it works 6 days */
  berlaku: z.number().int(),
});

// ——— per-instansi rules of aktivitas (pengaturan `aktivitas`; admin BKPPD writes, auditor reads) ———

const bulat = (nama: string, min: number, max: number) =>
  z.number({ error: `${nama} wajib berupa angka` }).int(`${nama} harus bilangan bulat`).min(min, `${nama} minimal ${min}`).max(max, `${nama} maksimal ${max}`);

export const PengaturanAktivitas = z.object({
  /** target minutes per working day (DOMAIN default 300) */
  menitTargetHarian: bulat('Target menit per hari kerja', 60, 720),
  /** a day's total above this shows a warning (DOMAIN default 600) */
  menitPeringatanHarian: bulat('Batas peringatan menit per hari', 60, 1440),
  /** hour (WITA) of the next working day until which a day may be submitted (DOMAIN default 10) */
  jamBatasPengajuan: bulat('Jam batas pengajuan', 0, 23),
  /** days after the deadline during which an offline entry is still accepted (DOMAIN default 7) */
  hariToleransiLuring: bulat('Toleransi catatan luring (hari)', 0, 30),
});
export const PengaturanAktivitasRespon = PengaturanAktivitas.extend({
  /** true when the instansi has not saved its own values (the defaults apply) */
  bawaan: z.boolean(),
  diubahPada: z.string().nullable(),
});
