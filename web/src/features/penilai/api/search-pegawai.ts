import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiPage } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaiQueryKey } from './query-keys.ts';

export type PegawaiOpsi = PegawaiPage['items'][number];

export const PICKER_PAGE_SIZE = 20;

/** Candidates for a picker: active pegawai by NIP prefix or part of the name, first 20 matches. */
export async function searchPegawai(q: string): Promise<PegawaiPage> {
  return api.get('/pegawai', PegawaiPage, { q, status: 'aktif', pageSize: PICKER_PAGE_SIZE });
}

export const searchPegawaiQueryOptions = (q: string) =>
  queryOptions({
    queryKey: [...penilaiQueryKey, 'cari-pegawai', q],
    queryFn: () => searchPegawai(q),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

export function useSearchPegawai(q: string) {
  return useQuery({ ...searchPegawaiQueryOptions(q), enabled: q.length >= 2 });
}
