import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PengaturanAktivitas, PengaturanAktivitasRespon } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export { PengaturanAktivitas };
export type PengaturanAktivitasData = z.infer<typeof PengaturanAktivitasRespon>;
export type PengaturanAktivitasIsian = z.infer<typeof PengaturanAktivitas>;

/** GET /aktivitas/pengaturan: the instansi's rules (the DOMAIN defaults while none are saved). Admin BKPPD, auditor. */
export async function getPengaturanAktivitas(): Promise<PengaturanAktivitasData> {
  return api.get('/aktivitas/pengaturan', PengaturanAktivitasRespon);
}

export const pengaturanAktivitasQueryOptions = () =>
  queryOptions({ queryKey: [...aktivitasQueryKey, 'pengaturan'], queryFn: getPengaturanAktivitas });

export function usePengaturanAktivitas() {
  return useQuery(pengaturanAktivitasQueryOptions());
}

/** PUT /aktivitas/pengaturan (admin BKPPD); applies to the next request, audited by the server. */
export async function updatePengaturanAktivitas(body: PengaturanAktivitasIsian) {
  return api.put('/aktivitas/pengaturan', PengaturanAktivitasRespon, body);
}

export function useUpdatePengaturanAktivitas(config: MutationConfig<typeof updatePengaturanAktivitas> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: updatePengaturanAktivitas,
    onSuccess: async (...args) => {
      // the rules change deadlines and warnings of every aktivitas view
      await queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
      return onSuccess?.(...args);
    },
  });
}
