// Kalibrasi through HTTP on SQLite and PostgreSQL (issue 6 phase 2, DOMAIN.md §2.4): who sees which units and boards,
// who sets a unit's predikat organisasi and finalises it; the predikat organisasi becoming the kepala unit's rating hasil
// kerja; the live distribution and curve on the board; the penetapan refused while someone is unrated, without predikat
// organisasi, with nobody rated, or with a deviation (n ≥ 5) and no justification; the penetapan with a justification
// (two at once: one wins); and nothing changing on a finalised evaluation afterwards.
// Chain (server/test/factories.ts): Kadis Kesehatan ← Kabid P2P ← Kasi Surveilans ← Staf A, Staf B (+ Staf E, Staf F
// added here in the Seksi Surveilans so that its board reaches n = 5); Staf C in the Seksi Imunisasi (kepala vacant,
// rated by the Kabid). The clock is Sunday 29 Nov 2026 10:00 WITA: Triwulan IV and the tahunan period are running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlurPenilaian, type PenilaianUji, type Siapa, siapkanPenilaian, type SkpUji } from '../../../test/penilaian-alur.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
let alur: AlurPenilaian;
let q4: string;
let tahunan: string;
let kasi: SkpUji;
const nilai: Record<string, PenilaianUji> = {};

type UnitBaris = { unit: { id: string; nama: string; kedalaman: number }; predikatOrganisasi: string | null; status: string; jumlahPenilaian: number; jumlahDinilai: number; jumlahBelumDinilai: number; sebaran: Record<string, number>; kurva: Kurva | null; bolehKelola: boolean; versi: number | null };
type Kurva = { n: number; sesuai: boolean; hanyaInformasi: boolean; batas: { jenis: string; predikat: string[]; jumlah: number; batasJumlah: number; terpenuhi: boolean; penjelasan: string }[] };
type Papan = UnitBaris & {
  items: { penilaianId: string; pegawai: { nama: string }; status: string; predikat: string | null; kepalaUnit: boolean; penilaiNama: string | null }[];
  hambatan: string[];
  perluJustifikasi: boolean;
  justifikasi: string | null;
  sebaranPenetapan: Record<string, number> | null;
  ditetapkanOleh: string | null;
  ditetapkanPada: string | null;
  predikatOleh: string | null;
};

const daftar = async (who: Siapa, periodeId = q4) => (await alur.as(who)).get(`/api/v1/kalibrasi?periodeId=${periodeId}`);
const papanUrl = (unit: string, periodeId = q4) => `/api/v1/kalibrasi/${periodeId}/unit/${unit}`;
const papan = async (who: Siapa, unit: string, periodeId = q4) => (await alur.as(who)).get(papanUrl(unit, periodeId));
const setPredikat = async (who: Siapa, unit: string, versi: number | null, predikatOrganisasi: string, periodeId = q4) =>
  (await alur.as(who)).request({ method: 'PUT', url: `${papanUrl(unit, periodeId)}/predikat`, payload: { versi, predikatOrganisasi, catatan: 'Capaian sasaran unit sesuai Perjanjian Kinerja' } });
const tetapkan = async (who: Siapa, unit: string, versi: number, justifikasi?: string) => (await alur.as(who)).post(`${papanUrl(unit)}/tetapkan`, { versi, ...(justifikasi ? { justifikasi } : {}) });
const unitIds = (res: { json(): unknown }) => (res.json() as { units: UnitBaris[] }).units.map((u) => u.unit.id);

