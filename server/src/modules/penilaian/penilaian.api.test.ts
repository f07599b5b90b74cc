// Penilaian kinerja through HTTP on SQLite and PostgreSQL (issue 6 phase 1, DOMAIN.md §2.3): the pegawai opens the
// period (one record per approved SKP segment), enters realisasi with evidence from their approved aktivitas, submits;
// the penilai returns it with a note or judges each RHK, gets the system's proposal, rates (an override needs a reason;
// a kepala unit's rating hasil kerja is the unit's capaian kinerja organisasi) and the server computes the predikat.
// Who may do what, two penilai writes at once, and the deadlines on the test clock.
// SKPs are made through the SKP API: Kabid P2P (draft) ← Kasi Surveilans (approved by the Kabid) ← Staf A, Staf B
// (approved by the Kasi). The clock is Sunday 29 Nov 2026 10:00 WITA (Triwulan IV 2026 is running).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });
const SEKARANG = new Date('2026-11-29T02:00:00Z');

/** Runs `fn` at another instant with fresh sessions (a session lasts 12 hours), then returns to SEKARANG. */
async function pada(iso: string, fn: () => Promise<void>): Promise<void> {
  const simpan = { ...clients };
  const kosongkan = () => (Object.keys(clients) as (keyof Fixture['p'])[]).forEach((k) => delete clients[k]);
  kosongkan();
  t.clock.now = new Date(iso);
  try {
    await fn();
  } finally {
    t.clock.now = SEKARANG;
    kosongkan();
    Object.assign(clients, simpan);
  }
}

type Skp = { id: string; versi: number; status: string; rhk: { id: string; jenis: string; indikator: { id: string }[] }[] };
type Indikator = { id: string; realisasiAngka: number | null; realisasiNarasi: string | null; aktivitasIds: string[] };
type Rhk = { id: string; jenis: string; indikator: Indikator[]; jumlahAktivitas: number; jumlahMenit: number; penilaian: string | null; umpanBalik: string | null };
type Detail = {
  id: string;
  status: string;
  versi: number;
  rhk: Rhk[];
  aksi: string[];
  indikatorKosong: string[];
  peranSaya: string;
  usulanRatingHasilKerja: { rating: string; alasan: string } | null;
  ratingHasilKerja: string | null;
  ratingPerilakuKerja: string | null;
  predikat: string | null;
  catatanPenilai: string | null;
} & Record<string, unknown>;
type Periode = { id: string; jenis: string; nomor: number; nama: string; versi: number; batasRealisasi: string; batasPenilaian: string };

let skpPeriode: string;
let periode: Record<'q1' | 'q2' | 'q3' | 'q4' | 'tahunan', Periode>;
let kasi: Skp;
let skpA: Skp;
let skpB: Skp;

const indikator = (uraian: string) => ({ aspek: 'kuantitas', uraian, targetAngka: 12, targetSatuan: 'Laporan' });

/** Start, fill, submit and have the penilai approve an SKP through the SKP API. */
async function skpDisetujui(who: keyof Fixture['p'], penilai: keyof Fixture['p'], rhk: { jenis: string; uraian: string; rhkAtasanId: string | null; indikator: ReturnType<typeof indikator>[] }[]): Promise<Skp> {
  const s = (await (await as(who)).post('/api/v1/skp', { periodeId: skpPeriode })).json() as Skp;
  const isi = await put(who, `/api/v1/skp/${s.id}`, { versi: s.versi, pendekatan: 'kuantitatif', rhk });
  expect(isi.statusCode, isi.body).toBe(200);
  const ajukan = await (await as(who)).post(`/api/v1/skp/${s.id}/aksi`, { aksi: 'ajukan', versi: isi.json().versi });
  expect(ajukan.statusCode, ajukan.body).toBe(200);
  const setuju = await (await as(penilai)).post(`/api/v1/skp/${s.id}/aksi`, { aksi: 'setujui', versi: ajukan.json().versi });
  expect(setuju.statusCode, setuju.body).toBe(200);
  return setuju.json();
}

/** An aktivitas row as the aktivitas module stores it (dated in the past, already decided). */
async function aktivitas(who: keyof Fixture['p'], tanggal: string, menit: number, rhkId: string | null, status = 'disetujui'): Promise<string> {
  const id = newId();
  const ts = `${tanggal}T09:00:00.000Z`;
  await t.ctx.db.insertInto('aktivitas').values({
    id, instansi_id: t.fx.instansiId, pegawai_id: t.fx.p[who], tanggal, jam_mulai: 480, jam_selesai: 480 + menit, menit, uraian: `Pekerjaan ${tanggal}`, rhk_id: rhkId,
    volume: 1, satuan: 'dokumen', lokasi: null, status, penilai_id: t.fx.p.kasiSurv, batas_pengajuan: ts, diajukan_pada: ts, diputuskan_oleh: status === 'disetujui' ? t.fx.p.kasiSurv : null,
    diputuskan_pada: status === 'disetujui' ? ts : null, catatan_penilai: null, kunci_idempoten: null, dibuat_di_perangkat: null, versi: 1, dibuat_pada: ts, diubah_pada: ts,
  }).execute();
  return id;
}

const buka = async (who: keyof Fixture['p'], periodeId: string) => (await as(who)).post('/api/v1/penilaian', { periodeId });
const lihat = async (who: keyof Fixture['p'], id: string): Promise<Detail> => (await (await as(who)).get(`/api/v1/penilaian/${id}`)).json();
const aksi = async (who: keyof Fixture['p'], p: Pick<Detail, 'id' | 'versi'>, a: string, catatan?: string) => (await as(who)).post(`/api/v1/penilaian/${p.id}/aksi`, { aksi: a, versi: p.versi, ...(catatan === undefined ? {} : { catatan }) });
const nilaiRhk = (d: Detail, ...r: (string | null)[]) => d.rhk.map((x, i) => ({ rhkId: x.id, penilaian: r[i] ?? null, umpanBalik: r[i] ? `Umpan balik RHK ${i + 1}` : null }));
const menilai = async (who: keyof Fixture['p'], d: Pick<Detail, 'id' | 'versi'>, body: Record<string, unknown>) => put(who, `/api/v1/penilaian/${d.id}/penilaian`, { versi: d.versi, perilaku: [], alasanRatingHasilKerja: null, ...body });
/** Realisasi on every indicator of the record (evidence optional per indicator id). */
const realisasiLengkap = (d: Detail, bukti: Record<string, string[]> = {}) => d.rhk.flatMap((r) => r.indikator.map((k) => ({ indikatorId: k.id, realisasiAngka: 12, catatan: 'Sesuai rencana', aktivitasIds: bukti[k.id] ?? [] })));

