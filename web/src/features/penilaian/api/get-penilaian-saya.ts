import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { PenilaianSaya as PenilaianSayaSchema } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianKeys } from './query-keys.ts';

export type PenilaianSaya = z.infer<typeof PenilaianSayaSchema>;
export type PeriodeSaya = PenilaianSaya['periode'][number];
export type PenilaianRingkas = PeriodeSaya['penilaian'][number];

/** The evaluation periods of an SKP year (default: the server's current one) with my record(s) in each. */
export async function getPenilaianSaya(skpPeriodeId: string | null): Promise<PenilaianSaya> {
  return api.get('/penilaian/saya', PenilaianSayaSchema, { skpPeriodeId });
}

export const penilaianSayaQueryOptions = (skpPeriodeId: string | null) =>
  queryOptions({ queryKey: penilaianKeys.saya(skpPeriodeId), queryFn: () => getPenilaianSaya(skpPeriodeId), staleTime: 15_000 });

export function usePenilaianSaya(skpPeriodeId: string | null) {
  return useQuery(penilaianSayaQueryOptions(skpPeriodeId));
}

