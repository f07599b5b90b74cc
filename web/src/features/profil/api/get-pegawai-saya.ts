import { queryOptions, useQuery } from '@tanstack/react-query';
import { PegawaiProfil } from '../../../../../contracts/kepegawaian.ts';
import { api } from '../../../lib/api-client.ts';

export async function getPegawaiSaya(): Promise<PegawaiProfil> {
  return api.get('/pegawai/saya', PegawaiProfil);
}

export const pegawaiSayaQueryOptions = () =>
  queryOptions({ queryKey: ['pegawai', 'saya'], queryFn: getPegawaiSaya });

/** `enabled: false` for accounts known to have no pegawai record (me.pegawaiId null): no request, no 404. */
export function usePegawaiSaya({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pegawaiSayaQueryOptions(), enabled });
}
