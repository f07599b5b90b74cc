// Opens the database: embedded SQLite (default) or PostgreSQL. Both speak the same Kysely schema (schema.ts);
// the few type differences between the two drivers are normalised here, in one place.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import type { DB } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** PostgreSQL schema holding Kinerja's tables when set explicitly; otherwise the connection's current_schema(). */
  schema?: string | undefined;
  close(): Promise<void>;
}

let pgTypesSet = false;
function normalisePgTypes(): void {
  if (pgTypesSet) return;
  pgTypesSet = true;
  // bigint (count(*)) and numeric come back as strings from pg; SQLite gives numbers. Keep numbers everywhere.
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1700, (v) => Number(v));
  // date stays the calendar string 'YYYY-MM-DD' (WITA date), as in SQLite.
  pg.types.setTypeParser(1082, (v) => v);
  // timestamptz → ISO 8601 UTC string, the same text SQLite stores.
  pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
  pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
}

const pgPools = new WeakMap<Kysely<DB>, pg.Pool>();

/** The pool behind a PostgreSQL Kysely instance: its settings open dedicated connections (LISTEN for real-time events). */
export function pgPoolOf(db: Kysely<DB>): pg.Pool | undefined {
  return pgPools.get(db);
}

export function openDatabase(config: DatabaseConfig): Database {
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before it is acknowledged, so not even a power cut loses an acknowledged write
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // let the planner gather statistics where they are missing or stale (SQLite's advice for long-lived
    // connections); main.ts repeats `pragma optimize` periodically
    sqlite.pragma('optimize = 0x10002');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  normalisePgTypes();
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  pgPools.set(db, pool);
  return { db, dialect: 'postgres', schema: config.schema, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than running a small indexed query.
 * better-sqlite3 statements are reusable, so keep the prepared ones by SQL text. The queries are built from a
 * finite set of code paths (values are always bound parameters), so the cache stays small; it is bounded anyway.
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  const cached = (source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      if (cache.size >= max) cache.clear();
      stmt = prepare(source);
      cache.set(source, stmt);
    }
    return stmt;
  };
  return new Proxy(sqlite, { get: (target, prop) => (prop === 'prepare' ? cached : Reflect.get(target, prop, target)) });
}

/** Readiness probe for /api/health. */
export async function ping(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
