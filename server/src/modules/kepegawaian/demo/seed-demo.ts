// Seeds the demo instansi "Pemerintah Kota Kupang (DEMO)" (DESIGN.md "The two commands"): generates the rows
// (generate.ts, pure and deterministic) and writes them (seed-demo.repository.ts). Never called in production
// (config.ts seedDemo is false there).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { type AkunDemo, generateDemo } from './generate.ts';
import { insertDemoRows } from './seed-demo.repository.ts';

export interface SeedDemoOptions {
  /**
   * One precomputed password hash shared by every demo account. Hashing ~8,000 passwords with argon2id (19 MiB,
   * t=2; auth/password.ts) would take minutes at start-up; the demo password is public anyway.
   */
  passwordHash: string;
  /** ISO-8601 instant: timestamps of every row and "today" for ages and years of appointment */
  now: string;
  /** defaults to DEMO_SEED; the same seed gives the same instansi, ids included */
  seed?: string;
}

export interface SeedDemoResult {
  instansiId: string;
  akunDemo: AkunDemo[];
}

export async function seedDemo(db: Kysely<DB>, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  const data = generateDemo(opts.seed === undefined ? { asOf: opts.now } : { asOf: opts.now, seed: opts.seed });
  await insertDemoRows(db, {
    instansi: data.instansi,
    unitKerja: data.unitKerja,
    jabatan: data.jabatan,
    pegawai: data.pegawai,
    akun: data.akun.map((a) => ({ ...a, password_hash: opts.passwordHash })),
    akunPeran: data.akunPeran,
  });
  return { instansiId: data.instansi.id, akunDemo: data.akunDemo };
}
