import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { JabatanTersimpan, type JabatanBaru } from '../../../../../contracts/jabatan.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { jabatanQueryKey } from './get-jabatan-list.ts';

export async function createJabatan(body: z.input<typeof JabatanBaru>): Promise<z.infer<typeof JabatanTersimpan>> {
  return api.post('/jabatan', JabatanTersimpan, body);
}

export function useCreateJabatan(config: MutationConfig<typeof createJabatan> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createJabatan,
    onSuccess: async (...args) => {
      // the list, and the unit tree's jabatan counts
      await Promise.all([queryClient.invalidateQueries({ queryKey: jabatanQueryKey }), queryClient.invalidateQueries({ queryKey: ['unit-kerja'] })]);
      return onSuccess?.(...args);
    },
  });
}
