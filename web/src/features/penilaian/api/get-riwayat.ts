import { queryOptions, useQuery } from '@tanstack/react-query';
import { RiwayatKinerja } from '../../../../../contracts/riwayat-kinerja.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type { PenilaianRiwayat, RiwayatKinerja } from '../../../../../contracts/riwayat-kinerja.ts';

// under the feature's prefix: saving, rating or a keberatan decision elsewhere in the feature refreshes the history
export const riwayatKey = (pegawaiId: string | null) => [...penilaianQueryKey, 'riwayat', pegawaiId] as const;

/** A pegawai's evaluations of every year (default: mine), with ratings, umpan balik, documents, keberatan, tindak lanjut. */
export async function getRiwayat(pegawaiId: string | null): Promise<RiwayatKinerja> {
  return api.get('/penilaian/riwayat', RiwayatKinerja, { pegawaiId });
}

export const riwayatQueryOptions = (pegawaiId: string | null) => queryOptions({ queryKey: riwayatKey(pegawaiId), queryFn: () => getRiwayat(pegawaiId), staleTime: 30_000 });

export function useRiwayat(pegawaiId: string | null) {
  return useQuery(riwayatQueryOptions(pegawaiId));
}
