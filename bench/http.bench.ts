// `npm run bench` — HTTP throughput of Kinerja against bare Fastify, in one run on this machine:
//   bare Fastify hello-world · GET /api/health · authenticated GET /api/v1/auth/me
// Servers run in child processes (as in production); autocannon drives them from this process.
// Options: --pg (PostgreSQL from BENCH_DATABASE_URL or TEST_DATABASE_URL, in a fresh schema), --duration=10, --connections=50
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const args = new Map(process.argv.slice(2).map((a): [string, string | undefined] => { const [k, v] = a.replace(/^--/, '').split('='); return [k!, v]; }));
const usePg = args.has('pg');
const duration = Number(args.get('duration') ?? 10);
const connections = Number(args.get('connections') ?? 50);
const BARE_PORT = 4101;
const APP_PORT = 4102;

function start(cmd: string[], env: NodeJS.ProcessEnv, readyPattern: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cmd, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (readyPattern.test(out)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up (JIT, caches)
  const r = await autocannon({ url, connections, duration, headers });
  return { title, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

let pgSchema: string | undefined;
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-'));
const appEnv: NodeJS.ProcessEnv = { PORT: String(APP_PORT), HOST: '127.0.0.1', KINERJA_DATA_DIR: dataDir, KINERJA_LOG_LEVEL: 'warn', KINERJA_ADMIN_PASSWORD: 'Bench-Admin-Password-1', NODE_ENV: 'development' };
if (usePg) {
  pgSchema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`create schema ${pgSchema}`);
  await c.end();
  const u = new URL(pgUrl);
  u.searchParams.set('options', `-c search_path=${pgSchema}`);
  appEnv.DATABASE_URL = u.toString();
} else {
  delete process.env.DATABASE_URL;
}

const children: ChildProcess[] = [];
try {
  children.push(await start(['--import', 'tsx', 'bench/servers/bare-fastify.ts', String(BARE_PORT)], {}, /ready/));
  const t0 = performance.now();
  children.push(await start(['--import', 'tsx', 'server/src/main.ts'], appEnv, /berjalan di/));
  const startSeconds = (performance.now() - t0) / 1000;

  const base = `http://127.0.0.1:${APP_PORT}`;
  const info = (await (await fetch(`${base}/api/v1/info`)).json()) as { akunDemo: { peran: string; username: string }[]; passwordDemo: string };
  const pegawai = info.akunDemo.find((a) => a.peran === 'pegawai')!;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: pegawai.username, password: info.passwordDemo }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status}`);

  const results = [
    await measure('bare Fastify hello-world', `http://127.0.0.1:${BARE_PORT}/`),
    await measure('GET /api/health', `${base}/api/health`),
    await measure('GET /api/v1/auth/me (authenticated)', `${base}/api/v1/auth/me`, { cookie }),
  ];
  const bare = results[0]!.reqPerSec;
  const dialect = usePg ? 'postgres' : 'sqlite';
  process.stdout.write(`\nKinerja HTTP bench — ${dialect}, ${connections} connections × ${duration} s, Node ${process.version}, ${os.cpus().length} cores\n`);
  process.stdout.write(`(server start incl. migrations and demo seed: ${startSeconds.toFixed(1)} s)\n\n`);
  process.stdout.write(`${'route'.padEnd(40)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'vs bare'.padStart(8)} non-2xx\n`);
  for (const r of results) {
    process.stdout.write(`${r.title.padEnd(40)} ${r.reqPerSec.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${`${((r.reqPerSec / bare) * 100).toFixed(0)} %`.padStart(8)} ${r.non2xx + r.errors}\n`);
  }
  const file = path.join(root, 'bench', 'results', `http-${dialect}.json`);
  fs.writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), dialect, connections, duration, node: process.version, results }, null, 2));
  const me = results[2]!;
  if (me.non2xx + me.errors > 0) process.exitCode = 1;
} finally {
  for (const c of children) c.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (pgSchema) {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`drop schema ${pgSchema} cascade`);
    await c.end();
  }
}
