import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { KandidatTindakLanjut, type KandidatPembinaan, type KandidatTeladan } from '../../../../../contracts/tindak-lanjut.ts';
import { api } from '../../../lib/api-client.ts';
import { tindakLanjutKeys } from './query-keys.ts';

export type { KandidatTindakLanjut, TindakLanjut } from '../../../../../contracts/tindak-lanjut.ts';
export type KandidatTeladan = z.infer<typeof KandidatTeladan>;
export type KandidatPembinaan = z.infer<typeof KandidatPembinaan>;

/** ASN teladan and pembinaan candidates of a period in the actor's units, with the period's records. */
export async function getKandidat(periodeId: string): Promise<KandidatTindakLanjut> {
  return api.get('/tindak-lanjut/kandidat', KandidatTindakLanjut, { periodeId });
}

export const kandidatQueryOptions = (periodeId: string) =>
  queryOptions({ queryKey: tindakLanjutKeys.kandidat(periodeId), queryFn: () => getKandidat(periodeId), placeholderData: keepPreviousData, staleTime: 15_000 });

export function useKandidat(periodeId: string | null) {
  return useQuery({ ...kandidatQueryOptions(periodeId ?? ''), enabled: periodeId !== null });
}
