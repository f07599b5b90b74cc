import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PengaturanPenilaian, PengaturanPenilaianRespon } from '../../../../../contracts/pengaturan-penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';

export { PengaturanPenilaian };
export type PengaturanPenilaianIsian = z.infer<typeof PengaturanPenilaian>;

/** PUT /penilaian/pengaturan (admin BKPPD); applies to the next request, audited by the server. */
export async function ubahPengaturanPenilaian(body: PengaturanPenilaianIsian) {
  return api.put('/penilaian/pengaturan', PengaturanPenilaianRespon, body);
}

export function useUbahPengaturanPenilaian(config: MutationConfig<typeof ubahPengaturanPenilaian> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ubahPengaturanPenilaian,
    onSuccess: async (...args) => {
      // the settings change what the calibration boards and the keberatan windows show (other features' queries
      // too): a rare admin change, so everything cached is refreshed
      await queryClient.invalidateQueries();
      return onSuccess?.(...args);
    },
  });
}
