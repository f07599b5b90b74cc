import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SkpDetail, type SkpUbah } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { skpDetailQueryKey, skpSayaQueryKey } from './query-keys.ts';

/**
 * PUT /skp/:id: the whole content (pendekatan, RHK with their indicators) with the versi the pegawai started
 * from — 409 DATA.KONFLIK when it changed meanwhile (another tab, a penilai's assignment). RHK sent with their
 * id are kept (aktivitas linked to them stay linked).
 */
export async function updateSkp({ id, body }: { id: string; body: SkpUbah }): Promise<SkpDetail> {
  return api.put(`/skp/${encodeURIComponent(id)}`, SkpDetail, body);
}

export function useUpdateSkp(config: MutationConfig<typeof updateSkp> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updateSkp,
    onSuccess: async (...args) => {
      queryClient.setQueryData(skpDetailQueryKey(args[0].id), args[0]);
      await queryClient.invalidateQueries({ queryKey: skpSayaQueryKey });
      return onSuccess?.(...args);
    },
  });
}
