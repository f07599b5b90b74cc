import { queryOptions, useQuery } from '@tanstack/react-query';
import { AkunPage } from '../../../../../contracts/akun.ts';
import { api } from '../../../lib/api-client.ts';

/** The account of a pegawai, found by its username (the NIP) for "reset kata sandi". */
export async function getAkunPegawai(nip: string) {
  const page = await api.get('/akun', AkunPage, { q: nip, pageSize: 5 });
  return page.items.find((a) => a.username === nip) ?? null;
}

export const akunPegawaiQueryOptions = (nip: string) => queryOptions({ queryKey: ['akun', 'pegawai', nip], queryFn: () => getAkunPegawai(nip) });

export function useAkunPegawai(nip: string | null) {
  return useQuery({ ...akunPegawaiQueryOptions(nip ?? ''), enabled: !!nip });
}
