import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SkpPeriode as SkpPeriodeSchema } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpPersetujuanKeys } from './query-keys.ts';

export type SkpPeriode = z.infer<typeof SkpPeriodeSchema>;

/** Every SKP period of the instansi (for the period picker of the queue). */
export async function getPeriode(): Promise<SkpPeriode[]> {
  return api.get('/skp/periode', z.array(SkpPeriodeSchema));
}

export const periodeQueryOptions = () => queryOptions({ queryKey: skpPersetujuanKeys.periode(), queryFn: getPeriode, staleTime: 5 * 60_000 });

export function usePeriode() {
  return useQuery(periodeQueryOptions());
}
