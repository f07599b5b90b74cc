// `npm run bench:skp` — SKP monitoring at Kupang size (issue 4): the demo city (≈ 8,000 pegawai) with an SKP in a
// mixed state for most active pegawai in this year's open period (none, draft, diajukan, dikembalikan, disetujui,
// minta_buka, closed by a mutasi and continued), then the real server (child process, as in production) answers
//   GET /api/v1/skp/monitoring            admin BKPPD: every OPD of the city
//   GET /api/v1/skp/monitoring?unitId=…   drill-down into the largest OPD
//   GET /api/v1/skp/monitoring            pimpinan OPD (the demo Kepala Dinas Kesehatan): their OPD
//   GET /api/v1/skp/monitoring/xlsx       admin BKPPD: the Excel file of every OPD
// each timed sequentially (p50/p95/p99 over --samples requests) and under load (autocannon, req/s).
// Also the server process's CPU time per request (from /proc), which other load on the machine does not inflate.
// Goal: the city-wide view well under a second. Options: --pg, --samples=300, --connections=4, --duration=5
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import pg from 'pg';
import { v7 } from 'uuid';
import { tanggalWita } from '../domain/kalender.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import type { SkpTable } from '../server/src/db/schema.ts';
import { bootstrap } from '../server/src/modules/auth/bootstrap.service.ts';
import { type Measured, measure, parseArgs, printTable, root, startNode } from './harness.ts';

const args = parseArgs();
const usePg = args.has('pg');
const samples = Number(args.get('samples') ?? 300);
const load = { connections: Number(args.get('connections') ?? 4), duration: Number(args.get('duration') ?? 5) };
const out = (s = '') => process.stdout.write(`${s}\n`);
const port = 4107;

// ---- 1. the database: migrations, the demo city through the app's own code, then SKPs for the active pegawai ----
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-skp-'));
const schema = usePg ? `bench_${crypto.randomBytes(4).toString('hex')}` : undefined;
const pgAdmin = async (q: string) => {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(q);
  await c.end();
};
if (schema) await pgAdmin(`create schema ${schema}`);

let t0 = performance.now();
const database = schema ? openDatabase({ kind: 'postgres', url: pgUrl, schema }) : openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'kinerja.db') });
const { db, dialect } = database;
await migrateToLatest(db as never, dialect, schema);
await bootstrap({ db, dialect, now: () => new Date(), config: { secureCookies: false, production: false } }, { seedDemo: true, adminPassword: 'Bench-Admin-Password-1', instansiNama: 'Bench' });
const seedSeconds = (performance.now() - t0) / 1000;

t0 = performance.now();
const { id: instansiId } = await db.selectFrom('instansi').select('id').where('demo', '=', 1).executeTakeFirstOrThrow();
const tahun = Number(tanggalWita(new Date()).slice(0, 4));
const nowIso = new Date().toISOString();
let periode = await db.selectFrom('skp_periode').select(['id', 'tanggal_mulai', 'tanggal_selesai']).where('instansi_id', '=', instansiId).where('tahun', '=', tahun).where('status', '=', 'buka').executeTakeFirst();
if (!periode) {
  periode = { id: v7(), tanggal_mulai: `${tahun}-01-01`, tanggal_selesai: `${tahun}-12-31` };
  await db.insertInto('skp_periode').values({ ...periode, instansi_id: instansiId, tahun, pendekatan_bawaan: 'kuantitatif', unit_ids: null, status: 'buka', versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso }).execute();
}
const sudahAda = new Set((await db.selectFrom('skp').select('pegawai_id').where('periode_id', '=', periode.id).where('status', '!=', 'ditutup').execute()).map((r) => r.pegawai_id));
const pegawai = (await db.selectFrom('pegawai').select(['id', 'jabatan_id', 'unit_id']).where('instansi_id', '=', instansiId).where('status', '=', 'aktif').orderBy('id').execute()).filter((p) => !sudahAda.has(p.id));
let seed = 0x2545f491;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const rows: Insertable<SkpTable>[] = [];
const skp = (p: (typeof pegawai)[number], status: string, mulai: string, selesai: string, asal: string | null): Insertable<SkpTable> & { id: string } => ({
  id: v7(), instansi_id: instansiId, periode_id: periode.id, pegawai_id: p.id, tanggal_mulai: mulai, tanggal_selesai: selesai, pendekatan: 'kuantitatif', status,
  jabatan_id: p.jabatan_id, unit_id: p.unit_id, penilai_id: null, atasan_penilai_id: null, catatan_penilai: status === 'dikembalikan' ? 'Lengkapi indikator kualitas' : null,
  alasan_buka: status === 'minta_buka' ? 'Ada tugas tambahan dari pimpinan' : null, diajukan_pada: status === 'draft' ? null : nowIso, disetujui_pada: null, disetujui_oleh: null,
  ditutup_pada: status === 'ditutup' ? nowIso : null, asal_skp_id: asal, versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso,
});
for (const p of pegawai) {
  const x = rnd();
  if (x < 0.15) continue; // no SKP yet
  if (x < 0.97) {
    rows.push(skp(p, x < 0.4 ? 'draft' : x < 0.55 ? 'diajukan' : x < 0.6 ? 'dikembalikan' : x < 0.95 ? 'disetujui' : 'minta_buka', periode.tanggal_mulai, periode.tanggal_selesai, null));
  } else {
    // closed by a mid-year mutasi and continued as a draft
    const lama = skp(p, 'ditutup', periode.tanggal_mulai, `${tahun}-06-30`, null);
    rows.push(lama, skp(p, 'draft', `${tahun}-07-01`, periode.tanggal_selesai, lama.id));
  }
}
await db.transaction().execute(async (trx) => {
  for (let i = 0; i < rows.length; i += 200) await trx.insertInto('skp').values(rows.slice(i, i + 200)).execute();
});
const skpSeconds = (performance.now() - t0) / 1000;
await database.close();
out(`seeded: demo city ${seedSeconds.toFixed(1)} s; ${rows.length.toLocaleString('en')} SKP rows for ${pegawai.length.toLocaleString('en')} pegawai (+${sudahAda.size} from the demo) in ${skpSeconds.toFixed(1)} s`);

