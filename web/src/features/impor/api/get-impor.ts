import { queryOptions, useQuery } from '@tanstack/react-query';
import { ImporPratinjau } from '../../../../../contracts/impor.ts';
import { api } from '../../../lib/api-client.ts';

export const imporQueryKey = (id: string) => ['impor', 'satu', id] as const;

/** A stored preview (or an applied import) by id: the screen keeps `?id=` in the URL so a reload shows it again. */
export async function getImpor(id: string): Promise<ImporPratinjau> {
  return api.get(`/impor-pegawai/${encodeURIComponent(id)}`, ImporPratinjau);
}

export const imporQueryOptions = (id: string) => queryOptions({ queryKey: imporQueryKey(id), queryFn: () => getImpor(id), staleTime: 0 });

export function useImpor(id: string | null) {
  return useQuery({ ...imporQueryOptions(id ?? ''), enabled: !!id });
}
