import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiPage } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type BawahanOpsi = { id: string; nama: string; jabatan: string | null };

/** The atasan's bawahan for the queue filter (GET /pegawai is scoped by the server to the caller's reach). */
export async function getBawahan(): Promise<BawahanOpsi[]> {
  const page = await api.get('/pegawai', PegawaiPage, { pageSize: 200, status: 'aktif' });
  return page.items.map((p) => ({ id: p.id, nama: p.namaLengkap, jabatan: p.jabatan }));
}

export const bawahanQueryOptions = () =>
  queryOptions({ queryKey: [...aktivitasQueryKey, 'bawahan'], queryFn: getBawahan, staleTime: 10 * 60_000 });

export function useBawahan() {
  return useQuery(bawahanQueryOptions());
}
