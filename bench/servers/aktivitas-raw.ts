// The "raw" submit baseline of bench/aktivitas.bench.ts: bare Fastify + one prepared INSERT of an aktivitas row per
// request into the same 10 M-row SQLite file (WAL, synchronous=FULL like the app, or NORMAL when asked). No session, no rules, no audit:
// what a submit costs with nothing of Kinerja around it.
import crypto from 'node:crypto';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { v7 } from 'uuid';

const [port, file, sync] = [Number(process.argv[2] ?? 4112), process.argv[3]!, process.argv[4] ?? 'FULL'];
const db = new SQLite(file);
db.pragma('journal_mode = WAL');
// FULL = the app's setting (each commit fsyncs the WAL); NORMAL shows what that fsync costs on this disk
db.pragma(`synchronous = ${sync === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
db.pragma('busy_timeout = 5000');
const instansiId = (db.prepare('select id from instansi where demo = 1').get() as { id: string }).id;
const insert = db.prepare(`insert into aktivitas (id, instansi_id, pegawai_id, tanggal, jam_mulai, jam_selesai, menit, uraian, status, penilai_id,
  batas_pengajuan, diajukan_pada, kunci_idempoten, versi, dibuat_pada, diubah_pada) values (?, ?, ?, ?, ?, ?, ?, ?, 'diajukan', ?, ?, ?, ?, 1, ?, ?)`);
const jam = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

interface Body { pegawaiId: string; penilaiId: string; tanggal: string; jamMulai: string; jamSelesai: string; uraian: string; kunciIdempoten?: string }
const app = Fastify({ logger: false });
app.post('/aktivitas', async (req, reply) => {
  const b = req.body as Body;
  const id = v7();
  const now = new Date().toISOString();
  const m = jam(b.jamMulai);
  const s = jam(b.jamSelesai);
  insert.run(id, instansiId, b.pegawaiId, b.tanggal, m, s, s - m, b.uraian, b.penilaiId, now, now, b.kunciIdempoten ?? crypto.randomUUID(), now, now);
  return reply.code(201).send({ id });
});
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write('ready\n');
