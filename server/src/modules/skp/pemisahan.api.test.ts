// Mid-year split (pemisahan.service.ts, DOMAIN.md §2.1): a mutasi or a change of penilai made through the kepegawaian
// API closes the running SKP and opens a draft continuation with the RHK copied; a change on the SKP's first day only
// updates its snapshot; nobody else is touched. Fixture "Kota Uji" (Kasi Imunisasi vacant: its staf are evaluated by
// the Kabid); clock 2026-11-29. SKP rows are inserted directly with the snapshot the chain gives today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';
import { penilaiDari } from '../kepegawaian/penilai.service.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const HARI_INI = '2026-11-29';
const ts = '2026-01-05T01:00:00.000Z';
let periodeId: string;

interface SkpUji {
  id: string;
  rhkIds: string[];
}

/** An SKP of the pegawai with the post, unit and penilai of today, two RHK with one indicator each. */
async function buatSkp(pegawai: keyof Fixture['p'], o: { status: string; mulai?: string; rhkAtasan?: (string | null)[]; ekspektasi?: boolean }): Promise<SkpUji> {
  const db = t.ctx.db;
  const id = newId();
  const pegawaiId = t.fx.p[pegawai];
  const p = await db.selectFrom('pegawai').select(['jabatan_id', 'unit_id']).where('id', '=', pegawaiId).executeTakeFirstOrThrow();
  const chain = await penilaiDari(t.ctx, t.fx.instansiId, pegawaiId, HARI_INI);
  await db.insertInto('skp').values({
    id, instansi_id: t.fx.instansiId, periode_id: periodeId, pegawai_id: pegawaiId, tanggal_mulai: o.mulai ?? '2026-01-01', tanggal_selesai: '2026-12-31', pendekatan: 'kuantitatif',
    status: o.status, jabatan_id: p.jabatan_id, unit_id: p.unit_id, penilai_id: chain.penilai?.pegawaiId ?? null, atasan_penilai_id: chain.atasanPenilai?.pegawaiId ?? null,
    catatan_penilai: null, alasan_buka: null, diajukan_pada: null, disetujui_pada: o.status === 'disetujui' ? ts : null, disetujui_oleh: null, ditutup_pada: null, asal_skp_id: null,
    versi: 1, dibuat_pada: ts, diubah_pada: ts,
  }).execute();
  const rhkIds: string[] = [];
  for (const [i, jenis] of (['utama', 'tambahan'] as const).entries()) {
    const rhkId = newId();
    rhkIds.push(rhkId);
    await db.insertInto('skp_rhk').values({ id: rhkId, instansi_id: t.fx.instansiId, skp_id: id, jenis, uraian: `RHK ${pegawai} ${i + 1}`, rhk_atasan_id: o.rhkAtasan?.[i] ?? null, pk_sasaran_id: null, asal_rhk_id: null, urutan: i }).execute();
    await db.insertInto('skp_indikator').values({ id: newId(), instansi_id: t.fx.instansiId, skp_id: id, rhk_id: rhkId, aspek: 'kuantitas', uraian: `Jumlah dokumen ${i + 1}`, target_angka: 12, target_satuan: 'Dokumen', target_narasi: null, urutan: 0 }).execute();
  }
  if (o.ekspektasi) await db.insertInto('skp_ekspektasi').values({ skp_id: id, instansi_id: t.fx.instansiId, nilai: 'berorientasi_pelayanan', ekspektasi: 'Menanggapi keluhan dalam satu hari', diubah_pada: ts }).execute();
  return { id, rhkIds };
}

const skp = (id: string) => t.ctx.db.selectFrom('skp').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const lanjutanDari = (id: string) => t.ctx.db.selectFrom('skp').selectAll().where('asal_skp_id', '=', id).execute();
const rhkDari = (skpId: string) => t.ctx.db.selectFrom('skp_rhk').selectAll().where('skp_id', '=', skpId).orderBy('urutan').execute();
const indikatorDari = (skpId: string) => t.ctx.db.selectFrom('skp_indikator').selectAll().where('skp_id', '=', skpId).orderBy('urutan').execute();
const ekspektasiDari = (skpId: string) => t.ctx.db.selectFrom('skp_ekspektasi').selectAll().where('skp_id', '=', skpId).execute();
const audit = (aksi: string, entitasId: string) => t.ctx.db.selectFrom('audit_log').select(['aksi', 'ringkasan']).where('aksi', '=', aksi).where('entitas_id', '=', entitasId).execute();

