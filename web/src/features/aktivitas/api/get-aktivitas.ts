import { queryOptions, useQuery } from '@tanstack/react-query';
import { Aktivitas } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

/** One activity (the owner or their penilai). */
export async function getAktivitas(id: string): Promise<Aktivitas> {
  return api.get(`/aktivitas/${encodeURIComponent(id)}`, Aktivitas);
}

export const aktivitasQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...aktivitasQueryKey, 'satu', id], queryFn: () => getAktivitas(id) });

export function useAktivitas(id: string | null) {
  return useQuery({ ...aktivitasQueryOptions(id ?? ''), enabled: !!id });
}
