// The demo SKP year (demo-skp.ts) as `npm start` seeds it, on both databases: the cascade is consistent with who
// evaluates whom (penilaiDari), every link points at the penilai's RHK, submitted and approved SKPs are complete
// by the domain's own rule (masalahPengajuan), and the demo pegawai is left without an SKP for the journey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NILAI_BERAKHLAK } from '../../../../domain/berakhlak.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { type AspekIndikator, type JenisRhk, masalahPengajuan, type StatusSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { createTestDatabase } from '../../../test/test-db.ts';
import { buildApp } from '../../app.ts';
import { DEMO_PASSWORD } from '../auth/auth.service.ts';
import { bootstrap } from '../auth/bootstrap.service.ts';
import { penilaiDari } from '../kepegawaian/penilai.service.ts';
import { seedDemo } from '../kepegawaian/demo/seed-demo.ts';
import { isiSkpDemo } from './demo-skp.ts';
import { findSkp } from './skp.repository.ts';
import { susunDetail } from './skp.service.ts';

async function seeded(now: Date) {
  const database = await createTestDatabase();
  const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => now, config: { production: false, secureCookies: false } };
  const boot = await bootstrap(ctx, { seedDemo: true, adminPassword: 'Admin-Uji-Demo-2026', instansiNama: 'x' });
  const nip = (peran: string) => boot.akunDemo.find((a) => a.peran === peran)!.username;
  const db = database.db;
  const instansiId = (await db.selectFrom('instansi').select('id').executeTakeFirstOrThrow()).id;
  const pegawaiId = async (peran: string) => (await db.selectFrom('pegawai').select('id').where('nip', '=', nip(peran)).executeTakeFirstOrThrow()).id;
  const skp = await db.selectFrom('skp').selectAll().execute();
  const rhk = await db.selectFrom('skp_rhk').selectAll().orderBy('skp_id').orderBy('urutan').execute();
  const indikator = await db.selectFrom('skp_indikator').selectAll().orderBy('rhk_id').orderBy('urutan').execute();
  return { database, ctx, db, instansiId, pegawaiId, nip, skp, rhk, indikator };
}

