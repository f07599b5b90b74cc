import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { RhkPilihan } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type RhkPilihan = z.infer<typeof RhkPilihan>;
const Daftar = z.array(RhkPilihan);

/** The RHK of my SKP covering `tanggal` (a draft SKP counts), for linking an activity. */
export async function getRhkPilihan(tanggal: string): Promise<RhkPilihan[]> {
  return api.get(`/aktivitas/rhk?tanggal=${encodeURIComponent(tanggal)}`, Daftar);
}

export const rhkPilihanQueryOptions = (tanggal: string) =>
  queryOptions({ queryKey: [...aktivitasQueryKey, 'rhk', tanggal], queryFn: () => getRhkPilihan(tanggal), staleTime: 5 * 60_000 });

/** Not asked while the phone is offline (the form then keeps the link it has; the outbox sends it later). */
export function useRhkPilihan(tanggal: string, enabled: boolean) {
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  return useQuery({ ...rhkPilihanQueryOptions(tanggal), enabled: enabled && online });
}
