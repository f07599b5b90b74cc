import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { KalibrasiPapan, type PenetapanKalibrasi } from '../../../../../contracts/kalibrasi.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { kalibrasiKeys, kalibrasiQueryKey } from './query-keys.ts';

export type TetapkanKalibrasi = { periodeId: string; unitId: string; body: z.input<typeof PenetapanKalibrasi> };

/**
 * Penetapan: finalises every rated evaluation of the unit (cannot be reopened; afterwards only a keberatan changes a
 * predikat). A deviation with n ≥ 5 needs the justification; a stale versi answers DATA.KONFLIK. Answers the board.
 */
export async function tetapkanKalibrasi({ periodeId, unitId, body }: TetapkanKalibrasi): Promise<z.infer<typeof KalibrasiPapan>> {
  return api.post(`/kalibrasi/${encodeURIComponent(periodeId)}/unit/${encodeURIComponent(unitId)}/tetapkan`, KalibrasiPapan, body);
}

export function useTetapkanKalibrasi(config: MutationConfig<typeof tetapkanKalibrasi> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: tetapkanKalibrasi,
    onSuccess: (data, ...args) => {
      queryClient.setQueryData(kalibrasiKeys.papan(data.periode.id, data.unit.id), data);
      return onSuccess?.(data, ...args);
    },
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: kalibrasiQueryKey });
      return onSettled?.(...args);
    },
  });
}
