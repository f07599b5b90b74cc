import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type AksiPegawai = 'ajukan' | 'tarik' | 'hapus';

/**
 * The pegawai's own state changes: ajukan (draft/perlu revisi → diajukan), tarik (diajukan → draft, before the
 * atasan decides), hapus (draft/perlu revisi only). The server checks the state machine again (AKTIVITAS.STATUS).
 */
export async function aksiAktivitas({ id, aksi, versi }: { id: string; aksi: AksiPegawai; versi?: number }): Promise<void> {
  const path = `/aktivitas/${encodeURIComponent(id)}`;
  // with the versi the pegawai saw, a change made meanwhile (another tab, the atasan) answers 409 DATA.KONFLIK
  if (aksi === 'hapus') await api.send('DELETE', versi ? `${path}?versi=${versi}` : path);
  else await api.send('POST', `${path}/${aksi}`, versi ? { versi } : {});
}

export function useAksiAktivitas(config: MutationConfig<typeof aksiAktivitas> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: aksiAktivitas,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
      return onSuccess?.(...args);
    },
  });
}
