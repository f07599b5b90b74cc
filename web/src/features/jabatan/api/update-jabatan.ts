import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { JabatanUbah } from '../../../../../contracts/jabatan.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { jabatanQueryKey } from './get-jabatan-list.ts';

export async function updateJabatan({ id, ...body }: z.input<typeof JabatanUbah> & { id: string }): Promise<void> {
  await api.send('PUT', `/jabatan/${encodeURIComponent(id)}`, body);
}

export function useUpdateJabatan(config: MutationConfig<typeof updateJabatan> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: jabatanQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['unit-kerja'] }),
      // holders' penilai may change with a new atasan
      queryClient.invalidateQueries({ queryKey: ['pegawai'] }),
    ]);
  return useMutation({
    ...rest,
    mutationFn: updateJabatan,
    onSuccess: async (...args) => {
      await reload();
      return onSuccess?.(...args);
    },
    // a conflict means the list on screen is stale
    onError: async (...args) => {
      await reload();
      return onError?.(...args);
    },
  });
}
