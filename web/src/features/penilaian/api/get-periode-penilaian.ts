import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { PeriodePenilaian as PeriodePenilaianSchema } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type PeriodePenilaian = z.infer<typeof PeriodePenilaianSchema>;

export const periodePenilaianQueryKey = [...penilaianQueryKey, 'periode'] as const;
export const periodePenilaianKey = (skpPeriodeId: string | null) => [...periodePenilaianQueryKey, skpPeriodeId] as const;

/** The evaluation periods (periodik and tahunan) with their deadlines: of one SKP period, or of every one (null). */
export async function getPeriodePenilaian(skpPeriodeId: string | null): Promise<PeriodePenilaian[]> {
  return api.get('/penilaian/periode', z.array(PeriodePenilaianSchema), { skpPeriodeId });
}

export const periodePenilaianQueryOptions = (skpPeriodeId: string | null) =>
  queryOptions({ queryKey: periodePenilaianKey(skpPeriodeId), queryFn: () => getPeriodePenilaian(skpPeriodeId), staleTime: 5 * 60_000 });

export function usePeriodePenilaian(skpPeriodeId: string | null, enabled = true) {
  return useQuery({ ...periodePenilaianQueryOptions(skpPeriodeId), enabled });
}
