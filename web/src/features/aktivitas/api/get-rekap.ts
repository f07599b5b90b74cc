import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { RekapBulan } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type { RekapBulan };
export type RekapHari = RekapBulan['hari'][number];

/** A month per day (minutes approved / waiting, working days, holidays); `pegawaiId` for an atasan's bawahan. */
export async function getRekap(bulan: string, pegawaiId?: string): Promise<RekapBulan> {
  return api.get('/aktivitas/rekap', RekapBulan, { bulan, pegawaiId });
}

export const rekapQueryOptions = (bulan: string, pegawaiId?: string) =>
  queryOptions({
    queryKey: [...aktivitasQueryKey, 'rekap', bulan, pegawaiId ?? 'saya'],
    queryFn: () => getRekap(bulan, pegawaiId),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export function useRekap(bulan: string, pegawaiId?: string, enabled = true) {
  return useQuery({ ...rekapQueryOptions(bulan, pegawaiId), enabled });
}
