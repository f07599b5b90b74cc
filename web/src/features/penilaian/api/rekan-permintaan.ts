import { useQuery } from '@tanstack/react-query';
import { PermintaanMasukDetail } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import { rekanKeys } from './rekan-keys.ts';

/** GET /rekan/permintaan/:id: the 7 BerAKHLAK values with their panduan and my answer so far (only the colleague asked). */
export async function getPermintaanRekan(id: string): Promise<PermintaanMasukDetail> {
  return api.get(`/rekan/permintaan/${encodeURIComponent(id)}`, PermintaanMasukDetail);
}

export function usePermintaanRekan(id: string, enabled = true) {
  return useQuery({ queryKey: rekanKeys.masukSatu(id), queryFn: () => getPermintaanRekan(id), enabled, staleTime: 15_000 });
}
