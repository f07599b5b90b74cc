import { queryOptions, useQuery } from '@tanstack/react-query';
import { KeberatanPenilaian } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import { keberatanKeys } from './keberatan-query-keys.ts';

export type { KeberatanPenilaian };

/** What an evaluation page shows about keberatan: may the pegawai file now, the window, and the keberatan once filed. */
export async function getKeberatanPenilaian(penilaianId: string): Promise<KeberatanPenilaian> {
  return api.get(`/penilaian/${encodeURIComponent(penilaianId)}/keberatan`, KeberatanPenilaian);
}

export const keberatanPenilaianQueryOptions = (penilaianId: string) =>
  queryOptions({ queryKey: keberatanKeys.penilaian(penilaianId), queryFn: () => getKeberatanPenilaian(penilaianId), staleTime: 10_000 });

export function useKeberatanPenilaian(penilaianId: string) {
  return useQuery(keberatanPenilaianQueryOptions(penilaianId));
}
