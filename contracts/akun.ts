import { z } from 'zod';
import { Id, pageOf, Peran } from './common.ts';

export const AkunListItem = z.object({
  id: Id,
  username: z.string(),
  namaTampilan: z.string(),
  peran: z.array(Peran),
  aktif: z.boolean(),
  harusGantiPassword: z.boolean(),
  terkunci: z.boolean(),
});
export const AkunPage = pageOf(AkunListItem);
export type AkunPage = z.infer<typeof AkunPage>;

export const ResetPasswordResponse = z.object({
  passwordSementara: z.string().describe('Diberikan sekali; pengguna wajib menggantinya saat masuk berikutnya'),
});
