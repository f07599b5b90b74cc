// Who is acting: the logged-in account with its roles and its place in the org tree. Built once per request by the
// auth plugin and passed to every policy and service.
import type { Peran } from '../../../../contracts/common.ts';

export interface Aktor {
  akunId: string;
  instansiId: string;
  username: string;
  namaTampilan: string;
  pegawaiId: string | null;
  jabatanId: string | null;
  /** Stored roles plus 'atasan' when the account's post has posts under it. */
  peran: Peran[];
  /** OPDs a pimpinan_opd leads. */
  opdIds: string[];
  harusGantiPassword: boolean;
  bahasa: 'id' | 'en';
  csrfToken: string;
  sessionHash: string;
}

/** Actor of changes made by the system itself (start-up, seeding). */
export interface AktorSistem {
  akunId: null;
  namaTampilan: string;
  instansiId: string | null;
}

export type Pelaku = Pick<Aktor, 'akunId' | 'namaTampilan' | 'instansiId'> | AktorSistem;

export const hasPeran = (a: Aktor, ...peran: Peran[]): boolean => peran.some((p) => a.peran.includes(p));
