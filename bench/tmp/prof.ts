import { buildApp } from '../../server/src/app.ts';
import { openDatabase } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { bootstrap } from '../../server/src/modules/auth/bootstrap.service.ts';
const d = openDatabase({ kind: 'sqlite', file: '/tmp/prof/k.db' });
await migrateToLatest(d.db as never, 'sqlite');
const ctx = { db: d.db, dialect: d.dialect, now: () => new Date(), config: { production: false, secureCookies: false } };
await bootstrap(ctx, { seedDemo: true, adminPassword: 'xxxxxxxxxxxxxxxx', instansiNama: 'x' });
const app = await buildApp({ ctx, logLevel: 'warn' });
const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '199204262021121001', password: 'Demo-Kupang-2026' } });
const cookie = `kinerja_sesi=${res.cookies[0]!.value}`;
for (const [name, url, headers] of [['health', '/api/health', {}], ['me', '/api/v1/auth/me', { cookie }]] as const) {
  const t = performance.now();
  for (let i = 0; i < 20000; i++) await app.inject({ method: 'GET', url, headers });
  console.log(name, ((performance.now() - t) / 3000 * 1000).toFixed(0), 'µs/req');
}
