import { z } from 'zod';
import { pageOf } from './common.ts';

export const AuditEntry = z.object({
  seq: z.number().int(),
  waktu: z.string(),
  aktorNama: z.string().nullable(),
  aksi: z.string(),
  entitas: z.string(),
  entitasId: z.string().nullable(),
  ringkasan: z.unknown(),
  hash: z.string(),
});
export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerifikasi = z.object({
  utuh: z.boolean(),
  jumlahEntri: z.number().int(),
  rusakPertama: z
    .object({ seq: z.number().int(), waktu: z.string(), aksi: z.string(), alasan: z.string() })
    .nullable(),
  diperiksaPada: z.string(),
});
export type AuditVerifikasi = z.infer<typeof AuditVerifikasi>;
