import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { PilihanTautan } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { rhkAtasanQueryKey } from './query-keys.ts';

export type PilihanTautan = z.infer<typeof PilihanTautan>;

/**
 * What the RHK of this SKP may link to: the RHK of the penilai's SKP in the same period (with its status: a draft
 * may still change) or, for JPT / kepala OPD, the sasaran of the unit's Perjanjian Kinerja.
 */
export async function getRhkAtasan(id: string): Promise<PilihanTautan> {
  return api.get(`/skp/${encodeURIComponent(id)}/rhk-atasan`, PilihanTautan);
}

export const rhkAtasanQueryOptions = (id: string) =>
  queryOptions({ queryKey: rhkAtasanQueryKey(id), queryFn: () => getRhkAtasan(id), staleTime: 30_000 });

export function useRhkAtasan(id: string, enabled = true) {
  return useQuery({ ...rhkAtasanQueryOptions(id), enabled: enabled && id !== '' });
}
