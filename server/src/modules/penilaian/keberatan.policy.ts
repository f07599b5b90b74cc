// Who is who on a keberatan (DOMAIN.md §2.5, STYLE.md habit 7). Pure: the service finds the facts (the people named on
// the keberatan, whether the actor may read the evaluation at all), these decide. The people are the snapshot taken
// at filing: a later change of the penilai chain does not move a pending keberatan.
import type { PeranKeberatan, StatusKeberatan } from '../../../../domain/keberatan.ts';

export interface OrangKeberatan {
  pegawai_id: string;
  penilai_id: string | null;
  atasan_penilai_id: string;
}

/** The actor's part in the keberatan; anyone else who may read the evaluation only watches. */
export function peranKeberatan(saya: string | null, k: OrangKeberatan): PeranKeberatan {
  if (saya && saya === k.pegawai_id) return 'pegawai';
  if (saya && saya === k.atasan_penilai_id) return 'atasan_penilai';
  if (saya && saya === k.penilai_id) return 'penilai';
  return 'pengamat';
}

/** Whether the viewer has something to do: the atasan penilai decides; each side answers a question once asked. */
export function perluTindakan(peran: PeranKeberatan, k: { status: StatusKeberatan; penjelasan_pegawai: string | null; penjelasan_penilai: string | null }): boolean {
  if (peran === 'atasan_penilai') return k.status !== 'diputus';
  if (k.status !== 'klarifikasi') return false;
  if (peran === 'pegawai') return k.penjelasan_pegawai === null;
  if (peran === 'penilai') return k.penjelasan_penilai === null;
  return false;
}
