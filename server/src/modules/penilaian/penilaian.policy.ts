// Who may do what with an evaluation and its periods (DOMAIN.md §2.3, STYLE.md habit 7). Pure: the services find the
// facts (the actor's relation to the record), these decide.
import { type AksiPenilaian, peranBolehAksiPenilaian, type PeranPenilaian, type StatusPenilaian, transisiPenilaian } from '../../../../domain/penilaian.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';

/**
 * pemilik: the pegawai evaluated; penilai: the penilai named on the record or on its SKP, or the pegawai's penilai
 * today (the same rule as the SKP); pengamat: someone else who may see the pegawai — read only.
 */
export type { PeranPenilaian };

export type PutusanAksiPenilaian = 'boleh' | 'AKSES' | 'STATUS';

/** The person first (a stranger learns nothing about the status), then the state machine. */
export function periksaAksiPenilaian(peran: PeranPenilaian, status: StatusPenilaian, aksi: AksiPenilaian): PutusanAksiPenilaian {
  if (!peranBolehAksiPenilaian(peran, aksi)) return 'AKSES';
  return transisiPenilaian(status, aksi) === null ? 'STATUS' : 'boleh';
}

/** Evaluation periods are generated and changed by admin BKPPD only. */
export const bolehKelolaPeriodePenilaian = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

/**
 * The penilai's judgements, umpan balik, ratings and the proposal are their working notes until they rate: the pegawai
 * sees them from `dinilai` on. Everyone else who may read the record sees them at once.
 */
export function bolehLihatSisiPenilai(peran: PeranPenilaian, status: StatusPenilaian): boolean {
  return peran !== 'pemilik' || status === 'dinilai' || status === 'ditetapkan';
}
