import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Id } from '../../../../../contracts/common.ts';
import { PelaksanaTugasBaru } from '../../../../../contracts/penilai.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { penilaiQueryKey } from './query-keys.ts';

export { PelaksanaTugasBaru };
const Dibuat = z.object({ id: Id });

/** An acting official (Plt/Plh) of a post for a date range; the post counts as filled on those dates. */
export async function createPelaksanaTugas(body: PelaksanaTugasBaru): Promise<z.infer<typeof Dibuat>> {
  return api.post('/penilai/pelaksana-tugas', Dibuat, body);
}

export function useCreatePelaksanaTugas(config: MutationConfig<typeof createPelaksanaTugas> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createPelaksanaTugas,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: penilaiQueryKey });
      return onSuccess?.(...args);
    },
  });
}