let rec: Record<'a4' | 'b4', Detail>;
const bukti: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  skpPeriode = (await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 })).json().id;
  const susun = await (await as('analis')).post('/api/v1/penilaian/periode', { skpPeriodeId: skpPeriode });
  expect(susun.statusCode, susun.body).toBe(201);
  const [q1, q2, q3, q4, tahunan] = susun.json() as Periode[];
  periode = { q1: q1!, q2: q2!, q3: q3!, q4: q4!, tahunan: tahunan! };

  const kabid = (await (await as('kabidP2p')).post('/api/v1/skp', { periodeId: skpPeriode })).json() as Skp;
  const kabidIsi = (await put('kabidP2p', `/api/v1/skp/${kabid.id}`, { versi: kabid.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Terkendalinya penyakit menular', indikator: [indikator('Kasus tertangani')] }] })).json() as Skp;
  kasi = await skpDisetujui('kasiSurv', 'kabidP2p', [{ jenis: 'utama', uraian: 'Tersedianya data surveilans penyakit yang akurat', rhkAtasanId: kabidIsi.rhk[0]!.id, indikator: [indikator('Laporan surveilans')] }]);
  const kasiRhk = kasi.rhk[0]!.id;
  skpA = await skpDisetujui('stafA', 'kasiSurv', [
    { jenis: 'utama', uraian: 'Tersusunnya rekap data surveilans mingguan', rhkAtasanId: kasiRhk, indikator: [indikator('Rekap mingguan'), { aspek: 'kualitas', uraian: 'Rekap tanpa koreksi', targetAngka: 95, targetSatuan: '%' }] },
    { jenis: 'utama', uraian: 'Terverifikasinya laporan kasus dari puskesmas', rhkAtasanId: kasiRhk, indikator: [indikator('Laporan kasus terverifikasi')] },
    { jenis: 'tambahan', uraian: 'Terlaksananya pelatihan pencatatan kasus', rhkAtasanId: kasiRhk, indikator: [indikator('Peserta dilatih')] },
  ]);
  skpB = await skpDisetujui('stafB', 'kasiSurv', [
    { jenis: 'utama', uraian: 'Tersusunnya peta sebaran kasus', rhkAtasanId: kasiRhk, indikator: [indikator('Peta sebaran')] },
    { jenis: 'utama', uraian: 'Terdistribusinya buletin epidemiologi', rhkAtasanId: kasiRhk, indikator: [indikator('Buletin')] },
  ]);

  // Staf A's aktivitas around Triwulan IV (1 Oct – 31 Dec); only approved ones of the quarter linked to the RHK count
  const [u1, u2] = [skpA.rhk[0]!.id, skpA.rhk[1]!.id];
  bukti.u1Okt = await aktivitas('stafA', '2026-10-05', 60, u1);
  bukti.u1Nov = await aktivitas('stafA', '2026-11-20', 90, u1);
  bukti.u1Menunggu = await aktivitas('stafA', '2026-11-21', 45, u1, 'diajukan');
  bukti.u1Ditolak = await aktivitas('stafA', '2026-11-22', 45, u1, 'ditolak');
  bukti.u1Sep = await aktivitas('stafA', '2026-09-30', 120, u1);
  bukti.u2Nov = await aktivitas('stafA', '2026-11-23', 30, u2);
  bukti.tanpaRhk = await aktivitas('stafA', '2026-11-24', 30, null);
  bukti.milikB = await aktivitas('stafB', '2026-11-24', 30, skpB.rhk[0]!.id);
  // one through the aktivitas API: logged by Staf A on Friday, approved by the Kasi
  const catat = await (await as('stafA')).post('/api/v1/aktivitas', { tanggal: '2026-11-27', jamMulai: '08:00', jamSelesai: '10:00', uraian: 'Menyusun rekap surveilans minggu ke-47', volume: 1, satuan: 'rekap', rhkId: u1 });
  expect(catat.statusCode, catat.body).toBe(201);
  const a = catat.json().aktivitas as { id: string; versi: number };
  const setuju = await (await as('kasiSurv')).post('/api/v1/aktivitas/keputusan', { aksi: 'setujui', items: [{ id: a.id, versi: a.versi }] });
  expect(setuju.json().items[0].ok, setuju.body).toBe(true);
  bukti.u1Api = a.id;
});
afterAll(async () => t.close());

describe('the pegawai opens the period and enters realisasi with evidence', () => {
  it('my periods; opening creates one record for the approved SKP, opening again returns the same', async () => {
    const saya = (await (await as('stafA')).get('/api/v1/penilaian/saya')).json();
    expect(saya.periode.map((p: { periode: Periode; penilaian: unknown[] }) => [p.periode.nama, p.penilaian.length])).toEqual([
      ['Triwulan I 2026', 0], ['Triwulan II 2026', 0], ['Triwulan III 2026', 0], ['Triwulan IV 2026', 0], ['Tahunan 2026', 0],
    ]);
    const res = await buka('stafA', periode.q4.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dibuat: 1, penilaian: [{ skpId: skpA.id, tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', status: 'draft', predikat: null }] });
    const lagi = (await buka('stafA', periode.q4.id)).json();
    expect(lagi).toMatchObject({ dibuat: 0, penilaian: [{ id: res.json().penilaian[0].id }] });
    const d = await lihat('stafA', res.json().penilaian[0].id);
    expect(d).toMatchObject({
      status: 'draft',
      peranSaya: 'pemilik',
      periode: { nama: 'Triwulan IV 2026', batasRealisasi: '2027-01-10', batasPenilaian: '2027-01-20' },
      pegawai: { pegawaiId: t.fx.p.stafA, jabatan: 'Pengelola Data Surveilans' },
      penilai: { pegawaiId: t.fx.p.kasiSurv },
      atasanPenilai: { pegawaiId: t.fx.p.kabidP2p },
      kepalaUnit: false,
      aksi: ['isi_realisasi', 'ajukan'],
      usulanRatingHasilKerja: null,
      predikat: null,
    });
    expect(d.rhk.map((r) => [r.jenis, r.indikator.length])).toEqual([['utama', 2], ['utama', 1], ['tambahan', 1]]);
    expect(d.indikatorKosong).toHaveLength(4);
    expect((d.perilaku as unknown[]).length).toBe(7);
    // a pegawai without an approved SKP has nothing to open
    expect((await buka('stafC', periode.q4.id)).json().code).toBe('PENILAIAN.SKP_BELUM_DISETUJUI');
    rec = { a4: d, b4: undefined as unknown as Detail };
  });

  it('evidence lists only APPROVED aktivitas of the period linked to each RHK, with minute totals', async () => {
    const res = await (await as('stafA')).get(`/api/v1/penilaian/${rec.a4.id}/aktivitas`);
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json();
    expect(b).toMatchObject({ tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31' });
    expect(b.rhk.map((r: { aktivitas: { id: string }[]; jumlahMenit: number; jumlahAktivitas: number }) => [r.aktivitas.map((a) => a.id), r.jumlahAktivitas, r.jumlahMenit])).toEqual([
      [[bukti.u1Okt, bukti.u1Nov, bukti.u1Api], 3, 60 + 90 + 120],
      [[bukti.u2Nov], 1, 30],
      [[], 0, 0],
    ]);
    expect(b.rhk[0].aktivitas[2]).toMatchObject({ tanggal: '2026-11-27', jamMulai: '08:00', jamSelesai: '10:00', menit: 120, uraian: 'Menyusun rekap surveilans minggu ke-47' });
    // the same totals on the record, for the penilai's view
    const d = await lihat('kasiSurv', rec.a4.id);
    expect(d.rhk.map((r) => [r.jumlahAktivitas, r.jumlahMenit])).toEqual([[3, 270], [1, 30], [0, 0]]);
    // a colleague sees nothing of it
    expect((await (await as('stafB')).get(`/api/v1/penilaian/${rec.a4.id}/aktivitas`)).statusCode).toBe(404);
  });

  it('realisasi: evidence outside the rules is refused per item; valid evidence, narrative and reflection are saved', async () => {
    const d = rec.a4;
    const [i1, i2] = d.rhk[0]!.indikator.map((k) => k.id);
    const i3 = d.rhk[1]!.indikator[0]!.id;
    const salah = [bukti.u1Menunggu, bukti.u1Ditolak, bukti.u1Sep, bukti.tanpaRhk, bukti.milikB, bukti.u2Nov];
    const tolak = await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: [{ indikatorId: i1, realisasiAngka: 10, aktivitasIds: [bukti.u1Nov, ...salah] }] });
    expect(tolak.statusCode).toBe(400);
    expect(tolak.json().code).toBe('PENILAIAN.BUKTI_TIDAK_VALID');
    expect(tolak.json().details.map((x: { path: string }) => x.path)).toEqual([1, 2, 3, 4, 5, 6].map((j) => `indikator.0.aktivitasIds.${j}`));
    expect((await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: [{ indikatorId: skpB.rhk[0]!.indikator[0]!.id, realisasiAngka: 1 }] })).json().code).toBe('VALIDASI.GAGAL');

    const res = await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, {
      versi: d.versi,
      refleksi: 'Rekap tepat waktu, verifikasi masih tertunda di dua puskesmas.',
      indikator: [
        { indikatorId: i1, realisasiAngka: 13, catatan: 'Termasuk rekap KLB', aktivitasIds: [bukti.u1Nov, bukti.u1Api, bukti.u1Nov] },
        { indikatorId: i2, realisasiAngka: 97 },
        { indikatorId: i3, realisasiNarasi: 'Seluruh laporan bulan Oktober–November terverifikasi', aktivitasIds: [bukti.u2Nov] },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const simpan = res.json() as Detail;
    expect(simpan.versi).toBe(d.versi + 1);
    expect(simpan.refleksi).toBe('Rekap tepat waktu, verifikasi masih tertunda di dua puskesmas.');
    expect(simpan.rhk[0]!.indikator[0]).toMatchObject({ realisasiAngka: 13, catatan: 'Termasuk rekap KLB', aktivitasIds: expect.arrayContaining([bukti.u1Nov, bukti.u1Api]) });
    expect(simpan.rhk[0]!.indikator[0]!.aktivitasIds).toHaveLength(2);
    expect(simpan.rhk[1]!.indikator[0]).toMatchObject({ realisasiAngka: null, realisasiNarasi: 'Seluruh laporan bulan Oktober–November terverifikasi', aktivitasIds: [bukti.u2Nov] });
    // the tambahan RHK's indicator is still empty: submission is refused and says which
    expect(simpan.indikatorKosong).toEqual([d.rhk[2]!.indikator[0]!.id]);
    const ajukan = await aksi('stafA', simpan, 'ajukan');
    expect(ajukan.statusCode).toBe(400);
    expect(ajukan.json()).toMatchObject({ code: 'PENILAIAN.REALISASI_BELUM_LENGKAP', details: [{ indikatorId: d.rhk[2]!.indikator[0]!.id }] });
    // a stale versi loses
    expect((await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: [] })).statusCode).toBe(409);
    rec.a4 = simpan;
  });
});

describe('the whole cycle: submit → return with a note → resubmit → judge → rate → predikat', () => {
  it('submit; the penilai’s list shows it; return needs a note; the pegawai fixes and resubmits', async () => {
    let d = rec.a4;
    const isi = await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: 'Refleksi', indikator: realisasiLengkap(d) });
    expect(isi.statusCode, isi.body).toBe(200);
    const ajukan = await aksi('stafA', isi.json(), 'ajukan');
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    d = ajukan.json();
    expect(d).toMatchObject({ status: 'diajukan', diajukanPada: SEKARANG.toISOString(), aksi: ['tarik'], indikatorKosong: [] });
    // frozen while submitted
    expect((await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: [] })).json().code).toBe('PENILAIAN.STATUS');

    const list = (await (await as('kasiSurv')).get(`/api/v1/penilaian/bawahan?periodeId=${periode.q4.id}`)).json();
    expect(list.periode.nama).toBe('Triwulan IV 2026');
    expect(list.items.map((i: { pegawai: { nama: string }; skpId: string | null; penilaianId: string | null; status: string | null }) => [i.pegawai.nama, i.skpId, i.penilaianId, i.status])).toEqual([
      ['Staf A', skpA.id, d.id, 'diajukan'],
      ['Staf B', skpB.id, null, null],
    ]);

    const p = await lihat('kasiSurv', d.id);
    expect(p).toMatchObject({ peranSaya: 'penilai', aksi: ['kembalikan', 'isi_penilaian', 'nilai'], usulanRatingHasilKerja: { rating: 'sesuai', alasan: 'BELUM_ADA_PENILAIAN' } });
    expect((await aksi('kasiSurv', p, 'kembalikan')).json().code).toBe('PENILAIAN.CATATAN_WAJIB');
    expect((await aksi('kasiSurv', p, 'kembalikan', '   ')).json().code).toBe('PENILAIAN.CATATAN_WAJIB');
    const kembali = await aksi('kasiSurv', p, 'kembalikan', 'Lampirkan rekap KLB sebagai bukti');
    expect(kembali.statusCode, kembali.body).toBe(200);
    d = await lihat('stafA', d.id);
    expect(d).toMatchObject({ status: 'dikembalikan', catatanPenilai: 'Lampirkan rekap KLB sebagai bukti', aksi: ['isi_realisasi', 'ajukan'] });
    const [i1] = d.rhk[0]!.indikator.map((k) => k.id);
    const perbaiki = await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: 'Refleksi', indikator: realisasiLengkap(d, { [i1!]: [bukti.u1Okt!, bukti.u1Nov!] }) });
    expect(perbaiki.statusCode, perbaiki.body).toBe(200);
    const lagi = await aksi('stafA', perbaiki.json(), 'ajukan');
    expect(lagi.statusCode, lagi.body).toBe(200);
    rec.a4 = lagi.json();
  });

  it('the system proposes from the per-RHK judgements; an override without a reason is refused; the pegawai sees nothing yet', async () => {
    let d = await lihat('kasiSurv', rec.a4.id);
    // only one RHK judged: no proposal check yet (it would ask for reasons the finished proposal may not need)
    const sebagian = await menilai('kasiSurv', d, { rhk: nilaiRhk(d, 'di_atas'), ratingHasilKerja: 'sesuai', ratingPerilakuKerja: null });
    expect(sebagian.statusCode, sebagian.body).toBe(200);
    d = sebagian.json();
    expect(d.usulanRatingHasilKerja).toEqual({ rating: 'di_atas', alasan: 'SEBAGIAN_BESAR_DI_ATAS' });
    // finalising now: not every RHK judged, no rating perilaku
    const belum = await aksi('kasiSurv', d, 'nilai');
    expect(belum.statusCode).toBe(400);
    expect(belum.json()).toMatchObject({ code: 'PENILAIAN.PENILAIAN_BELUM_LENGKAP', details: [{ kode: 'RHK_BELUM_DINILAI', rhkId: d.rhk[1]!.id }, { kode: 'RHK_BELUM_DINILAI', rhkId: d.rhk[2]!.id }, { kode: 'RATING_PERILAKU_KERJA_KOSONG' }] });

    // U1 and U2 above, tambahan as expected → proposal Di Atas; rating Sesuai without a reason → refused
    const tanpaAlasan = await menilai('kasiSurv', d, { rhk: nilaiRhk(d, 'di_atas', 'di_atas', 'sesuai'), ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'di_atas' });
    expect(tanpaAlasan.statusCode).toBe(400);
    expect(tanpaAlasan.json()).toMatchObject({ code: 'PENILAIAN.ALASAN_WAJIB', details: [{ path: 'alasanRatingHasilKerja' }] });
    expect(tanpaAlasan.json().message).toContain('Di Atas Ekspektasi');
    expect((await menilai('kasiSurv', d, { rhk: nilaiRhk(d, 'di_atas', 'di_atas', 'sesuai'), ratingHasilKerja: 'sesuai', alasanRatingHasilKerja: '  ', ratingPerilakuKerja: 'di_atas' })).json().code).toBe('PENILAIAN.ALASAN_WAJIB');
    // with a reason it is kept
    const denganAlasan = await menilai('kasiSurv', d, { rhk: nilaiRhk(d, 'di_atas', 'di_atas', 'sesuai'), ratingHasilKerja: 'sesuai', alasanRatingHasilKerja: 'Target kualitas dicapai dengan bantuan tim', ratingPerilakuKerja: 'di_atas' });
    expect(denganAlasan.statusCode, denganAlasan.body).toBe(200);
    expect(denganAlasan.json()).toMatchObject({ ratingHasilKerja: 'sesuai', alasanRatingHasilKerja: 'Target kualitas dicapai dengan bantuan tim', predikat: null, status: 'diajukan' });
    // as proposed: no reason needed; umpan balik per value; a predikat sent by the client is ignored
    d = denganAlasan.json();
    const sesuaiUsulan = await menilai('kasiSurv', d, {
      rhk: nilaiRhk(d, 'di_atas', 'di_atas', 'sesuai'),
      perilaku: [{ nilai: 'akuntabel', umpanBalik: 'Laporan selalu tepat waktu' }, { nilai: 'kolaboratif', umpanBalik: null }],
      ratingHasilKerja: 'di_atas',
      ratingPerilakuKerja: 'di_atas',
      predikat: 'sangat_kurang',
    });
    expect(sesuaiUsulan.statusCode, sesuaiUsulan.body).toBe(200);
    d = sesuaiUsulan.json();
    expect(d).toMatchObject({ ratingHasilKerja: 'di_atas', alasanRatingHasilKerja: null, predikat: null });
    expect((d.perilaku as { nilai: string; umpanBalik: string | null }[]).filter((p) => p.umpanBalik)).toEqual([{ nilai: 'akuntabel', ekspektasi: null, umpanBalik: 'Laporan selalu tepat waktu' }]);

    const pegawai = await lihat('stafA', d.id);
    expect(pegawai).toMatchObject({ usulanRatingHasilKerja: null, ratingHasilKerja: null, ratingPerilakuKerja: null, predikat: null });
    expect(pegawai.rhk.map((r) => [r.penilaian, r.umpanBalik])).toEqual([[null, null], [null, null], [null, null]]);
    rec.a4 = d;
  });

  it('nilai: the server computes the predikat (Di Atas × Di Atas → Sangat Baik); the pegawai now sees everything', async () => {
    const res = await aksi('kasiSurv', rec.a4, 'nilai');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dinilai', predikat: 'sangat_baik', dinilaiPada: SEKARANG.toISOString(), aksi: ['buka_nilai'] });
    const d = await lihat('stafA', rec.a4.id);
    expect(d).toMatchObject({ status: 'dinilai', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas', predikat: 'sangat_baik', usulanRatingHasilKerja: { rating: 'di_atas' }, aksi: [] });
    expect(d.rhk.map((r) => r.penilaian)).toEqual(['di_atas', 'di_atas', 'sesuai']);
    expect(d.rhk[0]!.umpanBalik).toBe('Umpan balik RHK 1');
    const row = await t.ctx.db.selectFrom('penilaian').select(['predikat', 'usulan_rating_hasil', 'dinilai_oleh', 'penilai_id']).where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ predikat: 'sangat_baik', usulan_rating_hasil: 'di_atas', dinilai_oleh: t.fx.p.kasiSurv, penilai_id: t.fx.p.kasiSurv });
    const list = (await (await as('kasiSurv')).get(`/api/v1/penilaian/bawahan?periodeId=${periode.q4.id}`)).json();
    expect(list.items[0]).toMatchObject({ status: 'dinilai', predikat: 'sangat_baik', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas' });
    expect(list.sebaran).toEqual({ sangat_baik: 1, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'aktor_nama', 'ringkasan']).where('entitas_id', '=', d.id).orderBy('seq').execute();
    expect(audit.map((a) => a.aksi)).toEqual([
      'penilaian.buat', 'penilaian.realisasi', 'penilaian.realisasi', 'penilaian.ajukan', 'penilaian.kembalikan', 'penilaian.realisasi', 'penilaian.ajukan',
      'penilaian.isi_penilaian', 'penilaian.isi_penilaian', 'penilaian.isi_penilaian', 'penilaian.nilai',
    ]);
    expect(audit.at(-1)!.aktor_nama).toBe('Kasi Surveilans');
    expect(JSON.parse(audit.at(-1)!.ringkasan).sesudah).toEqual({ status: 'dinilai', ratingHasilKerja: 'di_atas', usulan: 'di_atas', ratingPerilakuKerja: 'di_atas', predikat: 'sangat_baik' });
  });

  it('more cells of the matrix end to end, through buka_nilai (Di Bawah × Sesuai → Butuh Perbaikan, Sesuai × Di Bawah → Kurang)', async () => {
    const cells: [string, string, string][] = [['di_bawah', 'sesuai', 'butuh_perbaikan'], ['sesuai', 'di_bawah', 'kurang']];
    let d = await lihat('kasiSurv', rec.a4.id);
    for (const [hasil, perilaku, predikat] of cells) {
      const bukaLagi = await aksi('kasiSurv', d, 'buka_nilai');
      expect(bukaLagi.statusCode, bukaLagi.body).toBe(200);
      expect(bukaLagi.json()).toMatchObject({ status: 'diajukan', predikat: null });
      const isi = await menilai('kasiSurv', bukaLagi.json(), { rhk: nilaiRhk(d, 'di_atas', 'di_atas', 'sesuai'), ratingHasilKerja: hasil, alasanRatingHasilKerja: 'Kalibrasi dengan kinerja unit', ratingPerilakuKerja: perilaku });
      expect(isi.statusCode, isi.body).toBe(200);
      const nilai = await aksi('kasiSurv', isi.json(), 'nilai');
      expect(nilai.statusCode, nilai.body).toBe(200);
      d = nilai.json();
      expect([d.ratingHasilKerja, d.ratingPerilakuKerja, d.predikat]).toEqual([hasil, perilaku, predikat]);
    }
    rec.a4 = d;
  });

  it('Staf B: every RHK below expectation → proposal Di Bawah; Di Bawah × Di Bawah → Sangat Kurang', async () => {
    const b = (await buka('stafB', periode.q4.id)).json().penilaian[0] as { id: string };
    let d = await lihat('stafB', b.id);
    d = (await put('stafB', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: realisasiLengkap(d) })).json();
    d = (await aksi('stafB', d, 'ajukan')).json();
    const isi = await menilai('kasiSurv', d, { rhk: nilaiRhk(d, 'di_bawah', 'di_bawah'), ratingHasilKerja: 'di_bawah', ratingPerilakuKerja: 'di_bawah' });
    expect(isi.statusCode, isi.body).toBe(200);
    expect(isi.json().usulanRatingHasilKerja).toEqual({ rating: 'di_bawah', alasan: 'SEBAGIAN_BESAR_DI_BAWAH' });
    rec.b4 = isi.json();
  });
});

