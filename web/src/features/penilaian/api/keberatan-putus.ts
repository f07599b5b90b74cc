import type { z } from 'zod';
import { KeberatanDetail, type KeberatanPutus } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import { useTulisKeberatan } from './keberatan-tulis.ts';

export type PutusKeberatan = { keberatanId: string; body: z.input<typeof KeberatanPutus> };

/** The final decision of the atasan penilai: tetap, or ubah with new ratings (the server computes the predikat). */
export async function putusKeberatan({ keberatanId, body }: PutusKeberatan): Promise<KeberatanDetail> {
  return api.post(`/keberatan/${encodeURIComponent(keberatanId)}/putusan`, KeberatanDetail, body);
}

export const usePutusKeberatan = () => useTulisKeberatan(putusKeberatan);
