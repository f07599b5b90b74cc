// `npm run bench:kalibrasi` — the calibration list and board at Kupang size (issue 6 goal: the calibration board for
// every unit of the city, ≈ 8,000 pegawai, < 1 s). The demo city is seeded through the app's own code; then one
// evaluation period (the tahunan of a past SKP year, so the demo's own evaluations do not mix in) gets an approved SKP
// and an evaluation for every active pegawai in mixed states (draft / diajukan / dikembalikan / dinilai / ditetapkan),
// predikat from the matrix, and a calibration record for most units (predikat organisasi; a quarter finalised, their
// rows ditetapkan; the kepala's rating hasil kerja following the unit). The real server (child process) answers
//   GET /api/v1/kalibrasi?periodeId=…                 wali kota: every unit of the city
//   GET /api/v1/kalibrasi?periodeId=…                 pimpinan OPD (the demo Kepala Dinas Kesehatan): their OPD
//   GET /api/v1/kalibrasi/:periodeId/unit/:unitId      wali kota: the board of the unit with the most evaluations
// timed sequentially (p50/p95/p99, server CPU per request from /proc) and under load (req/s) next to bare Fastify,
// and the raw grouped count (the one query the list runs for every unit) timed on the database with its plan.
// Options: --pg, --samples=200, --connections=4, --duration=5
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Insertable } from 'kysely';
import pg from 'pg';
import { v7 } from 'uuid';
import { type PredikatOrganisasi, ratingDariPredikatOrganisasi } from '../domain/kurva.ts';
import { predikatKinerja, type Rating } from '../domain/predikat.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import type { PenilaianTable, PenilaianUnitTable, SkpTable } from '../server/src/db/schema.ts';
import { bootstrap } from '../server/src/modules/auth/bootstrap.service.ts';
import { type Measured, measure, parseArgs, printTable, root, startNode } from './harness.ts';
import { cpuAnak, type Figures, masukDemo, printFigures, printFiguresHeader, timed } from './ukur.ts';

const args = parseArgs();
const usePg = args.has('pg');
const samples = Number(args.get('samples') ?? 200);
const load = { connections: Number(args.get('connections') ?? 4), duration: Number(args.get('duration') ?? 5) };
const out = (s = '') => process.stdout.write(`${s}\n`);
const port = 4121;
const portBare = 4122;

// ---- 1. the database: migrations and the demo city through the app's own code ------------------------------------
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-kalibrasi-'));
const schema = usePg ? `bench_${crypto.randomBytes(4).toString('hex')}` : undefined;
async function pgQuery<T extends pg.QueryResultRow>(q: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    if (schema) await c.query(`set search_path = ${schema}`);
    return (await c.query<T>(q, params)).rows;
  } finally {
    await c.end();
  }
}
if (schema) await pgQuery(`create schema ${schema}`);

let t0 = performance.now();
const database = schema ? openDatabase({ kind: 'postgres', url: pgUrl, schema }) : openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'kinerja.db') });
const { db, dialect } = database;
await migrateToLatest(db as never, dialect, schema);
await bootstrap({ db, dialect, now: () => new Date(), config: { secureCookies: false, production: false } }, { seedDemo: true, adminPassword: 'Bench-Admin-Password-1', instansiNama: 'Bench' });
const seedSeconds = (performance.now() - t0) / 1000;

// ---- 2. one evaluation period with an evaluation for every active pegawai, and the units' calibration -------------
t0 = performance.now();
const { id: instansiId } = await db.selectFrom('instansi').select('id').where('demo', '=', 1).executeTakeFirstOrThrow();
const dipakai = new Set((await db.selectFrom('skp_periode').select('tahun').where('instansi_id', '=', instansiId).execute()).map((r) => Number(r.tahun)));
let tahun = new Date().getUTCFullYear() - 1;
while (dipakai.has(tahun)) tahun -= 1;
const nowIso = new Date().toISOString();
const skpPeriodeId = v7();
const periodeId = v7();
await db.insertInto('skp_periode').values({ id: skpPeriodeId, instansi_id: instansiId, tahun, tanggal_mulai: `${tahun}-01-01`, tanggal_selesai: `${tahun}-12-31`, pendekatan_bawaan: 'kuantitatif', unit_ids: null, status: 'tutup', versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso }).execute();
await db.insertInto('penilaian_periode').values({ id: periodeId, instansi_id: instansiId, skp_periode_id: skpPeriodeId, jenis: 'tahunan', nomor: 1, tanggal_mulai: `${tahun}-01-01`, tanggal_selesai: `${tahun}-12-31`, batas_realisasi: `${tahun + 1}-01-10`, batas_penilaian: `${tahun + 1}-01-20`, versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso }).execute();

