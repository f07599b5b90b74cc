import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PegawaiTersimpan, type PegawaiBaru } from '../../../../../contracts/pegawai.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { invalidatePegawai } from './invalidate.ts';

/** Creates the pegawai, their jabatan history and an account without password (issued by "reset kata sandi"). */
export async function createPegawai(body: z.input<typeof PegawaiBaru>) {
  return api.post('/pegawai', PegawaiTersimpan, body);
}

export function useCreatePegawai(config: MutationConfig<typeof createPegawai> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createPegawai,
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
