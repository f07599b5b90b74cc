import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { TindakLanjut, type TindakLanjutUbah } from '../../../../../contracts/tindak-lanjut.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { tindakLanjutQueryKey } from './query-keys.ts';

export type UbahTindakLanjut = { id: string; body: z.input<typeof TindakLanjutUbah> };

/** Moves a record along its life or edits it; carries the `versi` the user saw (stale → DATA.KONFLIK). */
export async function ubahTindakLanjut({ id, body }: UbahTindakLanjut): Promise<z.infer<typeof TindakLanjut>> {
  return api.put(`/tindak-lanjut/${encodeURIComponent(id)}`, TindakLanjut, body);
}

export function useUbahTindakLanjut(config: MutationConfig<typeof ubahTindakLanjut> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahTindakLanjut,
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: tindakLanjutQueryKey });
      return onSettled?.(...args);
    },
  });
}
