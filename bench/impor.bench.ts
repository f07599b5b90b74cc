// `npm run bench:impor` — import of 8,000 NEW pegawai into the demo city (Kota Kupang DEMO, ~8,000 pegawai already
// there), as an admin does it: the real server in a child process on a fresh SQLite file (or PostgreSQL schema with
// --pg), the file uploaded over HTTP. Times separately: parsing the .xlsx (in this process, the same code the server
// runs), the preview (upload → parse → validate every row → store), the commit (one transaction), and — as context
// — the export of the whole city, a re-import of the same file (every row "tetap") and the audit chain check.
// Options: --pg, --rows=8000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { ImporHasil, ImporPratinjau } from '../contracts/impor.ts';
import { bacaBerkas } from '../server/src/modules/kepegawaian/impor.berkas.ts';
import { MARGA, NAMA_LAKI, NAMA_PEREMPUAN } from '../server/src/modules/kepegawaian/demo/nama.ts';
import { type BarisUji, nipPns, xlsxDari } from '../server/test/fixtures/impor-berkas.ts';
import { parseArgs, root, startKinerja } from './harness.ts';

const args = parseArgs();
const N = Number(args.get('rows') ?? 8000);
const usePg = args.has('pg');

// The child server gets its schema only through search_path, so the migration bookkeeping lands in `public` and
// outlives the dropped bench schema — the next --pg run would then skip every migration. Remove what this run left.
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
async function pgSql<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}
const bookkeepingBefore = usePg ? await pgSql(async (c) => (await c.query(`select to_regclass('public.kinerja_migrasi') as t`)).rows[0].t !== null) : true;

const app = await startKinerja(4105, usePg);

const detik = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const v = await f();
  return [v, (performance.now() - t0) / 1000];
};