const pegawai = await db.selectFrom('pegawai').select(['id', 'jabatan_id', 'unit_id']).where('instansi_id', '=', instansiId).where('status', '=', 'aktif').where('unit_id', 'is not', null).orderBy('id').execute();
const kepalaPost = new Map((await db.selectFrom('jabatan').select(['id', 'unit_id']).where('instansi_id', '=', instansiId).where('kepala_unit', '=', 1).execute()).map((j) => [j.id, j.unit_id]));
const kepalaDari = new Map<string, string>(); // unit → its kepala (the penilai named on the board)
for (const p of pegawai) if (p.jabatan_id && kepalaPost.has(p.jabatan_id)) kepalaDari.set(kepalaPost.get(p.jabatan_id)!, p.id);

let seed = 0x5eed1234;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pilih = <T>(pilihan: readonly (readonly [T, number])[]): T => {
  let x = rnd();
  for (const [v, w] of pilihan) if ((x -= w) < 0) return v;
  return pilihan.at(-1)![0];
};
const ORGANISASI: readonly (readonly [PredikatOrganisasi, number])[] = [['istimewa', 0.25], ['baik', 0.6], ['butuh_perbaikan', 0.1], ['kurang', 0.04], ['sangat_kurang', 0.01]];
const HASIL: readonly (readonly [Rating, number])[] = [['di_atas', 0.25], ['sesuai', 0.6], ['di_bawah', 0.15]];
const PERILAKU: readonly (readonly [Rating, number])[] = [['di_atas', 0.3], ['sesuai', 0.62], ['di_bawah', 0.08]];

// per unit: a predikat organisasi for 85 %, a quarter of those finalised (all their rows rated and ditetapkan)
const units = [...new Set(pegawai.map((p) => p.unit_id!))];
const kalibrasi = new Map<string, { predikat: PredikatOrganisasi; ditetapkan: boolean }>();
for (const u of units) if (rnd() < 0.85) kalibrasi.set(u, { predikat: pilih(ORGANISASI), ditetapkan: rnd() < 0.25 });

