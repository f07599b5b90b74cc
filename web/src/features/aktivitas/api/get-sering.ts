import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { UraianSering } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';
import { aktivitasQueryKey } from './query-keys.ts';

export type UraianSering = z.infer<typeof UraianSering>;
const Daftar = z.array(UraianSering);

/** The pegawai's frequent activities (for "Ulangi"), most used first. */
export async function getSering(): Promise<UraianSering[]> {
  return api.get('/aktivitas/sering', Daftar);
}

export const seringQueryOptions = () =>
  queryOptions({ queryKey: [...aktivitasQueryKey, 'sering'], queryFn: getSering, staleTime: 5 * 60_000 });

export function useSering() {
  return useQuery(seringQueryOptions());
}
