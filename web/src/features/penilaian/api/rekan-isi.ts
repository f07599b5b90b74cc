import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PermintaanMasukDetail, type PermintaanRekanIsi } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { rekanKeys } from './rekan-keys.ts';

export type IsiRekan = { id: string; body: PermintaanRekanIsi };

/** PUT /rekan/permintaan/:id with the versi the form started from (changed meanwhile → DATA.KONFLIK). */
export async function isiPermintaanRekan({ id, body }: IsiRekan): Promise<PermintaanMasukDetail> {
  return api.put(`/rekan/permintaan/${encodeURIComponent(id)}`, PermintaanMasukDetail, body);
}

export function useIsiPermintaanRekan(config: MutationConfig<typeof isiPermintaanRekan> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: isiPermintaanRekan,
    onSuccess: async (data, ...args) => {
      queryClient.setQueryData(rekanKeys.masukSatu(data.id), data);
      await queryClient.invalidateQueries({ queryKey: rekanKeys.masuk(), exact: true });
      return onSuccess?.(data, ...args);
    },
  });
}
