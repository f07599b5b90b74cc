import { useQuery } from '@tanstack/react-query';
import { RekanPenilaian } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import { rekanKeys } from './rekan-keys.ts';

/**
 * GET /penilaian/:id/rekan: the requests with the colleagues' names and answers, counts and the summary per value.
 * Answered 404 to the pegawai evaluated and to anyone who may not read it.
 */
export async function getRekanPenilaian(penilaianId: string): Promise<RekanPenilaian> {
  return api.get(`/penilaian/${encodeURIComponent(penilaianId)}/rekan`, RekanPenilaian);
}

export function useRekanPenilaian(penilaianId: string) {
  return useQuery({ queryKey: rekanKeys.penilaian(penilaianId), queryFn: () => getRekanPenilaian(penilaianId), staleTime: 15_000 });
}
