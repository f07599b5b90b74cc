import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { RiwayatJabatanItem } from '../../../../../contracts/pegawai.ts';
import { api } from '../../../lib/api-client.ts';

const RiwayatList = z.array(RiwayatJabatanItem);

/** Who was where when: the pegawai's jabatan and unit history, newest first. */
export async function getRiwayatJabatan(id: string) {
  return api.get(`/pegawai/${encodeURIComponent(id)}/riwayat-jabatan`, RiwayatList);
}

export const riwayatJabatanQueryOptions = (id: string) => queryOptions({ queryKey: ['pegawai', 'riwayat', id], queryFn: () => getRiwayatJabatan(id) });

export function useRiwayatJabatan(id: string, enabled = true) {
  return useQuery({ ...riwayatJabatanQueryOptions(id), enabled });
}
