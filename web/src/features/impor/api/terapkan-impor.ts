import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImporHasil } from '../../../../../contracts/impor.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';

/** Applies a preview without errors: every row in one transaction, or none. */
export async function terapkanImpor({ id }: { id: string }): Promise<ImporHasil> {
  return api.post(`/impor-pegawai/${encodeURIComponent(id)}/terapkan`, ImporHasil);
}

export function useTerapkanImpor(config: MutationConfig<typeof terapkanImpor> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: terapkanImpor,
    onSuccess: async (...args) => {
      // pegawai lists, profiles and the import's own status all changed
      await queryClient.invalidateQueries();
      return onSuccess?.(...args);
    },
  });
}
