import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { AkunPage } from '../../../../../contracts/akun.ts';
import { api } from '../../../lib/api-client.ts';

export type AkunListParams = { q?: string; page: number; pageSize: number };

export async function getAkunList(params: AkunListParams): Promise<AkunPage> {
  return api.get('/akun', AkunPage, params);
}

export const akunListQueryKey = ['akun', 'list'] as const;

export const akunListQueryOptions = (params: AkunListParams) =>
  queryOptions({
    queryKey: [...akunListQueryKey, params],
    queryFn: () => getAkunList(params),
    placeholderData: keepPreviousData,
  });

export function useAkunList(params: AkunListParams) {
  return useQuery(akunListQueryOptions(params));
}
