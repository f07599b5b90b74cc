import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { UnitKerjaTersimpan, type UnitKerjaBaru } from '../../../../../contracts/unit-kerja.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { unitKerjaQueryKey } from './get-unit-kerja-tree.ts';

/** A new unit under `indukId` (an OPD when the parent is the instansi root). */
export async function createUnitKerja(body: z.input<typeof UnitKerjaBaru>): Promise<z.infer<typeof UnitKerjaTersimpan>> {
  return api.post('/unit-kerja', UnitKerjaTersimpan, body);
}

export function useCreateUnitKerja(config: MutationConfig<typeof createUnitKerja> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: createUnitKerja,
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
