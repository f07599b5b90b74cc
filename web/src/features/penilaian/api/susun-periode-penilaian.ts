import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { PeriodePenilaian, PeriodePenilaianBaru } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { periodePenilaianQueryKey } from './get-periode-penilaian.ts';

export { PeriodePenilaianBaru };

/**
 * Generate the evaluation periods of one SKP period (triwulanan or bulanan, plus tahunan) with deadlines in days after
 * each period's end. While no record uses them the set is replaced; afterwards the server answers PERIODE_DIPAKAI.
 */
export async function susunPeriodePenilaian(body: z.input<typeof PeriodePenilaianBaru>): Promise<z.infer<typeof PeriodePenilaian>[]> {
  return api.post('/penilaian/periode', z.array(PeriodePenilaian), body);
}

export function useSusunPeriodePenilaian(config: MutationConfig<typeof susunPeriodePenilaian> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: susunPeriodePenilaian,
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: periodePenilaianQueryKey });
      return onSettled?.(...args);
    },
  });
}
