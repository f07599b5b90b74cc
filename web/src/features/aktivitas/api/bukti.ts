import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { BuktiItem, TautanBaru } from '../../../../../contracts/aktivitas.ts';
import { API_BASE, api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export { BuktiItem, TautanBaru };

/** POST /aktivitas/:id/bukti (multipart field `berkas`), reporting the sent fraction for a progress bar. */
export async function uploadBukti(aktivitasId: string, berkas: Blob, nama: string, onProgress?: (fraction: number) => void): Promise<z.infer<typeof BuktiItem>> {
  const form = new FormData();
  form.append('berkas', berkas, nama);
  return api.upload(`/aktivitas/${encodeURIComponent(aktivitasId)}/bukti`, BuktiItem, form, onProgress);
}

export async function createTautan(aktivitasId: string, body: z.input<typeof TautanBaru>): Promise<z.infer<typeof BuktiItem>> {
  return api.post(`/aktivitas/${encodeURIComponent(aktivitasId)}/bukti/tautan`, BuktiItem, body);
}

export async function deleteBukti({ aktivitasId, buktiId }: { aktivitasId: string; buktiId: string }): Promise<void> {
  await api.send('DELETE', `/aktivitas/${encodeURIComponent(aktivitasId)}/bukti/${encodeURIComponent(buktiId)}`);
}

export function useDeleteBukti() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBukti,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
    },
  });
}

/** The file's URL; `kecil` asks for the phone-sized image. */
export function buktiUrl(item: BuktiItem, kecil = false): string | null {
  if (!item.unduh) return null;
  const url = item.unduh.startsWith('/api/') || /^https?:/i.test(item.unduh) ? item.unduh : `${API_BASE}${item.unduh}`;
  return kecil && item.mime?.startsWith('image/') ? `${url}${url.includes('?') ? '&' : '?'}ukuran=kecil` : url;
}
