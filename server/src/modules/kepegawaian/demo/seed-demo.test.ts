// seedDemo on a real database: a fresh migrated SQLite file always, PostgreSQL when TEST_DATABASE_URL is set
// (DESIGN.md "The two commands": CI sets it and skips nothing).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../db/database.ts';
import { migrateToLatest } from '../../../db/migrate.ts';
import { generateDemo } from './generate.ts';
import { seedDemo } from './seed-demo.ts';
import { countDemoRows } from './seed-demo.repository.ts';

const NOW = '2026-11-29T02:00:00.000Z';
// any string: the seed stores it as given (hashing is the caller's job)
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZGVtby1zYWx0$ZGVtby1oYXNoLW5vdC1hLXJlYWwtb25l';
const expected = generateDemo({ asOf: NOW });

async function checkSeeded(database: Database, instansiId: string): Promise<void> {
  const { db } = database;
  expect(instansiId).toBe(expected.instansi.id);
  expect(await countDemoRows(db, instansiId)).toEqual({
    unit_kerja: expected.unitKerja.length,
    jabatan: expected.jabatan.length,
    pegawai: expected.pegawai.length,
    akun: expected.akun.length,
    akun_peran: expected.akunPeran.length,
  });
  const inst = await db.selectFrom('instansi').selectAll().executeTakeFirstOrThrow();
  expect(inst).toMatchObject({ kode: 'KOTA-KUPANG-DEMO', nama: 'Pemerintah Kota Kupang (DEMO)', demo: 1 });

  const usernames = await db
    .selectFrom('akun')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('username').distinct().as('distinct')])
    .executeTakeFirstOrThrow();
  expect(Number(usernames.distinct)).toBe(Number(usernames.n));

  const hashes = await db.selectFrom('akun').select('password_hash').distinct().execute();
  expect(hashes).toEqual([{ password_hash: HASH }]);

  const wk = await db.selectFrom('akun').innerJoin('akun_peran', 'akun_peran.akun_id', 'akun.id').select(['akun.username', 'akun_peran.peran']).where('akun.username', '=', 'walikota').execute();
  expect(wk).toEqual([{ username: 'walikota', peran: 'walikota' }]);

  const sample = expected.pegawai[100]!;
  const row = await db.selectFrom('pegawai').selectAll().where('id', '=', sample.id).executeTakeFirstOrThrow();
  expect(row).toMatchObject({ nip: sample.nip, tanggal_lahir: sample.tanggal_lahir, jabatan_id: sample.jabatan_id, unit_id: sample.unit_id });
}

describe('seedDemo on SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-seed-'));
  const opened: Database[] = [];

  afterAll(async () => {
    for (const d of opened) await d.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function fresh(name: string): Promise<Database> {
    const d = openDatabase({ kind: 'sqlite', file: path.join(dir, name) });
    opened.push(d);
    await migrateToLatest(d.db as never, 'sqlite');
    return d;
  }

  // speed is measured by `npm run bench` (server start incl. seed), not asserted here
  it('seeds a fresh database in one transaction', async () => {
    const d = await fresh('a.sqlite');
    const result = await seedDemo(d.db, { passwordHash: HASH, now: NOW });
    expect(result.akunDemo).toEqual(expected.akunDemo);
    await checkSeeded(d, result.instansiId);
  });

  it("works inside the caller's transaction (bootstrap seeds and audits atomically)", async () => {
    const d = await fresh('b.sqlite');
    const result = await d.db.transaction().execute((trx) => seedDemo(trx, { passwordHash: HASH, now: NOW }));
    await checkSeeded(d, result.instansiId);
  });

  it('leaves nothing behind when the transaction fails', async () => {
    const d = await fresh('c.sqlite');
    await expect(
      d.db.transaction().execute(async (trx) => {
        await seedDemo(trx, { passwordHash: HASH, now: NOW });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const n = await d.db.selectFrom('pegawai').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;

describe.runIf(!!pgUrl)('seedDemo on PostgreSQL', () => {
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  let admin: Database;
  let d: Database;

  beforeAll(async () => {
    admin = openDatabase({ kind: 'postgres', url: pgUrl! });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    d = openDatabase({ kind: 'postgres', url: pgUrl!, schema });
    await migrateToLatest(d.db as never, 'postgres', schema);
  });

  afterAll(async () => {
    await d?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
    await admin.close();
  });

  it('seeds a fresh schema', async () => {
    const result = await seedDemo(d.db, { passwordHash: HASH, now: NOW });
    await checkSeeded(d, result.instansiId);
    // timestamptz and date columns read back as the same strings (database.ts normalises pg types)
    const u = await d.db.selectFrom('pegawai').select(['tanggal_lahir', 'dibuat_pada']).where('id', '=', expected.pegawai[100]!.id).executeTakeFirstOrThrow();
    expect(u).toEqual({ tanggal_lahir: expected.pegawai[100]!.tanggal_lahir, dibuat_pada: NOW });
  });
});
