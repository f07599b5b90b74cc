// Who may read and who may calibrate a unit (DOMAIN.md §2.4: "each unit gets a predikat organisasi per period, set by
// the pimpinan above it"). Pure: the service finds the facts (the units whose kepala post the actor holds today),
// these decide. Units are compared by their materialised path `jalur` ('/root/opd/…/own/'): U is below P when U's
// path extends P's.
//
// - Pimpinan above U: holds a kepala_unit post (own post, or an active Plt/Plh of it) of a STRICT ancestor of U — the
//   kepala of U is on U's own board, so they neither see nor finalise it; their own rating comes from U's predikat.
// - Wali kota: every unit of the instansi, the root included (nobody is above the root).
// - Admin BKPPD and auditor: read every unit, write nothing.
// pimpinan_opd role holders are in practice the kepala of their OPD, covered by the ancestor rule.
import { type Aktor, hasPeran } from '../auth/aktor.ts';

export interface FaktaKalibrasi {
  /** jalur of the units whose kepala post the actor holds today (definitive, or Plt/Plh) */
  jalurDipimpin: readonly string[];
}

export interface JangkauanKalibrasi {
  /** every unit of the instansi may be read */
  bacaSemua: boolean;
  /** every unit may be calibrated (wali kota) */
  kelolaSemua: boolean;
  /** the units below these may be read and calibrated */
  jalurDipimpin: readonly string[];
}

export function jangkauanKalibrasi(aktor: Aktor, fakta: FaktaKalibrasi): JangkauanKalibrasi {
  const kelolaSemua = hasPeran(aktor, 'walikota');
  return { bacaSemua: kelolaSemua || hasPeran(aktor, 'admin_bkppd', 'auditor'), kelolaSemua, jalurDipimpin: fakta.jalurDipimpin };
}

/** U lies strictly below P (not P itself). */
export const diBawah = (jalurUnit: string, jalurAtas: string): boolean => jalurUnit.length > jalurAtas.length && jalurUnit.startsWith(jalurAtas);

const dipimpinDariAtas = (j: JangkauanKalibrasi, jalurUnit: string): boolean => j.jalurDipimpin.some((p) => diBawah(jalurUnit, p));

export function bolehLihatKalibrasi(j: JangkauanKalibrasi, jalurUnit: string): boolean {
  return j.bacaSemua || dipimpinDariAtas(j, jalurUnit);
}

/** Setting the predikat organisasi and the penetapan. */
export function bolehKelolaKalibrasi(j: JangkauanKalibrasi, jalurUnit: string): boolean {
  return j.kelolaSemua || dipimpinDariAtas(j, jalurUnit);
}

/** Nothing to list: a pegawai who leads no unit with units below (the screen explains). */
export const jangkauanKosong = (j: JangkauanKalibrasi): boolean => !j.bacaSemua && j.jalurDipimpin.length === 0;
