// Issue "Kepegawaian": a pegawai is found by NIP or name in under a second at 8,000 pegawai. Measured through the
// HTTP API on the demo instansi (≈ 8,000 pegawai), with the admin's filters on top, on SQLite and PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Ctx } from '../../context.ts';
import { hashPassword } from '../auth/password.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { FIXTURE_PASSWORD } from '../../../test/factories.ts';
import { login, type Client } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.ts';

const NOW = new Date('2026-11-29T02:00:00Z');

let database: TestDatabase;
let app: FastifyInstance;
let admin: Client;
let contoh: { nip: string; nama: string };

beforeAll(async () => {
  database = await createTestDatabase();
  const seeded = await seedDemo(database.db, { passwordHash: await hashPassword(FIXTURE_PASSWORD), now: NOW.toISOString() });
  const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => NOW, config: { secureCookies: false, production: false } };
  app = await buildApp({ ctx, logLevel: 'silent', loginPerMinute: 1000 });
  await app.ready();
  admin = await login(app, seeded.akunDemo.find((a) => a.peran === 'admin_bkppd')!.username);
  const p = await database.db.selectFrom('pegawai').select(['nip', 'nama']).where('nip', 'is not', null).orderBy('nip').offset(4000).limit(1).executeTakeFirstOrThrow();
  contoh = { nip: p.nip!, nama: p.nama };
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

// speed is the bench's job (npm run bench:kepegawaian); here: correct results at city scale
async function search(url: string) {
  const res = await admin.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.json() as { total: number; items: { nip: string | null; namaLengkap: string }[] } };
}

describe('pegawai search at city scale', () => {
  it('has the demo’s ~8,000 pegawai', async () => {
    const { body } = await search('/api/v1/pegawai?pageSize=1');
    expect(body.total).toBeGreaterThan(7000);
  });

  it(`finds by full NIP and by NIP prefix`, async () => {
    const full = await search(`/api/v1/pegawai?q=${contoh.nip}`);
    expect(full.body.items.map((i) => i.nip)).toEqual([contoh.nip]);
    const prefix = await search(`/api/v1/pegawai?q=${contoh.nip.slice(0, 8)}`);
    expect(prefix.body.items.every((i) => i.nip!.startsWith(contoh.nip.slice(0, 8)))).toBe(true);
  });

  it(`finds by part of the name`, async () => {
    const part = contoh.nama.split(' ')[0]!.toLowerCase();
    const r = await search(`/api/v1/pegawai?q=${encodeURIComponent(part)}`);
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.items.every((i) => i.namaLengkap.toLowerCase().includes(part))).toBe(true);
  });

  it(`filters a whole OPD subtree by status and jenis jabatan`, async () => {
    const dinkes = await database.db.selectFrom('unit_kerja').select('id').where('kode', '=', 'DINKES').executeTakeFirstOrThrow();
    const r = await search(`/api/v1/pegawai?unitId=${dinkes.id}&status=aktif&jenisJabatan=fungsional&jenisAsn=PNS&pageSize=50`);
    expect(r.body.total).toBeGreaterThan(100);
  });
});
