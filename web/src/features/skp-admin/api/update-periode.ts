import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { SkpPeriode, type SkpPeriodeUbah } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpQueryKey } from './query-keys.ts';

/** PUT /skp/periode/:id (admin BKPPD): close / reopen, or change the default approach and unit scope; `versi` guards. */
export async function updatePeriodeSkp({ id, ...body }: z.input<typeof SkpPeriodeUbah> & { id: string }): Promise<SkpPeriode> {
  return api.put(`/skp/periode/${encodeURIComponent(id)}`, SkpPeriode, body);
}

export function useUpdatePeriodeSkp(config: MutationConfig<typeof updatePeriodeSkp> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updatePeriodeSkp,
    // refused or not, reload: a DATA.KONFLIK means the list on screen is stale
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: skpQueryKey });
      return onSettled?.(...args);
    },
  });
}
