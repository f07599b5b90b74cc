import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { AntrianSkp, type BawahanSkp } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpPersetujuanKeys } from './query-keys.ts';

export type AntrianSkp = z.infer<typeof AntrianSkp>;
export type BawahanSkp = z.infer<typeof BawahanSkp>;

/** The penilai's bawahan in a period (default: the open period of this year): waiting SKPs first, then everyone. */
export async function getAntrianSkp(periodeId: string | null): Promise<AntrianSkp> {
  return api.get('/skp/antrian', AntrianSkp, { periodeId });
}

export const antrianSkpQueryOptions = (periodeId: string | null) =>
  queryOptions({
    queryKey: skpPersetujuanKeys.antrian(periodeId),
    queryFn: () => getAntrianSkp(periodeId),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export function useAntrianSkp(periodeId: string | null, enabled = true) {
  return useQuery({ ...antrianSkpQueryOptions(periodeId), enabled });
}
