import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitKerjaPilihanList } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';

/** Open units (names and path) for the unit picker and filter of the jabatan screens. */
export async function getUnitPilihan() {
  return api.get('/unit-kerja/pilihan', UnitKerjaPilihanList);
}

export const unitPilihanQueryOptions = () =>
  queryOptions({ queryKey: ['unit-kerja', 'pilihan'], queryFn: getUnitPilihan, staleTime: 5 * 60_000 });

export function useUnitPilihan() {
  return useQuery(unitPilihanQueryOptions());
}
