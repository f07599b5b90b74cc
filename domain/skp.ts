// SKP — Sasaran Kinerja Pegawai (DOMAIN.md §2.1, Permenpan-RB 6/2022): the state machine, what a complete SKP is
// before it can be submitted, and how a period is split when the pegawai's post or penilai changes mid-year. Pure.
//
//   draft ──ajukan──▶ diajukan ──setujui──▶ disetujui ──minta_buka──▶ minta_buka ──terima_buka──▶ draft
//     ▲                 │  │                                               │
//     └──────tarik──────┘  └──kembalikan (catatan)──▶ dikembalikan ──ajukan─┘(tolak_buka → disetujui)
//   any state except ditutup ──tutup (system: mutasi / change of penilai)──▶ ditutup

export const STATUS_SKP = ['draft', 'diajukan', 'dikembalikan', 'disetujui', 'minta_buka', 'ditutup'] as const;
export type StatusSkp = (typeof STATUS_SKP)[number];

export const AKSI_SKP = ['ubah', 'ajukan', 'tarik', 'setujui', 'kembalikan', 'minta_buka', 'terima_buka', 'tolak_buka', 'ekspektasi', 'tugaskan', 'tutup'] as const;
export type AksiSkp = (typeof AKSI_SKP)[number];

/** Who may take an action: the pegawai who owns the SKP, their pejabat penilai, or the system (mutasi). */
export const PELAKU_AKSI_SKP: Record<AksiSkp, 'pegawai' | 'penilai' | 'sistem'> = {
  ubah: 'pegawai',
  ajukan: 'pegawai',
  tarik: 'pegawai',
  minta_buka: 'pegawai',
  setujui: 'penilai',
  kembalikan: 'penilai',
  terima_buka: 'penilai',
  tolak_buka: 'penilai',
  // ekspektasi khusus pimpinan per BerAKHLAK value
  ekspektasi: 'penilai',
  // the penilai puts one of their RHK into the bawahan's draft (bulk cascading)
  tugaskan: 'penilai',
  tutup: 'sistem',
};

const TRANSISI: Record<StatusSkp, Partial<Record<AksiSkp, StatusSkp>>> = {
  draft: { ubah: 'draft', ajukan: 'diajukan', ekspektasi: 'draft', tugaskan: 'draft', tutup: 'ditutup' },
  diajukan: { tarik: 'draft', setujui: 'disetujui', kembalikan: 'dikembalikan', ekspektasi: 'diajukan', tutup: 'ditutup' },
  dikembalikan: { ubah: 'dikembalikan', ajukan: 'diajukan', ekspektasi: 'dikembalikan', tugaskan: 'dikembalikan', tutup: 'ditutup' },
  disetujui: { minta_buka: 'minta_buka', tutup: 'ditutup' },
  minta_buka: { terima_buka: 'draft', tolak_buka: 'disetujui', tutup: 'ditutup' },
  ditutup: {},
};

/** The next status, or null when the action is not allowed from this status. */
export function transisiSkp(status: StatusSkp, aksi: AksiSkp): StatusSkp | null {
  return TRANSISI[status][aksi] ?? null;
}

/** Returning, asking to reopen and refusing a reopening need a written note (DOMAIN.md §2.1). */
export const AKSI_SKP_WAJIB_CATATAN: ReadonlySet<AksiSkp> = new Set(['kembalikan', 'minta_buka', 'tolak_buka']);

/** An approved SKP (also while a reopening is asked) is the plan that realisasi and penilaian use. */
export function skpBerlaku(status: StatusSkp): boolean {
  return status === 'disetujui' || status === 'minta_buka';
}

export function peranBolehAksi(peran: 'pemilik' | 'penilai' | 'pengamat' | 'sistem', aksi: AksiSkp): boolean {
  const p = PELAKU_AKSI_SKP[aksi];
  return (p === 'pegawai' && peran === 'pemilik') || (p === 'penilai' && peran === 'penilai') || (p === 'sistem' && peran === 'sistem');
}

/** The actions `peran` may take on an SKP in `status` (shown as buttons). */
export function aksiTersedia(peran: 'pemilik' | 'penilai' | 'pengamat', status: StatusSkp): AksiSkp[] {
  return AKSI_SKP.filter((a) => peranBolehAksi(peran, a) && transisiSkp(status, a) !== null);
}

// ——— Content: RHK, indikator per aspek, targets ———

export const PENDEKATAN_SKP = ['kuantitatif', 'kualitatif'] as const;
export type PendekatanSkp = (typeof PENDEKATAN_SKP)[number];
export const JENIS_RHK = ['utama', 'tambahan'] as const;
export type JenisRhk = (typeof JENIS_RHK)[number];
export const ASPEK_INDIKATOR = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type AspekIndikator = (typeof ASPEK_INDIKATOR)[number];

