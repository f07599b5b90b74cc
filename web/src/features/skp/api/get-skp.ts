import { queryOptions, useQuery } from '@tanstack/react-query';
import { SkpDetail } from '../../../../../contracts/skp.ts';
import { API_BASE, api } from '../../../lib/api-client.ts';
import { skpDetailQueryKey } from './query-keys.ts';

export type { SkpDetail };

/** One SKP with the viewer's relation to it (`peranSaya`) and the actions the server allows them now (`aksi`). */
export async function getSkp(id: string): Promise<SkpDetail> {
  return api.get(`/skp/${encodeURIComponent(id)}`, SkpDetail);
}

// the status moves with the penilai's decisions: read again whenever the screen opens (an unsaved draft is kept
// on top of it by the editor, so a refetch never overwrites typing)
export const skpQueryOptions = (id: string) => queryOptions({ queryKey: skpDetailQueryKey(id), queryFn: () => getSkp(id), staleTime: 5_000 });

export function useSkp(id: string) {
  return useQuery({ ...skpQueryOptions(id), enabled: id !== '' });
}

/** The official PDF (drafts come watermarked DRAF; approved SKPs carry a verification code). */
export function skpPdfHref(id: string): string {
  return `${API_BASE}/skp/${encodeURIComponent(id)}/pdf`;
}
