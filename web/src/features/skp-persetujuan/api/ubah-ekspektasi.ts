import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type EkspektasiUbah, SkpDetail } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpPersetujuanKeys } from './query-keys.ts';

export type UbahEkspektasi = { skpId: string; body: z.input<typeof EkspektasiUbah> };

/** The penilai's ekspektasi khusus per BerAKHLAK value (an empty text removes it); answers the updated SKP. */
export async function ubahEkspektasi({ skpId, body }: UbahEkspektasi): Promise<z.infer<typeof SkpDetail>> {
  return api.put(`/skp/${encodeURIComponent(skpId)}/ekspektasi`, SkpDetail, body);
}

export function useUbahEkspektasi(config: MutationConfig<typeof ubahEkspektasi> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahEkspektasi,
    onSuccess: (data, ...args) => {
      // the new versi must be what the next decision sends
      queryClient.setQueryData(skpPersetujuanKeys.skp(data.id), data);
      return onSuccess?.(data, ...args);
    },
  });
}
