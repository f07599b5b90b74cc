import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { MonitoringUnitPegawai } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type MonitoringUnitPegawai = z.infer<typeof MonitoringUnitPegawai>;
export type MonitoringPegawai = MonitoringUnitPegawai['pegawai'][number];

/** The names behind one monitoring row: who of the unit filed on the day, and what of theirs waits and how long. */
export async function getMonitoringPegawai(unitId: string, tanggal: string): Promise<MonitoringUnitPegawai> {
  return api.get(`/aktivitas/monitoring/unit/${encodeURIComponent(unitId)}`, MonitoringUnitPegawai, { tanggal });
}

export const monitoringPegawaiQueryOptions = (unitId: string, tanggal: string) =>
  queryOptions({
    queryKey: [...aktivitasQueryKey, 'monitoring', 'unit', unitId, tanggal],
    queryFn: () => getMonitoringPegawai(unitId, tanggal),
    staleTime: 30_000,
  });

export function useMonitoringPegawai(unitId: string | null, tanggal: string) {
  return useQuery({ ...monitoringPegawaiQueryOptions(unitId ?? '', tanggal), enabled: !!unitId });
}
