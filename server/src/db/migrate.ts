// Runs the migrations at start (and in tests). The list is explicit so that bundling or a missing file can never
// silently skip one; names are dated and sort in the order they must run.
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Dialect } from './database.ts';
import * as m0001 from './migrations/2026_11_29_0001_fondasi.ts';
import * as m0002 from './migrations/2026_11_29_0002_kepegawaian.ts';
import * as m0003 from './migrations/2026_11_29_0003_versi_struktur.ts';
import * as m0004 from './migrations/2026_11_29_0004_aktivitas.ts';
import * as m0005 from './migrations/2026_11_29_0005_aktivitas_menunggu.ts';
import * as m0006 from './migrations/2026_11_29_0006_indeks_aktivitas_pegawai.ts';
import * as m0007 from './migrations/2026_11_29_0007_skp.ts';
import * as m0008 from './migrations/2026_11_29_0008_penilaian.ts';
import * as m0009 from './migrations/2026_11_30_0009_kalibrasi_keberatan.ts';
import * as m0010 from './migrations/2026_11_30_0010_aktivitas_idempoten_parsial.ts';

type Versioned = { up(db: Kysely<unknown>, dialect: string): Promise<void> };

const MIGRATIONS: Record<string, Versioned> = {
  '2026_11_29_0001_fondasi': m0001,
  '2026_11_29_0002_kepegawaian': m0002,
  '2026_11_29_0003_versi_struktur': m0003,
  '2026_11_29_0004_aktivitas': m0004,
  '2026_11_29_0005_aktivitas_menunggu': m0005,
  '2026_11_29_0006_indeks_aktivitas_pegawai': m0006,
  '2026_11_29_0007_skp': m0007,
  '2026_11_29_0008_penilaian': m0008,
  '2026_11_30_0009_kalibrasi_keberatan': m0009,
  '2026_11_30_0010_aktivitas_idempoten_parsial': m0010,
};

/**
 * `schema` (PostgreSQL) names where the migration bookkeeping lives; without it Kysely's introspection could find
 * the bookkeeping tables of another schema in the same database and skip creating its own.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect, schema?: string): Promise<string[]> {
  // a DATABASE_URL may choose the schema through search_path (options=-c search_path=…): ask the connection
  const bookkeepingSchema =
    dialect === 'postgres' ? (schema ?? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? 'public') : undefined;
  const migrations: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(MIGRATIONS)) migrations[name] = { up: (d) => m.up(d, dialect) };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'kinerja_migrasi',
    migrationLockTableName: 'kinerja_migrasi_lock',
    ...(bookkeepingSchema ? { migrationTableSchema: bookkeepingSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
