import type { z } from 'zod';
import { KeberatanDetail, type KeberatanJawab } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import { useTulisKeberatan } from './keberatan-tulis.ts';

export type JawabPenjelasan = { keberatanId: string; body: z.input<typeof KeberatanJawab> };

/** The pegawai or the penilai answers the question (each their own text; a second answer replaces theirs). */
export async function jawabPenjelasan({ keberatanId, body }: JawabPenjelasan): Promise<KeberatanDetail> {
  return api.post(`/keberatan/${encodeURIComponent(keberatanId)}/penjelasan`, KeberatanDetail, body);
}

export const useJawabPenjelasan = () => useTulisKeberatan(jawabPenjelasan);