describe('who may act', () => {
  it('a penilai outside the chain, a colleague and another instansi get 404; a pengamat reads but cannot rate (403)', async () => {
    const d = rec.b4;
    const body = { versi: d.versi, rhk: nilaiRhk(d, 'di_atas', 'di_atas'), perilaku: [], ratingHasilKerja: 'di_atas', alasanRatingHasilKerja: null, ratingPerilakuKerja: 'di_atas' };
    for (const who of ['kadisDik', 'stafA', 'asing'] as const) {
      expect([who, (await (await as(who)).get(`/api/v1/penilaian/${d.id}`)).statusCode]).toEqual([who, 404]);
      expect([who, (await put(who, `/api/v1/penilaian/${d.id}/penilaian`, body)).statusCode]).toEqual([who, 404]);
      expect([who, (await aksi(who, d, 'nilai')).statusCode]).toEqual([who, 404]);
    }
    // the Kabid is Staf B's atasan pejabat penilai (he decides a keberatan, DOMAIN.md §2.5): reads, cannot rate
    expect(await lihat('kabidP2p', d.id)).toMatchObject({ peranSaya: 'pengamat', aksi: [] });
    expect((await put('kabidP2p', `/api/v1/penilaian/${d.id}/penilaian`, body)).statusCode).toBe(403);
    expect((await aksi('kabidP2p', d, 'nilai')).statusCode).toBe(403);
    // the pimpinan of the OPD sees the record read-only
    const pimpinan = await lihat('kadisKes', d.id);
    expect(pimpinan).toMatchObject({ peranSaya: 'pengamat', aksi: [] });
    expect((await put('kadisKes', `/api/v1/penilaian/${d.id}/penilaian`, body)).statusCode).toBe(403);
    expect((await aksi('kadisKes', d, 'nilai')).statusCode).toBe(403);
    expect((await aksi('kadisKes', d, 'kembalikan', 'bukan penilai')).statusCode).toBe(403);
    // outside the chain the Kabid's list does not carry Staf B
    const kabid = (await (await as('kabidP2p')).get(`/api/v1/penilaian/bawahan?periodeId=${periode.q4.id}`)).json();
    expect(kabid.items.map((i: { pegawai: { pegawaiId: string } }) => i.pegawai.pegawaiId)).not.toContain(t.fx.p.stafB);
    // nothing changed
    expect(await lihat('kasiSurv', d.id)).toMatchObject({ versi: d.versi, ratingHasilKerja: 'di_bawah', predikat: null });
  });

  it('a pegawai cannot rate themselves or return their own realisasi (403)', async () => {
    const d = await lihat('stafB', rec.b4.id);
    const res = await put('stafB', `/api/v1/penilaian/${d.id}/penilaian`, { versi: d.versi, rhk: nilaiRhk(rec.b4, 'di_atas', 'di_atas'), perilaku: [], ratingHasilKerja: 'di_atas', alasanRatingHasilKerja: 'Saya bekerja keras', ratingPerilakuKerja: 'di_atas' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AKSES.DITOLAK');
    expect((await aksi('stafB', d, 'nilai')).statusCode).toBe(403);
    expect((await aksi('stafB', d, 'kembalikan', 'x')).statusCode).toBe(403);
    // and the penilai cannot submit or fill in for the pegawai
    expect((await put('kasiSurv', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: [] })).statusCode).toBe(403);
  });

  it('two penilai writes at once with the same versi: exactly one wins, the other gets 409', async () => {
    const d = await lihat('kasiSurv', rec.b4.id);
    const phone = await login(t.app, t.fx.u.kasiSurv!);
    const body = (hasil: string) => ({ versi: d.versi, rhk: nilaiRhk(d, 'di_bawah', 'di_bawah'), perilaku: [], ratingHasilKerja: hasil, alasanRatingHasilKerja: hasil === 'di_bawah' ? null : 'Perbaikan nyata di akhir triwulan', ratingPerilakuKerja: 'di_bawah' });
    const [r1, r2] = await Promise.all([put('kasiSurv', `/api/v1/penilaian/${d.id}/penilaian`, body('sesuai')), phone.request({ method: 'PUT', url: `/api/v1/penilaian/${d.id}/penilaian`, payload: body('di_bawah') })]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    expect((r1.statusCode === 409 ? r1 : r2).json().code).toBe('DATA.KONFLIK');
    const winner = (r1.statusCode === 200 ? r1 : r2).json() as Detail;
    const after = await lihat('kasiSurv', d.id);
    expect(after).toMatchObject({ versi: d.versi + 1, ratingHasilKerja: winner.ratingHasilKerja });
    // then: nilai → Di Bawah × Di Bawah → Sangat Kurang (or Sesuai × Di Bawah → Kurang, by the winner)
    const nilai = await aksi('kasiSurv', after, 'nilai');
    expect(nilai.statusCode, nilai.body).toBe(200);
    expect(nilai.json().predikat).toBe(winner.ratingHasilKerja === 'di_bawah' ? 'sangat_kurang' : 'kurang');
    rec.b4 = nilai.json();
  });
});

describe('kepala unit: the unit’s capaian kinerja organisasi is the rating hasil kerja', () => {
  it('a stored organisation rating is the proposal; another rating is refused even with a reason, at saving and at nilai', async () => {
    const k = (await buka('kasiSurv', periode.q4.id)).json().penilaian[0] as { id: string };
    let d = await lihat('kasiSurv', k.id);
    expect(d).toMatchObject({ kepalaUnit: true, penilai: { pegawaiId: t.fx.p.kabidP2p }, ratingHasilOrganisasi: null });
    d = (await put('kasiSurv', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: realisasiLengkap(d) })).json();
    d = (await aksi('kasiSurv', d, 'ajukan')).json();
    expect(d.status).toBe('diajukan');
    // the calibration phase fills this column for the kepala of each unit
    await t.ctx.db.updateTable('penilaian').set({ rating_hasil_organisasi: 'sesuai' }).where('id', '=', d.id).execute();
    d = await lihat('kabidP2p', d.id);
    expect(d).toMatchObject({ peranSaya: 'penilai', ratingHasilOrganisasi: 'sesuai', usulanRatingHasilKerja: { rating: 'sesuai', alasan: 'CAPAIAN_KINERJA_ORGANISASI' } });
    const lain = await menilai('kabidP2p', d, { rhk: nilaiRhk(d, 'di_atas'), ratingHasilKerja: 'di_atas', alasanRatingHasilKerja: 'Kinerja pribadi menonjol', ratingPerilakuKerja: 'sesuai' });
    expect(lain.statusCode).toBe(400);
    expect(lain.json()).toMatchObject({ code: 'PENILAIAN.RATING_ORGANISASI', details: [{ path: 'ratingHasilKerja' }] });
    expect(lain.json().message).toContain('Sesuai Ekspektasi');
    // the organisation's rating needs no reason although the per-RHK judgement would propose Di Atas
    const sama = await menilai('kabidP2p', d, { rhk: nilaiRhk(d, 'di_atas'), ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai' });
    expect(sama.statusCode, sama.body).toBe(200);
    d = sama.json();
    // the organisation's rating changes before nilai: the stored rating no longer fits
    await t.ctx.db.updateTable('penilaian').set({ rating_hasil_organisasi: 'di_bawah' }).where('id', '=', d.id).execute();
    expect((await aksi('kabidP2p', d, 'nilai')).json().code).toBe('PENILAIAN.RATING_ORGANISASI');
    await t.ctx.db.updateTable('penilaian').set({ rating_hasil_organisasi: 'sesuai' }).where('id', '=', d.id).execute();
    const nilai = await aksi('kabidP2p', d, 'nilai');
    expect(nilai.statusCode, nilai.body).toBe(200);
    expect(nilai.json()).toMatchObject({ ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', predikat: 'baik' });
  });
});

describe('an SKP split by a mid-year mutasi: one record per segment', () => {
  it('the segment closed while approved and its approved continuation each get their own record; a draft continuation none', async () => {
    const db = t.ctx.db;
    const ts = '2026-01-05T01:00:00.000Z';
    const seg = async (mulai: string, selesai: string, status: string, disetujui: string | null) => {
      const id = newId();
      await db.insertInto('skp').values({
        id, instansi_id: t.fx.instansiId, periode_id: skpPeriode, pegawai_id: t.fx.p.stafC, tanggal_mulai: mulai, tanggal_selesai: selesai, pendekatan: 'kuantitatif', status,
        jabatan_id: t.fx.jab.stafImun!, unit_id: t.fx.unit.imunisasi, penilai_id: t.fx.p.kabidP2p, atasan_penilai_id: t.fx.p.kadisKes, catatan_penilai: null, alasan_buka: null,
        diajukan_pada: disetujui, disetujui_pada: disetujui, disetujui_oleh: disetujui ? t.fx.p.kabidP2p : null, ditutup_pada: status === 'ditutup' ? ts : null, asal_skp_id: null, versi: 1, dibuat_pada: ts, diubah_pada: ts,
      }).execute();
      await db.insertInto('skp_rhk').values({ id: newId(), instansi_id: t.fx.instansiId, skp_id: id, jenis: 'utama', uraian: 'Terlaksananya imunisasi dasar lengkap', rhk_atasan_id: null, pk_sasaran_id: null, asal_rhk_id: null, urutan: 0 }).execute();
      return id;
    };
    const lama = await seg('2026-01-01', '2026-11-10', 'ditutup', ts);
    const lanjutan = await seg('2026-11-11', '2026-12-31', 'draft', null);
    // while the continuation is a draft only the closed segment is evaluated
    const satu = (await buka('stafC', periode.q4.id)).json();
    expect(satu.penilaian.map((p: { skpId: string; tanggalMulai: string; tanggalSelesai: string }) => [p.skpId, p.tanggalMulai, p.tanggalSelesai])).toEqual([[lama, '2026-10-01', '2026-11-10']]);
    await db.updateTable('skp').set({ status: 'disetujui', disetujui_pada: '2026-11-12T01:00:00.000Z' }).where('id', '=', lanjutan).execute();
    const dua = (await buka('stafC', periode.q4.id)).json();
    expect(dua.dibuat).toBe(1);
    expect(dua.penilaian.map((p: { skpId: string; tanggalMulai: string; tanggalSelesai: string }) => [p.skpId, p.tanggalMulai, p.tanggalSelesai])).toEqual([
      [lama, '2026-10-01', '2026-11-10'],
      [lanjutan, '2026-11-11', '2026-12-31'],
    ]);
    const list = (await (await as('kabidP2p')).get(`/api/v1/penilaian/bawahan?periodeId=${periode.q4.id}`)).json();
    const c = list.items.filter((i: { pegawai: { pegawaiId: string } }) => i.pegawai.pegawaiId === t.fx.p.stafC);
    expect(c.map((i: { skpId: string; status: string }) => [i.skpId, i.status])).toEqual([[lama, 'draft'], [lanjutan, 'draft']]);
  });
});

describe('deadlines (WITA, on the test clock)', () => {
  it('opening a period after its batas realisasi is refused with the date; BKPPD extends it and the pegawai may open it', async () => {
    const res = await buka('stafB', periode.q3.id);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'PENILAIAN.BATAS_REALISASI_LEWAT', details: { batasRealisasi: '2026-10-10' } });
    expect(res.json().message).toContain('10 Oktober 2026');
    const ubah = await put('analis', `/api/v1/penilaian/periode/${periode.q3.id}`, { versi: periode.q3.versi, tanggalMulai: '2026-07-01', tanggalSelesai: '2026-09-30', batasRealisasi: '2026-12-05', batasPenilaian: '2026-12-15' });
    expect(ubah.statusCode, ubah.body).toBe(200);
    expect((await buka('stafB', periode.q3.id)).json().dibuat).toBe(1);
  });

  it('before the period starts: PENILAIAN.BELUM_MULAI with its first day; from 00:00 WITA of that day it opens', async () => {
    // 31 Dec 2025 23:59 WITA
    await pada('2025-12-31T15:59:00Z', async () => {
      const res = await buka('stafB', periode.tahunan.id);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'PENILAIAN.BELUM_MULAI', details: { tanggalMulai: '2026-01-01' } });
      expect(res.json().message).toContain('1 Januari 2026');
    });
    // 1 Jan 2026 00:00 WITA
    await pada('2025-12-31T16:00:00Z', async () => {
      expect((await buka('stafB', periode.tahunan.id)).json().dibuat).toBe(1);
    });
  });

  it('after the batas realisasi the draft is closed for the pegawai; a returned one may be fixed until the batas penilaian; the penilai until then', async () => {
    // Staf A opens the tahunan period now and leaves it as a draft; Staf B's Triwulan III goes to the Kasi
    const a = (await buka('stafA', periode.tahunan.id)).json().penilaian[0] as { id: string };
    let b3 = await lihat('stafB', (await buka('stafB', periode.q3.id)).json().penilaian[0].id);
    b3 = (await put('stafB', `/api/v1/penilaian/${b3.id}/realisasi`, { versi: b3.versi, refleksi: null, indikator: realisasiLengkap(b3) })).json();
    b3 = (await aksi('stafB', b3, 'ajukan')).json();
    expect(b3.status).toBe('diajukan');

    // 11 Jan 2027 00:00 WITA: the day after the tahunan batas realisasi
    await pada('2027-01-10T16:00:00Z', async () => {
      const draf = await lihat('stafA', a.id);
      expect(draf.aksi).toEqual([]);
      const isi = await put('stafA', `/api/v1/penilaian/${a.id}/realisasi`, { versi: draf.versi, refleksi: 'terlambat', indikator: [] });
      expect(isi.statusCode).toBe(400);
      expect(isi.json()).toMatchObject({ code: 'PENILAIAN.BATAS_REALISASI_LEWAT', details: { batasRealisasi: '2027-01-10' } });
      expect((await aksi('stafA', draf, 'ajukan')).json().code).toBe('PENILAIAN.BATAS_REALISASI_LEWAT');
    });

    // Triwulan III (extended above): realisasi until 5 Dec, penilaian until 15 Dec
    await pada('2026-12-10T02:00:00Z', async () => {
      expect((await aksi('stafB', b3, 'tarik')).json().code).toBe('PENILAIAN.BATAS_REALISASI_LEWAT');
      const kembali = await aksi('kasiSurv', b3, 'kembalikan', 'Perbaiki angka realisasi');
      expect(kembali.statusCode, kembali.body).toBe(200);
      // returned: the pegawai may correct and resubmit after the batas realisasi (the penilai asked for it)
      let d = await lihat('stafB', b3.id);
      expect(d.aksi).toEqual(['isi_realisasi', 'ajukan']);
      d = (await put('stafB', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: 'Diperbaiki', indikator: realisasiLengkap(d) })).json();
      const ajukan = await aksi('stafB', d, 'ajukan');
      expect(ajukan.statusCode, ajukan.body).toBe(200);
      b3 = ajukan.json();
    });

    // 16 Dec 00:00 WITA: the day after the batas penilaian
    await pada('2026-12-15T16:00:00Z', async () => {
      const p = await lihat('kasiSurv', b3.id);
      expect(p.aksi).toEqual([]);
      const nilai = await menilai('kasiSurv', p, { rhk: nilaiRhk(p, 'sesuai', 'sesuai'), ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai' });
      expect(nilai.statusCode).toBe(400);
      expect(nilai.json()).toMatchObject({ code: 'PENILAIAN.BATAS_PENILAIAN_LEWAT', details: { batasPenilaian: '2026-12-15' } });
      expect((await aksi('kasiSurv', p, 'kembalikan', 'terlambat')).json().code).toBe('PENILAIAN.BATAS_PENILAIAN_LEWAT');
    });
  });
});

describe('an SKP reopened for editing', () => {
  it('pauses its evaluation: no actions offered, writes refused with PENILAIAN.SKP_BELUM_DISETUJUI', async () => {
    const skp = (await (await as('stafA')).get(`/api/v1/skp/${skpA.id}`)).json() as Skp;
    const minta = await (await as('stafA')).post(`/api/v1/skp/${skp.id}/aksi`, { aksi: 'minta_buka', versi: skp.versi, catatan: 'Tambah RHK dari Kepala Dinas' });
    expect(minta.statusCode, minta.body).toBe(200);
    // asking to reopen keeps the plan approved: the evaluation goes on
    const tahunan = (await (await as('stafA')).get('/api/v1/penilaian/saya')).json().periode.find((p: { periode: Periode }) => p.periode.jenis === 'tahunan').penilaian[0] as { id: string };
    expect((await lihat('stafA', tahunan.id)).aksi).toEqual(['isi_realisasi', 'ajukan']);
    const terima = await (await as('kasiSurv')).post(`/api/v1/skp/${skp.id}/aksi`, { aksi: 'terima_buka', versi: minta.json().versi });
    expect(terima.statusCode, terima.body).toBe(200);
    const d = await lihat('stafA', tahunan.id);
    expect(d.aksi).toEqual([]);
    const isi = await put('stafA', `/api/v1/penilaian/${d.id}/realisasi`, { versi: d.versi, refleksi: null, indikator: [] });
    expect(isi.statusCode).toBe(400);
    expect(isi.json().code).toBe('PENILAIAN.SKP_BELUM_DISETUJUI');
  });
});
