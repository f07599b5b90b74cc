// Shared by server and web: error body, roles, pagination. The server sends codes; the web translates them.
import { z } from 'zod';

export const ErrorBody = z.object({
  code: z.string().describe('Kode galat yang stabil, mis. AUTH.KREDENSIAL_SALAH'),
  message: z.string().describe('Pesan dalam Bahasa Indonesia'),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const PERAN = ['pegawai', 'atasan', 'pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota'] as const;
export const Peran = z.enum(PERAN);
export type Peran = z.infer<typeof Peran>;

export const Id = z.string().uuid();

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const LIMITS = {
  passwordMin: 10,
  passwordMax: 128,
  usernameMax: 64,
  loginFailuresBeforeLock: 10,
  lockMinutes: 15,
  sessionHours: 12,
} as const;
