import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { PelaksanaTugasItem } from '../../../../../contracts/penilai.ts';
import { api } from '../../../lib/api-client.ts';
import { penilaiQueryKey } from './query-keys.ts';

export type PelaksanaTugasItem = z.infer<typeof PelaksanaTugasItem>;
const PelaksanaTugasList = z.array(PelaksanaTugasItem);

/** Every Plt/Plh of the instansi, revoked ones included. */
export async function getPelaksanaTugasList(): Promise<PelaksanaTugasItem[]> {
  return api.get('/penilai/pelaksana-tugas', PelaksanaTugasList);
}

export const pelaksanaTugasListQueryOptions = () =>
  queryOptions({ queryKey: [...penilaiQueryKey, 'pelaksana-tugas'], queryFn: getPelaksanaTugasList });

export function usePelaksanaTugasList() {
  return useQuery(pelaksanaTugasListQueryOptions());
}
