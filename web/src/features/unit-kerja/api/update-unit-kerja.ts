import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UnitKerjaTersimpan, UnitKerjaUbah } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { unitKerjaQueryKey } from './get-unit-kerja-tree.ts';

/** Renames the unit (kode, nama, singkatan, jenis). */
export async function updateUnitKerja({ id, ...body }: z.input<typeof UnitKerjaUbah> & { id: string }): Promise<z.infer<typeof UnitKerjaTersimpan>> {
  await api.send('PUT', `/unit-kerja/${encodeURIComponent(id)}`, body);
  return { id, versi: body.versi + 1 };
}

export function useUpdateUnitKerja(config: MutationConfig<typeof updateUnitKerja> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updateUnitKerja,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: unitKerjaQueryKey });
      return onSuccess?.(...args);
    },
    // a refusal (conflict, closed parent …) means the tree on screen may be stale: reload it
    onError: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: unitKerjaQueryKey });
      return onError?.(...args);
    },
  });
}
