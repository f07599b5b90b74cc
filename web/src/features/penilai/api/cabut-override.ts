import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaiQueryKey } from './query-keys.ts';

/** Revokes a penilai khusus; the structure (or a Plt/Plh) applies again from now on. */
export async function cabutOverride({ id }: { id: string }): Promise<void> {
  await api.send('POST', `/penilai/override/${encodeURIComponent(id)}/cabut`);
}

export function useCabutOverride(config: MutationConfig<typeof cabutOverride> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: cabutOverride,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: penilaiQueryKey });
      return onSuccess?.(...args);
    },
  });
}