describe('demo SKP year seeded on 29 November 2026 (10:00 WITA)', () => {
  const NOW = new Date('2026-11-29T02:00:00Z');
  let s: Awaited<ReturnType<typeof seeded>>;
  // the whole first start (≈ 8,000 pegawai, holidays, activities, SKP): slow on a busy PostgreSQL
  beforeAll(async () => {
    s = await seeded(NOW);
  }, 180_000);
  afterAll(async () => s?.database.dispose());

  const skpOf = (pegawaiId: string) => s.skp.filter((k) => k.pegawai_id === pegawaiId);

  it('opens the period of the current WITA year for the whole instansi, kuantitatif', async () => {
    const periode = await s.db.selectFrom('skp_periode').selectAll().execute();
    expect(periode).toHaveLength(1);
    expect(periode[0]).toMatchObject({ tahun: 2026, tanggal_mulai: '2026-01-01', tanggal_selesai: '2026-12-31', pendekatan_bawaan: 'kuantitatif', unit_ids: null, status: 'buka', versi: 1 });
    expect(s.skp.every((k) => k.periode_id === periode[0]!.id && k.pendekatan === 'kuantitatif')).toBe(true);
  });

  it('gives Dinas Kesehatan a Perjanjian Kinerja with 3–4 sasaran, each with indikator and target', async () => {
    const pk = await s.db.selectFrom('perjanjian_kinerja').innerJoin('unit_kerja', 'unit_kerja.id', 'perjanjian_kinerja.unit_id').select(['perjanjian_kinerja.id', 'unit_kerja.kode', 'perjanjian_kinerja.tahun']).execute();
    expect(pk).toEqual([expect.objectContaining({ kode: 'DINKES', tahun: 2026 })]);
    const sasaran = await s.db.selectFrom('perjanjian_kinerja_sasaran').selectAll().where('perjanjian_id', '=', pk[0]!.id).orderBy('urutan').execute();
    expect(sasaran.length).toBeGreaterThanOrEqual(3);
    expect(sasaran.length).toBeLessThanOrEqual(4);
    expect(sasaran[0]).toMatchObject({ sasaran: 'Meningkatnya derajat kesehatan masyarakat', indikator: 'Angka kematian ibu', target: '≤ 90 per 100.000 KH' });
    for (const x of sasaran) for (const v of [x.sasaran, x.indikator, x.target]) expect(v.trim()).not.toBe('');
  });

  it('leaves the demo pegawai without an SKP (the browser journey starts it)', async () => {
    expect(skpOf(await s.pegawaiId('pegawai'))).toEqual([]);
  });

  it('names on every SKP the penilai and atasan penilai that penilaiDari gives today', async () => {
    const today = tanggalWita(NOW);
    for (const k of s.skp) {
      const chain = await penilaiDari(s.ctx, s.instansiId, k.pegawai_id, today);
      expect(k.penilai_id, k.pegawai_id).toBe(chain.penilai?.pegawaiId ?? null);
      expect(k.atasan_penilai_id, k.pegawai_id).toBe(chain.atasanPenilai?.pegawaiId ?? null);
      expect(k.penilai_id).not.toBeNull();
    }
  });

  it('approves the chain kepala dinas → kepala bidang → demo atasan, each linked to their penilai’s RHK', async () => {
    const kepala = await s.pegawaiId('pimpinan_opd');
    const atasan = await s.pegawaiId('atasan');
    const today = tanggalWita(NOW);
    const kabid = (await penilaiDari(s.ctx, s.instansiId, atasan, today)).penilai!.pegawaiId;
    expect((await penilaiDari(s.ctx, s.instansiId, kabid, today)).penilai?.pegawaiId).toBe(kepala);

    const sasaranIds = new Set((await s.db.selectFrom('perjanjian_kinerja_sasaran').select('id').execute()).map((x) => x.id));
    const [skpKepala] = skpOf(kepala);
    expect(skpKepala).toMatchObject({ status: 'disetujui', disetujui_oleh: skpKepala!.penilai_id });
    const rhkKepala = s.rhk.filter((r) => r.skp_id === skpKepala!.id);
    expect(rhkKepala.length).toBeGreaterThanOrEqual(3);
    // JPT: RHK derive from the Perjanjian Kinerja, not from an RHK pimpinan
    for (const r of rhkKepala) {
      expect(r.rhk_atasan_id).toBeNull();
      expect(sasaranIds.has(r.pk_sasaran_id ?? '')).toBe(true);
    }
    for (const [bawah, atas] of [[kabid, skpKepala!.id], [atasan, skpOf(kabid)[0]!.id]] as const) {
      const [k] = skpOf(bawah);
      expect(k).toMatchObject({ status: 'disetujui', disetujui_oleh: k!.penilai_id });
      const idsAtas = new Set(s.rhk.filter((r) => r.skp_id === atas).map((r) => r.id));
      const rhkBawah = s.rhk.filter((r) => r.skp_id === k!.id);
      expect(rhkBawah.length).toBeGreaterThanOrEqual(2);
      for (const r of rhkBawah) expect(idsAtas.has(r.rhk_atasan_id ?? '')).toBe(true);
    }

    // ekspektasi khusus pimpinan on 2–3 BerAKHLAK values of each SKP of the chain
    for (const id of [kepala, kabid, atasan]) {
      const e = await s.db.selectFrom('skp_ekspektasi').selectAll().where('skp_id', '=', skpOf(id)[0]!.id).execute();
      expect(e.length).toBeGreaterThanOrEqual(2);
      expect(e.length).toBeLessThanOrEqual(3);
      for (const x of e) {
        expect(NILAI_BERAKHLAK).toContain(x.nilai);
        expect(x.ekspektasi.length).toBeGreaterThan(10);
      }
    }
  });

  it('fills the demo atasan’s queue: two submitted, one returned with a note, one draft', async () => {
    const atasan = await s.pegawaiId('atasan');
    const bawahan = s.skp.filter((k) => k.penilai_id === atasan);
    const count = (st: StatusSkp) => bawahan.filter((k) => k.status === st).length;
    expect({ diajukan: count('diajukan'), dikembalikan: count('dikembalikan'), draft: count('draft') }).toEqual({ diajukan: 2, dikembalikan: 1, draft: 1 });
    for (const k of bawahan.filter((x) => x.status === 'diajukan')) expect(k.diajukan_pada).not.toBeNull();
    expect(bawahan.find((k) => k.status === 'dikembalikan')?.catatan_penilai).toMatch(/\S{3}/);
    const rhkAtasan = new Set(s.rhk.filter((r) => r.skp_id === skpOf(atasan)[0]!.id).map((r) => r.id));
    for (const r of s.rhk.filter((x) => bawahan.some((k) => k.id === x.skp_id))) expect(rhkAtasan.has(r.rhk_atasan_id ?? '')).toBe(true);
  });

  it('every SKP past draft is complete by masalahPengajuan; the draft is not', async () => {
    const kepala = await s.pegawaiId('pimpinan_opd');
    for (const k of s.skp) {
      const isi = {
        pendekatan: 'kuantitatif' as const,
        rhk: s.rhk
          .filter((r) => r.skp_id === k.id)
          .map((r) => ({
            jenis: r.jenis as JenisRhk,
            uraian: r.uraian,
            rhkAtasanId: r.rhk_atasan_id,
            pkId: r.pk_sasaran_id,
            indikator: s.indikator
              .filter((i) => i.rhk_id === r.id)
              .map((i) => ({ aspek: i.aspek as AspekIndikator, uraian: i.uraian, targetAngka: i.target_angka, targetSatuan: i.target_satuan, targetNarasi: i.target_narasi })),
          })),
      };
      const masalah = masalahPengajuan(isi, { tanpaTautan: k.pegawai_id === kepala });
      if (k.status === 'draft') expect(masalah.length, k.id).toBeGreaterThan(0);
      else expect(masalah, k.id).toEqual([]);
    }
  });

  it('reads as the SKP service reads it: complete past draft, links resolved, JPT without RHK pimpinan', async () => {
    const kepala = await s.pegawaiId('pimpinan_opd');
    for (const k of s.skp) {
      const d = await susunDetail(s.ctx, (await findSkp(s.db, s.instansiId, k.id))!, 'pemilik');
      expect(d.tanpaTautan, k.id).toBe(k.pegawai_id === kepala);
      if (k.status !== 'draft') expect(d.masalah, k.id).toEqual([]);
      for (const r of d.rhk) expect(r.rhkAtasanUraian ?? r.pkSasaran, r.uraian).toBeTruthy();
      expect(d.aksi).toEqual(k.status === 'disetujui' ? ['minta_buka'] : k.status === 'diajukan' ? ['tarik'] : ['ubah', 'ajukan']);
    }
  });

  it('through the API: the atasan finds two SKPs waiting; the pegawai may start one', async () => {
    const app = await buildApp({ ctx: s.ctx, logLevel: 'silent' });
    try {
      const masuk = async (peran: string) => {
        const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: s.nip(peran), password: DEMO_PASSWORD } });
        return `kinerja_sesi=${res.cookies.find((c) => c.name === 'kinerja_sesi')!.value}`;
      };
      const antrian = await app.inject({ method: 'GET', url: '/api/v1/skp/antrian', headers: { cookie: await masuk('atasan') } });
      expect(antrian.statusCode).toBe(200);
      const a = antrian.json() as { periode: { tahun: number }; skpSayaId: string | null; menunggu: { status: string }[]; bawahan: { status: string | null }[] };
      expect(a.periode.tahun).toBe(2026);
      expect(a.skpSayaId).not.toBeNull();
      expect(a.menunggu.map((m) => m.status)).toEqual(['diajukan', 'diajukan']);
      expect(a.bawahan.filter((b) => b.status === null).length).toBeGreaterThanOrEqual(1); // at least the demo pegawai

      const saya = await app.inject({ method: 'GET', url: '/api/v1/skp/saya', headers: { cookie: await masuk('pegawai') } });
      expect(saya.json()).toMatchObject({ skp: [], periodeTerbuka: [{ tahun: 2026, sudahAda: false }] });
    } finally {
      await app.close();
    }
  });

  it('keeps version and timestamps as the service would: created ≤ submitted ≤ decided ≤ now', () => {
    for (const k of s.skp) {
      expect(k.versi).toBeGreaterThanOrEqual(k.status === 'draft' ? 1 : 3);
      const urut = [k.dibuat_pada, k.diajukan_pada, k.disetujui_pada, k.diubah_pada].filter((x): x is string => x !== null);
      expect(urut.every((t) => t >= '2026-01-01T00:00:00.000Z' && t <= NOW.toISOString())).toBe(true);
      if (k.diajukan_pada) expect(k.diajukan_pada >= k.dibuat_pada).toBe(true);
      if (k.disetujui_pada) expect(k.disetujui_pada >= k.diajukan_pada!).toBe(true);
      expect(k.diubah_pada >= k.dibuat_pada).toBe(true);
      expect(k.status === 'disetujui').toBe(k.disetujui_pada !== null);
      expect(k.status === 'draft').toBe(k.diajukan_pada === null);
    }
  });

  it('writes one audit entry for the demo SKP data', async () => {
    const audit = await s.db.selectFrom('audit_log').select(['aksi', 'ringkasan']).where('aksi', '=', 'DATA_DEMO_SKP').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.ringkasan).sesudah).toMatchObject({ tahun: 2026, skp: s.skp.length });
  });
});

