import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { SkpPeriode, SkpPeriodeBaru } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpQueryKey } from './query-keys.ts';

export { SkpPeriodeBaru };

/** POST /skp/periode (admin BKPPD): opens the period of a year; 409 SKP.PERIODE_SUDAH_ADA when it exists. */
export async function createPeriodeSkp(body: z.input<typeof SkpPeriodeBaru>): Promise<SkpPeriode> {
  return api.post('/skp/periode', SkpPeriode, body);
}

export function useCreatePeriodeSkp(config: MutationConfig<typeof createPeriodeSkp> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createPeriodeSkp,
    onSuccess: async (...args) => {
      // a new period changes what pegawai may start, the queues' default period and monitoring
      await queryClient.invalidateQueries({ queryKey: skpQueryKey });
      return onSuccess?.(...args);
    },
  });
}
