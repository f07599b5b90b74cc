// Rekan kerja input on a pegawai's behaviour (issue 6: "may be asked for rekan kerja input on a colleague's behaviour
// (anonymous to the colleague, visible to the penilai)"; DOMAIN.md §2.3 perilaku kerja over the 7 BerAKHLAK values).
// The pejabat penilai asks colleagues while the record is diajukan or dinilai; each colleague answers per value with an
// optional rating and a text. The pegawai evaluated never sees who was asked nor what they said: only the penilai, the
// atasan penilai and the instansi-wide readers do. Instants are ISO UTC strings.
import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak.ts';
import { STATUS_PENILAIAN } from '../domain/penilaian.ts';
import { RATING } from '../domain/predikat.ts';
import { Id } from './common.ts';
import { Orang } from './skp.ts';

/** diminta: waiting for the colleague; diisi: answered (editable until the record is rated); dibatalkan: withdrawn */
export const STATUS_REKAN = ['diminta', 'diisi', 'dibatalkan'] as const;
export type StatusRekan = (typeof STATUS_REKAN)[number];

export const REKAN_BATAS = {
  /** colleagues per request (one POST) */
  rekanPerPermintaan: 10,
  masukan: 1000,
  catatan: 2000,
  /** rows of the candidate picker */
  kandidat: 20,
} as const;

const teksOpsional = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));
const NilaiBerakhlak = z.enum(NILAI_BERAKHLAK);
const RatingRekan = z.enum(RATING);

// ——— the penilai's side: /penilaian/:id/rekan ———

/** POST /penilaian/:id/rekan */
export const RekanMinta = z.object({ rekanIds: z.array(Id).min(1).max(REKAN_BATAS.rekanPerPermintaan) });

/** POST /penilaian/:id/rekan/:rekanPermintaanId/batal: the versi the penilai saw (the colleague may be answering) */
export const RekanBatal = z.object({ versi: z.number().int().min(1) });

export const NilaiRekan = z.object({
  nilai: NilaiBerakhlak,
  rating: RatingRekan.nullable(),
  masukan: z.string().nullable(),
});

export const PermintaanRekan = z.object({
  id: Id,
  rekan: Orang,
  status: z.enum(STATUS_REKAN),
  dimintaPada: z.string(),
  diisiPada: z.string().nullable(),
  catatan: z.string().nullable(),
  /** the values the colleague said something about, in BerAKHLAK order */
  nilai: z.array(NilaiRekan),
  versi: z.number().int(),
});
export type PermintaanRekan = z.infer<typeof PermintaanRekan>;

/** Counts of the answered requests per value: how many rated above/at/below expectation, how many wrote a text. */
export const RingkasanNilaiRekan = z.object({
  nilai: NilaiBerakhlak,
  diAtas: z.number().int(),
  sesuai: z.number().int(),
  diBawah: z.number().int(),
  masukan: z.number().int(),
});

/** GET /penilaian/:id/rekan — never answered to the pegawai evaluated (404). */
export const RekanPenilaian = z.object({
  penilaianId: Id,
  statusPenilaian: z.enum(STATUS_PENILAIAN),
  /** the viewer is the penilai and the record is diajukan or dinilai: may ask and cancel now */
  bolehMinta: z.boolean(),
  /** requests not cancelled */
  jumlahDiminta: z.number().int(),
  jumlahDiisi: z.number().int(),
  /** oldest first; cancelled ones stay listed with their status */
  permintaan: z.array(PermintaanRekan),
  ringkasan: z.array(RingkasanNilaiRekan),
});
export type RekanPenilaian = z.infer<typeof RekanPenilaian>;

/** GET /penilaian/:id/rekan/kandidat?q= — active pegawai of the pegawai's OPD (name or NIP prefix) */
export const RekanKandidatQuery = z.object({ q: z.string().trim().max(100).optional() });
export const RekanKandidat = z.object({
  pegawaiId: Id,
  nama: z.string(),
  nip: z.string().nullable(),
  jabatan: z.string().nullable(),
  unit: z.string().nullable(),
  /** already asked (and not cancelled) for this record */
  sudahDiminta: z.boolean(),
});
export const RekanKandidatDaftar = z.array(RekanKandidat);
export type RekanKandidat = z.infer<typeof RekanKandidat>;

// ——— the colleague's side: /rekan/permintaan ———

export const PermintaanMasuk = z.object({
  id: Id,
  /** the colleague being evaluated: name, post and unit on the record */
  pegawai: z.object({ nama: z.string(), nip: z.string().nullable(), jabatan: z.string().nullable(), unit: z.string().nullable() }),
  periode: z.object({ id: Id, nama: z.string() }),
  /** the penilai who asked */
  dimintaOleh: z.string(),
  status: z.enum(STATUS_REKAN),
  /** the answer may be written or changed now */
  bolehIsi: z.boolean(),
  dimintaPada: z.string(),
  diisiPada: z.string().nullable(),
  versi: z.number().int(),
});
export type PermintaanMasuk = z.infer<typeof PermintaanMasuk>;

/** GET /rekan/permintaan — newest first; cancelled requests are not listed */
export const PermintaanMasukDaftar = z.array(PermintaanMasuk);

/** GET /rekan/permintaan/:id — the 7 values with their official panduan perilaku and my answer so far */
export const PermintaanMasukDetail = PermintaanMasuk.extend({
  nilai: z.array(
    z.object({
      nilai: NilaiBerakhlak,
      nama: z.string(),
      definisi: z.string(),
      panduan: z.array(z.string()),
      rating: RatingRekan.nullable(),
      masukan: z.string().nullable(),
    }),
  ),
  catatan: z.string().nullable(),
});
export type PermintaanMasukDetail = z.infer<typeof PermintaanMasukDetail>;

/** PUT /rekan/permintaan/:id — each value at most once; something must be said (a rating, a text or the note) */
export const PermintaanRekanIsi = z
  .object({
    versi: z.number().int().min(1),
    nilai: z
      .array(z.object({ nilai: NilaiBerakhlak, rating: RatingRekan.nullable(), masukan: teksOpsional(REKAN_BATAS.masukan) }))
      .max(NILAI_BERAKHLAK.length),
    catatan: teksOpsional(REKAN_BATAS.catatan),
  })
  .superRefine((b, ctx) => {
    const ada = new Set<string>();
    b.nilai.forEach((n, i) => {
      if (ada.has(n.nilai)) ctx.addIssue({ code: 'custom', path: ['nilai', i, 'nilai'], message: 'Nilai BerAKHLAK ini sudah ada di atas' });
      ada.add(n.nilai);
    });
    if (!b.catatan && !b.nilai.some((n) => n.rating !== null || n.masukan)) {
      ctx.addIssue({ code: 'custom', path: ['nilai'], message: 'Isi sedikitnya satu penilaian, masukan, atau catatan' });
    }
  });
export type PermintaanRekanIsi = z.input<typeof PermintaanRekanIsi>;
