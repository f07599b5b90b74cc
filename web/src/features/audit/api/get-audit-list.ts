import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { AuditPage } from '../../../../../contracts/audit.ts';
import { api } from '../../../lib/api-client.ts';

export type AuditListParams = { page: number; pageSize: number };

/** Newest entries first. */
export async function getAuditList(params: AuditListParams): Promise<AuditPage> {
  return api.get('/audit', AuditPage, params);
}

export const auditListQueryOptions = (params: AuditListParams) =>
  queryOptions({
    queryKey: ['audit', 'list', params],
    queryFn: () => getAuditList(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useAuditList(params: AuditListParams) {
  return useQuery(auditListQueryOptions(params));
}
