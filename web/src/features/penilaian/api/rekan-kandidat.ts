import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type RekanKandidat, RekanKandidatDaftar } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import { rekanKeys } from './rekan-keys.ts';

/** GET /penilaian/:id/rekan/kandidat?q=: active pegawai of the pegawai's OPD (same unit first), at most 20. */
export async function getRekanKandidat(penilaianId: string, q: string): Promise<RekanKandidat[]> {
  return api.get(`/penilaian/${encodeURIComponent(penilaianId)}/rekan/kandidat`, RekanKandidatDaftar, { q });
}

export function useRekanKandidat(penilaianId: string, q: string, enabled: boolean) {
  return useQuery({ queryKey: rekanKeys.kandidat(penilaianId, q), queryFn: () => getRekanKandidat(penilaianId, q), enabled, staleTime: 30_000, placeholderData: keepPreviousData });
}
