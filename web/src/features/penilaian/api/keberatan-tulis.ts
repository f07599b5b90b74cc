// The writes on a filed keberatan share one shape: they carry the `versi` the user saw (stale → DATA.KONFLIK) and
// answer the updated keberatan, which becomes the cached detail; the rest of the feature is refreshed (a decision
// changes the evaluation itself, its list entries and the evaluation page).
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { KeberatanDetail } from '../../../../../contracts/keberatan.ts';
import { keberatanKeys } from './keberatan-query-keys.ts';
import { penilaianQueryKey } from './query-keys.ts';

export async function setelahTulis(queryClient: QueryClient, data: KeberatanDetail): Promise<void> {
  queryClient.setQueryData(keberatanKeys.detail(data.id), data);
  const sendiri = keberatanKeys.detail(data.id);
  await queryClient.invalidateQueries({ queryKey: penilaianQueryKey, predicate: (q) => q.queryKey.join('/') !== sendiri.join('/') });
}

export function useTulisKeberatan<V>(mutationFn: (v: V) => Promise<KeberatanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (data) => setelahTulis(queryClient, data) });
}
