import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type PenilaianBuka, PenilaianDibuka } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type PenilaianDibuka = z.infer<typeof PenilaianDibuka>;

/** Open my evaluation(s) of a period: created on first opening, one per approved SKP segment covering it. */
export async function bukaPenilaian(body: z.input<typeof PenilaianBuka>): Promise<PenilaianDibuka> {
  return api.post('/penilaian', PenilaianDibuka, body);
}

export function useBukaPenilaian(config: MutationConfig<typeof bukaPenilaian> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: bukaPenilaian,
    // the period cards now show the new record(s)
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: penilaianQueryKey });
      return onSettled?.(...args);
    },
  });
}