async function jabatanBaru(key: string, nama: string, unit: keyof Fixture['unit'], atasan: string): Promise<string> {
  const id = newId();
  await t.ctx.db.insertInto('jabatan').values({ id, instansi_id: t.fx.instansiId, unit_id: t.fx.unit[unit], nama, jenis: 'pelaksana', jenjang: null, kelas_jabatan: null, atasan_jabatan_id: t.fx.jab[atasan]!, kepala_unit: 0, dibuat_pada: ts }).execute();
  t.fx.jab[key] = id;
  return id;
}

async function mutasi(pegawai: keyof Fixture['p'], jabatanId: string, tanggal: string): Promise<void> {
  const { versi } = await t.ctx.db.selectFrom('pegawai').select('versi').where('id', '=', t.fx.p[pegawai]).executeTakeFirstOrThrow();
  const res = await (await as('analis')).post(`/api/v1/pegawai/${t.fx.p[pegawai]}/mutasi`, { versi, jabatanId, tanggal, jenis: 'mutasi' });
  expect(res.statusCode, res.body).toBe(200);
}

let kasi: SkpUji;
let kabid: SkpUji;
let stafA: SkpUji;
let stafB: SkpUji;
let stafC: SkpUji;
let dokter: SkpUji;

beforeAll(async () => {
  t = await createTestApp();
  periodeId = newId();
  await t.ctx.db.insertInto('skp_periode').values({ id: periodeId, instansi_id: t.fx.instansiId, tahun: 2026, tanggal_mulai: '2026-01-01', tanggal_selesai: '2026-12-31', pendekatan_bawaan: 'kuantitatif', unit_ids: null, status: 'buka', versi: 1, dibuat_pada: ts, diubah_pada: ts }).execute();
  kabid = await buatSkp('kabidP2p', { status: 'disetujui' });
  kasi = await buatSkp('kasiSurv', { status: 'disetujui', rhkAtasan: [kabid.rhkIds[0]!, null] });
  stafA = await buatSkp('stafA', { status: 'disetujui', rhkAtasan: [kasi.rhkIds[0]!, kasi.rhkIds[1]!], ekspektasi: true });
  stafB = await buatSkp('stafB', { status: 'diajukan', rhkAtasan: [kasi.rhkIds[0]!, null] });
  stafC = await buatSkp('stafC', { status: 'disetujui', rhkAtasan: [kabid.rhkIds[0]!, kabid.rhkIds[1]!], ekspektasi: true });
  dokter = await buatSkp('dokter', { status: 'draft', mulai: '2026-11-15' });
});
afterAll(async () => t.close());

