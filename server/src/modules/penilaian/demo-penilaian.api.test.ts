// The demo evaluation year (demo-penilaian.ts) as `npm start` seeds it, on both databases: periods of the SKP year,
// finalised past quarters calibrated per unit, and the demo atasan's seksi rated in the running quarter with a
// distribution that deviates from the kurva of its "Baik" predikat organisasi — what the kepala dinas calibrates in the
// browser journey. The rated rows must look exactly like rows the services produce: the predikat follows the matrix,
// the kepala seksi's rating hasil kerja is the seksi's capaian, and the penilai reads them through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hitungSebaran, periksaKurva, ratingDariPredikatOrganisasi } from '../../../../domain/kurva.ts';
import { predikatKinerja, type Predikat, type Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { createTestDatabase } from '../../../test/test-db.ts';
import { buildApp } from '../../app.ts';
import { DEMO_PASSWORD } from '../auth/auth.service.ts';
import { bootstrap } from '../auth/bootstrap.service.ts';
import { seedDemo } from '../kepegawaian/demo/seed-demo.ts';
import { isiSkpDemo } from '../skp/demo-skp.ts';
import { isiPenilaianDemo } from './demo-penilaian.ts';

describe('demo penilaian seeded on 29 November 2026 (10:00 WITA)', () => {
  const NOW = new Date('2026-11-29T02:00:00Z');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let ctx: Ctx;
  let nip: (peran: string) => string;
  // the whole first start (≈ 8,000 pegawai, holidays, activities, SKP, penilaian): slow on a busy PostgreSQL
  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { db: database.db, dialect: database.dialect, now: () => NOW, config: { production: false, secureCookies: false } };
    const boot = await bootstrap(ctx, { seedDemo: true, adminPassword: 'Admin-Uji-Demo-2026', instansiNama: 'x' });
    nip = (peran) => boot.akunDemo.find((a) => a.peran === peran)!.username;
  }, 180_000);
  afterAll(async () => database?.dispose());

  it('generates the quarters and the tahunan period of the SKP year', async () => {
    const p = await database.db.selectFrom('penilaian_periode').select(['jenis', 'nomor', 'tanggal_mulai', 'batas_realisasi']).orderBy('tanggal_mulai').orderBy('jenis', 'desc').execute();
    expect(p.map((x) => `${x.jenis}${x.nomor}`)).toEqual(['triwulanan1', 'tahunan1', 'triwulanan2', 'triwulanan3', 'triwulanan4']);
    expect(p.find((x) => x.jenis === 'triwulanan' && x.nomor === 4)).toMatchObject({ tanggal_mulai: '2026-10-01', batas_realisasi: '2027-01-10' });
  });

  it('finalises the three past quarters for every approved SKP, each unit calibrated with its snapshot', async () => {
    const rows = await database.db.selectFrom('penilaian').innerJoin('penilaian_periode as pp', 'pp.id', 'penilaian.periode_id').selectAll('penilaian').select('pp.nomor').execute();
    const lalu = rows.filter((r) => r.nomor < 4);
    const skp = await database.db.selectFrom('skp').select('id').where('status', '=', 'disetujui').execute();
    expect(lalu).toHaveLength(skp.length * 3);
    for (const r of lalu) {
      expect(r.status).toBe('ditetapkan');
      expect(r.predikat).toBe(predikatKinerja(r.rating_hasil_kerja as Rating, r.rating_perilaku_kerja as Rating));
      expect(r.ditetapkan_pada! <= NOW.toISOString()).toBe(true);
    }
    const units = await database.db.selectFrom('penilaian_unit').innerJoin('penilaian_periode as pp', 'pp.id', 'penilaian_unit.periode_id').selectAll('penilaian_unit').select('pp.nomor').execute();
    for (const u of units.filter((x) => x.nomor < 4)) {
      const anggota = lalu.filter((r) => r.periode_id === u.periode_id && r.unit_id === u.unit_id);
      const sebaran = hitungSebaran(anggota.map((r) => r.predikat as Predikat));
      expect(JSON.parse(u.sebaran_penetapan!)).toEqual(sebaran);
      expect(u.status).toBe('ditetapkan');
      // a deviation was finalised only with a justification (the kurva is judged from n = 5)
      const kurva = periksaKurva(u.predikat_organisasi as never, sebaran);
      if (!kurva.sesuai && !kurva.hanyaInformasi) expect(u.justifikasi).toBeTruthy();
      for (const k of anggota.filter((r) => r.kepala_unit_id === u.unit_id)) expect(k.rating_hasil_kerja).toBe(ratingDariPredikatOrganisasi(u.predikat_organisasi as never));
    }
  });

  it('the running quarter: the demo atasan\'s seksi is rated, n = 4 before the demo pegawai, and "Baik" deviates', async () => {
    const atasan = await database.db.selectFrom('pegawai').select(['id', 'unit_id']).where('nip', '=', nip('atasan')).executeTakeFirstOrThrow();
    const q4 = await database.db.selectFrom('penilaian_periode').select('id').where('jenis', '=', 'triwulanan').where('nomor', '=', 4).executeTakeFirstOrThrow();
    const rows = await database.db.selectFrom('penilaian').selectAll().where('periode_id', '=', q4.id).execute();
    expect(rows.every((r) => r.unit_id === atasan.unit_id && r.status === 'dinilai')).toBe(true);
    expect(rows).toHaveLength(4);
    const unit = await database.db.selectFrom('penilaian_unit').selectAll().where('periode_id', '=', q4.id).execute();
    expect(unit).toMatchObject([{ unit_id: atasan.unit_id, predikat_organisasi: 'baik', status: 'terbuka' }]);
    // with the demo pegawai rated Baik the board has n = 5 and breaks both bounds of "Baik"
    const kurva = periksaKurva('baik', hitungSebaran([...rows.map((r) => r.predikat as Predikat), 'baik']));
    expect({ n: kurva.n, sesuai: kurva.sesuai, hanyaInformasi: kurva.hanyaInformasi }).toEqual({ n: 5, sesuai: false, hanyaInformasi: false });

    // the atasan reads their bawahan's ratings through the API like any rated record
    const app = await buildApp({ ctx, logLevel: 'silent' });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: nip('atasan'), password: DEMO_PASSWORD } });
      const cookie = `kinerja_sesi=${login.cookies.find((c) => c.name === 'kinerja_sesi')!.value}`;
      const res = await app.inject({ method: 'GET', url: `/api/v1/penilaian/bawahan?periodeId=${q4.id}`, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: { status: string | null; predikat: string | null; pegawai: { nip: string | null } }[] };
      expect(body.items.filter((i) => i.status === 'dinilai')).toHaveLength(3);
      expect(body.items.find((i) => i.pegawai.nip === nip('pegawai'))).toMatchObject({ status: null });
      const detail = await app.inject({ method: 'GET', url: `/api/v1/penilaian/${rows.find((r) => r.penilai_id === atasan.id)!.id}`, headers: { cookie } });
      expect(detail.statusCode, detail.body).toBe(200);
      expect(detail.json()).toMatchObject({ status: 'dinilai', peranSaya: 'penilai' });
    } finally {
      await app.close();
    }
  });
});