/** Another pelaksana of the Seksi Surveilans (post and history like the fixture's staf), with an account. */
async function tambahStaf(key: string, nama: string, urut: number): Promise<Siapa> {
  const { db } = t.ctx;
  const inst = t.fx.instansiId;
  const ts = t.clock.now.toISOString();
  const id = newId();
  const nip = `199001012015011${String(urut).padStart(3, '0')}`;
  await db.insertInto('pegawai').values({
    id, instansi_id: inst, nip, nama, gelar_depan: null, gelar_belakang: null, jenis_asn: 'PNS', jenis_kelamin: null, tanggal_lahir: null, golongan: null,
    jabatan_id: t.fx.jab.stafSurv!, unit_id: t.fx.unit.surveilans, status: 'aktif', status_sejak: '2024-01-02', email: null, telepon: null, dibuat_pada: ts, diubah_pada: ts,
  }).execute();
  await db.insertInto('riwayat_jabatan').values({
    id: newId(), instansi_id: inst, pegawai_id: id, jabatan_id: t.fx.jab.stafSurv!, unit_id: t.fx.unit.surveilans, mulai: '2024-01-02', selesai: null, jenis: 'awal', nomor_sk: null, keterangan: null, dibuat_oleh: null, dibuat_pada: ts,
  }).execute();
  const { password_hash } = await db.selectFrom('akun').select('password_hash').where('username', '=', t.fx.u.stafA!).executeTakeFirstOrThrow();
  const akunId = newId();
  await db.insertInto('akun').values({ id: akunId, instansi_id: inst, pegawai_id: id, username: nip, nama_tampilan: nama, password_hash, password_diubah_pada: ts, dibuat_pada: ts }).execute();
  await db.insertInto('akun_peran').values({ akun_id: akunId, instansi_id: inst, peran: 'pegawai', unit_id: null }).execute();
  (t.fx.p as Record<string, string>)[key] = id;
  t.fx.u[key] = nip;
  return key as Siapa;
}

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  q4 = alur.periode.q4.id;
  tahunan = alur.periode.tahunan.id;
  kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Tersedianya data surveilans penyakit', rhkAtasanId: alur.rhkKabidId }]);
  for (const who of ['stafA', 'stafB'] as const) await alur.skpDisetujui(who, 'kasiSurv', [{ uraian: `Laporan surveilans ${who}`, rhkAtasanId: kasi.rhk[0]!.id }]);
  await alur.skpDisetujui('stafC', 'kabidP2p', [{ uraian: 'Laporan imunisasi', rhkAtasanId: alur.rhkKabidId }]);
  // the Kasi is rated before the seksi has a predikat organisasi: Di Atas / Di Atas → Sangat Baik, until the Kabid sets it
  nilai.kasi = await alur.sampaiDinilai('kasiSurv', 'kabidP2p', q4, 'di_atas', 'di_atas');
  nilai.stafA = await alur.sampaiDinilai('stafA', 'kasiSurv', q4, 'di_atas', 'di_atas');
  nilai.stafB = await alur.sampaiDinilai('stafB', 'kasiSurv', q4, 'sesuai', 'sesuai');
});
afterAll(async () => t?.close());

describe('who sees which units', () => {
  it('lists the units strictly below the units a pimpinan leads, as a tree; nothing for a kepala without units below or a staf', async () => {
    const kadis = await daftar('kadisKes');
    expect(kadis.statusCode, kadis.body).toBe(200);
    const rows = (kadis.json() as { units: UnitBaris[] }).units;
    expect(rows.map((r) => [r.unit.nama, r.unit.kedalaman])).toEqual([
      ['Bidang Pencegahan dan Pengendalian Penyakit', 0],
      ['Seksi Imunisasi', 1],
      ['Seksi Surveilans', 1],
    ]);
    expect(rows.every((r) => r.bolehKelola)).toBe(true);
    expect(new Set(unitIds(await daftar('kabidP2p')))).toEqual(new Set([t.fx.unit.surveilans, t.fx.unit.imunisasi]));
    for (const who of ['kasiSurv', 'stafA', 'kadisDik'] as const) {
      const res = await daftar(who);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect(res.json().units).toEqual([]);
    }
  });

  it('gives the wali kota every unit (the root included, to calibrate), admin BKPPD and auditor every unit read-only', async () => {
    const wk = (await daftar('walikota')).json() as { units: UnitBaris[] };
    expect(wk.units.map((u) => u.unit.id)).toHaveLength(Object.keys(t.fx.unit).length);
    expect(wk.units[0]!.unit).toMatchObject({ id: t.fx.unit.root, kedalaman: 0 });
    expect(wk.units.find((u) => u.unit.id === t.fx.unit.surveilans)!.unit.kedalaman).toBe(3);
    expect(wk.units.every((u) => u.bolehKelola)).toBe(true);
    for (const who of ['analis', 'auditor'] as const) {
      const res = (await daftar(who)).json() as { units: UnitBaris[] };
      expect(res.units).toHaveLength(Object.keys(t.fx.unit).length);
      expect(res.units.some((u) => u.bolehKelola)).toBe(false);
    }
  });

  it('answers 404 for a period of another instansi or one that does not exist', async () => {
    expect((await daftar('asing')).statusCode).toBe(404);
    expect((await daftar('walikota', newId())).statusCode).toBe(404);
  });

  it('opens a board only within reach: 404 for the unit itself, a staf, another OPD; read-only roles see it without bolehKelola', async () => {
    expect((await papan('kabidP2p', t.fx.unit.surveilans)).statusCode).toBe(200);
    expect((await papan('kadisKes', t.fx.unit.surveilans)).statusCode).toBe(200);
    expect((await papan('walikota', t.fx.unit.root)).statusCode).toBe(200);
    for (const [who, unit] of [['stafA', t.fx.unit.surveilans], ['kasiSurv', t.fx.unit.surveilans], ['kadisDik', t.fx.unit.surveilans], ['kadisKes', t.fx.unit.dinkes], ['kabidP2p', t.fx.unit.p2p]] as const) {
      const res = await papan(who, unit);
      expect(res.statusCode, `${who}`).toBe(404);
      expect(res.json().code).toBe('DATA.TIDAK_DITEMUKAN');
    }
    const admin = await papan('analis', t.fx.unit.surveilans);
    expect(admin.statusCode).toBe(200);
    expect(admin.json().bolehKelola).toBe(false);
  });

  it('refuses writes: 403 for read-only roles, 404 outside reach', async () => {
    expect((await setPredikat('analis', t.fx.unit.surveilans, null, 'baik')).json().code).toBe('AKSES.DITOLAK');
    expect((await setPredikat('auditor', t.fx.unit.surveilans, null, 'baik')).statusCode).toBe(403);
    expect((await tetapkan('auditor', t.fx.unit.surveilans, 1)).statusCode).toBe(403);
    for (const who of ['stafA', 'kasiSurv', 'kadisDik'] as const) {
      expect((await setPredikat(who, t.fx.unit.surveilans, null, 'baik')).statusCode, who).toBe(404);
      expect((await tetapkan(who, t.fx.unit.surveilans, 1)).statusCode, who).toBe(404);
    }
    const belum = (await papan('kabidP2p', t.fx.unit.surveilans)).json() as Papan;
    expect(belum.versi).toBeNull();
    expect(belum.predikatOrganisasi).toBeNull();
  });
});

