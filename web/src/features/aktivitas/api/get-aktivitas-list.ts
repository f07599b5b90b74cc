import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { type Aktivitas, AktivitasDaftar, type AktivitasQuery } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type { Aktivitas };
export type AktivitasFilter = z.input<typeof AktivitasQuery>;
export type AktivitasDaftar = z.infer<typeof AktivitasDaftar>;

/** The signed-in pegawai's own activities in a date range (optionally one status). */
export async function getAktivitasList(filter: AktivitasFilter): Promise<AktivitasDaftar> {
  return api.get('/aktivitas', AktivitasDaftar, { dari: filter.dari, sampai: filter.sampai, status: filter.status });
}

export const aktivitasListQueryOptions = (filter: AktivitasFilter) =>
  queryOptions({
    queryKey: [...aktivitasQueryKey, 'saya', filter],
    queryFn: () => getAktivitasList(filter),
    staleTime: 15_000,
  });

export function useAktivitasList(filter: AktivitasFilter) {
  return useQuery(aktivitasListQueryOptions(filter));
}
