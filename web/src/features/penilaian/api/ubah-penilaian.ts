import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PenilaianDetail, type PenilaianUbah } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaianKeys, penilaianQueryKey } from './query-keys.ts';

export type UbahPenilaian = { penilaianId: string; body: z.input<typeof PenilaianUbah> };

/**
 * The penilai's work on a submitted record: judgement and umpan balik per RHK, umpan balik per BerAKHLAK value and the
 * two ratings (a rating hasil kerja other than the proposal needs a reason). Carries the `versi` that was read.
 */
export async function ubahPenilaian({ penilaianId, body }: UbahPenilaian): Promise<z.infer<typeof PenilaianDetail>> {
  return api.put(`/penilaian/${encodeURIComponent(penilaianId)}/penilaian`, PenilaianDetail, body);
}

export function useUbahPenilaian(config: MutationConfig<typeof ubahPenilaian> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahPenilaian,
    onSuccess: (data, ...args) => {
      // the next save or action must carry the new versi
      queryClient.setQueryData(penilaianKeys.detail(data.id), data);
      return onSuccess?.(data, ...args);
    },
    // the penilai's list shows the ratings saved so far
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: [...penilaianQueryKey, 'bawahan'] });
      return onSettled?.(...args);
    },
  });
}
