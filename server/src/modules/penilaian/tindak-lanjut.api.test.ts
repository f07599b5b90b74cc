// Tindak lanjut through HTTP on SQLite and PostgreSQL (DOMAIN.md §2.6, issue 6 phase 2): ASN teladan candidates of a
// period proposed from finalised Sangat Baik records and ranked by approved minutes, confirmed by a pimpinan (once per
// pegawai and period, never for another predikat); pembinaan candidates below target until a rencana perbaikan exists
// (6 months, PP 30/2019), which the penilai may also create; who sees what; the life of a record and stale versi.
//
// Evaluations reach `dinilai` through the API (server/test/penilaian-alur.ts) and are then set to `ditetapkan` directly
// in the database: penetapan through the calibration board (helper A, kalibrasi.api.test.ts) is tested there; here it
// only has to have happened. Chain: Kabid P2P ← Kasi Surveilans ← Staf A, Staf B; Staf C (Seksi Imunisasi, kepala
// vacant) ← Kabid; Staf D ← Kadis Pendidikan. Clock: Sunday 29 Nov 2026, 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siapkanPenilaian, type AlurPenilaian, type PenilaianUji, type Siapa } from '../../../test/penilaian-alur.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
let alur: AlurPenilaian;
let q4: string;
const rec = {} as Record<'a' | 'b' | 'c' | 'd' | 'kasi', PenilaianUji>;

type Catatan = { id: string; pegawai: { pegawaiId: string }; periodeId: string | null; penilaianId: string | null; jenis: string; kategori: string; tanggalMulai: string; tanggalSelesai: string | null; status: string; hasil: string | null; bolehUbah: boolean; versi: number };
type Kandidat = {
  teladan: { peringkat: number; pegawai: { pegawaiId: string; nama: string }; penilaianId: string; predikat: string; menitDisetujui: number; ratingPerilakuKerja: string | null; tindakLanjutId: string | null; bolehTetapkan: boolean }[];
  pembinaan: { pegawai: { pegawaiId: string }; penilaianId: string; predikat: string; usulanTanggalMulai: string; usulanTanggalSelesai: string; bolehBuat: boolean }[];
  catatan: Catatan[];
  bolehCatat: boolean;
};

