import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { PeriodePenilaian } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { tindakLanjutKeys } from './query-keys.ts';

export type { PeriodePenilaian } from '../../../../../contracts/penilaian.ts';
const DaftarPeriode = z.array(PeriodePenilaian);

/** Every evaluation period of the instansi: newest year first, periodic in order, tahunan last. */
export async function getPeriodePenilaian(): Promise<PeriodePenilaian[]> {
  return api.get('/penilaian/periode', DaftarPeriode);
}

export const periodePenilaianQueryOptions = () => queryOptions({ queryKey: tindakLanjutKeys.periode(), queryFn: getPeriodePenilaian, staleTime: 5 * 60_000 });

export function usePeriodePenilaian() {
  return useQuery(periodePenilaianQueryOptions());
}
