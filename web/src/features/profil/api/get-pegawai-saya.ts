import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiProfil } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';

export async function getPegawaiSaya(): Promise<PegawaiProfil> {
  return api.get('/pegawai/saya', PegawaiProfil);
}

export const pegawaiSayaQueryOptions = () =>
  queryOptions({ queryKey: ['pegawai', 'saya'], queryFn: getPegawaiSaya });

export function usePegawaiSaya() {
  return useQuery(pegawaiSayaQueryOptions());
}
