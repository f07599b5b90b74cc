import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitKerjaPilihanList, UnitKerjaTree } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';
import { skpAdminKeys } from './query-keys.ts';

/**
 * The unit tree in the actor's scope (admin, auditor: the instansi; pimpinan OPD: their OPD and its sub-units), open
 * units only: the units whose Perjanjian Kinerja the actor may read or write.
 */
export const unitPohonQueryOptions = () =>
  queryOptions({ queryKey: skpAdminKeys.unitPohon, queryFn: () => api.get('/unit-kerja', UnitKerjaTree), staleTime: 5 * 60_000 });

export function useUnitPohon() {
  return useQuery(unitPohonQueryOptions());
}

/** Names of every open unit (any account): the period's unit scope picker and the monitoring breadcrumb. */
export const unitPilihanQueryOptions = () =>
  queryOptions({ queryKey: skpAdminKeys.unitPilihan, queryFn: () => api.get('/unit-kerja/pilihan', UnitKerjaPilihanList), staleTime: 5 * 60_000 });

export function useUnitPilihan() {
  return useQuery(unitPilihanQueryOptions());
}
