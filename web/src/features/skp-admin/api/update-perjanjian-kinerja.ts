import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PerjanjianKinerja, PerjanjianKinerjaUbah } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpAdminKeys, skpQueryKey } from './query-keys.ts';

export { PerjanjianKinerjaUbah };
export type PerjanjianKinerjaIsian = z.input<typeof PerjanjianKinerjaUbah>;

/** PUT /perjanjian-kinerja: the whole list of sasaran; `versi` null for the year's first version (DATA.KONFLIK when stale). */
export async function updatePerjanjianKinerja(body: PerjanjianKinerjaIsian): Promise<z.infer<typeof PerjanjianKinerja>> {
  return api.put('/perjanjian-kinerja', PerjanjianKinerja, body);
}

export function useUpdatePerjanjianKinerja(config: MutationConfig<typeof updatePerjanjianKinerja> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updatePerjanjianKinerja,
    onSuccess: async (data, ...args) => {
      queryClient.setQueryData(skpAdminKeys.perjanjianKinerjaSatu(data.unitId, data.tahun), data);
      // JPT RHK link to these sasaran: the SKP screens' choices change
      await queryClient.invalidateQueries({ queryKey: skpQueryKey });
      return onSuccess?.(data, ...args);
    },
  });
}
