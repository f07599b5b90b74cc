// A fresh, migrated database per test file: SQLite in memory, or a throw-away PostgreSQL schema when the test
// project runs with KINERJA_TEST_DB=postgres (TEST_DATABASE_URL set). Same tests, both databases.
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

export type TestDialect = 'sqlite' | 'postgres';

export function testDialect(): TestDialect {
  return process.env.KINERJA_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabase extends Database {
  /** Drops the schema (PostgreSQL) and closes the pool. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(dialect: TestDialect = testDialect()): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(database.db as never, 'sqlite');
    return { ...database, dispose: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('KINERJA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase({ kind: 'postgres', url, schema });
  await migrateToLatest(database.db as never, 'postgres', schema);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
