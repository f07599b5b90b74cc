// Who may see which pegawai (DESIGN.md "Security": role AND place in the org tree). Pure; tested as a matrix.
import { type Aktor, hasPeran } from '../auth/aktor.ts';

export interface PegawaiScopeFacts {
  id: string;
  instansiId: string;
  opdId: string | null;
  /** The pegawai's Pejabat Penilai (derived penilai chain), if any. */
  penilaiId: string | null;
}

export function bolehLihatPegawai(aktor: Aktor, target: PegawaiScopeFacts): boolean {
  if (aktor.instansiId !== target.instansiId) return false;
  if (hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota')) return true;
  if (aktor.pegawaiId !== null && aktor.pegawaiId === target.id) return true;
  if (hasPeran(aktor, 'pimpinan_opd') && target.opdId !== null && aktor.opdIds.includes(target.opdId)) return true;
  // an atasan reaches only the bawahan they evaluate
  if (hasPeran(aktor, 'atasan') && aktor.pegawaiId !== null && target.penilaiId === aktor.pegawaiId) return true;
  return false;
}

/** Whether a list query may cover the whole instansi, or must be narrowed to the actor's own reach. */
export function jangkauanDaftarPegawai(aktor: Aktor): 'instansi' | 'terbatas' {
  return hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota') ? 'instansi' : 'terbatas';
}
