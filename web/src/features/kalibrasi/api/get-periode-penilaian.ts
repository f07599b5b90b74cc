import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { PeriodePenilaian } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { kalibrasiKeys } from './query-keys.ts';

export type { PeriodePenilaian };

/** Every evaluation period of the instansi (periodik and tahunan), for the period picker of the calibration list. */
export async function getPeriodePenilaian(): Promise<PeriodePenilaian[]> {
  return api.get('/penilaian/periode', z.array(PeriodePenilaian));
}

export const periodePenilaianQueryOptions = () => queryOptions({ queryKey: kalibrasiKeys.periode(), queryFn: getPeriodePenilaian, staleTime: 5 * 60_000 });

export function usePeriodePenilaian() {
  return useQuery(periodePenilaianQueryOptions());
}