describe('predikat organisasi and the board', () => {
  it('shows the live distribution without a curve while no predikat organisasi is set', async () => {
    const p = (await papan('kabidP2p', t.fx.unit.surveilans)).json() as Papan;
    expect(p.items.map((i) => [i.pegawai.nama, i.predikat, i.kepalaUnit])).toEqual([
      ['Kasi Surveilans', 'sangat_baik', true],
      ['Staf A', 'sangat_baik', false],
      ['Staf B', 'baik', false],
    ]);
    expect(p.sebaran).toMatchObject({ sangat_baik: 2, baik: 1 });
    expect(p.kurva).toBeNull();
    expect(p.hambatan).toEqual(['Predikat organisasi belum ditentukan']);
  });

  it('sets the seksi predikat: the kasi rated already gets the unit rating (Baik → Sesuai) and a predikat recomputed', async () => {
    const res = await setPredikat('kabidP2p', t.fx.unit.surveilans, null, 'baik');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as Papan;
    expect(p).toMatchObject({ predikatOrganisasi: 'baik', versi: 1, predikatOleh: 'Kabid P2P', status: 'terbuka', bolehKelola: true });
    const d = await alur.lihat('kasiSurv', nilai.kasi!.id);
    expect(d).toMatchObject({ status: 'dinilai', ratingHasilOrganisasi: 'sesuai', ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'di_atas', predikat: 'baik', versi: nilai.kasi!.versi + 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'entitas_id']).where('aksi', 'in', ['kalibrasi.predikat', 'penilaian.rating_organisasi']).execute();
    expect(audit.map((a) => a.aksi).sort()).toEqual(['kalibrasi.predikat', 'penilaian.rating_organisasi']);
    expect(audit.find((a) => a.aksi === 'penilaian.rating_organisasi')!.entitas_id).toBe(nilai.kasi!.id);
  });

  it('computes the curve live on the board: n = 3 is information only; every bound explained', async () => {
    const p = (await papan('kadisKes', t.fx.unit.surveilans)).json() as Papan;
    expect(p.sebaran).toMatchObject({ sangat_baik: 1, baik: 2, butuh_perbaikan: 0 });
    expect(p.kurva).toMatchObject({ n: 3, sesuai: false, hanyaInformasi: true });
    expect(p.kurva!.batas.map((b) => [b.jenis, b.jumlah, b.batasJumlah, b.terpenuhi])).toEqual([
      ['maks', 2, 2, true],
      ['minSatu', 0, 1, false],
    ]);
    expect(p.kurva!.batas[0]!.penjelasan).toContain('paling banyak 2 orang');
    expect(p.perluJustifikasi).toBe(false);
    expect(p.hambatan).toEqual([]);
    const row = ((await daftar('kabidP2p')).json() as { units: UnitBaris[] }).units.find((u) => u.unit.id === t.fx.unit.surveilans)!;
    expect(row).toMatchObject({ predikatOrganisasi: 'baik', jumlahPenilaian: 3, jumlahDinilai: 3, jumlahBelumDinilai: 0, versi: 1 });
    expect(row.kurva).toMatchObject({ n: 3, hanyaInformasi: true });
  });

  it('answers DATA.KONFLIK to a stale versi, and a kepala opening a period after the predikat is set gets the rating at once', async () => {
    expect((await setPredikat('kabidP2p', t.fx.unit.surveilans, null, 'istimewa')).json().code).toBe('DATA.KONFLIK');
    expect((await setPredikat('kabidP2p', t.fx.unit.surveilans, 7, 'istimewa')).statusCode).toBe(409);
    expect((await setPredikat('kabidP2p', t.fx.unit.surveilans, null, 'istimewa', tahunan)).statusCode).toBe(200);
    const d = (await alur.buka('kasiSurv', tahunan)) as PenilaianUji & { ratingHasilOrganisasi: string | null };
    expect(d.ratingHasilOrganisasi).toBe('di_atas');
  });

  it('lets the kepala dinas set the bidang predikat and the wali kota the root', async () => {
    expect((await setPredikat('kadisKes', t.fx.unit.p2p, null, 'baik')).statusCode).toBe(200);
    expect((await setPredikat('walikota', t.fx.unit.root, null, 'istimewa')).statusCode).toBe(200);
  });
});

