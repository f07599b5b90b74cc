import { queryOptions, useQuery } from '@tanstack/react-query';
import { AuditVerifikasi } from '../../../../../contracts/audit.ts';
import { api } from '../../../lib/api-client.ts';

/** Recomputes the hash chain on the server; may take a moment on a long log, so it runs on request only. */
export async function getAuditVerifikasi(): Promise<AuditVerifikasi> {
  return api.get('/audit/verifikasi', AuditVerifikasi);
}

export const auditVerifikasiQueryOptions = () =>
  queryOptions({ queryKey: ['audit', 'verifikasi'], queryFn: getAuditVerifikasi, staleTime: 0, gcTime: 0 });

export function useAuditVerifikasi({ enabled }: { enabled: boolean }) {
  return useQuery({ ...auditVerifikasiQueryOptions(), enabled });
}
