import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { KalibrasiPapan, type PredikatOrganisasiUbah } from '../../../../../contracts/kalibrasi.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { kalibrasiKeys, kalibrasiQueryKey } from './query-keys.ts';

export type UbahPredikatOrganisasi = { periodeId: string; unitId: string; body: z.input<typeof PredikatOrganisasiUbah> };

/**
 * Sets or changes a unit's predikat organisasi (before penetapan), carrying the versi that was read (null: the unit
 * has no calibration record yet); a stale versi answers DATA.KONFLIK. Answers the unit's board after the change.
 */
export async function ubahPredikatOrganisasi({ periodeId, unitId, body }: UbahPredikatOrganisasi): Promise<z.infer<typeof KalibrasiPapan>> {
  return api.put(`/kalibrasi/${encodeURIComponent(periodeId)}/unit/${encodeURIComponent(unitId)}/predikat`, KalibrasiPapan, body);
}

export function useUbahPredikatOrganisasi(config: MutationConfig<typeof ubahPredikatOrganisasi> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahPredikatOrganisasi,
    onSuccess: (data, ...args) => {
      // the new versi must be what the next write sends, without waiting for the reload
      queryClient.setQueryData(kalibrasiKeys.papan(data.periode.id, data.unit.id), data);
      return onSuccess?.(data, ...args);
    },
    // the unit's row, the city sebaran and the kepala's rating on the board all follow
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: kalibrasiQueryKey });
      return onSettled?.(...args);
    },
  });
}
