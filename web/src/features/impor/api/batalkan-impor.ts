import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';

export async function batalkanImpor({ id }: { id: string }): Promise<void> {
  await api.send('POST', `/impor-pegawai/${encodeURIComponent(id)}/batal`);
}

export function useBatalkanImpor(config: MutationConfig<typeof batalkanImpor> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: batalkanImpor,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: ['impor'] });
      return onSuccess?.(...args);
    },
  });
}
