import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SkpPeriode as SkpPeriodeSchema } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type SkpPeriode = z.infer<typeof SkpPeriodeSchema>;

/** The SKP periods of the instansi, newest first: the evaluation periods are generated per SKP period. */
export async function getPeriodeSkp(): Promise<SkpPeriode[]> {
  return api.get('/skp/periode', z.array(SkpPeriodeSchema));
}

export const periodeSkpQueryOptions = () => queryOptions({ queryKey: [...penilaianQueryKey, 'periode-skp'] as const, queryFn: getPeriodeSkp, staleTime: 5 * 60_000 });

export function usePeriodeSkp() {
  return useQuery(periodeSkpQueryOptions());
}
