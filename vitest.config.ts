// Test tiers (STYLE.md habit 11): pure/unit tests once; API tests once per database. The PostgreSQL tier exists
// when TEST_DATABASE_URL is set (CI always sets it). TZ=UTC so WITA handling is tested, not assumed.
import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';
const pgUrl = process.env.TEST_DATABASE_URL;
const apiTests = ['server/**/*.api.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'contracts/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: apiTests,
          testTimeout: 60_000,
        },
      },
      {
        test: { name: 'api-sqlite', include: apiTests, env: { KINERJA_TEST_DB: 'sqlite' }, testTimeout: 60_000, hookTimeout: 60_000 },
      },
      ...(pgUrl
        ? [{ test: { name: 'api-postgres', include: apiTests, env: { KINERJA_TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl }, testTimeout: 60_000, hookTimeout: 60_000 } }]
        : []),
    ],
  },
});
