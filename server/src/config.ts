// The only reader of process.env (DESIGN.md "Configuration"). Parsed once, fails fast with a readable message.
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  KINERJA_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL harus diawali postgres:// atau postgresql://')
    .optional(),
  KINERJA_ADMIN_PASSWORD: z.string().min(12, 'KINERJA_ADMIN_PASSWORD minimal 12 karakter').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SMTP_URL: z.string().url().optional(),
  KINERJA_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'KINERJA_PUBLIC_URL harus alamat lengkap, mis. https://kinerja.kupangkota.go.id')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  KINERJA_DEMO: z.enum(['0', '1']).optional(),
  KINERJA_INSTANSI_NAMA: z.string().min(3).default('Pemerintah Kota Kupang'),
  KINERJA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  adminPassword: string | undefined;
  production: boolean;
  /** Seed the demo instansi when the database is empty. Never in production. */
  seedDemo: boolean;
  smtpUrl: string | undefined;
  /** The address the public uses (printed in documents' verification links); else taken from each request. */
  publicUrl?: string | undefined;
  logLevel: string;
  /** Name of the instansi created on first start when no demo data is seeded. */
  instansiNama: string;
  /** Secure cookies (HTTPS only). On in production. */
  secureCookies: boolean;
  /** Directory of the built web app, served at `/`. */
  webDistDir: string;
}

/** A configuration mistake: the message says what to fix; no stack trace needed. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.KINERJA_DATA_DIR);
  if (production && e.KINERJA_DEMO === '1') {
    throw new ConfigError('KINERJA_DEMO=1 tidak diizinkan saat NODE_ENV=production: data demo tidak boleh masuk ke sistem produksi.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'kinerja.db') },
    adminPassword: e.KINERJA_ADMIN_PASSWORD,
    production,
    seedDemo: !production && e.KINERJA_DEMO !== '0',
    smtpUrl: e.SMTP_URL,
    publicUrl: e.KINERJA_PUBLIC_URL,
    logLevel: e.KINERJA_LOG_LEVEL,
    instansiNama: e.KINERJA_INSTANSI_NAMA,
    secureCookies: production,
    webDistDir: path.resolve(import.meta.dirname, '../../web/dist'),
  };
}
