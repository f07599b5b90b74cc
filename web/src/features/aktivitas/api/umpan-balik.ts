import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { UmpanBalikBaru, UmpanBalikItem } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export { UmpanBalikBaru };
export type UmpanBalikItem = z.infer<typeof UmpanBalikItem>;
const Daftar = z.array(UmpanBalikItem);

/** The feedback thread of one activity (atasan ↔ pegawai), oldest first. */
export async function getUmpanBalik(aktivitasId: string): Promise<UmpanBalikItem[]> {
  return api.get(`/aktivitas/${encodeURIComponent(aktivitasId)}/umpan-balik`, Daftar);
}

export async function kirimUmpanBalik({ aktivitasId, isi }: { aktivitasId: string; isi: string }): Promise<UmpanBalikItem> {
  return api.post(`/aktivitas/${encodeURIComponent(aktivitasId)}/umpan-balik`, UmpanBalikItem, { isi });
}

export const umpanBalikQueryOptions = (aktivitasId: string) =>
  queryOptions({ queryKey: [...aktivitasQueryKey, 'umpan-balik', aktivitasId], queryFn: () => getUmpanBalik(aktivitasId), staleTime: 10_000 });

export function useUmpanBalik(aktivitasId: string) {
  return useQuery(umpanBalikQueryOptions(aktivitasId));
}

export function useKirimUmpanBalik() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: kirimUmpanBalik,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
    },
  });
}
