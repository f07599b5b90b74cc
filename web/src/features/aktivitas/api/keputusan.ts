import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { HasilKeputusan, Keputusan } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export { Keputusan };
export type HasilKeputusan = z.infer<typeof HasilKeputusan>;

/** Approve many at once, or return/reject with a note; the answer has a result per item (e.g. one DATA.KONFLIK). */
export async function kirimKeputusan(body: z.input<typeof Keputusan>): Promise<HasilKeputusan> {
  return api.post('/aktivitas/keputusan', HasilKeputusan, body);
}

export function useKeputusan(config: MutationConfig<typeof kirimKeputusan> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: kirimKeputusan,
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
      return onSettled?.(...args);
    },
  });
}
