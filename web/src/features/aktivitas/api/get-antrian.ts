import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { AktivitasDaftar, type AntrianQuery } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type AntrianFilter = Omit<z.input<typeof AntrianQuery>, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

/** The atasan's queue: activities of their bawahan (default: diajukan), with supervision flags (`tanda`). */
export async function getAntrian(filter: AntrianFilter) {
  return api.get('/aktivitas/antrian', AktivitasDaftar, {
    pegawaiId: filter.pegawaiId,
    dari: filter.dari,
    sampai: filter.sampai,
    status: filter.status,
    page: filter.page,
    pageSize: filter.pageSize,
  });
}

export const antrianQueryOptions = (filter: AntrianFilter) =>
  queryOptions({
    queryKey: [...aktivitasQueryKey, 'antrian', filter],
    queryFn: () => getAntrian(filter),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export function useAntrian(filter: AntrianFilter) {
  return useQuery(antrianQueryOptions(filter));
}
