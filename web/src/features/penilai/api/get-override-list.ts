import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { OverrideItem } from '../../../../../contracts/penilai.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaiQueryKey } from './query-keys.ts';

export type OverrideItem = z.infer<typeof OverrideItem>;
const OverrideList = z.array(OverrideItem);

/** Every penilai khusus (override) of the instansi, revoked ones included. */
export async function getOverrideList(): Promise<OverrideItem[]> {
  return api.get('/penilai/override', OverrideList);
}

export const overrideListQueryOptions = () =>
  queryOptions({ queryKey: [...penilaiQueryKey, 'override'], queryFn: getOverrideList });

export function useOverrideList() {
  return useQuery(overrideListQueryOptions());
}
