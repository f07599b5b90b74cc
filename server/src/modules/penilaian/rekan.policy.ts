// Who may ask, read and answer rekan kerja input, and when (issue 6; decisions of phase 2: "the penilai (while the
// record is diajukan/dinilai, before ditetapkan) asks 1..n colleagues (active pegawai of the same instansi, not the
// pegawai evaluated, not the penilai) … answers once (editable until the record is rated). The pegawai evaluated never
// sees who answered or what (only the penilai, the atasan penilai and instansi-wide readers do)"). Pure: the services
// find the facts, these decide.
import type { StatusRekan } from '../../../../contracts/rekan.ts';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from '../../../../domain/berakhlak.ts';
import type { PeranPenilaian, StatusPenilaian } from '../../../../domain/penilaian.ts';
import type { Rating } from '../../../../domain/predikat.ts';
import { STATUS_TANPA_AKSES } from '../../../../domain/status-pegawai.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';

export type PeranRekan = 'penilai' | 'atasan_penilai' | 'pembaca';

/**
 * Who reads the requests and answers of a record. The pegawai evaluated never (they must not learn who answered nor
 * what); a pengamat who is neither the atasan penilai nor an instansi-wide reader (e.g. a pimpinan OPD) neither.
 * `peran` is the actor's relation from cekLihatPenilaian, null when that refused them.
 */
export function peranBacaRekan(aktor: Aktor, peran: PeranPenilaian | null, atasanPenilaiId: string | null): PeranRekan | null {
  if (peran === 'pemilik') return null;
  if (peran === 'penilai') return 'penilai';
  // the atasan penilai reads even before cekLihatPenilaian names them (the snapshot on the record decides)
  if (aktor.pegawaiId !== null && aktor.pegawaiId === atasanPenilaiId) return 'atasan_penilai';
  if (peran !== null && hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota')) return 'pembaca';
  return null;
}

export type PutusanRekan = 'boleh' | 'SUDAH_DITETAPKAN' | 'STATUS';

/** Asking or cancelling: while the pegawai's realisasi is with the penilai (diajukan) or rated but not yet final. */
export function periksaMintaRekan(status: StatusPenilaian): PutusanRekan {
  if (status === 'ditetapkan') return 'SUDAH_DITETAPKAN';
  return status === 'diajukan' || status === 'dinilai' ? 'boleh' : 'STATUS';
}

export type PutusanIsiRekan = 'boleh' | 'DIBATALKAN' | 'SUDAH_DITETAPKAN' | 'SUDAH_DINILAI';

/**
 * Answering: never on a cancelled request or a finalised record; a first answer is welcome until penetapan (the penilai
 * may ask after rating, to reconsider through buka_nilai), a given answer may be changed until the record is rated.
 */
export function periksaIsiRekan(statusRekan: StatusRekan, statusPenilaian: StatusPenilaian): PutusanIsiRekan {
  if (statusRekan === 'dibatalkan') return 'DIBATALKAN';
  if (statusPenilaian === 'ditetapkan') return 'SUDAH_DITETAPKAN';
  if (statusRekan === 'diisi' && statusPenilaian === 'dinilai') return 'SUDAH_DINILAI';
  return 'boleh';
}

export const bolehIsiRekan = (statusRekan: StatusRekan, statusPenilaian: StatusPenilaian): boolean => periksaIsiRekan(statusRekan, statusPenilaian) === 'boleh';

/** Active on `hariIni` (WITA): working, or leaving on a date still ahead (domain/status-pegawai.ts). CLTN is away. */
export function pegawaiAktif(status: string, sejak: string | null, hariIni: string): boolean {
  if (status === 'aktif') return true;
  return STATUS_TANPA_AKSES.has(status) && sejak !== null && sejak > hariIni;
}

export interface CalonRekan {
  id: string;
  instansiId: string;
  status: string;
  statusSejak: string | null;
}

/** Why a pegawai cannot be asked about this record, or null when they can. */
export function alasanBukanRekan(calon: CalonRekan | undefined, fakta: { instansiId: string; pegawaiDinilaiId: string; penilaiIds: readonly string[]; hariIni: string }): string | null {
  if (!calon || calon.instansiId !== fakta.instansiId) return 'Pegawai tidak ditemukan di instansi ini';
  if (calon.id === fakta.pegawaiDinilaiId) return 'Pegawai yang dinilai tidak dapat menjadi rekan kerjanya sendiri';
  if (fakta.penilaiIds.includes(calon.id)) return 'Pejabat penilai tidak dapat dimintai masukan rekan kerja';
  if (!pegawaiAktif(calon.status, calon.statusSejak, fakta.hariIni)) return 'Pegawai tidak aktif';
  return null;
}

export interface RingkasanNilai {
  nilai: NilaiBerakhlak;
  diAtas: number;
  sesuai: number;
  diBawah: number;
  masukan: number;
}

/** Per BerAKHLAK value, in order: the ratings and texts of the answered requests. */
export function ringkasRekan(jawaban: readonly { nilai: string; rating: Rating | null; masukan: string | null }[]): RingkasanNilai[] {
  const per = new Map<string, RingkasanNilai>(NILAI_BERAKHLAK.map((nilai) => [nilai, { nilai, diAtas: 0, sesuai: 0, diBawah: 0, masukan: 0 }]));
  for (const j of jawaban) {
    const r = per.get(j.nilai);
    if (!r) continue;
    if (j.rating === 'di_atas') r.diAtas += 1;
    else if (j.rating === 'sesuai') r.sesuai += 1;
    else if (j.rating === 'di_bawah') r.diBawah += 1;
    if (j.masukan) r.masukan += 1;
  }
  return [...per.values()];
}
