import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { PenilaiPegawai } from '../../../../../contracts/penilai.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaiQueryKey } from './query-keys.ts';

export type { PenilaiPegawai };

/** Pejabat Penilai and Atasan Pejabat Penilai of one pegawai on a date (the server checks the caller's scope). */
export async function getPenilaiPegawai(pegawaiId: string, tanggal: string): Promise<PenilaiPegawai> {
  return api.get(`/pegawai/${encodeURIComponent(pegawaiId)}/penilai`, PenilaiPegawai, { tanggal });
}

export const penilaiPegawaiQueryOptions = (pegawaiId: string, tanggal: string) =>
  queryOptions({
    queryKey: [...penilaiQueryKey, 'pegawai', pegawaiId, tanggal],
    queryFn: () => getPenilaiPegawai(pegawaiId, tanggal),
    placeholderData: keepPreviousData,
  });

export function usePenilaiPegawai(pegawaiId: string, tanggal: string) {
  return useQuery(penilaiPegawaiQueryOptions(pegawaiId, tanggal));
}
