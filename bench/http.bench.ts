// `npm run bench` — HTTP throughput of Kinerja against bare Fastify, in one run on this machine:
//   bare Fastify hello-world · GET /api/health · authenticated GET /api/v1/auth/me
// Servers run in child processes (as in production); autocannon drives them from this process.
// Options: --pg (PostgreSQL, fresh schema), --duration=10, --connections=50
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measure, parseArgs, printTable, root, startKinerja, startNode } from './harness.ts';

const args = parseArgs();
const o = { connections: Number(args.get('connections') ?? 50), duration: Number(args.get('duration') ?? 10) };
const bare = await startNode(['--import', 'tsx', 'bench/servers/bare-fastify.ts', '4101'], {}, /ready/);
const app = await startKinerja(4102, args.has('pg'));
try {
  const cookie = await app.login('pegawai');
  const results = [
    await measure('bare Fastify hello-world', 'http://127.0.0.1:4101/', o),
    await measure('GET /api/health', `${app.base}/api/health`, o),
    await measure('GET /api/v1/auth/me (authenticated)', `${app.base}/api/v1/auth/me`, { ...o, headers: { cookie } }),
  ];
  printTable(`Kinerja HTTP bench — ${app.dialect}, ${o.connections} connections × ${o.duration} s, Node ${process.version}, ${os.cpus().length} cores (server start incl. migrations + demo seed: ${app.startSeconds.toFixed(1)} s)`, results, results[0]!.reqPerSec);
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', `http-${app.dialect}.json`), JSON.stringify({ when: new Date().toISOString(), ...o, results }, null, 2));
  if (results.some((r) => r.non2xx + r.errors > 0)) process.exitCode = 1;
} finally {
  bare.kill('SIGTERM');
  await app.stop();
}
