import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { createFixture } from '../../../test/factories.ts';
import { createTestApp, login, type TestApp } from '../../../test/test-app.ts';
import { createTestDatabase } from '../../../test/test-db.ts';
import { catatAudit } from './audit.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function tamper(seq: number, column: 'aktor_nama' | 'ringkasan', value: string) {
  // the database refuses UPDATE on audit_log; an attacker with DBA rights could lift that — which is what the
  // hash chain is for. Lift it here the way such a person would.
  if (t.database.dialect === 'postgres') {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(t.ctx.db);
    await sql`update audit_log set ${sql.ref(column)} = ${value} where seq = ${seq}`.execute(t.ctx.db);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(t.ctx.db);
  } else {
    await sql`drop trigger audit_log_no_update`.execute(t.ctx.db);
    await sql`update audit_log set ${sql.ref(column)} = ${value} where seq = ${seq}`.execute(t.ctx.db);
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log bersifat append-only'); end`.execute(t.ctx.db);
  }
}

describe('audit trail', () => {
  it('records state changes with actor, action, entity and a before/after summary', async () => {
    const admin = await login(t.app, t.fx.u.analis!);
    const akunId = (await admin.get(`/api/v1/akun?q=${t.fx.u.stafB}`)).json().items[0].id;
    await admin.post(`/api/v1/akun/${akunId}/reset-password`);
    const auditor = await login(t.app, t.fx.u.auditor!);
    const page = (await auditor.get('/api/v1/audit?pageSize=10')).json();
    const reset = page.items.find((e: { aksi: string }) => e.aksi === 'PASSWORD_DIRESET');
    expect(reset).toMatchObject({ aktorNama: 'Analis SDM', entitas: 'akun', entitasId: akunId, ringkasan: { sebelum: { harusGantiPassword: false }, sesudah: { harusGantiPassword: true } } });
    expect(JSON.stringify(reset)).not.toMatch(/passwordSementara|password_hash/);
    expect(page.items.filter((e: { aksi: string }) => e.aksi === 'LOGIN').length).toBeGreaterThanOrEqual(2);
  });

  it('the database itself refuses to update or delete an entry', async () => {
    await expect(sql`update audit_log set aksi = 'X' where seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('concurrent appends keep one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.ctx.db.transaction().execute((trx) => catatAudit(trx, t.ctx.dialect, { akunId: null, namaTampilan: 'Uji', instansiId: t.fx.instansiId }, { aksi: 'UJI_PARALEL', entitas: 'uji', entitasId: String(i) }, new Date())),
      ),
    );
    const auditor = await login(t.app, t.fx.u.auditor!);
    const v = (await auditor.get('/api/v1/audit/verifikasi')).json();
    expect(v.utuh).toBe(true);
    expect(v.jumlahEntri).toBeGreaterThanOrEqual(24);
  });

  it('verification names the first altered entry; only auditor and admin may run it', async () => {
    const auditor = await login(t.app, t.fx.u.auditor!);
    const pegawai = await login(t.app, t.fx.u.stafA!);
    expect((await pegawai.get('/api/v1/audit/verifikasi')).statusCode).toBe(403);
    expect((await pegawai.get('/api/v1/audit')).statusCode).toBe(403);
    await tamper(3, 'aktor_nama', 'Bukan Siapa-siapa');
    const v = (await auditor.get('/api/v1/audit/verifikasi')).json();
    expect(v.utuh).toBe(false);
    expect(v.rusakPertama.seq).toBe(3);
    expect(v.jumlahEntri).toBe(2);
    expect(v.rusakPertama.alasan).toMatch(/telah diubah/);
  });
});

describe('npm run audit:verify', () => {
  it('prints UTUH with exit 0 on an intact chain and names the broken entry with exit 1', async () => {
    // its own database: a SQLite file (the CLI cannot see an in-memory one) or a fresh PostgreSQL schema
    let env: NodeJS.ProcessEnv;
    let database: Database;
    let dispose: () => Promise<void>;
    if (t.database.dialect === 'postgres') {
      const pgDb = await createTestDatabase('postgres');
      database = pgDb;
      dispose = () => pgDb.dispose();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${pgDb.schema}`);
      env = { ...process.env, DATABASE_URL: url.toString() };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-audit-'));
      database = openDatabase({ kind: 'sqlite', file: path.join(dir, 'kinerja.db') });
      await migrateToLatest(database.db as never, 'sqlite');
      dispose = () => database.close();
      env = { ...process.env, KINERJA_DATA_DIR: dir };
      delete env.DATABASE_URL;
    }
    const fx = await createFixture(database.db);
    for (let i = 0; i < 3; i++) {
      await database.db.transaction().execute((trx) => catatAudit(trx, database.dialect, { akunId: null, namaTampilan: 'Uji', instansiId: fx.instansiId }, { aksi: `UJI_${i}`, entitas: 'uji' }, new Date()));
    }
    const run = promisify(execFile);
    const cli = path.resolve(import.meta.dirname, '../../cli/audit-verify.ts');
    try {
      const ok = await run(process.execPath, ['--import', 'tsx', cli], { env });
      expect(ok.stdout).toMatch(/UTUH: 3 entri/);
      if (database.dialect === 'postgres') await sql`alter table audit_log disable trigger audit_log_append_only`.execute(database.db);
      else await sql`drop trigger audit_log_no_update`.execute(database.db);
      await sql`update audit_log set ringkasan = '{}' where seq = 2`.execute(database.db);
      const broken = await run(process.execPath, ['--import', 'tsx', cli], { env }).then(
        () => null,
        (e: { code: number; stdout: string }) => e,
      );
      expect(broken?.code).toBe(1);
      expect(broken?.stdout).toMatch(/RUSAK pada entri #2/);
    } finally {
      await dispose();
    }
  });
});
