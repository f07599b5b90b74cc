import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PenilaianDetail, type RealisasiUbah } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaianKeys, penilaianQueryKey } from './query-keys.ts';

export type UbahRealisasi = { penilaianId: string; body: z.input<typeof RealisasiUbah> };

/** Save realisasi, evidence and refleksi (owner; draft or dikembalikan); carries `versi` (stale → DATA.KONFLIK). */
export async function ubahRealisasi({ penilaianId, body }: UbahRealisasi): Promise<z.infer<typeof PenilaianDetail>> {
  return api.put(`/penilaian/${encodeURIComponent(penilaianId)}/realisasi`, PenilaianDetail, body);
}

export function useUbahRealisasi(config: MutationConfig<typeof ubahRealisasi> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahRealisasi,
    onSuccess: async (data, ...args) => {
      // the new versi must be what the next save or submit sends
      queryClient.setQueryData(penilaianKeys.detail(data.id), data);
      await queryClient.invalidateQueries({ queryKey: [...penilaianQueryKey, 'saya'] });
      return onSuccess?.(data, ...args);
    },
  });
}