describe('demo SKP year: the first hours of a year, and production', () => {
  it('opens that year and keeps every timestamp between 1 January and the seed clock', async () => {
    const now = new Date('2026-12-31T16:30:00Z'); // 00:30 WITA on 1 January 2027, before the first working morning
    const database = await createTestDatabase();
    try {
      const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => now, config: { production: false, secureCookies: false } };
      // the org tree and the SKP part only (activities and password hashing are not what is tested here)
      const n = await database.db.transaction().execute(async (trx) => {
        const demo = await seedDemo(trx, { passwordHash: 'x', now: now.toISOString() });
        return isiSkpDemo(trx, ctx, { akunId: null, namaTampilan: 'Sistem', instansiId: demo.instansiId }, now, demo.akunDemo);
      });
      const periode = await database.db.selectFrom('skp_periode').select(['tahun', 'tanggal_mulai']).execute();
      expect(periode).toEqual([{ tahun: 2027, tanggal_mulai: '2027-01-01' }]);
      const skp = await database.db.selectFrom('skp').selectAll().execute();
      expect(skp).toHaveLength(n);
      expect(n).toBeGreaterThan(5);
      for (const k of skp) for (const t of [k.dibuat_pada, k.diajukan_pada, k.disetujui_pada, k.diubah_pada]) if (t) expect(t >= '2026-12-31T16:00:00.000Z' && t <= now.toISOString(), t).toBe(true);
    } finally {
      await database.dispose();
    }
  });

  it('refuses to write anything in production', async () => {
    const database = await createTestDatabase();
    try {
      const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => new Date(), config: { production: true, secureCookies: true } };
      await expect(isiSkpDemo(database.db, ctx, { akunId: null, namaTampilan: 'Sistem', instansiId: 'x' }, new Date(), [])).rejects.toThrow(/production/);
      expect(await database.db.selectFrom('skp_periode').select('id').execute()).toEqual([]);
    } finally {
      await database.dispose();
    }
  });
});
