// Keberatan (objection) against a final predikat (DOMAIN.md §2.5, PP 30/2019 Pasal 59): the filing window — within
// 14 calendar days (setting) of receiving it, counted in WITA calendar days from the day after receipt; the last day
// ends at 23:59:59.999 WITA — and the keberatan's own state machine, who may act, and the check of the decision. Pure.
import { tambahHari, tanggalWita } from './kalender.ts';
import { predikatKinerja, type Predikat, type Rating } from './predikat.ts';

export const HARI_KEBERATAN = 14;

const WITA_OFFSET_MS = 8 * 3_600_000;

export interface BatasKeberatan {
  /** WITA date of receipt */
  tanggalDiterima: string;
  /** last WITA date on which a keberatan may be filed */
  tanggalTerakhir: string;
  /** the instant the window closes (exclusive): 00:00 WITA of the day after the last day */
  tutupPada: Date;
}

export function batasKeberatan(diterimaPada: Date, hari = HARI_KEBERATAN): BatasKeberatan {
  const tanggalDiterima = tanggalWita(diterimaPada);
  const tanggalTerakhir = tambahHari(tanggalDiterima, hari);
  const tutupPada = new Date(new Date(`${tambahHari(tanggalTerakhir, 1)}T00:00:00Z`).getTime() - WITA_OFFSET_MS);
  return { tanggalDiterima, tanggalTerakhir, tutupPada };
}

export function bolehKeberatan(diterimaPada: Date, sekarang: Date, hari = HARI_KEBERATAN): boolean {
  return sekarang.getTime() >= diterimaPada.getTime() && sekarang.getTime() < batasKeberatan(diterimaPada, hari).tutupPada.getTime();
}

/** Whole WITA days left including today (0 once closed). */
export function sisaHariKeberatan(diterimaPada: Date, sekarang: Date, hari = HARI_KEBERATAN): number {
  if (!bolehKeberatan(diterimaPada, sekarang, hari)) return 0;
  const { tanggalTerakhir } = batasKeberatan(diterimaPada, hari);
  const hariIni = tanggalWita(sekarang);
  return Math.round((Date.parse(`${tanggalTerakhir}T00:00:00Z`) - Date.parse(`${hariIni}T00:00:00Z`)) / 86_400_000) + 1;
}

// ——— The keberatan itself (DOMAIN.md §2.5, PP 30/2019 Pasal 59) ———
//
//   diajukan ──minta_penjelasan (atasan penilai)──▶ klarifikasi ──jawab (pegawai, penilai; each their own text,
//      │                                               │  ▲        editable until decided)──┘
//      └──────────────putus (atasan penilai: tetap | ubah)──────────┴──▶ diputus (final)
//
// Only the pegawai files it, against a `ditetapkan` record, within the window above, once per record, to the atasan
// pejabat penilai named on the record. The atasan penilai may decide at once or first ask both sides; the decision is
// final (no transition leaves `diputus`).

export const STATUS_KEBERATAN = ['diajukan', 'klarifikasi', 'diputus'] as const;
export type StatusKeberatan = (typeof STATUS_KEBERATAN)[number];

export const AKSI_KEBERATAN = ['minta_penjelasan', 'jawab', 'putus'] as const;
export type AksiKeberatan = (typeof AKSI_KEBERATAN)[number];

/** The viewer's relation to a keberatan; pengamat = may read the pegawai's record (admin BKPPD, auditor, …), read only. */
export const PERAN_KEBERATAN = ['pegawai', 'penilai', 'atasan_penilai', 'pengamat'] as const;
export type PeranKeberatan = (typeof PERAN_KEBERATAN)[number];

export const KEPUTUSAN_KEBERATAN = ['tetap', 'ubah'] as const;
export type KeputusanKeberatan = (typeof KEPUTUSAN_KEBERATAN)[number];

/** The atasan pejabat penilai asks and decides; both sides of the dispute answer (PP 30/2019 Pasal 59). */
export const PELAKU_AKSI_KEBERATAN: Record<AksiKeberatan, readonly PeranKeberatan[]> = {
  minta_penjelasan: ['atasan_penilai'],
  jawab: ['pegawai', 'penilai'],
  putus: ['atasan_penilai'],
};

const TRANSISI_KEBERATAN: Record<StatusKeberatan, Partial<Record<AksiKeberatan, StatusKeberatan>>> = {
  diajukan: { minta_penjelasan: 'klarifikasi', putus: 'diputus' },
  // one question to both sides; the answers may be corrected until the decision
  klarifikasi: { jawab: 'klarifikasi', putus: 'diputus' },
  // the decision is final
  diputus: {},
};

