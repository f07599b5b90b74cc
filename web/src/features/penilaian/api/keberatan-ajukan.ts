import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type KeberatanAjukan, KeberatanDetail } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { keberatanKeys, keberatanQueryKey } from './keberatan-query-keys.ts';

/** The pegawai files a keberatan against their finalised evaluation (once; within the window). */
export async function ajukanKeberatan(body: z.input<typeof KeberatanAjukan>): Promise<KeberatanDetail> {
  return api.post('/keberatan', KeberatanDetail, body);
}

export function useAjukanKeberatan(config: MutationConfig<typeof ajukanKeberatan> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ajukanKeberatan,
    onSuccess: async (data, ...args) => {
      queryClient.setQueryData(keberatanKeys.detail(data.id), data);
      await queryClient.invalidateQueries({ queryKey: keberatanQueryKey });
      return onSuccess?.(data, ...args);
    },
  });
}
