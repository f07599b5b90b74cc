// Who may read and change the org structure (unit kerja and jabatan). Pure; tested as a matrix in the API tests.
//
// Decision (docs/ARCHITECTURE.md): the *names* of units are not confidential — the SOTK is a public Perda — so every
// logged-in account may read them for pickers (GET /unit-kerja/pilihan). The tree *with counts* and the jabatan list
// (who holds what, vacancies) follow the same scope as pegawai lists: instansi-wide roles see the instansi, a
// pimpinan OPD the OPD(s) they lead, everybody else nothing.
import { type Aktor, hasPeran } from '../auth/aktor.ts';

export type JangkauanStruktur = { kind: 'instansi' } | { kind: 'opd'; opdIds: string[] };

export function jangkauanStruktur(aktor: Aktor): JangkauanStruktur | null {
  if (hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota')) return { kind: 'instansi' };
  if (hasPeran(aktor, 'pimpinan_opd') && aktor.opdIds.length > 0) return { kind: 'opd', opdIds: aktor.opdIds };
  return null;
}

/** Creating, renaming, moving and closing units and jabatan: the kepegawaian admin (BKPPD) only. */
export const bolehKelolaStruktur = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');
