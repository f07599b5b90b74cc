import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { PenilaianBawahan as PenilaianBawahanSchema } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type PenilaianBawahan = z.infer<typeof PenilaianBawahanSchema>;
export type PenilaianBawahanItem = PenilaianBawahan['items'][number];
export type SebaranPredikat = PenilaianBawahan['sebaran'];

export const penilaianBawahanKey = (periodeId: string) => [...penilaianQueryKey, 'bawahan', periodeId] as const;

/** The penilai's bawahan in one evaluation period: each record's status, ratings and predikat, and their sebaran. */
export async function getPenilaianBawahan(periodeId: string): Promise<PenilaianBawahan> {
  return api.get('/penilaian/bawahan', PenilaianBawahanSchema, { periodeId });
}

export const penilaianBawahanQueryOptions = (periodeId: string) =>
  queryOptions({
    queryKey: penilaianBawahanKey(periodeId),
    queryFn: () => getPenilaianBawahan(periodeId),
    // switching period keeps the old list on screen until the new one arrives
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export function usePenilaianBawahan(periodeId: string | null) {
  return useQuery({ ...penilaianBawahanQueryOptions(periodeId ?? ''), enabled: !!periodeId });
}
