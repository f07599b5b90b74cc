import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { TanpaPenilaiPage } from '../../../../../contracts/penilai.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaiQueryKey } from './query-keys.ts';

export type TanpaPenilaiPage = z.infer<typeof TanpaPenilaiPage>;
export type TanpaPenilaiItem = TanpaPenilaiPage['items'][number];

/** Pegawai without a definitive penilai on a date (admin_bkppd, auditor). */
export async function getTanpaPenilai(tanggal: string): Promise<TanpaPenilaiPage> {
  return api.get('/penilai/tanpa-penilai', TanpaPenilaiPage, { tanggal });
}

export const tanpaPenilaiQueryOptions = (tanggal: string) =>
  queryOptions({
    queryKey: [...penilaiQueryKey, 'tanpa-penilai', tanggal],
    queryFn: () => getTanpaPenilai(tanggal),
    placeholderData: keepPreviousData,
  });

export function useTanpaPenilai(tanggal: string) {
  return useQuery(tanpaPenilaiQueryOptions(tanggal));
}