describe('mutasi', () => {
  it('closes the approved SKP the day before the mutasi and opens a draft with the RHK copied and the links dropped (new penilai)', async () => {
    // staf A leaves Seksi Surveilans (penilai: Kasi Surveilans) for Seksi Imunisasi (vacant kasi → the Kabid)
    await mutasi('stafA', t.fx.jab.stafImun!, '2026-11-01');

    const lama = await skp(stafA.id);
    expect(lama).toMatchObject({ status: 'ditutup', tanggal_mulai: '2026-01-01', tanggal_selesai: '2026-10-31', ditutup_pada: t.clock.now.toISOString(), versi: 2 });
    expect(lama).toMatchObject({ jabatan_id: t.fx.jab.stafSurv, penilai_id: t.fx.p.kasiSurv }); // the old SKP keeps what it was made under
    const [baru, ...lain] = await lanjutanDari(stafA.id);
    expect(lain).toEqual([]);
    expect(baru).toMatchObject({
      pegawai_id: t.fx.p.stafA, periode_id: periodeId, status: 'draft', tanggal_mulai: '2026-11-01', tanggal_selesai: '2026-12-31', pendekatan: 'kuantitatif',
      jabatan_id: t.fx.jab.stafImun, unit_id: t.fx.unit.imunisasi, penilai_id: t.fx.p.kabidP2p, atasan_penilai_id: t.fx.p.kadisKes, versi: 1, disetujui_pada: null,
    });
    const rhk = await rhkDari(baru!.id);
    expect(rhk.map((r) => [r.jenis, r.uraian, r.asal_rhk_id, r.rhk_atasan_id])).toEqual([
      ['utama', 'RHK stafA 1', stafA.rhkIds[0], null],
      ['tambahan', 'RHK stafA 2', stafA.rhkIds[1], null],
    ]);
    const ind = await indikatorDari(baru!.id);
    expect(ind).toHaveLength(2);
    expect(ind.map((i) => [i.rhk_id, i.uraian, i.target_angka, i.target_satuan]).sort()).toEqual([
      [rhk[0]!.id, 'Jumlah dokumen 1', 12, 'Dokumen'],
      [rhk[1]!.id, 'Jumlah dokumen 2', 12, 'Dokumen'],
    ].sort());
    expect(await ekspektasiDari(baru!.id)).toEqual([]);
    // the old SKP's content stays as it was
    expect((await rhkDari(stafA.id)).map((r) => r.rhk_atasan_id)).toEqual([kasi.rhkIds[0], kasi.rhkIds[1]]);

    expect(await audit('skp.ditutup_mutasi', stafA.id)).toHaveLength(1);
    const dibuat = await audit('skp.lanjutan_dibuat', baru!.id);
    expect(dibuat).toHaveLength(1);
    expect(JSON.parse(dibuat[0]!.ringkasan).sesudah).toMatchObject({ asalSkpId: stafA.id, tanggalMulai: '2026-11-01', penilaiId: t.fx.p.kabidP2p, jumlahRhk: 2, tautanDisalin: false });
  });

  it('nobody else is touched: SKPs whose post and penilai are unchanged, and pegawai without an SKP', async () => {
    for (const s of [kabid, kasi, stafB, stafC, dokter]) expect((await skp(s.id)).versi).toBe(1);
    expect(await t.ctx.db.selectFrom('skp').select('id').where('pegawai_id', 'in', [t.fx.p.stafD, t.fx.p.kadisKes]).execute()).toEqual([]);
    // another mutasi (a pegawai without SKP) re-checks the whole instansi and changes nothing
    await jabatanBaru('stafDik2', 'Pengolah Data Pendidikan', 'disdik', 'kadisDik');
    await mutasi('stafD', t.fx.jab.stafDik2!, '2026-11-20');
    expect(await t.ctx.db.selectFrom('skp').select('id').where('pegawai_id', '=', t.fx.p.stafD).execute()).toEqual([]);
    for (const s of [kabid, kasi, stafB, stafC, dokter]) expect((await skp(s.id)).versi).toBe(1);
    expect(await lanjutanDari((await lanjutanDari(stafA.id))[0]!.id)).toEqual([]);
  });

  it('a new post under the same penilai splits too, keeping the links to the penilai’s RHK and the ekspektasi', async () => {
    // staf C moves to another post of Seksi Imunisasi: still evaluated by the Kabid
    await jabatanBaru('stafImun2', 'Pengelola Vaksin', 'imunisasi', 'kasiImun');
    await mutasi('stafC', t.fx.jab.stafImun2!, '2026-10-01');
    expect(await skp(stafC.id)).toMatchObject({ status: 'ditutup', tanggal_selesai: '2026-09-30' });
    const [baru] = await lanjutanDari(stafC.id);
    expect(baru).toMatchObject({ status: 'draft', tanggal_mulai: '2026-10-01', jabatan_id: t.fx.jab.stafImun2, penilai_id: t.fx.p.kabidP2p });
    expect((await rhkDari(baru!.id)).map((r) => r.rhk_atasan_id)).toEqual([kabid.rhkIds[0], kabid.rhkIds[1]]);
    expect((await ekspektasiDari(baru!.id)).map((e) => [e.nilai, e.ekspektasi])).toEqual([['berorientasi_pelayanan', 'Menanggapi keluhan dalam satu hari']]);
  });

  it('a change dated on the SKP’s first day only updates its snapshot (no split)', async () => {
    await jabatanBaru('dokter2', 'Dokter Ahli Muda Poli Anak', 'dinkes', 'kadisKes');
    await mutasi('dokter', t.fx.jab.dokter2!, '2026-11-15');
    const s = await skp(dokter.id);
    expect(s).toMatchObject({ status: 'draft', tanggal_mulai: '2026-11-15', tanggal_selesai: '2026-12-31', jabatan_id: t.fx.jab.dokter2, penilai_id: t.fx.p.kadisKes, versi: 2, ditutup_pada: null });
    expect(await lanjutanDari(dokter.id)).toEqual([]);
    expect(await audit('skp.ikut_perubahan', dokter.id)).toHaveLength(1);
    expect(await audit('skp.ditutup_mutasi', dokter.id)).toEqual([]);
  });
});

