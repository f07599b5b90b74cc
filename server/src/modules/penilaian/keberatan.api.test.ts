// Keberatan through HTTP on SQLite and PostgreSQL (DOMAIN.md §2.5, PP 30/2019 Pasal 59; issue 6 phase 2): the pegawai
// files against a finalised predikat within 14 WITA days (in time, on the last WITA day across a month end, one day
// late), once, only for themself; the atasan pejabat penilai asks both sides, each answers, and decides — `ubah`
// changes the evaluation's ratings and predikat, both decisions bump its versi and re-issue the Dokumen Evaluasi
// (older codes become "diganti"); the decision is final; strangers see nothing; two decisions at once → one wins.
//
// Chain (Kota Uji): Kabid P2P ← Kasi Surveilans ← Staf A, Staf B; Staf C's penilai is the Kabid (vacant kepala post of
// Seksi Imunisasi). So Staf A/B's atasan pejabat penilai is the Kabid, Staf C's is the Kepala Dinas Kesehatan.
//
// Penetapan is helper A's endpoint (kalibrasi). So these tests do not depend on it, a record is finalised by writing
// what penetapan writes straight into the test database (status 'ditetapkan', ditetapkan_pada, versi + 1) after it
// was rated through the API (alur.sampaiDinilai).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlurPenilaian, type PenilaianUji, type Siapa, siapkanPenilaian } from '../../../test/penilaian-alur.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { terbitkanDokumen } from '../dokumen/dokumen.service.ts';

let t: TestApp;
let alur: AlurPenilaian;
const SEKARANG = new Date('2026-11-29T02:00:00Z'); // Sunday 29 Nov 2026, 10:00 WITA

type Keberatan = {
  id: string;
  status: string;
  versi: number;
  peranSaya: string;
  aksi: string[];
  pertanyaan: string | null;
  penjelasanPegawai: string | null;
  penjelasanPenilai: string | null;
  keputusan: string | null;
  predikatSemula: string;
  predikatBaru: string | null;
  tanggalTerakhir: string;
  penilaian: { id: string; predikat: string | null; ratingHasilKerja: string | null; ratingPerilakuKerja: string | null; ditetapkanPada: string | null; atasanPenilai: { pegawaiId: string } | null };
  diputusOleh: { pegawaiId: string } | null;
};

const rec: Record<'a4' | 'b4' | 'c4' | 'aTahun' | 'bTahun' | 'cTahun', PenilaianUji> = {} as never;

/** What penetapan writes on a rated record (see the header): finalised at `pada` by the kepala dinas. */
const tetapkan = (p: PenilaianUji, pada: string, ubah: { atasan_penilai_id?: null } = {}) => alur.tetapkanLangsung(p.id, pada, 'kadisKes', ubah);

/** Runs `fn` at another instant with fresh sessions (12-hour sessions), then returns to SEKARANG. */
async function pada(iso: string, fn: () => Promise<void>) {
  alur.lupakanSesi();
  t.clock.now = new Date(iso);
  try {
    await fn();
  } finally {
    t.clock.now = SEKARANG;
    alur.lupakanSesi();
  }
}

const ajukan = async (who: Siapa, penilaianId: string, alasan = 'Realisasi saya melampaui target; bukti terlampir.') =>
  (await alur.as(who)).post('/api/v1/keberatan', { penilaianId, alasan, bukti: 'Laporan bulanan Oktober–Desember' });
