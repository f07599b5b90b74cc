import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { MatriksPeranHasil } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';
import { skpPersetujuanKeys } from './query-keys.ts';

export type MatriksPeranHasil = z.infer<typeof MatriksPeranHasil>;

/** Matriks peran hasil of the penilai's own SKP: which bawahan RHK hang off each of my RHK, and who has none yet. */
export async function getMatriks(skpId: string): Promise<MatriksPeranHasil> {
  return api.get(`/skp/${encodeURIComponent(skpId)}/matriks`, MatriksPeranHasil);
}

export const matriksQueryOptions = (skpId: string) => queryOptions({ queryKey: skpPersetujuanKeys.matriks(skpId), queryFn: () => getMatriks(skpId), staleTime: 15_000 });

export function useMatriks(skpId: string | null) {
  return useQuery({ ...matriksQueryOptions(skpId ?? ''), enabled: !!skpId });
}
