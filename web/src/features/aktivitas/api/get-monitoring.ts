import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { Monitoring } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type Monitoring = z.infer<typeof Monitoring>;
export type MonitoringUnit = Monitoring['units'][number];

/** Per unit of the pimpinan's OPD on one day: who filed, who did not, how many wait and for how long. */
export async function getMonitoring(tanggal: string, unitId?: string): Promise<Monitoring> {
  return api.get('/aktivitas/monitoring', Monitoring, { tanggal, unitId });
}

export const monitoringQueryOptions = (tanggal: string, unitId?: string) =>
  queryOptions({
    queryKey: [...aktivitasQueryKey, 'monitoring', tanggal, unitId ?? ''],
    queryFn: () => getMonitoring(tanggal, unitId),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export function useMonitoring(tanggal: string, unitId?: string) {
  return useQuery(monitoringQueryOptions(tanggal, unitId));
}
