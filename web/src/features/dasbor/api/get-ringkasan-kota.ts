import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiPage } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';

export type RingkasanKota = { totalPegawai: number; diambilPada: string };

/**
 * City-wide figures from the endpoints that exist today: the pegawai list's `total` (the walikota's scope is the
 * whole instansi). More figures join as the SKP, penilaian and TPP endpoints arrive.
 */
export async function getRingkasanKota(): Promise<RingkasanKota> {
  const page = await api.get('/pegawai', PegawaiPage, { page: 1, pageSize: 1 });
  return { totalPegawai: page.total, diambilPada: new Date().toISOString() };
}

export const ringkasanKotaQueryOptions = () =>
  queryOptions({ queryKey: ['dasbor', 'ringkasan'], queryFn: getRingkasanKota });

export function useRingkasanKota() {
  return useQuery(ringkasanKotaQueryOptions());
}
