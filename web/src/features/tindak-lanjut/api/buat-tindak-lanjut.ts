import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { TindakLanjut, type TindakLanjutBaru } from '../../../../../contracts/tindak-lanjut.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { tindakLanjutQueryKey } from './query-keys.ts';

export type TindakLanjutBaru = z.input<typeof TindakLanjutBaru>;

/** Records a penghargaan (ASN teladan) or a pembinaan (a rencana perbaikan without an end date gets 6 months). */
export async function buatTindakLanjut(body: TindakLanjutBaru): Promise<z.infer<typeof TindakLanjut>> {
  return api.post('/tindak-lanjut', TindakLanjut, body);
}

export function useBuatTindakLanjut(config: MutationConfig<typeof buatTindakLanjut> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: buatTindakLanjut,
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: tindakLanjutQueryKey });
      return onSettled?.(...args);
    },
  });
}
