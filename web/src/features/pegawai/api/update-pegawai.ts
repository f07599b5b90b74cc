import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PegawaiUbah } from '../../../../../contracts/pegawai.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { invalidatePegawai } from './invalidate.ts';

/** Name, gelar, golongan and contact; refused with 409 when someone changed the pegawai since `versi`. */
export async function updatePegawai({ id, ...body }: z.input<typeof PegawaiUbah> & { id: string }) {
  await api.send('PUT', `/pegawai/${encodeURIComponent(id)}`, body);
  return { id, versi: body.versi + 1 };
}

export function useUpdatePegawai(config: MutationConfig<typeof updatePegawai> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updatePegawai,
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
