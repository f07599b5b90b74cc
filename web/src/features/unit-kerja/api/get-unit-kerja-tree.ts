import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitKerjaTree } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';

export const unitKerjaQueryKey = ['unit-kerja'] as const;

/** The tree in the caller's scope (instansi, or the OPD a pimpinan leads), with pegawai counts. */
export async function getUnitKerjaTree(termasukDitutup: boolean): Promise<UnitKerjaTree> {
  return api.get('/unit-kerja', UnitKerjaTree, termasukDitutup ? { termasukDitutup: 'true' } : undefined);
}

export const unitKerjaTreeQueryOptions = (termasukDitutup: boolean) =>
  queryOptions({ queryKey: [...unitKerjaQueryKey, 'tree', { termasukDitutup }], queryFn: () => getUnitKerjaTree(termasukDitutup) });

export function useUnitKerjaTree(termasukDitutup: boolean) {
  return useQuery(unitKerjaTreeQueryOptions(termasukDitutup));
}
