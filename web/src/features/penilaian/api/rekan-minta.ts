import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RekanPenilaian } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { rekanKeys } from './rekan-keys.ts';

export type MintaRekan = { penilaianId: string; rekanIds: string[] };

/** POST /penilaian/:id/rekan: ask 1–10 colleagues (REKAN.TIDAK_VALID / REKAN.SUDAH_DIMINTA name the items). */
export async function mintaRekan({ penilaianId, rekanIds }: MintaRekan): Promise<RekanPenilaian> {
  return api.post(`/penilaian/${encodeURIComponent(penilaianId)}/rekan`, RekanPenilaian, { rekanIds });
}

export function useMintaRekan(config: MutationConfig<typeof mintaRekan> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: mintaRekan,
    onSuccess: async (data, ...args) => {
      queryClient.setQueryData(rekanKeys.penilaian(data.penilaianId), data);
      // the picker marks who was asked
      await queryClient.invalidateQueries({ queryKey: [...rekanKeys.penilaian(data.penilaianId), 'kandidat'] });
      return onSuccess?.(data, ...args);
    },
  });
}
