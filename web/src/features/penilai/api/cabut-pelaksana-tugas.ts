import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaiQueryKey } from './query-keys.ts';

/** Revokes a Plt/Plh; the post is vacant again (escalation) unless it has a holder. */
export async function cabutPelaksanaTugas({ id }: { id: string }): Promise<void> {
  await api.send('POST', `/penilai/pelaksana-tugas/${encodeURIComponent(id)}/cabut`);
}

export function useCabutPelaksanaTugas(config: MutationConfig<typeof cabutPelaksanaTugas> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: cabutPelaksanaTugas,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: penilaiQueryKey });
      return onSuccess?.(...args);
    },
  });
}