const skpRows: Insertable<SkpTable>[] = [];
const penilaianRows: Insertable<PenilaianTable>[] = [];
for (const p of pegawai) {
  const unitId = p.unit_id!;
  const k = kalibrasi.get(unitId);
  const penilai = kepalaDari.get(unitId) === p.id ? null : (kepalaDari.get(unitId) ?? null);
  const skpId = v7();
  skpRows.push({
    id: skpId, instansi_id: instansiId, periode_id: skpPeriodeId, pegawai_id: p.id, tanggal_mulai: `${tahun}-01-01`, tanggal_selesai: `${tahun}-12-31`, pendekatan: 'kuantitatif', status: 'disetujui',
    jabatan_id: p.jabatan_id, unit_id: unitId, penilai_id: penilai, atasan_penilai_id: null, catatan_penilai: null, alasan_buka: null, diajukan_pada: nowIso, disetujui_pada: nowIso, disetujui_oleh: penilai,
    ditutup_pada: null, asal_skp_id: null, versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso,
  });
  const kepalaUnitId = p.jabatan_id ? (kepalaPost.get(p.jabatan_id) ?? null) : null;
  const organisasi = kepalaUnitId && kalibrasi.has(kepalaUnitId) ? ratingDariPredikatOrganisasi(kalibrasi.get(kepalaUnitId)!.predikat) : null;
  const status = k?.ditetapkan ? 'ditetapkan' : pilih([['draft', 0.06], ['diajukan', 0.04], ['dikembalikan', 0.02], ['dinilai', 0.88]] as const);
  const dinilai = status === 'dinilai' || status === 'ditetapkan';
  const hasil = dinilai ? (organisasi ?? pilih(HASIL)) : null;
  const perilaku = dinilai ? pilih(PERILAKU) : null;
  penilaianRows.push({
    id: v7(), instansi_id: instansiId, periode_id: periodeId, skp_id: skpId, pegawai_id: p.id, tanggal_mulai: `${tahun}-01-01`, tanggal_selesai: `${tahun}-12-31`, jabatan_id: p.jabatan_id, unit_id: unitId,
    penilai_id: penilai, atasan_penilai_id: null, kepala_unit_id: kepalaUnitId, status, refleksi: null, catatan_penilai: status === 'dikembalikan' ? 'Lengkapi bukti dukung' : null,
    usulan_rating_hasil: hasil, rating_hasil_kerja: hasil, alasan_rating_hasil: null, rating_hasil_organisasi: organisasi, rating_perilaku_kerja: perilaku, predikat: hasil && perilaku ? predikatKinerja(hasil, perilaku) : null,
    diajukan_pada: status === 'draft' ? null : nowIso, dinilai_pada: dinilai ? nowIso : null, dinilai_oleh: dinilai ? penilai : null, ditetapkan_pada: status === 'ditetapkan' ? nowIso : null, ditetapkan_oleh: null,
    versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso,
  });
}
const unitRows: Insertable<PenilaianUnitTable>[] = [...kalibrasi].map(([unitId, k]) => ({
  id: v7(), instansi_id: instansiId, periode_id: periodeId, unit_id: unitId, predikat_organisasi: k.predikat, catatan_predikat: null, predikat_oleh: null, predikat_pada: nowIso,
  status: k.ditetapkan ? 'ditetapkan' : 'terbuka', justifikasi: k.ditetapkan ? 'Sebaran sesuai capaian kinerja unit' : null, sebaran_penetapan: null, n_penetapan: null, sesuai_kurva: null,
  ditetapkan_pada: k.ditetapkan ? nowIso : null, ditetapkan_oleh: null, versi: 1, dibuat_pada: nowIso, diubah_pada: nowIso,
}));
await db.transaction().execute(async (trx) => {
  for (let i = 0; i < skpRows.length; i += 200) await trx.insertInto('skp').values(skpRows.slice(i, i + 200)).execute();
  for (let i = 0; i < penilaianRows.length; i += 200) await trx.insertInto('penilaian').values(penilaianRows.slice(i, i + 200)).execute();
  for (let i = 0; i < unitRows.length; i += 200) await trx.insertInto('penilaian_unit').values(unitRows.slice(i, i + 200)).execute();
});
const perUnit = new Map<string, number>();
for (const r of penilaianRows) perUnit.set(r.unit_id!, (perUnit.get(r.unit_id!) ?? 0) + 1);
const [unitTerbesar, nTerbesar] = [...perUnit].sort((a, b) => b[1] - a[1])[0]!;
const jumlahUnitKota = (await db.selectFrom('unit_kerja').select((eb) => eb.fn.countAll<number>().as('n')).where('instansi_id', '=', instansiId).executeTakeFirstOrThrow()).n;
await database.close();
out(`seeded: demo city ${seedSeconds.toFixed(1)} s; tahunan ${tahun}: ${penilaianRows.length.toLocaleString('en')} evaluations in ${units.length} units (${Number(jumlahUnitKota)} units in the city), ${unitRows.length} calibration records in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// ---- 3. the raw grouped count on the database (what the list cannot beat), with its plan ----------------------------
const GROUPED = 'select unit_id, status, predikat, count(*) as n from penilaian where instansi_id = $1 and periode_id = $2 and unit_id is not null group by unit_id, status, predikat';
async function rawGrouped(): Promise<{ usPerQuery: number; rows: number; plan: string }> {
  if (!schema) {
    const sqlite = new SQLite(path.join(dataDir, 'kinerja.db'), { readonly: true });
    const q = sqlite.prepare(GROUPED.replace('$1', '?').replace('$2', '?'));
    for (let i = 0; i < 50; i++) q.all(instansiId, periodeId);
    const n = 500;
    const t = performance.now();
    let rows = 0;
    for (let i = 0; i < n; i++) rows = q.all(instansiId, periodeId).length;
    const usPerQuery = ((performance.now() - t) / n) * 1000;
    const plan = sqlite.prepare(`explain query plan ${q.source}`).all(instansiId, periodeId).map((r) => (r as { detail: string }).detail).join(' | ');
    sqlite.close();
    return { usPerQuery, rows, plan };
  }
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    await c.query(`set search_path = ${schema}`);
    await c.query('analyze penilaian');
    for (let i = 0; i < 20; i++) await c.query(GROUPED, [instansiId, periodeId]);
    const n = 200;
    const t = performance.now();
    let rows = 0;
    for (let i = 0; i < n; i++) rows = (await c.query(GROUPED, [instansiId, periodeId])).rowCount ?? 0;
    const usPerQuery = ((performance.now() - t) / n) * 1000;
    const plan = (await c.query(`explain (analyze, costs off) ${GROUPED}`, [instansiId, periodeId])).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n    ');
    return { usPerQuery, rows, plan };
  } finally {
    await c.end();
  }
}

// ---- 4. the real server and bare Fastify ---------------------------------------------------------------------------
const env: NodeJS.ProcessEnv = { PORT: String(port), HOST: '127.0.0.1', KINERJA_DATA_DIR: dataDir, KINERJA_LOG_LEVEL: 'warn', KINERJA_ADMIN_PASSWORD: 'Bench-Admin-Password-1', NODE_ENV: 'development' };
if (schema) {
  const u = new URL(pgUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  env.DATABASE_URL = u.toString();
}
const server = await startNode(['--import', 'tsx', 'server/src/main.ts'], env, /berjalan di/);
const bare = await startNode(['--import', 'tsx', 'bench/servers/bare-fastify.ts', String(portBare)], {}, /ready/);
const base = `http://127.0.0.1:${port}`;

/** Sequential requests after a warm-up (bench/ukur.ts): wall percentiles and the server's CPU per request. */
async function berurutan(title: string, url: string, cookie: string): Promise<Figures> {
  let bytes = 0;
  const f = await timed(title, samples, async () => {
    const res = await fetch(url, { headers: { cookie } });
    bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${title}: HTTP ${res.status}`);
  }, cpuAnak);
  return { ...f, bytes };
}

try {
  const walikota = (await masukDemo(base, 'walikota')).cookie;
  const pimpinan = (await masukDemo(base, 'pimpinan_opd')).cookie;
  type Daftar = { units: { unit: { nama: string }; jumlahPenilaian: number; kurva: unknown }[]; sebaran: Record<string, number> };
  const kota = (await (await fetch(`${base}/api/v1/kalibrasi?periodeId=${periodeId}`, { headers: { cookie: walikota } })).json()) as Daftar;
  const opd = (await (await fetch(`${base}/api/v1/kalibrasi?periodeId=${periodeId}`, { headers: { cookie: pimpinan } })).json()) as Daftar;
  out(`city list: ${kota.units.length} units, ${kota.units.reduce((a, u) => a + u.jumlahPenilaian, 0).toLocaleString('en')} evaluations, ${kota.units.filter((u) => u.kurva).length} with a curve; sebaran ${JSON.stringify(kota.sebaran)}`);
  out(`pimpinan OPD list: ${opd.units.length} units; largest board: ${nTerbesar} evaluations`);

  const routes: [string, string, string][] = [
    ['wali kota: every unit of the city', `${base}/api/v1/kalibrasi?periodeId=${periodeId}`, walikota],
    ['pimpinan OPD: the units of their OPD', `${base}/api/v1/kalibrasi?periodeId=${periodeId}`, pimpinan],
    [`wali kota: board of the largest unit (${nTerbesar})`, `${base}/api/v1/kalibrasi/${periodeId}/unit/${unitTerbesar}`, walikota],
  ];
  const seq: Figures[] = [];
  for (const [title, url, cookie] of routes) seq.push(await berurutan(title, url, cookie));
  out(`\nKinerja kalibrasi bench — ${dialect}, sequential requests (${samples} each after 20 warm-up; CPU = the server process), Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
  printFiguresHeader();
  for (const f of seq) printFigures({ ...f, bytes: undefined });
  out(`response sizes: ${seq.map((f) => `${(f.bytes! / 1024).toFixed(0)} KiB`).join(', ')}`);

  const loaded: Measured[] = [await measure('bare Fastify hello-world', `http://127.0.0.1:${portBare}/`, load)];
  for (const [title, url, cookie] of routes) loaded.push(await measure(title, url, { ...load, headers: { cookie } }));
  printTable(`Under load — ${dialect}, ${load.connections} connections × ${load.duration} s`, loaded, loaded[0]!.reqPerSec);

  const raw = await rawGrouped();
  out(`\nraw grouped count (${dialect}, the list's one query for every unit): ${raw.rows} groups, ${raw.usPerQuery.toFixed(0)} µs per query`);
  out(`plan: ${raw.plan}`);

  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'bench', 'results', `kalibrasi-${dialect}.json`),
    `${JSON.stringify({ when: new Date().toISOString(), evaluations: penilaianRows.length, units: kota.units.length, largestBoard: nTerbesar, sequential: seq, load: loaded, raw }, null, 2)}\n`,
  );
  if (seq[0]!.p95 >= 1000 || loaded.some((r) => r.non2xx + r.errors > 0)) process.exitCode = 1;
} finally {
  for (const child of [server, bare]) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (schema) await pgQuery(`drop schema ${schema} cascade`);
}