export function transisiKeberatan(status: StatusKeberatan, aksi: AksiKeberatan): StatusKeberatan | null {
  return TRANSISI_KEBERATAN[status][aksi] ?? null;
}

export function peranBolehAksiKeberatan(peran: PeranKeberatan, aksi: AksiKeberatan): boolean {
  return PELAKU_AKSI_KEBERATAN[aksi].includes(peran);
}

/** The person first (someone else learns nothing about the status), then the state machine. */
export function periksaAksiKeberatan(peran: PeranKeberatan, status: StatusKeberatan, aksi: AksiKeberatan): 'boleh' | 'AKSES' | 'STATUS' {
  if (!peranBolehAksiKeberatan(peran, aksi)) return 'AKSES';
  return transisiKeberatan(status, aksi) === null ? 'STATUS' : 'boleh';
}

export function aksiKeberatanTersedia(peran: PeranKeberatan, status: StatusKeberatan): AksiKeberatan[] {
  return AKSI_KEBERATAN.filter((a) => periksaAksiKeberatan(peran, status, a) === 'boleh');
}

export type MasalahPengajuanKeberatan = 'BELUM_DITETAPKAN' | 'SUDAH_ADA' | 'BATAS_LEWAT' | 'TANPA_ATASAN_PENILAI';

/**
 * Whether the pegawai may file now (null) or what stops it: only a finalised predikat (with its date of receipt), one
 * keberatan per record, within the window, and only when someone can decide it (the atasan pejabat penilai).
 */
export function periksaPengajuanKeberatan(
  p: { statusPenilaian: string; ditetapkanPada: Date | null; sudahAda: boolean; adaAtasanPenilai: boolean },
  sekarang: Date,
  hari = HARI_KEBERATAN,
): MasalahPengajuanKeberatan | null {
  if (p.statusPenilaian !== 'ditetapkan' || !p.ditetapkanPada) return 'BELUM_DITETAPKAN';
  if (p.sudahAda) return 'SUDAH_ADA';
  if (!bolehKeberatan(p.ditetapkanPada, sekarang, hari)) return 'BATAS_LEWAT';
  if (!p.adaAtasanPenilai) return 'TANPA_ATASAN_PENILAI';
  return null;
}

export interface UsulanKeputusan {
  keputusan: KeputusanKeberatan;
  /** absent: unchanged */
  ratingHasilKerja?: Rating | null;
  ratingPerilakuKerja?: Rating | null;
  alasan: string;
}

export type KodeMasalahKeputusan = 'ALASAN_WAJIB' | 'TETAP_MENGUBAH_RATING' | 'UBAH_TANPA_PERUBAHAN';

export type HasilKeputusan =
  | { ok: true; ratingHasilKerja: Rating; ratingPerilakuKerja: Rating; predikat: Predikat }
  | { ok: false; masalah: { kode: KodeMasalahKeputusan; path: string }[] };

/**
 * The decision against the ratings objected to: reasons are always required; `tetap` keeps both ratings (a rating sent
 * with it must equal the original); `ubah` needs at least one rating that differs (an absent rating stays as it was).
 * The predikat follows from the matrix (DOMAIN.md §2.3), never from the client.
 */
export function periksaKeputusanKeberatan(u: UsulanKeputusan, semula: { ratingHasilKerja: Rating; ratingPerilakuKerja: Rating }): HasilKeputusan {
  const masalah: { kode: KodeMasalahKeputusan; path: string }[] = [];
  if (!u.alasan.trim()) masalah.push({ kode: 'ALASAN_WAJIB', path: 'alasan' });
  const hasil = u.ratingHasilKerja ?? semula.ratingHasilKerja;
  const perilaku = u.ratingPerilakuKerja ?? semula.ratingPerilakuKerja;
  const berubahHasil = hasil !== semula.ratingHasilKerja;
  const berubahPerilaku = perilaku !== semula.ratingPerilakuKerja;
  if (u.keputusan === 'tetap') {
    if (berubahHasil) masalah.push({ kode: 'TETAP_MENGUBAH_RATING', path: 'ratingHasilKerja' });
    if (berubahPerilaku) masalah.push({ kode: 'TETAP_MENGUBAH_RATING', path: 'ratingPerilakuKerja' });
  } else if (!berubahHasil && !berubahPerilaku) {
    masalah.push({ kode: 'UBAH_TANPA_PERUBAHAN', path: 'ratingHasilKerja' });
  }
  if (masalah.length) return { ok: false, masalah };
  return { ok: true, ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, predikat: predikatKinerja(hasil, perilaku) };
}
