import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FIELD_BERKAS, ImporPratinjau } from '../../../../../contracts/impor.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { imporQueryKey } from './get-impor.ts';

/** Uploads the file; the server reads, checks and plans every row and keeps the preview (nothing is applied yet). */
export async function unggahImpor({ berkas, onProgress }: { berkas: File; onProgress?: (fraction: number) => void }): Promise<ImporPratinjau> {
  const form = new FormData();
  form.append(FIELD_BERKAS, berkas, berkas.name);
  return api.upload('/impor-pegawai', ImporPratinjau, form, onProgress);
}

export function useUnggahImpor(config: MutationConfig<typeof unggahImpor> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: unggahImpor,
    onSuccess: async (data, ...args) => {
      queryClient.setQueryData(imporQueryKey(data.id), data);
      await queryClient.invalidateQueries({ queryKey: ['impor', 'daftar'] });
      return onSuccess?.(data, ...args);
    },
  });
}
