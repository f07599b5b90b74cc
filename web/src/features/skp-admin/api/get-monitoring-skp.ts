import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { MonitoringSkp } from '../../../../../contracts/skp.ts';
import { API_BASE, api } from '../../../lib/api-client.ts';
import { skpAdminKeys } from './query-keys.ts';

export type MonitoringSkp = z.infer<typeof MonitoringSkp>;
export type MonitoringSkpUnit = MonitoringSkp['units'][number];
export type MonitoringSkpTotal = MonitoringSkp['total'];

type Saringan = { periodeId?: string | undefined; unitId?: string | undefined };

/**
 * GET /skp/monitoring: per unit (the children of `unitId`, or the top of the actor's scope) how many SKP are in each
 * status. Without `periodeId` the server picks the open period of the current year, else the latest.
 */
export async function getMonitoringSkp({ periodeId, unitId }: Saringan): Promise<MonitoringSkp> {
  return api.get('/skp/monitoring', MonitoringSkp, { periodeId, unitId });
}

export const monitoringSkpQueryOptions = (s: Saringan) =>
  queryOptions({
    queryKey: skpAdminKeys.monitoring(s.periodeId, s.unitId),
    queryFn: () => getMonitoringSkp(s),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export function useMonitoringSkp(s: Saringan, { enabled = true } = {}) {
  return useQuery({ ...monitoringSkpQueryOptions(s), enabled });
}

/** The same view as an Excel file: a plain link, so the browser's download (and "open in Excel" on a phone) applies. */
export function monitoringSkpXlsxHref({ periodeId, unitId }: Saringan): string {
  const q = new URLSearchParams();
  if (periodeId) q.set('periodeId', periodeId);
  if (unitId) q.set('unitId', unitId);
  const qs = q.toString();
  return `${API_BASE}/skp/monitoring/xlsx${qs ? `?${qs}` : ''}`;
}
