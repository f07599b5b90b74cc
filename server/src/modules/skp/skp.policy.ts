// Who may do what with an SKP and its periods (DOMAIN.md §2.1, STYLE.md habit 7). Pure: the services find the facts
// (the actor's relation to the SKP, the owner's post, the unit's path), these decide.
import { type AksiSkp, peranBolehAksi, type StatusSkp, transisiSkp } from '../../../../domain/skp.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';

/**
 * pemilik: the pegawai of the SKP; penilai: the penilai fixed on the SKP, or the owner's penilai today;
 * pengamat: someone else who may see the pegawai (admin BKPPD, auditor, wali kota, pimpinan of the OPD) — read only.
 */
export type PeranSkp = 'pemilik' | 'penilai' | 'pengamat';

export type PutusanAksiSkp = 'boleh' | 'AKSES' | 'STATUS';

/** The person first (a stranger learns nothing about the status), then the state machine. */
export function periksaAksiSkp(peran: PeranSkp, status: StatusSkp, aksi: AksiSkp): PutusanAksiSkp {
  if (!peranBolehAksi(peran, aksi)) return 'AKSES';
  return transisiSkp(status, aksi) === null ? 'STATUS' : 'boleh';
}

/** Periods are opened, changed and closed by admin BKPPD only. */
export const bolehKelolaPeriode = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

/**
 * Whether a unit (by its materialised path '/root/…/own/') lies in a period's scope: null = the whole instansi,
 * otherwise the unit is one of the listed units or below one of them.
 */
export function dalamCakupanPeriode(unitIds: readonly string[] | null, jalurUnit: string | null): boolean {
  if (unitIds === null) return true;
  if (!jalurUnit) return false;
  const jalur = new Set(jalurUnit.split('/').filter(Boolean));
  return unitIds.some((id) => jalur.has(id));
}

export interface FaktaJabatan {
  jenis: string;
  kepalaUnit: boolean;
  /** the post's unit: its parent and its OPD */
  unitId: string;
  unitIndukId: string | null;
  unitOpdId: string | null;
}

/**
 * JPT and kepala OPD: their RHK derive from the unit's Perjanjian Kinerja, not from an atasan's RHK, so they may be
 * submitted without an RHK pimpinan (DOMAIN.md §2.1). A kepala OPD is the head of a unit that is its own OPD (directly
 * under the instansi root) — or of the root itself.
 */
export function tanpaTautanRhk(j: FaktaJabatan | null): boolean {
  if (!j) return false;
  if (j.jenis === 'jpt') return true;
  return j.kepalaUnit && (j.unitIndukId === null || j.unitOpdId === j.unitId);
}