describe('with the SKP API', () => {
  it('an SKP made through the API is split by a mutasi and both halves read back through the API', async () => {
    const staf = await as('stafD');
    const buat = await staf.post('/api/v1/skp', { periodeId });
    expect(buat.statusCode, buat.body).toBe(201);
    const dibuat = buat.json() as { id: string; versi: number };
    const isi = {
      versi: dibuat.versi,
      pendekatan: 'kuantitatif',
      rhk: [{ jenis: 'utama', uraian: 'Terkelolanya data peserta didik', indikator: [{ aspek: 'kuantitas', uraian: 'Jumlah laporan data', targetAngka: 12, targetSatuan: 'Laporan' }] }],
    };
    const ubah = await staf.request({ method: 'PUT', url: `/api/v1/skp/${dibuat.id}`, payload: isi });
    expect(ubah.statusCode, ubah.body).toBe(200);

    // staf D (on Pengolah Data Pendidikan since 2026-11-20) goes back to the first post from 2026-11-25
    await mutasi('stafD', t.fx.jab.stafDik!, '2026-11-25');
    const lama = (await staf.get(`/api/v1/skp/${dibuat.id}`)).json();
    expect(lama).toMatchObject({ status: 'ditutup', tanggalSelesai: '2026-11-24', aksi: [] });
    expect(lama.ditutupPada).toBeTruthy();
    const [baruRow] = await lanjutanDari(dibuat.id);
    const baru = await staf.get(`/api/v1/skp/${baruRow!.id}`);
    expect(baru.statusCode, baru.body).toBe(200);
    expect(baru.json()).toMatchObject({ status: 'draft', tanggalMulai: '2026-11-25', tanggalSelesai: '2026-12-31', asalSkpId: dibuat.id, peranSaya: 'pemilik' });
    expect(baru.json().rhk.map((r: { uraian: string; indikator: { targetTeks: string }[] }) => [r.uraian, r.indikator.map((i) => i.targetTeks)])).toEqual([['Terkelolanya data peserta didik', ['12 Laporan']]]);
    expect(baru.json().penilai.pegawaiId).toBe(t.fx.p.kadisDik);
  });
});

describe('change of penilai (override)', () => {
  it('an override of staf B’s penilai splits the submitted SKP today and drops the links', async () => {
    const o = await (await as('analis')).post('/api/v1/penilai/override', { pegawaiId: t.fx.p.stafB, penilaiId: t.fx.p.kabidP2p, mulai: '2026-11-01', alasan: 'Kasi sedang tugas belajar' });
    expect(o.statusCode, o.body).toBe(201);
    expect(await skp(stafB.id)).toMatchObject({ status: 'ditutup', tanggal_selesai: '2026-11-28', versi: 2 });
    const [baru] = await lanjutanDari(stafB.id);
    expect(baru).toMatchObject({ status: 'draft', tanggal_mulai: HARI_INI, jabatan_id: t.fx.jab.stafSurv, unit_id: t.fx.unit.surveilans, penilai_id: t.fx.p.kabidP2p });
    expect((await rhkDari(baru!.id)).map((r) => [r.asal_rhk_id, r.rhk_atasan_id])).toEqual([[stafB.rhkIds[0], null], [stafB.rhkIds[1], null]]);
    expect(await audit('skp.ditutup_mutasi', stafB.id)).toHaveLength(1);
    expect(await audit('skp.lanjutan_dibuat', baru!.id)).toHaveLength(1);
  });

  it('when a penilai’s own SKP is split, the running SKPs they evaluate follow to the copies of their RHK', async () => {
    const [lanjutanC] = await lanjutanDari(stafC.id);
    const o = await (await as('analis')).post('/api/v1/penilai/override', { pegawaiId: t.fx.p.kabidP2p, penilaiId: t.fx.p.sekda, mulai: '2026-11-01', alasan: 'Kepala dinas cuti panjang' });
    expect(o.statusCode, o.body).toBe(201);
    expect(await skp(kabid.id)).toMatchObject({ status: 'ditutup', tanggal_selesai: '2026-11-28' });
    const [kabidBaru] = await lanjutanDari(kabid.id);
    const rhkKabidBaru = await rhkDari(kabidBaru!.id);
    // staf C's running continuation now points at the Kabid's new RHK; the closed SKPs keep the old links
    expect((await rhkDari(lanjutanC!.id)).map((r) => r.rhk_atasan_id)).toEqual([rhkKabidBaru[0]!.id, rhkKabidBaru[1]!.id]);
    expect((await rhkDari(stafC.id)).map((r) => r.rhk_atasan_id)).toEqual([kabid.rhkIds[0], kabid.rhkIds[1]]);
    // Kasi Surveilans (approved, penilai unchanged) follows too, without a new version
    expect((await rhkDari(kasi.id)).map((r) => r.rhk_atasan_id)).toEqual([rhkKabidBaru[0]!.id, null]);
    expect((await skp(kasi.id)).versi).toBe(1);
  });
});
