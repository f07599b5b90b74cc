import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { JabatanPage } from '../../../../../contracts/jabatan.ts';
import { api } from '../../../lib/api-client.ts';

/** Jabatan search for the pegawai forms (words of the jabatan or its unit), 20 at a time. */
export async function getJabatanPilihan(q: string): Promise<JabatanPage> {
  return api.get('/jabatan', JabatanPage, { q: q || undefined, pageSize: 20 });
}

export const jabatanPilihanQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['jabatan', 'pilihan', q], queryFn: () => getJabatanPilihan(q), placeholderData: keepPreviousData });

export function useJabatanPilihan(q: string) {
  return useQuery(jabatanPilihanQueryOptions(q));
}
