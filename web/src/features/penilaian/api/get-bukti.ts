import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { BuktiPenilaian as BuktiPenilaianSchema } from '../../../../../contracts/penilaian.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianKeys } from './query-keys.ts';

export type BuktiPenilaian = z.infer<typeof BuktiPenilaianSchema>;
export type BuktiRhk = BuktiPenilaian['rhk'][number];
export type AktivitasBukti = BuktiRhk['aktivitas'][number];

/** Candidate evidence: the approved aktivitas of the evaluated days, per RHK with their minutes. */
export async function getBukti(penilaianId: string): Promise<BuktiPenilaian> {
  return api.get(`/penilaian/${encodeURIComponent(penilaianId)}/aktivitas`, BuktiPenilaianSchema);
}

export const buktiQueryOptions = (penilaianId: string) =>
  queryOptions({ queryKey: penilaianKeys.bukti(penilaianId), queryFn: () => getBukti(penilaianId), staleTime: 30_000 });

export function useBukti(penilaianId: string | null | undefined, enabled = true) {
  return useQuery({ ...buktiQueryOptions(penilaianId ?? ''), enabled: enabled && !!penilaianId });
}
