import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { VerifikasiDokumen } from '../../../../../contracts/skp.ts';
import { api } from '../../../lib/api-client.ts';

export type Verifikasi = z.infer<typeof VerifikasiDokumen>;

/** Public: the document behind a verification code (no login). 404 DOKUMEN.KODE_TIDAK_DIKENAL when unknown. */
export async function getVerifikasi(kode: string): Promise<Verifikasi> {
  return api.get(`/verifikasi/${encodeURIComponent(kode)}`, VerifikasiDokumen);
}

export const verifikasiQueryOptions = (kode: string) =>
  // always asked again: a document may have been superseded since the last look
  queryOptions({ queryKey: ['verifikasi', kode], queryFn: () => getVerifikasi(kode), staleTime: 0, gcTime: 60_000 });

export function useVerifikasi(kode: string | null) {
  return useQuery({ ...verifikasiQueryOptions(kode ?? ''), enabled: !!kode });
}
