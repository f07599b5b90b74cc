import { queryOptions, useQuery } from '@tanstack/react-query';
import { ImporDaftar } from '../../../../../contracts/impor.ts';
import { api } from '../../../lib/api-client.ts';

export async function getImporDaftar(): Promise<ImporDaftar> {
  return api.get('/impor-pegawai', ImporDaftar);
}

export const imporDaftarQueryOptions = () => queryOptions({ queryKey: ['impor', 'daftar'], queryFn: getImporDaftar, staleTime: 0 });

export function useImporDaftar() {
  return useQuery(imporDaftarQueryOptions());
}
