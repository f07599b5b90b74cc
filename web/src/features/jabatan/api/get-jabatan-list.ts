import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { JabatanPage } from '../../../../../contracts/jabatan.ts';
import { api } from '../../../lib/api-client.ts';

export type JabatanListParams = {
  q?: string | undefined;
  unitId?: string | undefined;
  termasukSubunit?: boolean | undefined;
  jenis?: string | undefined;
  lowong?: boolean | undefined;
  page: number;
  pageSize: number;
};

export const jabatanQueryKey = ['jabatan'] as const;

/** Jabatan in the caller's scope with holders and vacancy; also the search behind the atasan picker. */
export async function getJabatanList(p: JabatanListParams): Promise<JabatanPage> {
  return api.get('/jabatan', JabatanPage, {
    q: p.q,
    unitId: p.unitId,
    termasukSubunit: p.termasukSubunit === undefined ? undefined : String(p.termasukSubunit),
    jenis: p.jenis,
    lowong: p.lowong === undefined ? undefined : String(p.lowong),
    page: p.page,
    pageSize: p.pageSize,
  });
}

export const jabatanListQueryOptions = (params: JabatanListParams) =>
  queryOptions({ queryKey: [...jabatanQueryKey, 'list', params], queryFn: () => getJabatanList(params), placeholderData: keepPreviousData });

export function useJabatanList(params: JabatanListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...jabatanListQueryOptions(params), ...options });
}
