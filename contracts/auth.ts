import { z } from 'zod';
import { Id, LIMITS, Peran } from './common.ts';

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'NIP atau nama akun wajib diisi').max(LIMITS.usernameMax),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(LIMITS.passwordMax),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  akunId: Id,
  username: z.string(),
  namaTampilan: z.string(),
  pegawaiId: Id.nullable(),
  instansi: z.object({ id: Id, nama: z.string(), demo: z.boolean() }),
  peran: z.array(Peran),
  harusGantiPassword: z.boolean(),
  bahasa: z.enum(['id', 'en']),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordBody = z
  .object({
    passwordLama: z.string().min(1).max(LIMITS.passwordMax),
    passwordBaru: z
      .string()
      .min(LIMITS.passwordMin, `Kata sandi minimal ${LIMITS.passwordMin} karakter`)
      .max(LIMITS.passwordMax),
  })
  .refine((b) => b.passwordLama !== b.passwordBaru, {
    message: 'Kata sandi baru harus berbeda dari kata sandi lama',
    path: ['passwordBaru'],
  });
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const PublicInfo = z.object({
  nama: z.string(),
  demo: z.boolean(),
  akunDemo: z.array(z.object({ peran: Peran, username: z.string(), nama: z.string(), keterangan: z.string() })),
  passwordDemo: z.string().nullable(),
});
export type PublicInfo = z.infer<typeof PublicInfo>;

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ dialect: z.enum(['sqlite', 'postgres']), ok: z.boolean() }),
  versi: z.string(),
});