const lihat = async (who: Siapa, id: string) => (await alur.as(who)).get(`/api/v1/keberatan/${id}`);
const status = async (who: Siapa, penilaianId: string) => (await alur.as(who)).get(`/api/v1/penilaian/${penilaianId}/keberatan`);
const dokumenRef = (refId: string) => t.ctx.db.selectFrom('dokumen').select(['kode', 'ref_versi', 'jenis', 'judul', 'ringkasan', 'diganti_pada']).where('ref_id', '=', refId).orderBy('ref_versi').execute();
const versiPenilaian = async (id: string) => Number((await t.ctx.db.selectFrom('penilaian').select('versi').where('id', '=', id).executeTakeFirstOrThrow()).versi);

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Terlaksananya surveilans penyakit', rhkAtasanId: alur.rhkKabidId }]);
  const rhkKasi = kasi.rhk[0]!.id;
  await alur.skpDisetujui('stafA', 'kasiSurv', [{ uraian: 'Laporan surveilans mingguan', rhkAtasanId: rhkKasi }]);
  await alur.skpDisetujui('stafB', 'kasiSurv', [{ uraian: 'Verifikasi data kasus', rhkAtasanId: rhkKasi }]);
  await alur.skpDisetujui('stafC', 'kabidP2p', [{ uraian: 'Cakupan imunisasi dasar', rhkAtasanId: alur.rhkKabidId }]);
  const q4 = alur.periode.q4.id;
  const tahunan = alur.periode.tahunan.id;
  // every record rated Sesuai / Sesuai → predikat Baik
  rec.a4 = await alur.sampaiDinilai('stafA', 'kasiSurv', q4, 'sesuai', 'sesuai');
  rec.b4 = await alur.sampaiDinilai('stafB', 'kasiSurv', q4, 'sesuai', 'sesuai');
  rec.c4 = await alur.sampaiDinilai('stafC', 'kabidP2p', q4, 'sesuai', 'sesuai');
  rec.aTahun = await alur.sampaiDinilai('stafA', 'kasiSurv', tahunan, 'sesuai', 'sesuai');
  rec.bTahun = await alur.sampaiDinilai('stafB', 'kasiSurv', tahunan, 'sesuai', 'sesuai');
  rec.cTahun = await alur.sampaiDinilai('stafC', 'kabidP2p', tahunan, 'sesuai', 'sesuai');
  // finalised an hour ago (Sunday 29 Nov 09:00 WITA): the window runs to Sunday 13 Dec
  for (const r of [rec.a4, rec.b4, rec.c4]) await tetapkan(r, '2026-11-29T01:00:00.000Z');
  // finalised Friday 20 Nov 09:00 WITA: the last day lies across the month end, Friday 4 Dec
  for (const r of [rec.aTahun, rec.bTahun]) await tetapkan(r, '2026-11-20T01:00:00.000Z');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('filing: a finalised predikat, in time, once, by the pegawai only', () => {
  it('before penetapan nothing may be filed and the evaluation page shows no window', async () => {
    const s = await status('stafC', rec.cTahun.id);
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toEqual({ bolehAjukan: false, alasanTidakBoleh: 'BELUM_DITETAPKAN', batas: null, keberatan: null });
    const r = await ajukan('stafC', rec.cTahun.id);
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().code).toBe('KEBERATAN.BELUM_DITETAPKAN');
  });

  it('without an atasan pejabat penilai on the record nobody could decide: refused with its own code', async () => {
    await tetapkan(rec.cTahun, '2026-11-29T01:00:00.000Z', { atasan_penilai_id: null });
    expect((await status('stafC', rec.cTahun.id)).json()).toMatchObject({ bolehAjukan: false, alasanTidakBoleh: 'TANPA_ATASAN_PENILAI' });
    const r = await ajukan('stafC', rec.cTahun.id);
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().code).toBe('KEBERATAN.TANPA_ATASAN_PENILAI');
  });

  it('the window is shown on the evaluation: the last WITA day and the days left including today', async () => {
    const s = await status('stafA', rec.a4.id);
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toEqual({ bolehAjukan: true, alasanTidakBoleh: null, batas: { tanggalTerakhir: '2026-12-13', sisaHari: 15 }, keberatan: null });
    // the penilai sees the window but may not file
    expect((await status('kasiSurv', rec.a4.id)).json()).toMatchObject({ bolehAjukan: false, alasanTidakBoleh: null, batas: { tanggalTerakhir: '2026-12-13' } });
    // someone who may not read the evaluation learns nothing
    expect((await status('stafB', rec.a4.id)).statusCode).toBe(404);
  });

  it('only the pegawai files: the penilai and an admin who may read it are refused (403), a colleague gets 404', async () => {
    for (const who of ['kasiSurv', 'kabidP2p', 'analis'] as const) {
      const r = await ajukan(who, rec.a4.id);
      expect(r.statusCode, `${who}: ${r.body}`).toBe(403);
      expect(r.json().code).toBe('AKSES.DITOLAK');
    }
    expect((await ajukan('stafB', rec.a4.id)).statusCode).toBe(404);
    expect((await ajukan('asing', rec.a4.id)).statusCode).toBe(404);
  });

  it('in time: filed with the result objected to, to the atasan pejabat penilai; a second filing is refused', async () => {
    const r = await ajukan('stafA', rec.a4.id);
    expect(r.statusCode, r.body).toBe(201);
    const k = r.json() as Keberatan;
    expect(k).toMatchObject({ status: 'diajukan', peranSaya: 'pegawai', aksi: [], predikatSemula: 'baik', tanggalTerakhir: '2026-12-13', keputusan: null });
    expect(k.penilaian.atasanPenilai?.pegawaiId).toBe(t.fx.p.kabidP2p);
    expect(k.penilaian.ditetapkanPada).toBe('2026-11-29T01:00:00.000Z');
    const lagi = await ajukan('stafA', rec.a4.id, 'Sekali lagi');
    expect(lagi.statusCode, lagi.body).toBe(409);
    expect(lagi.json().code).toBe('KEBERATAN.SUDAH_ADA');
    expect((await status('stafA', rec.a4.id)).json()).toMatchObject({ bolehAjukan: false, alasanTidakBoleh: 'SUDAH_ADA', keberatan: { id: k.id, status: 'diajukan' } });
  });

  it('on the last WITA day across the month end (Fri 4 Dec, 23:59 WITA): accepted', async () => {
    await pada('2026-12-04T15:59:00.000Z', async () => {
      expect((await status('stafA', rec.aTahun.id)).json()).toMatchObject({ bolehAjukan: true, batas: { tanggalTerakhir: '2026-12-04', sisaHari: 1 } });
      const r = await ajukan('stafA', rec.aTahun.id);
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ tanggalTerakhir: '2026-12-04', status: 'diajukan' });
    });
  });

  it('at 00:00 WITA after the last day and one day late: refused with the date', async () => {
    for (const iso of ['2026-12-04T16:00:00.000Z', '2026-12-05T02:00:00.000Z']) {
      await pada(iso, async () => {
        expect((await status('stafB', rec.bTahun.id)).json()).toMatchObject({ bolehAjukan: false, alasanTidakBoleh: 'BATAS_LEWAT', batas: { tanggalTerakhir: '2026-12-04', sisaHari: 0 } });
        const r = await ajukan('stafB', rec.bTahun.id);
        expect(r.statusCode, r.body).toBe(400);
        expect(r.json()).toMatchObject({ code: 'KEBERATAN.BATAS_LEWAT', details: { tanggalTerakhir: '2026-12-04' } });
        expect(r.json().message).toContain('4 Desember 2026');
      });
    }
  });
});