try {
  const cookie = await app.login('admin_bkppd');
  const me = (await (await fetch(`${app.base}/api/v1/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': me.csrfToken };

  // the posts to fill: taken from the city's own export (unit kode, jabatan, NIP Atasan pick the exact post)
  const [eksporBuf, eksporDetik] = await detik(async () => Buffer.from(await (await fetch(`${app.base}/api/v1/ekspor/pegawai`, { headers })).arrayBuffer()));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(eksporBuf as unknown as ArrayBuffer);
  const pos: { jabatan: string; jenisJabatan: string; unitKerja: string; nipAtasan: string | null; golongan: string | null }[] = [];
  const nipAda = new Set<string>();
  wb.getWorksheet('Pegawai')!.eachRow((r, i) => {
    const v = r.values as (string | null | undefined)[];
    if (i === 1 || !v[1]) return;
    nipAda.add(v[1]);
    if (v[5] === 'PNS' && (v[8] === 'Pelaksana' || v[8] === 'Fungsional') && v[13] === 'aktif') {
      pos.push({ jabatan: v[7]!, jenisJabatan: v[8], unitKerja: v[9]!, nipAtasan: v[10] ?? null, golongan: v[6] ?? null });
    }
  });

  // N new PNS with valid, distinct NIPs not in the city yet, and names of the demo's Kupang name lists
  const marga = MARGA.flatMap(([names]) => names);
  const rows: BarisUji[] = [];
  const dd = (n: number) => String(n).padStart(2, '0');
  for (let i = 0, k = 0; rows.length < N; k++) {
    const tahun = 1968 + (k % 30);
    const lahir = `${tahun}${dd((Math.floor(k / 30) % 12) + 1)}${dd((Math.floor(k / 360) % 28) + 1)}`;
    const jk = (k % 2) + 1;
    const nip = nipPns(lahir, `${tahun + 24}0${(k % 9) + 1}`, jk as 1 | 2, (Math.floor(k / 10080) % 999) + 1);
    if (nipAda.has(nip)) continue;
    const p = pos[i % pos.length]!;
    const depan = (jk === 1 ? NAMA_LAKI : NAMA_PEREMPUAN)[k % (jk === 1 ? NAMA_LAKI.length : NAMA_PEREMPUAN.length)]!;
    rows.push({ nip, nama: `${depan} ${marga[(k * 7) % marga.length]}`, jenisAsn: 'PNS', golongan: p.golongan, jabatan: p.jabatan, jenisJabatan: p.jenisJabatan, unitKerja: p.unitKerja, nipAtasan: p.nipAtasan });
    i++;
  }
  const berkas = await xlsxDari(rows);

  const [tabel, parseDetik] = await detik(() => bacaBerkas(berkas));
  if (!tabel.ok || tabel.value.baris.length !== N) throw new Error(`parse failed: ${JSON.stringify(tabel).slice(0, 300)}`);

  const unggah = () => {
    const fd = new FormData();
    fd.append('berkas', new Blob([berkas]), 'bench-impor.xlsx');
    return fetch(`${app.base}/api/v1/impor-pegawai`, { method: 'POST', headers, body: fd });
  };
  const [preview, previewDetik] = await detik(async () => {
    const res = await unggah();
    if (res.status !== 201) throw new Error(`preview ${res.status}: ${(await res.text()).slice(0, 500)}`);
    return (await res.json()) as ImporPratinjau;
  });
  if (preview.jumlah.baru !== N) {
    const contoh = preview.baris.filter((b) => b.aksi === 'galat').slice(0, 3).map((b) => b.galat[0]?.pesan);
    throw new Error(`expected ${N} new rows, got ${JSON.stringify(preview.jumlah)}: ${contoh.join(' | ')}`);
  }
  const [hasil, commitDetik] = await detik(async () => {
    const res = await fetch(`${app.base}/api/v1/impor-pegawai/${preview.id}/terapkan`, { method: 'POST', headers });
    if (res.status !== 200) throw new Error(`commit ${res.status}: ${(await res.text()).slice(0, 500)}`);
    return (await res.json()) as ImporHasil;
  });
  const [ulang, ulangDetik] = await detik(async () => (await (await unggah()).json()) as ImporPratinjau);
  const [verif, verifDetik] = await detik(async () => (await (await fetch(`${app.base}/api/v1/audit/verifikasi`, { headers })).json()) as { utuh: boolean; jumlahEntri: number });

  const figures = {
    when: new Date().toISOString(),
    dialect: app.dialect,
    node: process.version,
    cores: os.cpus().length,
    rows: N,
    fileBytes: berkas.length,
    peringatan: preview.jumlah.peringatan,
    seconds: {
      parse: parseDetik,
      preview: previewDetik,
      commit: commitDetik,
      previewPlusCommit: previewDetik + commitDetik,
      exportCity: eksporDetik,
      reimportPreview: ulangDetik,
      auditVerify: verifDetik,
    },
    committed: hasil.jumlah.baru,
    reimportTetap: ulang.jumlah.tetap,
    audit: verif,
  };
  const s = figures.seconds;
  const line = (label: string, v: number, note = '') => process.stdout.write(`${label.padEnd(48)} ${v.toFixed(2).padStart(7)} s ${note}\n`);
  process.stdout.write(`\nKinerja import bench — ${app.dialect}, ${N} new pegawai (${(berkas.length / 1024).toFixed(0)} KB .xlsx) into the demo city, Node ${process.version}, ${os.cpus().length} cores\n\n`);
  line('parse .xlsx (exceljs, in process)', s.parse);
  line('preview (upload, parse, validate, store)', s.preview, `${preview.jumlah.baru} baru, ${preview.jumlah.galat} galat, ${preview.jumlah.peringatan} with warnings`);
  line('commit (one transaction)', s.commit, `${hasil.jumlah.baru} created, ${hasil.akunDibuat} accounts`);
  line('preview + commit', s.previewPlusCommit, s.previewPlusCommit < 10 ? '(target < 10 s: met)' : '(target < 10 s: NOT met)');
  line('context: export the whole city (.xlsx)', s.exportCity);
  line('context: re-import the same file (preview)', s.reimportPreview, `${ulang.jumlah.tetap} tetap`);
  line('context: audit chain verification', s.auditVerify, `${verif.jumlahEntri} entries, ${verif.utuh ? 'intact' : 'BROKEN'}`);
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, `bench/results/impor-${app.dialect}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (!verif.utuh || ulang.jumlah.tetap !== N) process.exitCode = 1;
} finally {
  await app.stop();
  if (!bookkeepingBefore) await pgSql((c) => c.query('drop table if exists public.kinerja_migrasi_lock, public.kinerja_migrasi'));
}
