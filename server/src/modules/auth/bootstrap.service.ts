// First start: seed the demo instansi (never in production) or create the real one, and make sure the `admin`
// account exists. Idempotent: a second start changes nothing.
import type { PublicInfo } from '../../../../contracts/auth.ts';
import { ConfigError } from '../../config.ts';
import type { Ctx } from '../../context.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { seedDemo } from '../kepegawaian/demo/seed-demo.ts';
import { isiAktivitasDemo } from '../aktivitas/demo-aktivitas.ts';
import { isiSkpDemo } from '../skp/demo-skp.ts';
import { isiPenilaianDemo } from '../penilaian/demo-penilaian.ts';
import { isiLiburNasional } from '../aktivitas/hari-libur.service.ts';
import { DEMO_PASSWORD, PENGATURAN_AKUN_DEMO } from './auth.service.ts';
import * as repo from './bootstrap.repository.ts';
import { generatePassword, hashPassword } from './password.ts';

const SISTEM = { akunId: null, namaTampilan: 'Sistem' } as const;

export interface BootstrapResult {
  seededDemo: boolean;
  seedSeconds: number | null;
  akunDemo: PublicInfo['akunDemo'];
  /** Set only when the admin account was created now with a generated password: print it once. */
  adminPasswordGenerated: string | null;
  adminCreated: boolean;
}

export async function bootstrap(
  ctx: Ctx,
  opts: { seedDemo: boolean; adminPassword: string | undefined; instansiNama: string },
): Promise<BootstrapResult> {
  if (ctx.config.production && (await repo.countDemoInstansi(ctx.db)) > 0) {
    throw new ConfigError('Database ini berisi data DEMO; NODE_ENV=production menolak berjalan di atasnya. Gunakan database baru untuk produksi.');
  }
  const now = ctx.now();
  const nowIso = now.toISOString();
  let seededDemo = false;
  let seedSeconds: number | null = null;
  let akunDemo: PublicInfo['akunDemo'] = [];

  if ((await repo.countInstansi(ctx.db)) === 0) {
    if (opts.seedDemo) {
      const started = performance.now();
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await ctx.db.transaction().execute(async (trx) => {
        const seeded = await seedDemo(trx, { passwordHash, now: nowIso });
        akunDemo = seeded.akunDemo;
        // the 2026 national holidays and cuti bersama (SKB 3 Menteri; BKPPD checks and edits them)
        await isiLiburNasional(trx, ctx, { ...SISTEM, instansiId: seeded.instansiId }, now);
        // ten working days of activities for the demo accounts' OPD, so the screens are not empty
        await isiAktivitasDemo(trx, ctx, { ...SISTEM, instansiId: seeded.instansiId }, now);
        // this year's SKP period, the Dinas's Perjanjian Kinerja and a cascade of SKPs down to the demo atasan
        await isiSkpDemo(trx, ctx, { ...SISTEM, instansiId: seeded.instansiId }, now, seeded.akunDemo);
        // the evaluation periods, finalised quarters with their calibration, and a rated seksi waiting for penetapan
        await isiPenilaianDemo(trx, ctx, { ...SISTEM, instansiId: seeded.instansiId }, now, seeded.akunDemo);
        await repo.setPengaturan(trx, seeded.instansiId, PENGATURAN_AKUN_DEMO, JSON.stringify(seeded.akunDemo), nowIso);
        await catatAudit(trx, ctx.dialect, { ...SISTEM, instansiId: seeded.instansiId }, { aksi: 'DATA_DEMO_DIISI', entitas: 'instansi', entitasId: seeded.instansiId, sesudah: { akunDemo: seeded.akunDemo.length } }, now);
      });
      seededDemo = true;
      seedSeconds = (performance.now() - started) / 1000;
    } else {
      const id = newId();
      await ctx.db.transaction().execute(async (trx) => {
        await repo.insertInstansi(trx, { id, kode: 'INSTANSI', nama: opts.instansiNama, demo: 0, dibuat_pada: nowIso });
        await catatAudit(trx, ctx.dialect, { ...SISTEM, instansiId: id }, { aksi: 'INSTANSI_DIBUAT', entitas: 'instansi', entitasId: id, sesudah: { nama: opts.instansiNama } }, now);
      });
    }
  }

  let adminPasswordGenerated: string | null = null;
  let adminCreated = false;
  if (!(await repo.findAkunId(ctx.db, 'admin'))) {
    const instansiId = await repo.firstInstansiId(ctx.db);
    if (!instansiId) throw new Error('no instansi after bootstrap');
    const plain = opts.adminPassword ?? generatePassword(16);
    adminPasswordGenerated = opts.adminPassword ? null : plain;
    const id = newId();
    const passwordHash = await hashPassword(plain);
    await ctx.db.transaction().execute(async (trx) => {
      // a generated password was printed to a console: whoever reads it first must replace it
      await repo.insertAdmin(trx, { id, instansi_id: instansiId, password_hash: passwordHash, now: nowIso, harusGanti: !opts.adminPassword });
      await catatAudit(trx, ctx.dialect, { ...SISTEM, instansiId }, { aksi: 'AKUN_ADMIN_DIBUAT', entitas: 'akun', entitasId: id, sesudah: { username: 'admin', peran: ['admin_bkppd'] } }, now);
    });
    adminCreated = true;
  }
  return { seededDemo, seedSeconds, akunDemo, adminPasswordGenerated, adminCreated };
}
