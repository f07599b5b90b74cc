import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiProfil } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';

// The same request and key as the profil feature's profile: one cache entry, refreshed by every write here.
export async function getPegawaiDetail(id: string): Promise<PegawaiProfil> {
  return api.get(`/pegawai/${encodeURIComponent(id)}`, PegawaiProfil);
}

export const pegawaiDetailQueryOptions = (id: string) => queryOptions({ queryKey: ['pegawai', 'profil', id], queryFn: () => getPegawaiDetail(id) });

export function usePegawaiDetail(id: string) {
  return useQuery(pegawaiDetailQueryOptions(id));
}