// ---- 2. the real server on that database ---------------------------------------------------------------------------
const env: NodeJS.ProcessEnv = { PORT: String(port), HOST: '127.0.0.1', KINERJA_DATA_DIR: dataDir, KINERJA_LOG_LEVEL: 'warn', KINERJA_ADMIN_PASSWORD: 'Bench-Admin-Password-1', NODE_ENV: 'development' };
if (schema) {
  const u = new URL(pgUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  env.DATABASE_URL = u.toString();
}
const server = await startNode(['--import', 'tsx', 'server/src/main.ts'], env, /berjalan di/);
const base = `http://127.0.0.1:${port}`;

/** CPU time (user + system, ms) the server process has used so far — robust to other load on the machine (Linux). */
const cpuServer = (): number | null => {
  try {
    const f = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // fields utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
};

interface Sequential {
  title: string;
  samples: number;
  /** server CPU per request (null where /proc is not available) */
  cpuMs: number | null;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
async function sequential(title: string, url: string, cookie: string): Promise<Sequential> {
  const once = async () => {
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${title}: HTTP ${res.status}`);
  };
  for (let i = 0; i < 20; i++) await once(); // JIT, statement caches
  const ms: number[] = [];
  const cpu0 = cpuServer();
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await once();
    ms.push(performance.now() - t);
  }
  const cpu1 = cpuServer();
  ms.sort((a, b) => a - b);
  const r = (v: number) => Math.round(v * 10) / 10;
  return { title, samples, cpuMs: cpu0 === null || cpu1 === null ? null : r((cpu1 - cpu0) / samples), p50: r(pct(ms, 50)), p95: r(pct(ms, 95)), p99: r(pct(ms, 99)), max: r(ms.at(-1)!), mean: r(ms.reduce((a, b) => a + b, 0) / ms.length) };
}

try {
  const info = (await (await fetch(`${base}/api/v1/info`)).json()) as { akunDemo: { peran: string; username: string }[]; passwordDemo: string };
  const login = async (peran: string) => {
    const akun = info.akunDemo.find((a) => a.peran === peran)!;
    const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: akun.username, password: info.passwordDemo }) });
    if (res.status !== 200) throw new Error(`login ${peran}: ${res.status}`);
    return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  };
  const admin = await login('admin_bkppd');
  const pimpinan = await login('pimpinan_opd');
  type Mon = { units: { unitId: string; unit: string; jumlahPegawai: number }[]; total: Record<string, number> };
  const kota = (await (await fetch(`${base}/api/v1/skp/monitoring`, { headers: { cookie: admin } })).json()) as Mon;
  const terbesar = [...kota.units].sort((a, b) => b.jumlahPegawai - a.jumlahPegawai)[0]!;
  const drill = (await (await fetch(`${base}/api/v1/skp/monitoring?unitId=${terbesar.unitId}`, { headers: { cookie: admin } })).json()) as Mon;
  out(`city: ${kota.units.length} OPD rows, total ${JSON.stringify(kota.total)}`);
  out(`drill-down: ${terbesar.unit} (${terbesar.jumlahPegawai} pegawai) → ${drill.units.length} rows`);

  const routes: [string, string, string][] = [
    ['admin BKPPD, every OPD', `${base}/api/v1/skp/monitoring`, admin],
    [`admin, drill-down ${terbesar.unit.slice(0, 24)}`, `${base}/api/v1/skp/monitoring?unitId=${terbesar.unitId}`, admin],
    ['pimpinan OPD, own OPD', `${base}/api/v1/skp/monitoring`, pimpinan],
    ['admin BKPPD, every OPD as .xlsx', `${base}/api/v1/skp/monitoring/xlsx`, admin],
  ];
  const seq: Sequential[] = [];
  for (const [title, url, cookie] of routes) seq.push(await sequential(title, url, cookie));
  out(`\nKinerja SKP monitoring bench — ${dialect}, sequential requests (${samples} each after 20 warm-up), Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
  out(`${'route'.padEnd(46)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ms  server CPU ms/req`);
  for (const s of seq) out(`${s.title.padEnd(46)} ${s.p50.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)} ${s.p99.toFixed(1).padStart(7)} ${s.max.toFixed(1).padStart(7)}     ${s.cpuMs?.toFixed(1) ?? '–'}`);

  const loaded: Measured[] = [];
  for (const [title, url, cookie] of routes.slice(0, 2)) loaded.push(await measure(title, url, { ...load, headers: { cookie } }));
  printTable(`Under load — ${dialect}, ${load.connections} connections × ${load.duration} s`, loaded);

  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', `skp-monitoring-${dialect}.json`), `${JSON.stringify({ when: new Date().toISOString(), skpRows: rows.length, pegawai: kota.total.jumlahPegawai, sequential: seq, load: loaded }, null, 2)}\n`);
  if (seq[0]!.p95 >= 1000 || loaded.some((r) => r.non2xx + r.errors > 0)) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (schema) await pgAdmin(`drop schema ${schema} cascade`);
}
