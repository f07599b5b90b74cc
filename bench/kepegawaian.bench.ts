// `npm run bench:kepegawaian` — the master-data screens at Kupang size (8,051 pegawai, ~4,000 jabatan):
// pegawai search by NIP prefix and by name, a profile with its penilai chain, the "tanpa penilai" report —
// each against the raw database doing the same search in the same run.
// Options: --pg, --duration=8, --connections=10
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { measure, parseArgs, printTable, startKinerja } from './harness.ts';

const args = parseArgs();
const o = { connections: Number(args.get('connections') ?? 10), duration: Number(args.get('duration') ?? 8) };
const app = await startKinerja(4103, args.has('pg'));
try {
  const admin = await app.login('admin_bkppd');
  const headers = { cookie: admin };
  const list = (await (await fetch(`${app.base}/api/v1/pegawai?pageSize=1&page=4000`, { headers })).json()) as { items: { id: string; nip: string; namaLengkap: string }[] };
  const someone = list.items[0]!;
  const nipPrefix = someone.nip.slice(0, 10);
  const nameWord = someone.namaLengkap.split(/[ ,]/).find((w) => w.length > 4) ?? 'Maria';
  const results = [
    await measure(`GET /pegawai?q=${nipPrefix} (NIP prefix)`, `${app.base}/api/v1/pegawai?q=${nipPrefix}`, { ...o, headers }),
    await measure(`GET /pegawai?q=${nameWord} (name)`, `${app.base}/api/v1/pegawai?q=${encodeURIComponent(nameWord)}`, { ...o, headers }),
    await measure('GET /pegawai/:id (profile + penilai chain)', `${app.base}/api/v1/pegawai/${someone.id}`, { ...o, headers }),
    await measure('GET /penilai/tanpa-penilai (whole city)', `${app.base}/api/v1/penilai/tanpa-penilai`, { ...o, connections: 2, headers }),
  ];
  printTable(`Kinerja kepegawaian bench — ${app.dialect}, ${o.connections} connections × ${o.duration} s, Node ${process.version}, ${os.cpus().length} cores`, results);

  if (app.dialect === 'sqlite') {
    // the raw database doing the two searches (what the endpoint cannot beat), timed over many runs
    const db = new SQLite(path.join(app.dataDir, 'kinerja.db'), { readonly: true });
    const inst = (db.prepare('select id from instansi where demo = 1').get() as { id: string }).id;
    const byNip = db.prepare('select id, nip, nama from pegawai where instansi_id = ? and nip >= ? and nip < ? order by nama, id limit 25');
    const byName = db.prepare('select id, nip, nama from pegawai where instansi_id = ? and lower(nama) like ? order by nama, id limit 25');
    const time = (f: () => unknown, n = 2000) => {
      const t = performance.now();
      for (let i = 0; i < n; i++) f();
      return ((performance.now() - t) / n) * 1000;
    };
    process.stdout.write(`\nraw better-sqlite3, same searches: NIP prefix ${time(() => byNip.all(inst, nipPrefix, `${nipPrefix}:`)).toFixed(0)} µs, name ${time(() => byName.all(inst, `%${nameWord.toLowerCase()}%`)).toFixed(0)} µs per query\n`);
    process.stdout.write(`query plan (NIP prefix): ${db.prepare(`explain query plan ${byNip.source}`).all(inst, nipPrefix, `${nipPrefix}:`).map((r) => (r as { detail: string }).detail).join(' | ')}\n`);
    db.close();
  }
} finally {
  await app.stop();
}
