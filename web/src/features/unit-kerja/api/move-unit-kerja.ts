import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { UnitKerjaTersimpan, type UnitKerjaPindah } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { unitKerjaQueryKey } from './get-unit-kerja-tree.ts';

/** Moves the unit and its whole subtree under another parent. */
export async function moveUnitKerja({ id, ...body }: z.input<typeof UnitKerjaPindah> & { id: string }): Promise<z.infer<typeof UnitKerjaTersimpan>> {
  return api.post(`/unit-kerja/${encodeURIComponent(id)}/pindah`, UnitKerjaTersimpan, body);
}

export function useMoveUnitKerja(config: MutationConfig<typeof moveUnitKerja> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: moveUnitKerja,
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
