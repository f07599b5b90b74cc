import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitKerjaTree } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';

/**
 * Units for the list's unit filter: the tree in the caller's scope (the instansi for the admin, the OPD for a
 * pimpinan), so nobody is offered a unit whose pegawai they cannot see.
 */
export async function getUnitSaringan(): Promise<UnitKerjaTree> {
  return api.get('/unit-kerja', UnitKerjaTree);
}

export const unitSaringanQueryOptions = () =>
  queryOptions({ queryKey: ['unit-kerja', 'tree', { termasukDitutup: false }], queryFn: getUnitSaringan, staleTime: 5 * 60_000 });

export function useUnitSaringan(enabled: boolean) {
  return useQuery({ ...unitSaringanQueryOptions(), enabled });
}
