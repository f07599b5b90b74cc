import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Id } from '../../../../../contracts/common.ts';
import { OverrideBaru } from '../../../../../contracts/penilai.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaiQueryKey } from './query-keys.ts';

export { OverrideBaru };
const Dibuat = z.object({ id: Id });

/** A penilai khusus for one pegawai and period (with a reason); it wins over the structure on those dates. */
export async function createOverride(body: OverrideBaru): Promise<z.infer<typeof Dibuat>> {
  return api.post('/penilai/override', Dibuat, body);
}

export function useCreateOverride(config: MutationConfig<typeof createOverride> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createOverride,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: penilaiQueryKey });
      return onSuccess?.(...args);
    },
  });
}
