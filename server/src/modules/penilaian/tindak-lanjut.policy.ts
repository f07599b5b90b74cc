// Who may see and who may record tindak lanjut (DOMAIN.md §2.6, issue 6: "confirmed by a pimpinan (the pimpinan above,
// or the pimpinan OPD of the pegawai's OPD, or walikota)"; "the pimpinan or the pegawai's penilai creates a
// rencana_perbaikan"; "the pegawai sees their own records"). Pure: the service finds the facts, these decide.
//
// The unit a record is judged by is the unit snapshot of the evaluation it follows (penilaian.unit_id), or the
// pegawai's current unit for a record not tied to an evaluation. Units compare by their materialised path `jalur`.
import type { JenisTindakLanjut } from '../../../../domain/tindak-lanjut.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';

export interface FaktaPimpinan {
  /** jalur of the units whose kepala post the actor holds today (definitive, or an active Plt/Plh) */
  jalurDipimpin: readonly string[];
}

export interface SasaranTindakLanjut {
  pegawaiId: string;
  unitJalur: string | null;
  opdId: string | null;
  /** the penilai named on the evaluation the record follows (null when not tied to one) */
  penilaiId: string | null;
  /** who recorded it (records only) */
  dicatatOleh?: string | null;
}

/** U lies strictly below P: the kepala of U is not "above" U. */
const diBawah = (jalurUnit: string, jalurAtas: string): boolean => jalurUnit.length > jalurAtas.length && jalurUnit.startsWith(jalurAtas);

/** Admin BKPPD, auditor and wali kota read the whole instansi. */
export const bacaSemuaTindakLanjut = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota');

/** Wali kota (any unit), the pimpinan OPD of the pegawai's OPD, or the holder of a kepala post of a strict ancestor. */
export function pimpinanAtas(aktor: Aktor, fakta: FaktaPimpinan, s: SasaranTindakLanjut): boolean {
  if (hasPeran(aktor, 'walikota')) return true;
  if (hasPeran(aktor, 'pimpinan_opd') && s.opdId !== null && aktor.opdIds.includes(s.opdId)) return true;
  return s.unitJalur !== null && fakta.jalurDipimpin.some((p) => diBawah(s.unitJalur!, p));
}

const diriSendiri = (aktor: Aktor, s: SasaranTindakLanjut): boolean => aktor.pegawaiId !== null && aktor.pegawaiId === s.pegawaiId;
const penilainya = (aktor: Aktor, s: SasaranTindakLanjut): boolean => aktor.pegawaiId !== null && aktor.pegawaiId === s.penilaiId;

export function bolehLihatTindakLanjut(aktor: Aktor, fakta: FaktaPimpinan, s: SasaranTindakLanjut): boolean {
  if (bacaSemuaTindakLanjut(aktor) || diriSendiri(aktor, s) || penilainya(aktor, s)) return true;
  if (aktor.pegawaiId !== null && s.dicatatOleh === aktor.pegawaiId) return true;
  return pimpinanAtas(aktor, fakta, s);
}

/**
 * Recording (and changing) a record: the pimpinan above, the pimpinan OPD, wali kota, admin BKPPD on behalf of them,
 * and for pembinaan also the penilai of the evaluation it follows. Never on oneself; auditor reads only.
 */
export function bolehCatatTindakLanjut(aktor: Aktor, fakta: FaktaPimpinan, s: SasaranTindakLanjut, jenis: JenisTindakLanjut): boolean {
  if (diriSendiri(aktor, s)) return false;
  if (hasPeran(aktor, 'admin_bkppd')) return true;
  if (jenis === 'pembinaan' && penilainya(aktor, s)) return true;
  return pimpinanAtas(aktor, fakta, s);
}

/** Whether the actor may record anything at all (the screen hides its buttons otherwise). */
export function bolehCatatApapun(aktor: Aktor, fakta: FaktaPimpinan): boolean {
  return hasPeran(aktor, 'admin_bkppd', 'walikota', 'pimpinan_opd', 'atasan') || fakta.jalurDipimpin.length > 0;
}