describe('asking, answering, deciding ubah: the evaluation changes and its document is re-issued', () => {
  let k: Keberatan;
  let kodeLama: string;

  beforeAll(async () => {
    k = (await (await alur.as('stafA')).get(`/api/v1/penilaian/${rec.a4.id}/keberatan`)).json().keberatan as Keberatan;
    // the Dokumen Evaluasi printed from the finalised version (what the PDF route issues for a ditetapkan record)
    const versi = await versiPenilaian(rec.a4.id);
    kodeLama = (
      await t.ctx.db.transaction().execute((trx) =>
        terbitkanDokumen(t.ctx, trx, { instansiId: t.fx.instansiId, jenis: 'evaluasi_periodik', refId: rec.a4.id, refVersi: versi, pegawaiId: t.fx.p.stafA, judul: 'Dokumen Evaluasi Kinerja Pegawai — Triwulan IV 2026', ringkasan: 'Predikat: Baik', pelaku: { akunId: null, namaTampilan: 'Uji', instansiId: t.fx.instansiId } }),
      )
    ).kode;
  });

  it('the atasan penilai reads the evaluation (read-only) and finds the keberatan first in their list', async () => {
    const p = await (await alur.as('kabidP2p')).get(`/api/v1/penilaian/${rec.a4.id}`);
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json()).toMatchObject({ peranSaya: 'pengamat', aksi: [] });
    const daftar = await (await alur.as('kabidP2p')).get('/api/v1/keberatan');
    expect(daftar.statusCode, daftar.body).toBe(200);
    const items = daftar.json().items as { id: string; peranSaya: string; perluTindakan: boolean; periodeNama: string; pegawai: { pegawaiId: string } }[];
    expect(items[0]).toMatchObject({ id: k.id, peranSaya: 'atasan_penilai', perluTindakan: true, periodeNama: 'Triwulan IV 2026', pegawai: { pegawaiId: t.fx.p.stafA } });
    // the pegawai sees their own; the penilai too (nothing to do until asked)
    expect(((await (await alur.as('stafA')).get('/api/v1/keberatan')).json().items as { id: string }[]).map((i) => i.id)).toContain(k.id);
    const diPenilai = ((await (await alur.as('kasiSurv')).get('/api/v1/keberatan')).json().items as { id: string; peranSaya: string; perluTindakan: boolean }[]).find((i) => i.id === k.id);
    expect(diPenilai).toMatchObject({ peranSaya: 'penilai', perluTindakan: false });
    // a colleague has none
    expect((await (await alur.as('stafB')).get('/api/v1/keberatan')).json().items).toEqual([]);
  });

  it('strangers get 404 on the keberatan; those who may read the pegawai watch; each person sees their part', async () => {
    for (const who of ['stafB', 'kadisDik', 'asing', 'stafC'] as const) expect((await lihat(who, k.id)).statusCode, who).toBe(404);
    expect((await lihat('analis', k.id)).json()).toMatchObject({ peranSaya: 'pengamat', aksi: [] });
    expect((await lihat('kabidP2p', k.id)).json()).toMatchObject({ peranSaya: 'atasan_penilai', aksi: ['minta_penjelasan', 'putus'] });
    expect((await lihat('kasiSurv', k.id)).json()).toMatchObject({ peranSaya: 'penilai', aksi: [] });
  });

  it('only the atasan penilai asks; the question moves it to klarifikasi', async () => {
    const olehPegawai = await (await alur.as('stafA')).post(`/api/v1/keberatan/${k.id}/penjelasan-diminta`, { versi: k.versi, pertanyaan: 'x' });
    expect(olehPegawai.statusCode).toBe(403);
    const olehPenilai = await (await alur.as('kasiSurv')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'tetap', alasan: 'x' });
    expect(olehPenilai.statusCode).toBe(403);
    // nothing to answer before a question
    expect((await (await alur.as('stafA')).post(`/api/v1/keberatan/${k.id}/penjelasan`, { versi: k.versi, penjelasan: 'x' })).json().code).toBe('KEBERATAN.STATUS');
    const r = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/penjelasan-diminta`, { versi: k.versi, pertanyaan: 'Mohon jelaskan dasar rating hasil kerja dan bukti realisasinya.' });
    expect(r.statusCode, r.body).toBe(200);
    k = r.json();
    expect(k).toMatchObject({ status: 'klarifikasi', pertanyaan: 'Mohon jelaskan dasar rating hasil kerja dan bukti realisasinya.', aksi: ['putus'] });
    // a stale versi loses
    expect((await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi - 1, keputusan: 'tetap', alasan: 'x' })).json().code).toBe('DATA.KONFLIK');
  });

  it('the pegawai and the penilai each answer in their own field; a stranger cannot', async () => {
    const pegawai = await (await alur.as('stafA')).post(`/api/v1/keberatan/${k.id}/penjelasan`, { versi: k.versi, penjelasan: 'Dua belas laporan selesai sebelum tenggat, lihat arsip.' });
    expect(pegawai.statusCode, pegawai.body).toBe(200);
    const penilai = await (await alur.as('kasiSurv')).post(`/api/v1/keberatan/${k.id}/penjelasan`, { versi: pegawai.json().versi, penjelasan: 'Kualitas laporan belum konsisten.' });
    expect(penilai.statusCode, penilai.body).toBe(200);
    k = penilai.json();
    expect(k).toMatchObject({ penjelasanPegawai: 'Dua belas laporan selesai sebelum tenggat, lihat arsip.', penjelasanPenilai: 'Kualitas laporan belum konsisten.', peranSaya: 'penilai', aksi: ['jawab'] });
    expect((await (await alur.as('stafB')).post(`/api/v1/keberatan/${k.id}/penjelasan`, { versi: k.versi, penjelasan: 'x' })).statusCode).toBe(404);
    expect((await (await alur.as('analis')).post(`/api/v1/keberatan/${k.id}/penjelasan`, { versi: k.versi, penjelasan: 'x' })).statusCode).toBe(403);
  });

  it('an ubah without a different rating, or without reasons, is refused', async () => {
    const sama = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'ubah', ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', alasan: 'Dipertimbangkan' });
    expect(sama.statusCode, sama.body).toBe(400);
    expect(sama.json()).toMatchObject({ code: 'KEBERATAN.KEPUTUSAN_TIDAK_VALID', details: [{ path: 'ratingHasilKerja' }] });
    const tanpaAlasan = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'ubah', ratingHasilKerja: 'di_atas', alasan: '  ' });
    expect(tanpaAlasan.statusCode).toBe(400);
  });

  it('ubah: new ratings and predikat on the evaluation (versi + 1), a new document code, the old code superseded, all audited', async () => {
    const versiSebelum = await versiPenilaian(rec.a4.id);
    const r = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'ubah', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas', alasan: 'Bukti realisasi menunjukkan hasil di atas ekspektasi.' });
    expect(r.statusCode, r.body).toBe(200);
    k = r.json();
    expect(k).toMatchObject({ status: 'diputus', keputusan: 'ubah', predikatSemula: 'baik', predikatBaru: 'sangat_baik', aksi: [], diputusOleh: { pegawaiId: t.fx.p.kabidP2p } });
    expect(k.penilaian).toMatchObject({ predikat: 'sangat_baik', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas' });

    const p = await alur.lihat('stafA', rec.a4.id);
    expect(p).toMatchObject({ status: 'ditetapkan', predikat: 'sangat_baik', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas', versi: versiSebelum + 1 });

    const dok = await dokumenRef(rec.a4.id);
    expect(dok.map((d) => Number(d.ref_versi))).toEqual([versiSebelum, versiSebelum + 1]);
    const baru = dok[1]!;
    expect(baru).toMatchObject({ jenis: 'evaluasi_periodik', judul: 'Dokumen Evaluasi Kinerja Pegawai — Triwulan IV 2026', ringkasan: 'Predikat: Sangat Baik (setelah keberatan)', diganti_pada: null });
    const publik = async (kode: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/${kode}` })).json();
    expect(await publik(kodeLama)).toMatchObject({ status: 'diganti' });
    const kodeBaru = (await publik(baru.kode)) as { kode: string; status: string; ringkasan: string };
    expect(kodeBaru).toMatchObject({ status: 'berlaku', ringkasan: 'Predikat: Sangat Baik (setelah keberatan)' });
    // printing the new version again gives the same code (what the PDF route will do)
    const lagi = await t.ctx.db.transaction().execute((trx) =>
      terbitkanDokumen(t.ctx, trx, { instansiId: t.fx.instansiId, jenis: 'evaluasi_periodik', refId: rec.a4.id, refVersi: versiSebelum + 1, pegawaiId: t.fx.p.stafA, judul: 'x', ringkasan: 'x', pelaku: { akunId: null, namaTampilan: 'Uji', instansiId: t.fx.instansiId } }),
    );
    expect(lagi).toMatchObject({ kode: kodeBaru.kode, baru: false });

    const audit = await t.ctx.db.selectFrom('audit_log').select(['aksi', 'entitas_id']).where('entitas_id', 'in', [k.id, rec.a4.id]).where('aksi', 'like', '%keberatan%').orderBy('seq').execute();
    expect(audit.map((a) => a.aksi)).toEqual(['keberatan.ajukan', 'keberatan.minta_penjelasan', 'keberatan.jawab', 'keberatan.jawab', 'keberatan.putus', 'penilaian.keberatan_diputus']);
  });

  it('the decision is final: a second decision and further answers are refused', async () => {
    const lagi = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'tetap', alasan: 'Berubah pikiran' });
    expect(lagi.statusCode, lagi.body).toBe(400);
    expect(lagi.json().code).toBe('KEBERATAN.STATUS');
    expect((await (await alur.as('stafA')).post(`/api/v1/keberatan/${k.id}/penjelasan`, { versi: k.versi, penjelasan: 'Tambahan' })).json().code).toBe('KEBERATAN.STATUS');
    // the list puts it among the decided ones
    const items = (await (await alur.as('kabidP2p')).get('/api/v1/keberatan')).json().items as { id: string; perluTindakan: boolean; keputusan: string | null }[];
    expect(items.find((i) => i.id === k.id)).toMatchObject({ perluTindakan: false, keputusan: 'ubah' });
  });
});

