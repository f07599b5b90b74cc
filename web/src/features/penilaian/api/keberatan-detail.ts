import { queryOptions, useQuery } from '@tanstack/react-query';
import { KeberatanDetail } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import { keberatanKeys } from './keberatan-query-keys.ts';

export type { KeberatanDetail };

/** One keberatan with the viewer's part in it (`peranSaya`) and what they may do now (`aksi`). */
export async function getKeberatan(id: string): Promise<KeberatanDetail> {
  return api.get(`/keberatan/${encodeURIComponent(id)}`, KeberatanDetail);
}

export const keberatanQueryOptions = (id: string) => queryOptions({ queryKey: keberatanKeys.detail(id), queryFn: () => getKeberatan(id), staleTime: 10_000 });

export function useKeberatan(id: string | null | undefined) {
  return useQuery({ ...keberatanQueryOptions(id ?? ''), enabled: !!id });
}
