// Shared by the benches: start the real Kinerja server (child process, as in production) on a fresh SQLite data
// directory or a fresh PostgreSQL schema, with the demo instansi seeded; log in; measure routes with autocannon.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '..');

export function parseArgs(): Map<string, string | undefined> {
  return new Map(
    process.argv.slice(2).map((a): [string, string | undefined] => {
      const [k, v] = a.replace(/^--/, '').split('=');
      return [k!, v];
    }),
  );
}

export function startNode(args: string[], env: NodeJS.ProcessEnv, readyPattern: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (readyPattern.test(out)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

export interface Measured {
  title: string;
  reqPerSec: number;
  p50: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export async function measure(title: string, url: string, o: { connections: number; duration: number; headers?: Record<string, string>; warmup?: number }): Promise<Measured> {
  const base = { url, connections: o.connections, headers: o.headers ?? {} };
  await autocannon({ ...base, duration: o.warmup ?? 2 }); // JIT, caches
  const r = await autocannon({ ...base, duration: o.duration });
  return { title, reqPerSec: r.requests.average, p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

export interface KinerjaServer {
  base: string;
  dialect: 'sqlite' | 'postgres';
  startSeconds: number;
  dataDir: string;
  login(role: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts server/src/main.ts; the first start migrates and seeds "Pemerintah Kota Kupang (DEMO)". */
export async function startKinerja(port: number, usePg: boolean): Promise<KinerjaServer> {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-'));
  const env: NodeJS.ProcessEnv = { PORT: String(port), HOST: '127.0.0.1', KINERJA_DATA_DIR: dataDir, KINERJA_LOG_LEVEL: 'warn', KINERJA_ADMIN_PASSWORD: 'Bench-Admin-Password-1', NODE_ENV: 'development', DATABASE_URL: '' };
  let schema: string | undefined;
  if (usePg) {
    schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
    const u = new URL(pgUrl);
    u.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = u.toString();
  } else {
    delete env.DATABASE_URL;
  }
  const t0 = performance.now();
  const child = await startNode(['--import', 'tsx', 'server/src/main.ts'], env, /berjalan di/);
  const startSeconds = (performance.now() - t0) / 1000;
  const base = `http://127.0.0.1:${port}`;
  const info = (await (await fetch(`${base}/api/v1/info`)).json()) as { akunDemo: { peran: string; username: string }[]; passwordDemo: string };
  return {
    base,
    dialect: usePg ? 'postgres' : 'sqlite',
    startSeconds,
    dataDir,
    async login(role) {
      const akun = info.akunDemo.find((a) => a.peran === role);
      if (!akun) throw new Error(`no demo account for ${role}`);
      const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: akun.username, password: info.passwordDemo }) });
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      if (res.status !== 200 || !cookie) throw new Error(`login ${role} failed: ${res.status}`);
      return cookie;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (schema) {
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      }
    },
  };
}

export function printTable(title: string, rows: Measured[], baseline?: number): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`${'route'.padEnd(46)} ${'req/s'.padStart(8)} ${'p50'.padStart(5)} ${'p97.5'.padStart(6)} ${'p99'.padStart(5)} ms ${baseline ? 'vs bare'.padStart(8) : ''} non-2xx\n`);
  for (const r of rows) {
    const ratio = baseline ? `${((r.reqPerSec / baseline) * 100).toFixed(0)} %`.padStart(8) : '';
    process.stdout.write(`${r.title.padEnd(46)} ${r.reqPerSec.toFixed(0).padStart(8)} ${String(r.p50).padStart(5)} ${String(r.p97_5).padStart(6)} ${String(r.p99).padStart(5)}    ${ratio} ${r.non2xx + r.errors}\n`);
  }
}
