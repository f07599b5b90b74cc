import type { QueryClient } from '@tanstack/react-query';

/**
 * After any pegawai write: the pegawai's profile, history and every list, plus the counts that include them (pegawai
 * per unit, holders per jabatan). Also after a refusal, so a conflict (409) reloads what is on screen.
 */
export function invalidatePegawai(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['pegawai'] }),
    queryClient.invalidateQueries({ queryKey: ['unit-kerja'] }),
    queryClient.invalidateQueries({ queryKey: ['jabatan'] }),
  ]);
}
