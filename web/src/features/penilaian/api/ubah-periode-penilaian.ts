import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PeriodePenilaian, PeriodePenilaianUbah } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { periodePenilaianQueryKey } from './get-periode-penilaian.ts';

export { PeriodePenilaianUbah };
export type UbahPeriodePenilaian = { id: string; body: z.input<typeof PeriodePenilaianUbah> };

/** A period's dates (only while no record uses it) and deadlines, with the `versi` that was read. */
export async function ubahPeriodePenilaian({ id, body }: UbahPeriodePenilaian): Promise<z.infer<typeof PeriodePenilaian>> {
  return api.put(`/penilaian/periode/${encodeURIComponent(id)}`, PeriodePenilaian, body);
}

export function useUbahPeriodePenilaian(config: MutationConfig<typeof ubahPeriodePenilaian> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahPeriodePenilaian,
    // every list of periods (the penilai's picker too) shows the new deadlines
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: periodePenilaianQueryKey });
      return onSettled?.(...args);
    },
  });
}
