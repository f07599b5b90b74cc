import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PegawaiTersimpan, type StatusBody } from '../../../../../contracts/pegawai.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { invalidatePegawai } from './invalidate.ts';

/** Status from a date; pensiun/berhenti end the pegawai's access on that date. */
export async function ubahStatusPegawai({ id, ...body }: z.input<typeof StatusBody> & { id: string }) {
  return api.post(`/pegawai/${encodeURIComponent(id)}/status`, PegawaiTersimpan, body);
}

export function useUbahStatusPegawai(config: MutationConfig<typeof ubahStatusPegawai> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahStatusPegawai,
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
