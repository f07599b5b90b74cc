// config → database → migrate → bootstrap (demo data, admin) → buildApp → listen; graceful shutdown.
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { PenyimpananLokal } from './files/storage.ts';
import { migrateToLatest } from './db/migrate.ts';
import { bootstrap } from './modules/auth/bootstrap.service.ts';
import { DEMO_PASSWORD } from './modules/auth/auth.service.ts';
import { SessionCache } from './modules/auth/session-cache.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.database);
  const applied = await migrateToLatest(database.db as never, database.dialect, database.schema);
  const ctx = { db: database.db, dialect: database.dialect, now: () => new Date(), config, sessionCache: new SessionCache(), files: await PenyimpananLokal.buka(path.join(config.dataDir, 'files')) };
  const boot = await bootstrap(ctx, { seedDemo: config.seedDemo, adminPassword: config.adminPassword, instansiNama: config.instansiNama });
  const app = await buildApp({ ctx, logLevel: config.logLevel, webDistDir: config.webDistDir });

  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`Kinerja — database ${database.dialect}${database.dialect === 'sqlite' ? ` (${config.database.kind === 'sqlite' ? config.database.file : ''})` : ''}`);
  if (applied.length) out(`Migrasi dijalankan: ${applied.join(', ')}`);
  if (boot.seededDemo) {
    out(`Data demo "Pemerintah Kota Kupang (DEMO)" diisi dalam ${boot.seedSeconds?.toFixed(1)} detik.`);
    out('Akun demo (kata sandi untuk semua: ' + DEMO_PASSWORD + '):');
    for (const a of boot.akunDemo) out(`  ${a.peran.padEnd(13)} ${a.username.padEnd(20)} ${a.nama} — ${a.keterangan}`);
  }
  if (boot.adminPasswordGenerated) {
    out('');
    out('Akun admin dibuat. Kata sandi ini hanya ditampilkan SEKALI — simpan lalu ganti saat masuk pertama:');
    out(`  nama akun: admin    kata sandi: ${boot.adminPasswordGenerated}`);
    out('');
  } else if (boot.adminCreated) {
    out('Akun admin dibuat dengan kata sandi dari KINERJA_ADMIN_PASSWORD.');
  }

  // SQLite keeps its planner statistics fresh only when asked (the 10 M-row aktivitas table depends on them)
  const optimize = database.dialect === 'sqlite' ? setInterval(() => void sql`pragma optimize`.execute(database.db).catch(() => undefined), 6 * 3_600_000) : undefined;
  optimize?.unref();

  await app.listen({ port: config.port, host: config.host });
  out(`Kinerja berjalan di http://localhost:${config.port}  (API: /api/docs)`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close(); // stops accepting, finishes in-flight requests
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Kinerja gagal dijalankan: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof Error && !(err instanceof ConfigError) && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
