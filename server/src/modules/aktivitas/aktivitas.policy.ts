// Who may do what with an activity (DOMAIN.md §2.2, STYLE.md habit 7). Pure; the service finds the actor's relation
// to the activity, this decides.
import { type AksiAktivitas, PELAKU_AKSI, type StatusAktivitas, transisiAktivitas } from '../../../../domain/aktivitas.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';

/**
 * pemilik: the pegawai who logged it; penilai: the penilai fixed on it at submission, or the owner's penilai today;
 * pengamat: someone else who may see the pegawai (admin BKPPD, auditor, wali kota, pimpinan of the OPD) — read only.
 */
export type PeranAktivitas = 'pemilik' | 'penilai' | 'pengamat';

export type PutusanAksi = 'boleh' | 'AKSES' | 'STATUS';

export function periksaAksi(peran: PeranAktivitas, status: StatusAktivitas, aksi: AksiAktivitas): PutusanAksi {
  const pelaku = PELAKU_AKSI[aksi];
  if (pelaku === 'pegawai' && peran !== 'pemilik') return 'AKSES';
  if (pelaku === 'penilai' && peran !== 'penilai') return 'AKSES';
  return transisiAktivitas(status, aksi) === null ? 'STATUS' : 'boleh';
}

/** Umpan balik is between the pegawai and their penilai; the auditor may read it (read-only everything in scope). */
export function bolehBacaUmpanBalik(aktor: Aktor, peran: PeranAktivitas): boolean {
  return peran !== 'pengamat' || hasPeran(aktor, 'auditor');
}

export function bolehTulisUmpanBalik(peran: PeranAktivitas): boolean {
  return peran !== 'pengamat';
}
