import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { PerjanjianKinerja } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpAdminKeys } from './query-keys.ts';

export type PerjanjianKinerja = z.infer<typeof PerjanjianKinerja>;

/** GET /perjanjian-kinerja: the unit's agreement for the year (`versi` null and no sasaran while none is saved). */
export async function getPerjanjianKinerja(unitId: string, tahun: number): Promise<PerjanjianKinerja> {
  return api.get('/perjanjian-kinerja', PerjanjianKinerja, { unitId, tahun });
}

export const perjanjianKinerjaQueryOptions = (unitId: string, tahun: number) =>
  queryOptions({ queryKey: skpAdminKeys.perjanjianKinerjaSatu(unitId, tahun), queryFn: () => getPerjanjianKinerja(unitId, tahun) });

export function usePerjanjianKinerja(unitId: string | undefined, tahun: number) {
  return useQuery({ ...perjanjianKinerjaQueryOptions(unitId ?? '', tahun), enabled: !!unitId });
}
