import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { SkpDetail, type SkpAksiBody } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { rhkAtasanQueryKey, skpDetailQueryKey, skpSayaQueryKey } from './query-keys.ts';

export type AksiSkpBody = z.input<typeof SkpAksiBody>;

/**
 * POST /skp/:id/aksi: every state change (the pegawai's are ajukan, tarik, minta_buka). The server checks the
 * state machine, the person and the versi again; ajukan answers SKP.BELUM_LENGKAP with the problems as details.
 */
export async function aksiSkp({ id, body }: { id: string; body: AksiSkpBody }): Promise<SkpDetail> {
  return api.post(`/skp/${encodeURIComponent(id)}/aksi`, SkpDetail, body);
}

export function useAksiSkp(config: MutationConfig<typeof aksiSkp> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: aksiSkp,
    onSuccess: async (...args) => {
      queryClient.setQueryData(skpDetailQueryKey(args[0].id), args[0]);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: skpSayaQueryKey }),
        queryClient.invalidateQueries({ queryKey: rhkAtasanQueryKey(args[0].id) }),
      ]);
      return onSuccess?.(...args);
    },
  });
}
