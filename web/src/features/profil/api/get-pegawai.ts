import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiProfil } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';

export async function getPegawai(id: string): Promise<PegawaiProfil> {
  return api.get(`/pegawai/${encodeURIComponent(id)}`, PegawaiProfil);
}

export const pegawaiQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['pegawai', 'profil', id], queryFn: () => getPegawai(id) });

export function usePegawai(id: string) {
  return useQuery(pegawaiQueryOptions(id));
}