describe('demo penilaian: production', () => {
  it('refuses to write anything in production', async () => {
    const database = await createTestDatabase();
    try {
      const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => new Date(), config: { production: true, secureCookies: true } };
      await expect(isiPenilaianDemo(database.db, ctx, { akunId: null, namaTampilan: 'Sistem', instansiId: 'x' }, new Date(), [])).rejects.toThrow(/production/);
      expect(await database.db.selectFrom('penilaian_periode').select('id').execute()).toEqual([]);
    } finally {
      await database.dispose();
    }
  });

  it('seeded in January: no past quarter, the running first quarter only', async () => {
    const now = new Date('2027-01-20T02:00:00Z');
    const database = await createTestDatabase();
    try {
      const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => now, config: { production: false, secureCookies: false } };
      await database.db.transaction().execute(async (trx) => {
        const demo = await seedDemo(trx, { passwordHash: 'x', now: now.toISOString() });
        const pelaku = { akunId: null, namaTampilan: 'Sistem', instansiId: demo.instansiId };
        await isiSkpDemo(trx, ctx, pelaku, now, demo.akunDemo);
        await isiPenilaianDemo(trx, ctx, pelaku, now, demo.akunDemo);
      });
      const rows = await database.db.selectFrom('penilaian').select(['status', 'dibuat_pada', 'diubah_pada']).execute();
      expect(rows.length).toBe(4);
      expect(rows.every((r) => r.status === 'dinilai' && r.diubah_pada <= now.toISOString() && r.dibuat_pada >= '2026-12-31T16:00:00.000Z')).toBe(true);
    } finally {
      await database.dispose();
    }
  });
});
