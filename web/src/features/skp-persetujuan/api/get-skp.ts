import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { SkpDetail as SkpDetailSchema } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpPersetujuanKeys } from './query-keys.ts';

export type SkpDetail = z.infer<typeof SkpDetailSchema>;
export type Rhk = SkpDetail['rhk'][number];

/** One SKP with the viewer's relation to it (`peranSaya`) and the actions they may take now (`aksi`). */
export async function getSkp(id: string): Promise<SkpDetail> {
  return api.get(`/skp/${encodeURIComponent(id)}`, SkpDetailSchema);
}

export const skpQueryOptions = (id: string) => queryOptions({ queryKey: skpPersetujuanKeys.skp(id), queryFn: () => getSkp(id), staleTime: 10_000 });

export function useSkp(id: string | null | undefined) {
  return useQuery({ ...skpQueryOptions(id ?? ''), enabled: !!id });
}
