import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiProfil } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaiQueryKey } from './query-keys.ts';

export type { PegawaiProfil };

/** The pegawai whose chain is shown (name, NIP, jabatan for the heading); 404 outside the caller's scope. */
export async function getPegawaiRingkas(id: string): Promise<PegawaiProfil> {
  return api.get(`/pegawai/${encodeURIComponent(id)}`, PegawaiProfil);
}

export const pegawaiRingkasQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...penilaiQueryKey, 'profil', id], queryFn: () => getPegawaiRingkas(id) });

export function usePegawaiRingkas(id: string) {
  return useQuery(pegawaiRingkasQueryOptions(id));
}