export interface IndikatorIsi {
  aspek: AspekIndikator;
  uraian: string;
  targetAngka: number | null;
  targetSatuan: string | null;
  targetNarasi: string | null;
}

export interface RhkIsi {
  jenis: JenisRhk;
  uraian: string;
  /** the RHK pimpinan yang diintervensi (an RHK of the penilai's SKP) */
  rhkAtasanId: string | null;
  /** for JPT / kepala OPD: the sasaran of the unit's Perjanjian Kinerja it derives from */
  pkId: string | null;
  indikator: readonly IndikatorIsi[];
}

export interface IsiSkp {
  pendekatan: PendekatanSkp;
  rhk: readonly RhkIsi[];
}

export type KodeMasalahSkp =
  | 'TANPA_RHK_UTAMA'
  | 'RHK_TANPA_INDIKATOR'
  | 'RHK_BELUM_DITAUTKAN'
  | 'TARGET_KOSONG'
  | 'TARGET_ANGKA_WAJIB'
  | 'ASPEK_GANDA';

export interface MasalahSkp {
  kode: KodeMasalahSkp;
  /** index of the RHK (0-based), and of the indicator within it, when the problem is there */
  rhk?: number;
  indikator?: number;
}

/**
 * What stops an SKP from being submitted (empty = complete). `tanpaTautan` = the pegawai may submit RHK without
 * an RHK pimpinan (JPT / kepala OPD, whose RHK derive from the Perjanjian Kinerja; DOMAIN.md §2.1).
 * Kuantitatif SKPs need a number and a satuan on every target; kualitatif ones may carry a narrative target.
 */
export function masalahPengajuan(isi: IsiSkp, opsi: { tanpaTautan: boolean }): MasalahSkp[] {
  const out: MasalahSkp[] = [];
  if (!isi.rhk.some((r) => r.jenis === 'utama')) out.push({ kode: 'TANPA_RHK_UTAMA' });
  isi.rhk.forEach((r, i) => {
    if (r.indikator.length === 0) out.push({ kode: 'RHK_TANPA_INDIKATOR', rhk: i });
    if (!opsi.tanpaTautan && !r.rhkAtasanId) out.push({ kode: 'RHK_BELUM_DITAUTKAN', rhk: i });
    const aspek = new Set<string>();
    r.indikator.forEach((k, j) => {
      if (aspek.has(`${k.aspek}|${k.uraian.trim().toLowerCase()}`)) out.push({ kode: 'ASPEK_GANDA', rhk: i, indikator: j });
      aspek.add(`${k.aspek}|${k.uraian.trim().toLowerCase()}`);
      const angka = k.targetAngka !== null && Boolean(k.targetSatuan?.trim());
      const narasi = Boolean(k.targetNarasi?.trim());
      if (isi.pendekatan === 'kuantitatif' && !angka) out.push({ kode: k.targetAngka === null && !k.targetSatuan && !narasi ? 'TARGET_KOSONG' : 'TARGET_ANGKA_WAJIB', rhk: i, indikator: j });
      if (isi.pendekatan === 'kualitatif' && !angka && !narasi) out.push({ kode: 'TARGET_KOSONG', rhk: i, indikator: j });
    });
  });
  return out;
}

/** "2 Dokumen", "100 %", or the narrative — how a target is printed. */
export function teksTarget(k: Pick<IndikatorIsi, 'targetAngka' | 'targetSatuan' | 'targetNarasi'>): string {
  if (k.targetAngka !== null && k.targetSatuan) {
    const n = Number.isInteger(k.targetAngka) ? String(k.targetAngka) : String(k.targetAngka).replace('.', ',');
    return `${n} ${k.targetSatuan}`.trim();
  }
  return k.targetNarasi?.trim() ?? '';
}

// ——— Period: mid-year mutasi or change of penilai (DOMAIN.md §2.1) ———

/**
 * Where an SKP running [mulai, selesai] is split when the pegawai's post or penilai changes on `tanggalBerubah`
 * (the first day under the new arrangement): the old SKP ends the day before and a new one covers the rest.
 * null when nothing is split — the change is on or before the first day (the SKP simply follows the new
 * arrangement) or after its last day.
 */
export function pisahPeriode(mulai: string, selesai: string, tanggalBerubah: string): { lamaSelesai: string; baruMulai: string } | null {
  if (tanggalBerubah <= mulai || tanggalBerubah > selesai) return null;
  const d = new Date(`${tanggalBerubah}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return { lamaSelesai: d.toISOString().slice(0, 10), baruMulai: tanggalBerubah };
}
