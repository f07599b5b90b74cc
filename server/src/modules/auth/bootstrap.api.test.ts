import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Ctx } from '../../context.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.ts';
import { DEMO_PASSWORD } from './auth.service.ts';
import { bootstrap } from './bootstrap.service.ts';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.dispose();
  database = undefined;
});

async function ctxFor(production: boolean): Promise<Ctx> {
  database ??= await createTestDatabase();
  return { db: database.db, dialect: database.dialect, now: () => new Date('2026-11-29T02:00:00Z'), config: { production, secureCookies: production } };
}

const loginAs = async (ctx: Ctx, username: string, password: string) => {
  const app = await buildApp({ ctx, logLevel: 'silent' });
  try {
    return await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  } finally {
    await app.close();
  }
};

describe('first start', () => {
  it('seeds the demo instansi once, lists one demo account per role, and each can log in', async () => {
    const ctx = await ctxFor(false);
    const first = await bootstrap(ctx, { seedDemo: true, adminPassword: undefined, instansiNama: 'x' });
    expect(first.seededDemo).toBe(true);
    expect(first.akunDemo.map((a) => a.peran).sort()).toEqual(['admin_bkppd', 'atasan', 'auditor', 'pegawai', 'pimpinan_opd', 'walikota']);
    expect(first.adminPasswordGenerated).toMatch(/^[A-Za-z0-9]{16}$/);
    const second = await bootstrap(ctx, { seedDemo: true, adminPassword: undefined, instansiNama: 'x' });
    expect(second).toMatchObject({ seededDemo: false, adminCreated: false, adminPasswordGenerated: null });
    const pegawaiCount = await ctx.db.selectFrom('pegawai').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(pegawaiCount.n)).toBeGreaterThan(7_800);

    const app = await buildApp({ ctx, logLevel: 'silent' });
    try {
      const info = (await app.inject({ method: 'GET', url: '/api/v1/info' })).json();
      expect(info).toMatchObject({ nama: 'Pemerintah Kota Kupang (DEMO)', demo: true, passwordDemo: DEMO_PASSWORD });
      for (const a of info.akunDemo as { peran: string; username: string }[]) {
        const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: a.username, password: DEMO_PASSWORD } });
        expect(res.statusCode, a.peran).toBe(200);
        expect(res.json().peran, a.peran).toContain(a.peran);
      }
    } finally {
      await app.close();
    }
    // the demo is not empty: the demo atasan finds yesterday's submissions of their bawahan waiting
    const demoApp = await buildApp({ ctx, logLevel: 'silent' });
    try {
      const info = (await demoApp.inject({ method: 'GET', url: '/api/v1/info' })).json() as { akunDemo: { peran: string; username: string }[] };
      const loginRes = await demoApp.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: info.akunDemo.find((a) => a.peran === 'atasan')!.username, password: DEMO_PASSWORD } });
      const cookie = `kinerja_sesi=${loginRes.cookies.find((c) => c.name === 'kinerja_sesi')!.value}`;
      const antrian = (await demoApp.inject({ method: 'GET', url: '/api/v1/aktivitas/antrian', headers: { cookie } })).json();
      expect(antrian.total).toBeGreaterThan(0);
    } finally {
      await demoApp.close();
    }
    // the generated admin password works once and must be replaced
    const admin = await loginAs(ctx, 'admin', first.adminPasswordGenerated!);
    expect(admin.json()).toMatchObject({ harusGantiPassword: true, peran: ['admin_bkppd'] });
  });

  it('in production: no demo data, the real instansi and an admin with the configured password', async () => {
    const ctx = await ctxFor(true);
    const r = await bootstrap(ctx, { seedDemo: false, adminPassword: 'Kata-Sandi-Admin-Produksi', instansiNama: 'Pemerintah Kota Kupang' });
    expect(r).toMatchObject({ seededDemo: false, adminCreated: true, adminPasswordGenerated: null });
    const inst = await ctx.db.selectFrom('instansi').selectAll().execute();
    expect(inst).toHaveLength(1);
    expect(inst[0]).toMatchObject({ nama: 'Pemerintah Kota Kupang', demo: 0 });
    const admin = await loginAs(ctx, 'admin', 'Kata-Sandi-Admin-Produksi');
    expect(admin.statusCode).toBe(200);
    expect(admin.json().harusGantiPassword).toBe(false);
    expect(admin.cookies.find((c) => c.name === 'kinerja_sesi')?.secure).toBe(true);
  });

  it('production refuses to run on a database that holds demo data', async () => {
    const dev = await ctxFor(false);
    await bootstrap(dev, { seedDemo: true, adminPassword: undefined, instansiNama: 'x' });
    const prod = await ctxFor(true);
    await expect(bootstrap(prod, { seedDemo: false, adminPassword: undefined, instansiNama: 'x' })).rejects.toThrow(/berisi data DEMO/);
  });
});
