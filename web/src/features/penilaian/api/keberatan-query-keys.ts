// The keberatan queries sit under the penilaian feature's prefix (['penilaian', 'keberatan', …]): a change to an
// evaluation refreshes what its page shows about keberatan, and a keberatan decision (which changes the evaluation)
// refreshes the whole prefix.
import { penilaianQueryKey } from './query-keys.ts';

export const keberatanQueryKey = [...penilaianQueryKey, 'keberatan'] as const;

export const keberatanKeys = {
  daftar: () => [...keberatanQueryKey, 'daftar'] as const,
  detail: (id: string) => [...keberatanQueryKey, 'detail', id] as const,
  /** what an evaluation page shows: may the pegawai file, the window, the keberatan once filed */
  penilaian: (penilaianId: string) => [...keberatanQueryKey, 'penilaian', penilaianId] as const,
};
