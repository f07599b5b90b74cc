import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiPage } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';

export type PegawaiListParams = {
  q?: string | undefined;
  /** the unit and every unit below it */
  unitId?: string | undefined;
  status?: string | undefined;
  jenisAsn?: string | undefined;
  jenisJabatan?: string | undefined;
  page: number;
  pageSize: number;
};

/** Pegawai in the caller's scope (own record, bawahan, OPD or all — decided by the server), optionally filtered. */
export async function getPegawaiList(params: PegawaiListParams): Promise<PegawaiPage> {
  return api.get('/pegawai', PegawaiPage, params);
}

export const pegawaiListQueryOptions = (params: PegawaiListParams) =>
  queryOptions({
    queryKey: ['pegawai', 'list', params],
    queryFn: () => getPegawaiList(params),
    placeholderData: keepPreviousData,
  });

export function usePegawaiList(params: PegawaiListParams) {
  return useQuery(pegawaiListQueryOptions(params));
}
