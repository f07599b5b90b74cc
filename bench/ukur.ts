// Shared by the PDF benches (SKP, Dokumen Evaluasi): time a call many times in sequence (wall p50/p95/p99 and CPU per
// run — of this process, or of the server child process read from /proc), print the figures as a table, and log in
// the demo accounts to make an approved SKP through the API.
import fs from 'node:fs';
import type { SkpDetail } from '../contracts/skp.ts';

export interface Figures {
  title: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** CPU time per run (this process, or the server process for HTTP) */
  cpuMs: number | null;
  bytes?: number;
  pages?: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** `n` sequential runs after `warmup`, with the CPU used per run according to `cpu` (ms so far, or null). */
export async function timed(title: string, n: number, once: () => Promise<unknown>, cpu: () => number | null, warmup = 20): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await once();
  const ms: number[] = [];
  const c0 = cpu();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await once();
    ms.push(performance.now() - t);
  }
  const c1 = cpu();
  ms.sort((a, b) => a - b);
  return { title, n, p50: r1(pct(ms, 50)), p95: r1(pct(ms, 95)), p99: r1(pct(ms, 99)), mean: r1(ms.reduce((a, b) => a + b, 0) / n), cpuMs: c0 === null || c1 === null ? null : r1((c1 - c0) / n) };
}

/** CPU ms used so far by this process. */
export const cpuHere = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms used so far by this process's children (the server the harness started), from /proc; null elsewhere. */
export function cpuAnak(): number | null {
  try {
    let ms = 0;
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      let f: string[];
      try {
        f = fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ');
      } catch {
        continue;
      }
      // fields after the name: state ppid … utime (12th) stime (13th), in clock ticks (USER_HZ = 100)
      if (Number(f[1]) === process.pid) ms += ((Number(f[11]) + Number(f[12])) * 1000) / 100;
    }
    return ms;
  } catch {
    return null;
  }
}

const out = (s = '') => process.stdout.write(`${s}\n`);

export function printFiguresHeader(): void {
  out(`${'what'.padEnd(44)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'mean'.padStart(7)} ms  CPU ms/run  size, pages`);
}

export function printFigures(f: Figures): void {
  out(`${f.title.padEnd(44)} ${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.p99.toFixed(1).padStart(7)} ${f.mean.toFixed(1).padStart(7)}     ${(f.cpuMs?.toFixed(1) ?? '–').padStart(7)}  ${f.bytes ? `${(f.bytes / 1024).toFixed(0)} KB, ${f.pages} p.` : ''}`);
}

export interface KlienDemo {
  cookie: string;
  /** a JSON call under /api/v1 with the session and CSRF token; throws on a status ≥ 300 */
  call<T>(method: string, url: string, body?: unknown): Promise<T>;
}

/** Logs in the demo account of a role (from GET /api/v1/info) on the server at `base`. */
export async function masukDemo(base: string, peran: string): Promise<KlienDemo> {
  const info = (await (await fetch(`${base}/api/v1/info`)).json()) as { akunDemo: { peran: string; username: string }[]; passwordDemo: string };
  const akun = info.akunDemo.find((a) => a.peran === peran);
  if (!akun) throw new Error(`no demo account for ${peran}`);
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: akun.username, password: info.passwordDemo }) });
  if (res.status !== 200) throw new Error(`login ${peran}: ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}/api/v1${url}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  };
  return { cookie, call };
}

/** An RHK of the SKP API's PUT /skp/:id body, without the link to the penilai's RHK (added by skpDisetujui). */
export type IsiRhk = { jenis: 'utama' | 'tambahan'; uraian: string; indikator: unknown[] };

/** The demo pegawai's SKP in the open period with `rhk`, each linked to the penilai's first RHK, submitted and approved. */
export async function skpDisetujui(pegawai: KlienDemo, atasan: KlienDemo, rhk: readonly IsiRhk[]): Promise<SkpDetail> {
  const saya = await pegawai.call<{ periodeTerbuka: { id: string }[] }>('GET', '/skp/saya');
  const baru = await pegawai.call<SkpDetail>('POST', '/skp', { periodeId: saya.periodeTerbuka[0]!.id });
  const tautan = await pegawai.call<{ rhkAtasan: { id: string }[] }>('GET', `/skp/${baru.id}/rhk-atasan`);
  const rhkAtasanId = tautan.rhkAtasan[0]?.id;
  if (!rhkAtasanId) throw new Error('the demo penilai has no RHK to link to');
  const isi = await pegawai.call<SkpDetail>('PUT', `/skp/${baru.id}`, { versi: baru.versi, pendekatan: 'kuantitatif', rhk: rhk.map((r) => ({ ...r, rhkAtasanId })) });
  const diajukan = await pegawai.call<SkpDetail>('POST', `/skp/${baru.id}/aksi`, { aksi: 'ajukan', versi: isi.versi });
  return atasan.call<SkpDetail>('POST', `/skp/${baru.id}/aksi`, { aksi: 'setujui', versi: diajukan.versi });
}