describe('penetapan', () => {
  let stafE: Siapa;
  let stafF: Siapa;

  it('is refused without predikat organisasi, and with nobody rated', async () => {
    const tanpa = await tetapkan('kabidP2p', t.fx.unit.imunisasi, 1);
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json().code).toBe('KALIBRASI.PREDIKAT_BELUM_ADA');
    const set = await setPredikat('kabidP2p', t.fx.unit.imunisasi, null, 'baik');
    expect(set.statusCode, set.body).toBe(200);
    expect((set.json() as Papan).hambatan).toEqual(['Belum ada penilaian yang sudah dinilai pada periode ini']);
    const kosong = await tetapkan('kabidP2p', t.fx.unit.imunisasi, 1);
    expect(kosong.json().code).toBe('KALIBRASI.TIDAK_ADA_PENILAIAN');
  });

  it('is refused while someone on the board is not rated, naming them', async () => {
    stafE = await tambahStaf('stafE', 'Staf E', 901);
    stafF = await tambahStaf('stafF', 'Staf F', 902);
    for (const who of [stafE, stafF]) await alur.skpDisetujui(who, 'kasiSurv', [{ uraian: `Laporan surveilans ${who}`, rhkAtasanId: kasi.rhk[0]!.id }]);
    nilai.stafF = await alur.sampaiDinilai(stafF, 'kasiSurv', q4, 'sesuai', 'sesuai');
    nilai.stafE = await alur.buka(stafE, q4);
    const p = (await papan('kabidP2p', t.fx.unit.surveilans)).json() as Papan;
    expect(p.hambatan).toEqual(['1 pegawai belum dinilai: Staf E']);
    expect(p).toMatchObject({ jumlahPenilaian: 5, jumlahDinilai: 4, jumlahBelumDinilai: 1 });
    const res = await tetapkan('kabidP2p', t.fx.unit.surveilans, p.versi!, 'Kinerja seksi merata baik');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'KALIBRASI.BELUM_DINILAI', details: [{ penilaianId: nilai.stafE.id, nama: 'Staf E', status: 'draft' }] });
  });

  it('needs a justification when the distribution deviates with n ≥ 5', async () => {
    nilai.stafE = await alur.sampaiDinilai(stafE, 'kasiSurv', q4, 'sesuai', 'sesuai');
    const p = (await papan('kabidP2p', t.fx.unit.surveilans)).json() as Papan;
    // Baik ≤ 70 % of 5 → at most 3 (there are 4); at least one Butuh Perbaikan or Kurang (there is none)
    expect(p.sebaran).toMatchObject({ sangat_baik: 1, baik: 4 });
    expect(p.kurva).toMatchObject({ n: 5, sesuai: false, hanyaInformasi: false });
    expect(p.kurva!.batas.map((b) => b.terpenuhi)).toEqual([false, false]);
    expect(p).toMatchObject({ perluJustifikasi: true, hambatan: [] });
    const res = await tetapkan('kabidP2p', t.fx.unit.surveilans, p.versi!);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('KALIBRASI.JUSTIFIKASI_WAJIB');
    expect(await t.ctx.db.selectFrom('penilaian').select('id').where('status', '=', 'ditetapkan').execute()).toEqual([]);
  });

  it('finalises with the justification: of two penetapan at once one wins and the other answers DATA.KONFLIK', async () => {
    const p = (await papan('kabidP2p', t.fx.unit.surveilans)).json() as Papan;
    const alasan = 'Seluruh pegawai seksi mencapai target surveilans; tidak ada yang di bawah ekspektasi pada triwulan ini.';
    const [a, b] = await Promise.all([tetapkan('kabidP2p', t.fx.unit.surveilans, p.versi!, alasan), tetapkan('kadisKes', t.fx.unit.surveilans, p.versi!, alasan)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('DATA.KONFLIK');
    const hasil = [a, b].find((r) => r.statusCode === 200)!.json() as Papan;
    expect(hasil).toMatchObject({ status: 'ditetapkan', bolehKelola: false, justifikasi: alasan, sebaranPenetapan: { sangat_baik: 1, baik: 4, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 }, perluJustifikasi: false });
    expect(['Kabid P2P', 'Kadis Kesehatan']).toContain(hasil.ditetapkanOleh);
    expect(hasil.hambatan).toEqual(['Hasil kalibrasi sudah ditetapkan pada 29 November 2026']);
    expect(hasil.items.map((i) => i.status)).toEqual(['ditetapkan', 'ditetapkan', 'ditetapkan', 'ditetapkan', 'ditetapkan']);
    const rows = await t.ctx.db.selectFrom('penilaian').select(['id', 'ditetapkan_pada', 'ditetapkan_oleh']).where('status', '=', 'ditetapkan').execute();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.ditetapkan_pada === t.clock.now.toISOString() && r.ditetapkan_oleh)).toBe(true);
    const unit = await t.ctx.db.selectFrom('penilaian_unit').selectAll().where('unit_id', '=', t.fx.unit.surveilans).where('periode_id', '=', q4).executeTakeFirstOrThrow();
    expect(unit).toMatchObject({ status: 'ditetapkan', n_penetapan: 5, justifikasi: alasan });
    expect(Number(unit.sesuai_kurva)).toBe(0);
    expect(JSON.parse(unit.sebaran_penetapan!)).toEqual({ sangat_baik: 1, baik: 4, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'entitas_id', 'ringkasan']).where('aksi', 'in', ['kalibrasi.tetapkan', 'penilaian.tetapkan']).execute();
    expect(audit.filter((x) => x.aksi === 'kalibrasi.tetapkan')).toHaveLength(1);
    expect(audit.find((x) => x.aksi === 'kalibrasi.tetapkan')!.ringkasan).toContain(alasan);
    expect(new Set(audit.filter((x) => x.aksi === 'penilaian.tetapkan').map((x) => x.entitas_id))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('changes nothing afterwards: realisasi, penilaian and actions answer PENILAIAN.SUDAH_DITETAPKAN, the predikat KALIBRASI.SUDAH_DITETAPKAN', async () => {
    const d = await alur.lihat('stafA', nilai.stafA!.id);
    expect(d.status).toBe('ditetapkan');
    const realisasi = await (await alur.as('stafA')).request({ method: 'PUT', url: `/api/v1/penilaian/${d.id}/realisasi`, payload: { versi: d.versi, refleksi: 'Ubah', indikator: [] } });
    expect(realisasi.statusCode).toBe(409);
    expect(realisasi.json().code).toBe('PENILAIAN.SUDAH_DITETAPKAN');
    const ubah = await (await alur.as('kasiSurv')).request({
      method: 'PUT',
      url: `/api/v1/penilaian/${d.id}/penilaian`,
      payload: { versi: d.versi, rhk: [], perilaku: [], ratingHasilKerja: 'di_bawah', alasanRatingHasilKerja: 'Coba ubah', ratingPerilakuKerja: 'sesuai' },
    });
    expect(ubah.json().code).toBe('PENILAIAN.SUDAH_DITETAPKAN');
    for (const [who, aksi] of [['kasiSurv', 'buka_nilai'], ['stafA', 'ajukan'], ['stafA', 'tarik']] as const) {
      const res = await (await alur.as(who)).post(`/api/v1/penilaian/${d.id}/aksi`, { aksi, versi: d.versi });
      expect(res.statusCode, `${who} ${aksi}`).toBe(409);
      expect(res.json().code).toBe('PENILAIAN.SUDAH_DITETAPKAN');
    }
    const p = (await papan('kabidP2p', t.fx.unit.surveilans)).json() as Papan;
    const predikat = await setPredikat('kabidP2p', t.fx.unit.surveilans, p.versi, 'istimewa');
    expect(predikat.statusCode).toBe(409);
    expect(predikat.json().code).toBe('KALIBRASI.SUDAH_DITETAPKAN');
    expect((await tetapkan('kabidP2p', t.fx.unit.surveilans, p.versi!, 'lagi')).json().code).toBe('KALIBRASI.SUDAH_DITETAPKAN');
    expect(await alur.lihat('stafA', d.id)).toMatchObject({ status: 'ditetapkan', versi: d.versi, predikat: 'sangat_baik' });
    const row = ((await daftar('walikota')).json() as { units: UnitBaris[] }).units.find((u) => u.unit.id === t.fx.unit.surveilans)!;
    expect(row).toMatchObject({ status: 'ditetapkan', bolehKelola: false, jumlahDinilai: 5 });
  });

  it('refuses to open a new evaluation in a unit already finalised for the period (it could never be finalised)', async () => {
    const stafG = await tambahStaf('stafG', 'Staf G', 903);
    await alur.skpDisetujui(stafG, 'kasiSurv', [{ uraian: 'Laporan surveilans stafG', rhkAtasanId: kasi.rhk[0]!.id }]);
    const q4Buka = await (await alur.as(stafG)).post('/api/v1/penilaian', { periodeId: q4 });
    expect(q4Buka.statusCode).toBe(409);
    expect(q4Buka.json().code).toBe('KALIBRASI.SUDAH_DITETAPKAN');
    expect(await t.ctx.db.selectFrom('penilaian').select('id').where('pegawai_id', '=', t.fx.p[stafG]!).execute()).toEqual([]);
    // the tahunan period of the same unit is not finalised: it opens
    expect((await alur.buka(stafG, tahunan)).status).toBe('draft');
  });

  it('finalises a small unit without a justification (n < 5: the curve is information only)', async () => {
    await alur.sampaiDinilai('stafC', 'kabidP2p', q4, 'di_atas', 'di_atas');
    const p = (await papan('kadisKes', t.fx.unit.imunisasi)).json() as Papan;
    expect(p.kurva).toMatchObject({ n: 1, sesuai: false, hanyaInformasi: true });
    const res = await tetapkan('kadisKes', t.fx.unit.imunisasi, p.versi!);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ditetapkan', justifikasi: null, sebaranPenetapan: { sangat_baik: 1 } });
  });
});

describe('acting pimpinan', () => {
  it('gives a Plt of a kepala post the units below it while the assignment runs, and nothing once revoked', async () => {
    const id = newId();
    await t.ctx.db.insertInto('pelaksana_tugas').values({
      id, instansi_id: t.fx.instansiId, jabatan_id: t.fx.jab.kabidP2p!, pegawai_id: t.fx.p.kadisDik, jenis: 'plt', mulai: '2026-11-01', selesai: '2026-12-31', nomor_sk: null, dibuat_oleh: null, dibuat_pada: t.clock.now.toISOString(), dicabut_pada: null,
    }).execute();
    expect(new Set(unitIds(await daftar('kadisDik')))).toEqual(new Set([t.fx.unit.surveilans, t.fx.unit.imunisasi]));
    expect((await papan('kadisDik', t.fx.unit.imunisasi)).statusCode).toBe(200);
    await t.ctx.db.updateTable('pelaksana_tugas').set({ dicabut_pada: t.clock.now.toISOString() }).where('id', '=', id).execute();
    expect(unitIds(await daftar('kadisDik'))).toEqual([]);
    expect((await papan('kadisDik', t.fx.unit.imunisasi)).statusCode).toBe(404);
  });
});
