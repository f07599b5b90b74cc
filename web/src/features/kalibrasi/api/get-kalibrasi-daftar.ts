import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { KalibrasiDaftar as KalibrasiDaftarSchema, type KalibrasiUnitRingkas } from '../../../../../contracts/kalibrasi.ts';
import { api } from '../../../lib/api-client.ts';
import { kalibrasiKeys } from './query-keys.ts';

export type KalibrasiDaftar = z.infer<typeof KalibrasiDaftarSchema>;
export type KalibrasiUnit = z.infer<typeof KalibrasiUnitRingkas>;

/** The units the actor calibrates (or reads) in one evaluation period, as a tree in display order, with the city sebaran. */
export async function getKalibrasiDaftar(periodeId: string): Promise<KalibrasiDaftar> {
  return api.get('/kalibrasi', KalibrasiDaftarSchema, { periodeId });
}

export const kalibrasiDaftarQueryOptions = (periodeId: string) =>
  queryOptions({ queryKey: kalibrasiKeys.daftar(periodeId), queryFn: () => getKalibrasiDaftar(periodeId), placeholderData: keepPreviousData, staleTime: 15_000 });

export function useKalibrasiDaftar(periodeId: string | null) {
  return useQuery({ ...kalibrasiDaftarQueryOptions(periodeId ?? ''), enabled: !!periodeId });
}
