import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SkpPeriode } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpAdminKeys } from './query-keys.ts';

export type { SkpPeriode };
const DaftarPeriode = z.array(SkpPeriode);

/** GET /skp/periode: every SKP period of the instansi (any signed-in account may read them). */
export async function getPeriodeSkp(): Promise<SkpPeriode[]> {
  return api.get('/skp/periode', DaftarPeriode);
}

export const periodeSkpQueryOptions = () => queryOptions({ queryKey: skpAdminKeys.periode, queryFn: getPeriodeSkp });

/** Newest year first. */
export function usePeriodeSkp() {
  return useQuery({ ...periodeSkpQueryOptions(), select: (list) => [...list].sort((a, b) => b.tahun - a.tahun) });
}
