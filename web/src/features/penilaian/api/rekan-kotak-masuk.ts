import { useQuery } from '@tanstack/react-query';
import { PermintaanMasukDaftar } from '../../../../../contracts/rekan.ts';
import { api } from '../../../lib/api-client.ts';
import { rekanKeys } from './rekan-keys.ts';

/** GET /rekan/permintaan: requests for my input on a colleague (newest first, cancelled ones left out). */
export async function getKotakMasukRekan() {
  return api.get('/rekan/permintaan', PermintaanMasukDaftar);
}

export function useKotakMasukRekan() {
  return useQuery({ queryKey: rekanKeys.masuk(), queryFn: getKotakMasukRekan, staleTime: 30_000 });
}
