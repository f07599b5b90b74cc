import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AktivitasTersimpan, AktivitasUbah } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export { AktivitasUbah };

/** PUT /aktivitas/:id with the versi the pegawai saw (409 DATA.KONFLIK when it changed meanwhile). */
export async function updateAktivitas({ id, body }: { id: string; body: AktivitasUbah }) {
  return api.put(`/aktivitas/${encodeURIComponent(id)}`, AktivitasTersimpan, body);
}

export function useUpdateAktivitas(config: MutationConfig<typeof updateAktivitas> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updateAktivitas,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
      return onSuccess?.(...args);
    },
  });
}
