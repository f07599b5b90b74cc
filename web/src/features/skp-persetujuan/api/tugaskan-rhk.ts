import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { HasilTugaskan, TugaskanRhk } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpPersetujuanQueryKey } from './query-keys.ts';

export { TugaskanRhk };
export type HasilTugaskan = z.infer<typeof HasilTugaskan>;
export type KirimTugaskan = { skpId: string; rhkId: string; body: z.input<typeof TugaskanRhk> };

/** Put one of my RHK into each chosen bawahan's SKP (a draft is created when they have none); a result per pegawai. */
export async function tugaskanRhk({ skpId, rhkId, body }: KirimTugaskan): Promise<HasilTugaskan> {
  return api.post(`/skp/${encodeURIComponent(skpId)}/rhk/${encodeURIComponent(rhkId)}/tugaskan`, HasilTugaskan, body);
}

export function useTugaskanRhk(config: MutationConfig<typeof tugaskanRhk> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: tugaskanRhk,
    // the matriks and the queue (new drafts, RHK counts) change
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: skpPersetujuanQueryKey });
      return onSettled?.(...args);
    },
  });
}
