import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { PengaturanPenilaianRespon } from '../../../../../contracts/pengaturan-penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type PengaturanPenilaianData = z.infer<typeof PengaturanPenilaianRespon>;

export const pengaturanPenilaianKey = [...penilaianQueryKey, 'pengaturan'] as const;

/**
 * GET /penilaian/pengaturan: the instansi's keberatan window (calendar days) and the minimum number of rated pegawai
 * for a unit's curve to be judged (the DOMAIN defaults 14 and 5 while none are saved). Any signed-in user.
 */
export async function getPengaturanPenilaian(): Promise<PengaturanPenilaianData> {
  return api.get('/penilaian/pengaturan', PengaturanPenilaianRespon);
}

export const pengaturanPenilaianQueryOptions = () => queryOptions({ queryKey: pengaturanPenilaianKey, queryFn: getPengaturanPenilaian });

export function usePengaturanPenilaian() {
  return useQuery(pengaturanPenilaianQueryOptions());
}
