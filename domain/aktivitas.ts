// Aktivitas harian (DOMAIN.md §2.2): the state machine, time ranges, and the supervision flags. Pure.
//   draft → diajukan → disetujui | perlu_revisi (note required) | ditolak (note required); perlu_revisi → diajukan …
// Editing is allowed only before approval; minutes count only once approved.

export const STATUS_AKTIVITAS = ['draft', 'diajukan', 'disetujui', 'perlu_revisi', 'ditolak'] as const;
export type StatusAktivitas = (typeof STATUS_AKTIVITAS)[number];

export const AKSI_AKTIVITAS = ['ubah', 'ajukan', 'tarik', 'hapus', 'setujui', 'kembalikan', 'tolak'] as const;
export type AksiAktivitas = (typeof AKSI_AKTIVITAS)[number];

/** Who may take an action: the pegawai who owns the activity, or their penilai. */
export const PELAKU_AKSI: Record<AksiAktivitas, 'pegawai' | 'penilai'> = {
  ubah: 'pegawai',
  ajukan: 'pegawai',
  tarik: 'pegawai',
  hapus: 'pegawai',
  setujui: 'penilai',
  kembalikan: 'penilai',
  tolak: 'penilai',
};

const TRANSISI: Record<StatusAktivitas, Partial<Record<AksiAktivitas, StatusAktivitas | 'dihapus'>>> = {
  draft: { ubah: 'draft', ajukan: 'diajukan', hapus: 'dihapus' },
  // withdrawn before the atasan decides, to correct it
  diajukan: { tarik: 'draft', setujui: 'disetujui', kembalikan: 'perlu_revisi', tolak: 'ditolak' },
  perlu_revisi: { ubah: 'perlu_revisi', ajukan: 'diajukan', hapus: 'dihapus' },
  disetujui: {},
  ditolak: {},
};

/** The next status, or null when the action is not allowed from this status. */
export function transisiAktivitas(status: StatusAktivitas, aksi: AksiAktivitas): StatusAktivitas | 'dihapus' | null {
  return TRANSISI[status][aksi] ?? null;
}

/** Returning and rejecting need a note for the pegawai (DOMAIN.md §2.2). */
export const AKSI_WAJIB_CATATAN: ReadonlySet<AksiAktivitas> = new Set(['kembalikan', 'tolak']);

/** Minutes since midnight of 'HH:MM' (00:00–24:00), or null. */
export function menitDariJam(jam: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(jam);
  if (!m) return null;
  const menit = Number(m[1]) * 60 + Number(m[2]);
  return menit <= 1440 ? menit : null;
}

export interface Rentang {
  mulai: number;
  selesai: number;
}

export type MasalahRentang = 'JAM_TIDAK_VALID' | 'SELESAI_SEBELUM_MULAI';

/** A range within one day; work past midnight is entered as two activities (one per date). */
export function rentangDariJam(mulai: string, selesai: string): Rentang | MasalahRentang {
  const a = menitDariJam(mulai);
  const b = menitDariJam(selesai);
  if (a === null || b === null) return 'JAM_TIDAK_VALID';
  if (b <= a) return 'SELESAI_SEBELUM_MULAI';
  return { mulai: a, selesai: b };
}

/** The first other range of the same pegawai and day that overlaps (touching ends do not overlap). */
export function cariTumpangTindih<T extends Rentang>(baru: Rentang, lain: readonly T[]): T | null {
  return lain.find((r) => baru.mulai < r.selesai && r.mulai < baru.selesai) ?? null;
}

/** A day's total above this many minutes is shown as a warning (setting; default 10 hours). */
export const MENIT_PERINGATAN_HARIAN = 600;

export function totalMenit(rentang: readonly Rentang[]): number {
  return rentang.reduce((n, r) => n + (r.selesai - r.mulai), 0);
}

// ——— Supervision flags: shown to the atasan only, never an automatic penalty ———

export type JenisTanda = 'BUKTI_SAMA' | 'URAIAN_SAMA' | 'LEBIH_10_JAM' | 'TERLAMBAT';

export interface AktivitasUntukTanda {
  id: string;
  pegawaiId: string;
  tanggal: string;
  uraian: string;
  menit: number;
  /** sha-256 of each evidence file */
  bukti: readonly string[];
  /** when the server received the submission (ISO) */
  diajukanPada: string | null;
  /** the submission deadline of its date (ISO), from batasPengajuan */
  batasPengajuan: string;
}

export interface Tanda {
  aktivitasId: string;
  jenis: JenisTanda;
  /** the other activities involved (same file, same text) */
  terkait: string[];
}

/** Normalised text for "identical uraian": case, spacing and punctuation do not make two texts different. */
export function normalisasiUraian(uraian: string): string {
  return uraian.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Flags over a set of activities (one atasan's bawahan over a period): the same evidence file in two activities,
 * identical uraian from several bawahan on the same day, more than 10 h in a day, submitted after the deadline
 * (possible for entries made offline and synced late).
 */
export function hitungTanda(items: readonly AktivitasUntukTanda[], menitPeringatan = MENIT_PERINGATAN_HARIAN): Tanda[] {
  const out: Tanda[] = [];
  const byHash = new Map<string, string[]>();
  const byText = new Map<string, { id: string; pegawaiId: string }[]>();
  const perDay = new Map<string, { ids: string[]; menit: number }>();
  for (const a of items) {
    for (const h of new Set(a.bukti)) byHash.set(h, [...(byHash.get(h) ?? []), a.id]);
    const key = `${a.tanggal}|${normalisasiUraian(a.uraian)}`;
    byText.set(key, [...(byText.get(key) ?? []), { id: a.id, pegawaiId: a.pegawaiId }]);
    const day = `${a.pegawaiId}|${a.tanggal}`;
    const d = perDay.get(day) ?? { ids: [], menit: 0 };
    d.ids.push(a.id);
    d.menit += a.menit;
    perDay.set(day, d);
    if (a.diajukanPada && a.diajukanPada > a.batasPengajuan) out.push({ aktivitasId: a.id, jenis: 'TERLAMBAT', terkait: [] });
  }
  for (const ids of byHash.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) out.push({ aktivitasId: id, jenis: 'BUKTI_SAMA', terkait: ids.filter((x) => x !== id) });
  }
  for (const group of byText.values()) {
    if (new Set(group.map((g) => g.pegawaiId)).size < 2) continue; // the same person repeating a routine is fine
    for (const g of group) out.push({ aktivitasId: g.id, jenis: 'URAIAN_SAMA', terkait: group.filter((x) => x.id !== g.id).map((x) => x.id) });
  }
  for (const d of perDay.values()) {
    if (d.menit > menitPeringatan) for (const id of d.ids) out.push({ aktivitasId: id, jenis: 'LEBIH_10_JAM', terkait: d.ids.filter((x) => x !== id) });
  }
  return out;
}
