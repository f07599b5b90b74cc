import { queryOptions, useQuery } from '@tanstack/react-query';
import { AngkaKreditPenilaian } from '../../../../../contracts/angka-kredit.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaianQueryKey } from './query-keys.ts';

export type { AngkaKreditPenilaian };

/** The angka kredit of one evaluation (jabatan fungsional only; `berlaku: false` otherwise). */
export async function getAngkaKredit(penilaianId: string): Promise<AngkaKreditPenilaian> {
  return api.get(`/penilaian/${encodeURIComponent(penilaianId)}/angka-kredit`, AngkaKreditPenilaian);
}

// under the feature's prefix: rating or finalising the record (which invalidates ['penilaian']) refreshes it too
export const angkaKreditQueryOptions = (penilaianId: string) =>
  queryOptions({ queryKey: [...penilaianQueryKey, 'angka-kredit', penilaianId] as const, queryFn: () => getAngkaKredit(penilaianId), staleTime: 30_000 });

export function useAngkaKredit(penilaianId: string) {
  return useQuery({ ...angkaKreditQueryOptions(penilaianId), enabled: penilaianId !== '' });
}
