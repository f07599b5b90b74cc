import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PegawaiTersimpan, type MutasiBody } from '../../../../../contracts/pegawai.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { invalidatePegawai } from './invalidate.ts';

/** Another jabatan (and its unit) from a date; the history keeps the previous post. */
export async function mutasiPegawai({ id, ...body }: z.input<typeof MutasiBody> & { id: string }) {
  return api.post(`/pegawai/${encodeURIComponent(id)}/mutasi`, PegawaiTersimpan, body);
}

export function useMutasiPegawai(config: MutationConfig<typeof mutasiPegawai> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: mutasiPegawai,
    onSuccess: async (...args) => {
      await invalidatePegawai(queryClient);
      return onSuccess?.(...args);
    },
    onError: async (...args) => {
      await invalidatePegawai(queryClient);
      return onError?.(...args);
    },
  });
}