const get = async (who: Siapa, url: string) => (await alur.as(who)).get(url);
const post = async (who: Siapa, url: string, body: unknown) => (await alur.as(who)).post(url, body);
const put = async (who: Siapa, url: string, body: unknown) => (await alur.as(who)).request({ method: 'PUT', url, payload: body as object });
const kandidat = async (who: Siapa, query = ''): Promise<Kandidat> => {
  const res = await get(who, `/api/v1/tindak-lanjut/kandidat?periodeId=${q4}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const p = (who: Siapa) => t.fx.p[who];

/** An approved (or other) aktivitas row as the aktivitas module stores it. */
async function aktivitas(who: Siapa, tanggal: string, menit: number, status = 'disetujui') {
  const ts = `${tanggal}T09:00:00.000Z`;
  await t.ctx.db.insertInto('aktivitas').values({
    id: newId(), instansi_id: t.fx.instansiId, pegawai_id: p(who), tanggal, jam_mulai: 480, jam_selesai: 480 + menit, menit, uraian: `Pekerjaan ${tanggal}`, rhk_id: null,
    volume: 1, satuan: 'dokumen', lokasi: null, status, penilai_id: null, batas_pengajuan: ts, diajukan_pada: ts, diputuskan_oleh: null,
    diputuskan_pada: status === 'disetujui' ? ts : null, catatan_penilai: null, kunci_idempoten: null, dibuat_di_perangkat: null, versi: 1, dibuat_pada: ts, diubah_pada: ts,
  }).execute();
}

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  q4 = alur.periode.q4.id;
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Tersedianya data surveilans yang akurat', rhkAtasanId: alur.rhkKabidId }]);
  const rhkKasi = kasi.rhk[0]!.id;
  await alur.skpDisetujui('stafA', 'kasiSurv', [{ uraian: 'Tersusunnya rekap surveilans mingguan', rhkAtasanId: rhkKasi }]);
  await alur.skpDisetujui('stafB', 'kasiSurv', [{ uraian: 'Tersusunnya peta sebaran kasus', rhkAtasanId: rhkKasi }]);
  await alur.skpDisetujui('stafC', 'kabidP2p', [{ uraian: 'Terlaksananya imunisasi dasar lengkap', rhkAtasanId: alur.rhkKabidId }]);
  // the Kadis Pendidikan's SKP (left in draft) gives Staf D an RHK to link to
  const kadisDik = (await post('kadisDik', '/api/v1/skp', { periodeId: alur.skpPeriodeId })).json() as { id: string; versi: number };
  const isiDik = await put('kadisDik', `/api/v1/skp/${kadisDik.id}`, { versi: kadisDik.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Meningkatnya mutu layanan pendidikan', indikator: [{ aspek: 'kuantitas', uraian: 'Sekolah terakreditasi', targetAngka: 12, targetSatuan: 'Sekolah' }] }] });
  expect(isiDik.statusCode, isiDik.body).toBe(200);
  await alur.skpDisetujui('stafD', 'kadisDik', [{ uraian: 'Tertatanya administrasi umum dinas', rhkAtasanId: isiDik.json().rhk[0].id }]);

  rec.a = await alur.sampaiDinilai('stafA', 'kasiSurv', q4, 'di_atas', 'di_atas');
  rec.b = await alur.sampaiDinilai('stafB', 'kasiSurv', q4, 'di_bawah', 'sesuai');
  rec.c = await alur.sampaiDinilai('stafC', 'kabidP2p', q4, 'di_atas', 'di_atas');
  rec.d = await alur.sampaiDinilai('stafD', 'kadisDik', q4, 'di_atas', 'di_atas');
  rec.kasi = await alur.sampaiDinilai('kasiSurv', 'kabidP2p', q4, 'sesuai', 'sesuai');
  expect([rec.a, rec.b, rec.c, rec.d, rec.kasi].map((r) => r.predikat)).toEqual(['sangat_baik', 'butuh_perbaikan', 'sangat_baik', 'sangat_baik', 'baik']);
  // penetapan itself is the calibration board's business (kalibrasi.api.test.ts); here it only has to have happened
  await alur.tetapkanLangsung([rec.a.id, rec.b.id, rec.c.id, rec.d.id, rec.kasi.id], '2026-11-29T01:00:00.000Z', 'kadisKes');

  // approved minutes in Triwulan IV: Staf C 600, Staf A 300 (+ minutes that must not count)
  await aktivitas('stafC', '2026-10-12', 360);
  await aktivitas('stafC', '2026-11-16', 240);
  await aktivitas('stafA', '2026-11-20', 300);
  await aktivitas('stafA', '2026-11-23', 500, 'diajukan');
  await aktivitas('stafA', '2026-09-30', 900);
});
afterAll(async () => t.close());

describe('candidates of a period', () => {
  it('the pimpinan OPD sees the ranked ASN teladan candidates and the pembinaan candidates of their OPD', async () => {
    const k = await kandidat('kadisKes');
    expect(k.teladan.map((x) => [x.peringkat, x.pegawai.pegawaiId, x.menitDisetujui, x.predikat, x.ratingPerilakuKerja])).toEqual([
      [1, p('stafC'), 600, 'sangat_baik', 'di_atas'],
      [2, p('stafA'), 300, 'sangat_baik', 'di_atas'],
    ]);
    expect(k.teladan.every((x) => x.bolehTetapkan && x.tindakLanjutId === null)).toBe(true);
    // Baik is neither; Staf D belongs to another OPD
    expect(k.pembinaan.map((x) => [x.pegawai.pegawaiId, x.predikat, x.usulanTanggalMulai, x.usulanTanggalSelesai, x.bolehBuat])).toEqual([[p('stafB'), 'butuh_perbaikan', '2026-11-29', '2027-05-29', true]]);
    expect(k.bolehCatat).toBe(true);
  });

  it('the kabid sees the units below them; a unit filter narrows to its subtree', async () => {
    const k = await kandidat('kabidP2p');
    expect(k.teladan.map((x) => x.pegawai.pegawaiId)).toEqual([p('stafC'), p('stafA')]);
    const imunisasi = await kandidat('kadisKes', `&unitId=${t.fx.unit.imunisasi}`);
    expect(imunisasi.teladan.map((x) => x.pegawai.pegawaiId)).toEqual([p('stafC')]);
    expect(imunisasi.pembinaan).toEqual([]);
  });

  it('wali kota and admin BKPPD see every OPD; the auditor reads but may not record', async () => {
    for (const who of ['walikota', 'analis'] as const) {
      const k = await kandidat(who);
      expect(k.teladan.map((x) => x.pegawai.pegawaiId)).toEqual([p('stafC'), p('stafA'), p('stafD')]);
    }
    const aud = await kandidat('auditor');
    expect(aud.teladan).toHaveLength(3);
    expect(aud.teladan.every((x) => !x.bolehTetapkan)).toBe(true);
    expect(aud.bolehCatat).toBe(false);
    const res = await post('auditor', '/api/v1/tindak-lanjut', { pegawaiId: p('stafD'), periodeId: q4, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'Teladan disiplin', tanggalMulai: '2026-12-01' });
    expect(res.statusCode, res.body).toBe(403);
  });

  it('an unknown period answers 404', async () => {
    const res = await get('kadisKes', `/api/v1/tindak-lanjut/kandidat?periodeId=${newId()}`);
    expect(res.statusCode).toBe(404);
  });
});

describe('ASN teladan', () => {
  let teladanC: Catatan;

  it('the pimpinan confirms the first candidate; the record points at the finalised evaluation and is audited', async () => {
    const res = await post('kabidP2p', '/api/v1/tindak-lanjut', { pegawaiId: p('stafC'), periodeId: q4, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'ASN teladan Triwulan IV: cakupan imunisasi tertinggi', tanggalMulai: '2026-12-01' });
    expect(res.statusCode, res.body).toBe(201);
    teladanC = res.json();
    expect(teladanC).toMatchObject({ penilaianId: rec.c.id, periodeId: q4, jenis: 'penghargaan', kategori: 'asn_teladan', status: 'direncanakan', tanggalSelesai: null, bolehUbah: true, versi: 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'entitas_id']).where('entitas_id', '=', teladanC.id).execute();
    expect(audit).toEqual([{ aksi: 'tindak_lanjut.buat', entitas_id: teladanC.id }]);
    const k = await kandidat('kadisKes');
    expect(k.teladan.find((x) => x.pegawai.pegawaiId === p('stafC'))).toMatchObject({ tindakLanjutId: teladanC.id, bolehTetapkan: false });
    expect(k.catatan.map((c) => c.id)).toEqual([teladanC.id]);
  });

  it('at most one ASN teladan per pegawai and period', async () => {
    const res = await post('kadisKes', '/api/v1/tindak-lanjut', { pegawaiId: p('stafC'), periodeId: q4, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'Sekali lagi', tanggalMulai: '2026-12-02' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('TINDAK_LANJUT.TIDAK_VALID');
    expect(res.json().details).toEqual([expect.objectContaining({ path: 'kategori', tindakLanjutId: teladanC.id })]);
  });

  it('refused for a predikat other than Sangat Baik, for a record not yet finalised, and for a kategori of the other jenis', async () => {
    const butuh = await post('kadisKes', '/api/v1/tindak-lanjut', { pegawaiId: p('stafB'), periodeId: q4, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'Bukan teladan', tanggalMulai: '2026-12-01' });
    expect(butuh.statusCode, butuh.body).toBe(400);
    expect(butuh.json().code).toBe('TINDAK_LANJUT.TIDAK_VALID');
    const baik = await post('kadisKes', '/api/v1/tindak-lanjut', { pegawaiId: p('kasiSurv'), penilaianId: rec.kasi.id, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'Bukan teladan', tanggalMulai: '2026-12-01' });
    expect(baik.statusCode, baik.body).toBe(400);
    expect(baik.json().details[0]).toMatchObject({ path: 'penilaianId', predikat: 'baik', status: 'ditetapkan' });
    // Staf A rated Sangat Baik in the tahunan period, not finalised
    const tahunan = await alur.sampaiDinilai('stafA', 'kasiSurv', alur.periode.tahunan.id, 'di_atas', 'di_atas');
    const belum = await post('kabidP2p', '/api/v1/tindak-lanjut', { pegawaiId: p('stafA'), penilaianId: tahunan.id, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'Terlalu cepat', tanggalMulai: '2026-12-01' });
    expect(belum.statusCode, belum.body).toBe(400);
    expect(belum.json().details[0]).toMatchObject({ predikat: 'sangat_baik', status: 'dinilai' });
    const salahJenis = await post('kabidP2p', '/api/v1/tindak-lanjut', { pegawaiId: p('stafA'), periodeId: q4, jenis: 'pembinaan', kategori: 'asn_teladan', uraian: 'Jenis keliru', tanggalMulai: '2026-12-01' });
    expect(salahJenis.statusCode, salahJenis.body).toBe(400);
    expect(salahJenis.json().details).toEqual([expect.objectContaining({ path: 'kategori' })]);
  });
});

describe('pembinaan', () => {
  let rencana: Catatan;

  it('the penilai creates a rencana perbaikan for a finalised Butuh Perbaikan: it ends 6 months later', async () => {
    const res = await post('kasiSurv', '/api/v1/tindak-lanjut', { pegawaiId: p('stafB'), penilaianId: rec.b.id, jenis: 'pembinaan', kategori: 'rencana_perbaikan', uraian: 'Pendampingan penyusunan peta sebaran tiap bulan', tanggalMulai: '2026-12-31' });
    expect(res.statusCode, res.body).toBe(201);
    rencana = res.json();
    expect(rencana).toMatchObject({ penilaianId: rec.b.id, periodeId: q4, tanggalMulai: '2026-12-31', tanggalSelesai: '2027-06-30', status: 'direncanakan', bolehUbah: true });
    const k = await kandidat('kadisKes');
    expect(k.pembinaan).toEqual([]);
    expect(k.catatan.map((c) => c.id)).toContain(rencana.id);
  });

  it('the penilai may not give a penghargaan, nor record anything for themself', async () => {
    const hadiah = await post('kasiSurv', '/api/v1/tindak-lanjut', { pegawaiId: p('stafA'), penilaianId: rec.a.id, jenis: 'penghargaan', kategori: 'penghargaan_lain', uraian: 'Piagam', tanggalMulai: '2026-12-01' });
    expect(hadiah.statusCode, hadiah.body).toBe(403);
    const sendiri = await post('kasiSurv', '/api/v1/tindak-lanjut', { pegawaiId: p('kasiSurv'), penilaianId: rec.kasi.id, jenis: 'pembinaan', kategori: 'coaching', uraian: 'Coaching diri', tanggalMulai: '2026-12-01' });
    expect(sendiri.statusCode, sendiri.body).toBe(403);
  });

  it('moves along its life; closing needs the outcome; a closed record is final', async () => {
    const url = `/api/v1/tindak-lanjut/${rencana.id}`;
    const ubah = (versi: number, status: string, hasil: string | null = null) => put('kasiSurv', url, { versi, status, hasil, uraian: 'Pendampingan penyusunan peta sebaran tiap bulan', tanggalSelesai: '2027-06-30' });
    const jalan = await ubah(1, 'berjalan');
    expect(jalan.statusCode, jalan.body).toBe(200);
    expect(jalan.json()).toMatchObject({ status: 'berjalan', versi: 2 });
    const tanpaHasil = await ubah(2, 'selesai');
    expect(tanpaHasil.statusCode).toBe(400);
    expect(tanpaHasil.json().details).toEqual([expect.objectContaining({ path: 'hasil' })]);
    const selesai = await ubah(2, 'selesai', 'Peta sebaran tersusun tepat waktu tiga bulan berturut-turut');
    expect(selesai.statusCode, selesai.body).toBe(200);
    expect(selesai.json()).toMatchObject({ status: 'selesai', bolehUbah: false, versi: 3 });
    const balik = await ubah(3, 'berjalan');
    expect(balik.statusCode).toBe(400);
    expect(balik.json()).toMatchObject({ code: 'TINDAK_LANJUT.STATUS', details: { status: 'selesai', ke: 'berjalan', boleh: [] } });
  });

  it('a stale versi answers DATA.KONFLIK and changes nothing', async () => {
    const buat = await post('kadisKes', '/api/v1/tindak-lanjut', { pegawaiId: p('stafB'), penilaianId: rec.b.id, jenis: 'pembinaan', kategori: 'coaching', uraian: 'Coaching pengolahan data', tanggalMulai: '2026-12-07', tanggalSelesai: '2027-01-31' });
    expect(buat.statusCode, buat.body).toBe(201);
    const c = buat.json() as Catatan;
    const pertama = await put('kadisKes', `/api/v1/tindak-lanjut/${c.id}`, { versi: 1, status: 'berjalan', hasil: null, uraian: 'Coaching pengolahan data', tanggalSelesai: '2027-01-31' });
    expect(pertama.statusCode, pertama.body).toBe(200);
    const basi = await put('kabidP2p', `/api/v1/tindak-lanjut/${c.id}`, { versi: 1, status: 'dibatalkan', hasil: null, uraian: 'Dibatalkan', tanggalSelesai: null });
    expect(basi.statusCode).toBe(409);
    expect(basi.json().code).toBe('DATA.KONFLIK');
    const row = await t.ctx.db.selectFrom('tindak_lanjut').select(['status', 'versi']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'berjalan', versi: 2 });
  });
});

describe('scope', () => {
  it('the Kadis Pendidikan sees only their OPD and cannot reach Dinas Kesehatan', async () => {
    const k = await kandidat('kadisDik');
    expect(k.teladan.map((x) => x.pegawai.pegawaiId)).toEqual([p('stafD')]);
    expect(k.pembinaan).toEqual([]);
    expect(k.catatan).toEqual([]);
    const res = await post('kadisDik', '/api/v1/tindak-lanjut', { pegawaiId: p('stafA'), periodeId: q4, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'Di luar OPD', tanggalMulai: '2026-12-01' });
    expect(res.statusCode, res.body).toBe(404);
    const list = await get('kadisDik', `/api/v1/tindak-lanjut?periodeId=${q4}`);
    expect(list.json()).toEqual([]);
    const dinkes = (await kandidat('kadisKes')).catatan[0]!;
    const ubah = await put('kadisDik', `/api/v1/tindak-lanjut/${dinkes.id}`, { versi: dinkes.versi, status: 'dibatalkan', hasil: null, uraian: 'x x x', tanggalSelesai: null });
    expect(ubah.statusCode).toBe(404);
  });

  it('a pegawai sees only their own records, and no candidates', async () => {
    const b = await get('stafB', '/api/v1/tindak-lanjut');
    expect(b.statusCode, b.body).toBe(200);
    const milikB = b.json() as Catatan[];
    expect(milikB.length).toBe(2);
    expect(milikB.every((c) => c.pegawai.pegawaiId === p('stafB') && !c.bolehUbah)).toBe(true);
    const a = await get('stafA', `/api/v1/tindak-lanjut?periodeId=${q4}`);
    expect(a.json()).toEqual([]);
    const aLihatB = await get('stafA', `/api/v1/tindak-lanjut?pegawaiId=${p('stafB')}`);
    expect(aLihatB.json()).toEqual([]);
    const k = await kandidat('stafA');
    expect(k).toMatchObject({ teladan: [], pembinaan: [], catatan: [], bolehCatat: false });
    const tulis = await post('stafA', '/api/v1/tindak-lanjut', { pegawaiId: p('stafB'), penilaianId: rec.b.id, jenis: 'pembinaan', kategori: 'konseling', uraian: 'Bukan urusan saya', tanggalMulai: '2026-12-01' });
    expect(tulis.statusCode).toBe(404);
    const ubah = await put('stafB', `/api/v1/tindak-lanjut/${milikB[0]!.id}`, { versi: milikB[0]!.versi, status: 'dibatalkan', hasil: null, uraian: 'Saya batalkan', tanggalSelesai: null });
    expect(ubah.statusCode).toBe(403);
  });
});