describe('tetap and two decisions at once', () => {
  it('tetap straight from diajukan keeps the ratings, still bumps the versi and issues the document of that versi', async () => {
    const k = (await ajukan('stafB', rec.b4.id)).json() as Keberatan;
    const versiSebelum = await versiPenilaian(rec.b4.id);
    const ubahRating = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'tetap', ratingHasilKerja: 'di_atas', alasan: 'x' });
    expect(ubahRating.json().code).toBe('KEBERATAN.KEPUTUSAN_TIDAK_VALID');
    const r = await (await alur.as('kabidP2p')).post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'tetap', alasan: 'Rating sesuai dengan bukti yang ada.' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'diputus', keputusan: 'tetap', predikatBaru: null, penilaian: { predikat: 'baik' } });
    const p = await alur.lihat('stafB', rec.b4.id);
    expect(p).toMatchObject({ predikat: 'baik', ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', versi: versiSebelum + 1 });
    const dok = await dokumenRef(rec.b4.id);
    expect(dok).toHaveLength(1);
    expect(dok[0]).toMatchObject({ ringkasan: 'Predikat: Baik (setelah keberatan)', diganti_pada: null });
    expect(Number(dok[0]!.ref_versi)).toBe(versiSebelum + 1);
  });

  it('two decisions at once: exactly one wins, the other answers DATA.KONFLIK, one document', async () => {
    // Staf C's atasan pejabat penilai is the Kepala Dinas (Staf C's penilai is the Kabid)
    const k = (await ajukan('stafC', rec.c4.id)).json() as Keberatan;
    expect(k.penilaian.atasanPenilai?.pegawaiId).toBe(t.fx.p.kadisKes);
    const kadis = await alur.as('kadisKes');
    const [r1, r2] = await Promise.all([
      kadis.post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'tetap', alasan: 'Sesuai bukti' }),
      kadis.post(`/api/v1/keberatan/${k.id}/putusan`, { versi: k.versi, keputusan: 'ubah', ratingHasilKerja: 'di_bawah', alasan: 'Target tidak tercapai' }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const kalah = r1.statusCode === 409 ? r1 : r2;
    expect(kalah.json().code).toBe('DATA.KONFLIK');
    const menang = (r1.statusCode === 200 ? r1 : r2).json() as Keberatan;
    const p = await alur.lihat('stafC', rec.c4.id);
    expect(p.predikat).toBe(menang.keputusan === 'ubah' ? 'butuh_perbaikan' : 'baik');
    expect(await dokumenRef(rec.c4.id)).toHaveLength(1);
  });
});
