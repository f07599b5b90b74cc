import type { z } from 'zod';
import { KeberatanDetail, type KeberatanMintaPenjelasan } from '../../../../../contracts/keberatan.ts';
import { api } from '../../../lib/api-client.ts';
import { useTulisKeberatan } from './keberatan-tulis.ts';

export type MintaPenjelasan = { keberatanId: string; body: z.input<typeof KeberatanMintaPenjelasan> };

/** The atasan penilai asks the pegawai and the penilai for explanations (status → klarifikasi). */
export async function mintaPenjelasan({ keberatanId, body }: MintaPenjelasan): Promise<KeberatanDetail> {
  return api.post(`/keberatan/${encodeURIComponent(keberatanId)}/penjelasan-diminta`, KeberatanDetail, body);
}

export const useMintaPenjelasan = () => useTulisKeberatan(mintaPenjelasan);
