import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { SkpSaya } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpSayaQueryKey } from './query-keys.ts';

export type SkpSaya = z.infer<typeof SkpSaya>;
export type SkpRingkas = SkpSaya['skp'][number];
export type PeriodeTerbuka = SkpSaya['periodeTerbuka'][number];

/** My SKPs (newest first) and the open periods I may start one in. */
export async function getSkpSaya(): Promise<SkpSaya> {
  return api.get('/skp/saya', SkpSaya);
}

export const skpSayaQueryOptions = () => queryOptions({ queryKey: skpSayaQueryKey, queryFn: getSkpSaya, staleTime: 5_000 });

export function useSkpSaya() {
  return useQuery(skpSayaQueryOptions());
}
