import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RekanPenilaian } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { rekanKeys } from './rekan-keys.ts';

export type BatalRekan = { penilaianId: string; permintaanId: string; versi: number };

/** POST /penilaian/:id/rekan/:permintaanId/batal: withdraw an unanswered request (the versi seen: the colleague may be answering). */
export async function batalRekan({ penilaianId, permintaanId, versi }: BatalRekan): Promise<RekanPenilaian> {
  return api.post(`/penilaian/${encodeURIComponent(penilaianId)}/rekan/${encodeURIComponent(permintaanId)}/batal`, RekanPenilaian, { versi });
}

export function useBatalRekan(config: MutationConfig<typeof batalRekan> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: batalRekan,
    onSuccess: async (data, ...args) => {
      queryClient.setQueryData(rekanKeys.penilaian(data.penilaianId), data);
      await queryClient.invalidateQueries({ queryKey: [...rekanKeys.penilaian(data.penilaianId), 'kandidat'] });
      return onSuccess?.(data, ...args);
    },
    // a refusal (answered meanwhile, stale versi) means the list on screen is old
    onError: async (error, variables, ...args) => {
      await queryClient.invalidateQueries({ queryKey: rekanKeys.penilaian(variables.penilaianId) });
      return onError?.(error, variables, ...args);
    },
  });
}
