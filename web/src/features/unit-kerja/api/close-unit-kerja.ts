import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { UnitKerjaTersimpan, type UnitKerjaTutup } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { unitKerjaQueryKey } from './get-unit-kerja-tree.ts';

/** Closes the unit from a date (refused while it has active pegawai or open sub-units). */
export async function closeUnitKerja({ id, ...body }: z.input<typeof UnitKerjaTutup> & { id: string }): Promise<z.infer<typeof UnitKerjaTersimpan>> {
  return api.post(`/unit-kerja/${encodeURIComponent(id)}/tutup`, UnitKerjaTersimpan, body);
}

export function useCloseUnitKerja(config: MutationConfig<typeof closeUnitKerja> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: closeUnitKerja,
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
