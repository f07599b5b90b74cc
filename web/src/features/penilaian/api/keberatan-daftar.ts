import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { KeberatanDaftar } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import { keberatanKeys } from './keberatan-query-keys.ts';

export type KeberatanItem = z.infer<typeof KeberatanDaftar>['items'][number];

/** The keberatan I take part in: what waits for me first, then the other open ones, then the decided ones. */
export async function getKeberatanDaftar(): Promise<z.infer<typeof KeberatanDaftar>> {
  return api.get('/keberatan', KeberatanDaftar);
}

export const keberatanDaftarQueryOptions = () => queryOptions({ queryKey: keberatanKeys.daftar(), queryFn: getKeberatanDaftar, staleTime: 10_000 });

export function useKeberatanDaftar() {
  return useQuery(keberatanDaftarQueryOptions());
}
