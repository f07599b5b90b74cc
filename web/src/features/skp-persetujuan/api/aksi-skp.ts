import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type SkpAksiBody, SkpDetail } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpPersetujuanKeys, skpPersetujuanQueryKey } from './query-keys.ts';

export type AksiPenilai = 'setujui' | 'kembalikan' | 'terima_buka' | 'tolak_buka';
export type KirimAksi = { skpId: string; body: z.input<typeof SkpAksiBody> & { aksi: AksiPenilai } };

/** A penilai's decision on an SKP; carries the `versi` the penilai saw (stale → DATA.KONFLIK). */
export async function kirimAksiSkp({ skpId, body }: KirimAksi): Promise<z.infer<typeof SkpDetail>> {
  return api.post(`/skp/${encodeURIComponent(skpId)}/aksi`, SkpDetail, body);
}

export function useAksiSkp(config: MutationConfig<typeof kirimAksiSkp> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: kirimAksiSkp,
    onSuccess: (data, ...args) => {
      queryClient.setQueryData(skpPersetujuanKeys.skp(data.id), data);
      return onSuccess?.(data, ...args);
    },
    // the queue, its counts and the matriks all change with a decision
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: skpPersetujuanQueryKey });
      return onSettled?.(...args);
    },
  });
}
