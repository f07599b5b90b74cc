import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { KalibrasiPapan as KalibrasiPapanSchema } from '../../../../../contracts/kalibrasi.ts';
import { api } from '../../../lib/api-client.ts';
import { kalibrasiKeys } from './query-keys.ts';

export type KalibrasiPapan = z.infer<typeof KalibrasiPapanSchema>;
export type KalibrasiItem = KalibrasiPapan['items'][number];

/** The calibration board of one unit in one period: its evaluations, the live curve, what blocks penetapan. */
export async function getKalibrasiPapan(periodeId: string, unitId: string): Promise<KalibrasiPapan> {
  return api.get(`/kalibrasi/${encodeURIComponent(periodeId)}/unit/${encodeURIComponent(unitId)}`, KalibrasiPapanSchema);
}

export const kalibrasiPapanQueryOptions = (periodeId: string, unitId: string) =>
  queryOptions({ queryKey: kalibrasiKeys.papan(periodeId, unitId), queryFn: () => getKalibrasiPapan(periodeId, unitId), staleTime: 10_000 });

export function useKalibrasiPapan(periodeId: string, unitId: string) {
  return useQuery({ ...kalibrasiPapanQueryOptions(periodeId, unitId), enabled: !!periodeId && !!unitId });
}
