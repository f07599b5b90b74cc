import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { SkpDetail, type SkpBaru } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpDetailQueryKey, skpSayaQueryKey } from './query-keys.ts';

/**
 * POST /skp: a new draft in an open period, empty or with the RHK and indicators of an earlier SKP of mine
 * (`salinDariSkpId`; links to RHK pimpinan are not copied). SKP.SUDAH_ADA when the period already has mine.
 */
export async function createSkp(body: z.input<typeof SkpBaru>): Promise<SkpDetail> {
  return api.post('/skp', SkpDetail, body);
}

export function useCreateSkp(config: MutationConfig<typeof createSkp> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createSkp,
    onSuccess: async (...args) => {
      queryClient.setQueryData(skpDetailQueryKey(args[0].id), args[0]);
      await queryClient.invalidateQueries({ queryKey: skpSayaQueryKey });
      return onSuccess?.(...args);
    },
  });
}
