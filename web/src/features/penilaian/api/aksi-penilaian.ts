import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type PenilaianAksiBody, PenilaianDetail } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaianKeys, penilaianQueryKey } from './query-keys.ts';

export type KirimAksiPenilaian = { penilaianId: string; body: z.input<typeof PenilaianAksiBody> };

/**
 * Every state change of an evaluation: ajukan / tarik (pegawai), kembalikan (note required) / nilai / buka_nilai
 * (penilai). Carries the `versi` the user saw (stale → DATA.KONFLIK); answers the updated record.
 */
export async function kirimAksiPenilaian({ penilaianId, body }: KirimAksiPenilaian): Promise<z.infer<typeof PenilaianDetail>> {
  return api.post(`/penilaian/${encodeURIComponent(penilaianId)}/aksi`, PenilaianDetail, body);
}

export function useAksiPenilaian(config: MutationConfig<typeof kirimAksiPenilaian> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: kirimAksiPenilaian,
    onSuccess: (data, ...args) => {
      queryClient.setQueryData(penilaianKeys.detail(data.id), data);
      return onSuccess?.(data, ...args);
    },
    // the period cards, the penilai's list and its sebaran all change with a state change
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: penilaianQueryKey });
      return onSettled?.(...args);
    },
  });
}
