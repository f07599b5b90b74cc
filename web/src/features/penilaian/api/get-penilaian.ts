import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { PenilaianDetail as PenilaianDetailSchema } from '../../../../../contracts/penilaian.ts';
import { API_BASE, api } from '../../../lib/api-client.ts';
import { penilaianKeys } from './query-keys.ts';

export type PenilaianDetail = z.infer<typeof PenilaianDetailSchema>;
export type RhkPenilaian = PenilaianDetail['rhk'][number];
export type IndikatorPenilaian = RhkPenilaian['indikator'][number];
export type PerilakuPenilaian = PenilaianDetail['perilaku'][number];

/** One evaluation with the viewer's relation to it (`peranSaya`) and the actions they may take now (`aksi`). */
export async function getPenilaian(id: string): Promise<PenilaianDetail> {
  return api.get(`/penilaian/${encodeURIComponent(id)}`, PenilaianDetailSchema);
}

export const penilaianQueryOptions = (id: string) => queryOptions({ queryKey: penilaianKeys.detail(id), queryFn: () => getPenilaian(id), staleTime: 10_000 });

export function usePenilaian(id: string | null | undefined) {
  return useQuery({ ...penilaianQueryOptions(id ?? ''), enabled: !!id });
}

/** The Dokumen Evaluasi Kinerja Pegawai (PDF): a DRAF watermark while `dinilai`, official with a code once `ditetapkan`. */
export function penilaianPdfHref(id: string): string {
  return `${API_BASE}/penilaian/${encodeURIComponent(id)}/pdf`;
}
