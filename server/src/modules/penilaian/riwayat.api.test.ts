// Riwayat kinerja through HTTP on SQLite and PostgreSQL (issue 6: "the pegawai's own page shows the history of their
// predikat, ratings, feedback and documents"; DOMAIN.md §2.3: the periodic predikat beside the tahunan one). Per year,
// newest first: the tahunan record beside the periodic ones; ratings and umpan balik only once the viewer may see the
// penilai's side; the Dokumen Evaluasi codes issued (current or superseded); the keberatan; the tindak lanjut. Another
// pegawai's riwayat only for those who may see that pegawai.
//
// 2026 records go through the API (server/test/penilaian-alur.ts) and are set to `ditetapkan` in the database (penetapan
// is tested in kalibrasi.api.test.ts). The documents and the keberatan are inserted as their modules store them
// (issuing is tested with the PDF, filing with keberatan.api.test.ts); a closed 2025 year is inserted as rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siapkanPenilaian, type AlurPenilaian, type PenilaianUji, type Siapa } from '../../../test/penilaian-alur.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { newId } from '../../ids.ts';

let t: TestApp;
let alur: AlurPenilaian;
let q4A: PenilaianUji;
let tahunanA: PenilaianUji;
let arsip: { skpPeriodeId: string; q4Id: string; tahunanId: string; q4PenilaianId: string; tahunanPenilaianId: string };
const TS = '2026-11-29T01:00:00.000Z';

type Item = {
  penilaianId: string;
  periode: { id: string; nama: string; jenis: string; tahun: number };
  status: string;
  penilaiNama: string | null;
  ratingHasilKerja: string | null;
  ratingPerilakuKerja: string | null;
  predikat: string | null;
  ditetapkanPada: string | null;
  umpanBalik: { rhkId: string; uraian: string; penilaian: string | null; umpanBalik: string | null }[];
  dokumen: { kode: string; versi: number; status: string; digantiPada: string | null }[];
  keberatan: { status: string; predikatSemula: string } | null;
  tindakLanjut: { id: string; kategori: string }[];
};
type Riwayat = { pegawai: { pegawaiId: string; nama: string }; tahun: { tahun: number; tahunan: Item[]; periodik: Item[] }[]; tindakLanjutLain: { id: string; kategori: string }[] };

const p = (who: Siapa) => t.fx.p[who];
const riwayat = async (who: Siapa, pegawai?: Siapa) => (await alur.as(who)).get(`/api/v1/penilaian/riwayat${pegawai ? `?pegawaiId=${p(pegawai)}` : ''}`);
const baca = async (who: Siapa, pegawai?: Siapa): Promise<Riwayat> => {
  const res = await riwayat(who, pegawai);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** A closed 2025 year of Staf A (Triwulan IV Baik, tahunan Baik, both finalised) as rows. */
async function tahun2025(skpBaru: { jabatan_id: string | null; unit_id: string | null }) {
  const db = t.ctx.db;
  const inst = t.fx.instansiId;
  const ts = '2026-01-20T02:00:00.000Z';
  const skpPeriodeId = newId();
  await db.insertInto('skp_periode').values({ id: skpPeriodeId, instansi_id: inst, tahun: 2025, tanggal_mulai: '2025-01-01', tanggal_selesai: '2025-12-31', pendekatan_bawaan: 'kuantitatif', unit_ids: null, status: 'ditutup', dibuat_pada: ts, diubah_pada: ts }).execute();
  const periode = (jenis: string, nomor: number, mulai: string) => ({ id: newId(), instansi_id: inst, skp_periode_id: skpPeriodeId, jenis, nomor, tanggal_mulai: mulai, tanggal_selesai: '2025-12-31', batas_realisasi: '2026-01-10', batas_penilaian: '2026-01-20', dibuat_pada: ts, diubah_pada: ts });
  const q4 = periode('triwulanan', 4, '2025-10-01');
  const tahunan = periode('tahunan', 1, '2025-01-01');
  await db.insertInto('penilaian_periode').values([q4, tahunan]).execute();
  const skpId = newId();
  await db.insertInto('skp').values({ id: skpId, instansi_id: inst, periode_id: skpPeriodeId, pegawai_id: p('stafA'), tanggal_mulai: '2025-01-01', tanggal_selesai: '2025-12-31', pendekatan: 'kuantitatif', status: 'disetujui', ...skpBaru, penilai_id: p('kasiSurv'), atasan_penilai_id: p('kabidP2p'), catatan_penilai: null, alasan_buka: null, diajukan_pada: ts, disetujui_pada: ts, disetujui_oleh: p('kasiSurv'), ditutup_pada: null, asal_skp_id: null, dibuat_pada: ts, diubah_pada: ts }).execute();
  const penilaian = (periodeId: string, mulai: string) => ({
    id: newId(), instansi_id: inst, periode_id: periodeId, skp_id: skpId, pegawai_id: p('stafA'), tanggal_mulai: mulai, tanggal_selesai: '2025-12-31', ...skpBaru, penilai_id: p('kasiSurv'), atasan_penilai_id: p('kabidP2p'), kepala_unit_id: null,
    status: 'ditetapkan', refleksi: null, catatan_penilai: null, usulan_rating_hasil: null, rating_hasil_kerja: 'sesuai', alasan_rating_hasil: null, rating_hasil_organisasi: null, rating_perilaku_kerja: 'sesuai', predikat: 'baik',
    diajukan_pada: ts, dinilai_pada: ts, dinilai_oleh: p('kasiSurv'), ditetapkan_pada: ts, ditetapkan_oleh: p('kadisKes'), dibuat_pada: ts, diubah_pada: ts,
  });
  const a = penilaian(q4.id, '2025-10-01');
  const b = penilaian(tahunan.id, '2025-01-01');
  await db.insertInto('penilaian').values([a, b]).execute();
  return { skpPeriodeId, q4Id: q4.id, tahunanId: tahunan.id, q4PenilaianId: a.id, tahunanPenilaianId: b.id };
}

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Tersedianya data surveilans yang akurat', rhkAtasanId: alur.rhkKabidId }]);
  const rhkKasi = kasi.rhk[0]!.id;
  await alur.skpDisetujui('stafA', 'kasiSurv', [
    { uraian: 'Tersusunnya rekap surveilans mingguan', rhkAtasanId: rhkKasi },
    { uraian: 'Terverifikasinya laporan kasus', rhkAtasanId: rhkKasi },
  ]);
  await alur.skpDisetujui('stafB', 'kasiSurv', [{ uraian: 'Tersusunnya peta sebaran kasus', rhkAtasanId: rhkKasi }]);

  q4A = await alur.sampaiDinilai('stafA', 'kasiSurv', alur.periode.q4.id, 'di_atas', 'di_atas');
  tahunanA = await alur.sampaiDinilai('stafA', 'kasiSurv', alur.periode.tahunan.id, 'sesuai', 'di_atas');
  await alur.tetapkanLangsung(q4A.id, TS, 'kadisKes');

  // two Dokumen Evaluasi codes of the Q4 record: the first superseded by the re-issue of versi 2
  await t.ctx.db.insertInto('dokumen').values([
    { kode: 'AAAABBBBCCCC', instansi_id: t.fx.instansiId, jenis: 'evaluasi_periodik', ref_id: q4A.id, ref_versi: 1, pegawai_id: p('stafA'), judul: 'Dokumen Evaluasi Kinerja Pegawai', ringkasan: 'Sangat Baik', diterbitkan_pada: TS, diganti_pada: '2026-11-29T01:30:00.000Z' },
    { kode: 'DDDDEEEEFFFF', instansi_id: t.fx.instansiId, jenis: 'evaluasi_periodik', ref_id: q4A.id, ref_versi: 2, pegawai_id: p('stafA'), judul: 'Dokumen Evaluasi Kinerja Pegawai', ringkasan: 'Sangat Baik', diterbitkan_pada: '2026-11-29T01:30:00.000Z', diganti_pada: null },
  ]).execute();
  // a keberatan the pegawai filed against the Q4 predikat
  await t.ctx.db.insertInto('penilaian_keberatan').values({
    id: newId(), instansi_id: t.fx.instansiId, penilaian_id: q4A.id, pegawai_id: p('stafA'), penilai_id: p('kasiSurv'), atasan_penilai_id: p('kabidP2p'), alasan: 'Realisasi belum dinilai utuh', bukti: null,
    rating_hasil_semula: 'di_atas', rating_perilaku_semula: 'di_atas', predikat_semula: 'sangat_baik', status: 'diajukan', pertanyaan: null, penjelasan_diminta_pada: null, penjelasan_pegawai: null, penjelasan_pegawai_pada: null,
    penjelasan_penilai: null, penjelasan_penilai_pada: null, keputusan: null, alasan_keputusan: null, rating_hasil_baru: null, rating_perilaku_baru: null, predikat_baru: null, diputus_pada: null, diputus_oleh: null,
    diajukan_pada: TS, batas_pengajuan: '2026-12-13', dibuat_pada: TS, diubah_pada: TS,
  }).execute();

  // Staf B: submitted, the penilai has written umpan balik but not rated yet
  const b = await alur.buka('stafB', alur.periode.q4.id);
  const isi = await (await alur.as('stafB')).request({ method: 'PUT', url: `/api/v1/penilaian/${b.id}/realisasi`, payload: { versi: b.versi, refleksi: 'Sesuai rencana', indikator: b.rhk.flatMap((r) => r.indikator.map((k) => ({ indikatorId: k.id, realisasiAngka: 10, catatan: null, aktivitasIds: [] }))) } });
  expect(isi.statusCode, isi.body).toBe(200);
  const ajukan = await (await alur.as('stafB')).post(`/api/v1/penilaian/${b.id}/aksi`, { aksi: 'ajukan', versi: isi.json().versi });
  expect(ajukan.statusCode, ajukan.body).toBe(200);
  const catatan = await (await alur.as('kasiSurv')).request({
    method: 'PUT', url: `/api/v1/penilaian/${b.id}/penilaian`,
    payload: { versi: ajukan.json().versi, rhk: b.rhk.map((r) => ({ rhkId: r.id, penilaian: 'sesuai', umpanBalik: 'Catatan kerja penilai' })), perilaku: [], ratingHasilKerja: 'sesuai', alasanRatingHasilKerja: null, ratingPerilakuKerja: 'sesuai' },
  });
  expect(catatan.statusCode, catatan.body).toBe(200);

  const skpA = await t.ctx.db.selectFrom('skp').select(['jabatan_id', 'unit_id']).where('pegawai_id', '=', p('stafA')).executeTakeFirstOrThrow();
  arsip = await tahun2025(skpA);

  // tindak lanjut: ASN teladan of Q4 (tied to the record) and a development plan tied to no evaluation
  const teladan = await (await alur.as('kabidP2p')).post('/api/v1/tindak-lanjut', { pegawaiId: p('stafA'), periodeId: alur.periode.q4.id, jenis: 'penghargaan', kategori: 'asn_teladan', uraian: 'ASN teladan Triwulan IV', tanggalMulai: '2026-12-01' });
  expect(teladan.statusCode, teladan.body).toBe(201);
  const kompetensi = await (await alur.as('kabidP2p')).post('/api/v1/tindak-lanjut', { pegawaiId: p('stafA'), jenis: 'pembinaan', kategori: 'pengembangan_kompetensi', uraian: 'Pelatihan analisis data epidemiologi', tanggalMulai: '2027-02-01' });
  expect(kompetensi.statusCode, kompetensi.body).toBe(201);
});
afterAll(async () => t.close());

describe('my riwayat', () => {
  it('lists every year newest first, the tahunan record beside the periodic ones', async () => {
    const r = await baca('stafA');
    expect(r.pegawai.pegawaiId).toBe(p('stafA'));
    expect(r.tahun.map((y) => [y.tahun, y.tahunan.map((i) => i.penilaianId), y.periodik.map((i) => i.penilaianId)])).toEqual([
      [2026, [tahunanA.id], [q4A.id]],
      [2025, [arsip.tahunanPenilaianId], [arsip.q4PenilaianId]],
    ]);
    const [y2026, y2025] = r.tahun;
    expect(y2026!.periodik[0]).toMatchObject({ periode: { nama: 'Triwulan IV 2026', jenis: 'triwulanan' }, status: 'ditetapkan', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas', predikat: 'sangat_baik', ditetapkanPada: TS, penilaiNama: 'Kasi Surveilans' });
    expect(y2026!.tahunan[0]).toMatchObject({ periode: { nama: 'Tahunan 2026' }, status: 'dinilai', ratingHasilKerja: 'sesuai', predikat: 'baik', ditetapkanPada: null });
    expect(y2025!.tahunan[0]).toMatchObject({ periode: { nama: 'Tahunan 2025' }, predikat: 'baik' });
  });

  it("shows the penilai's umpan balik per RHK once rated", async () => {
    const q4 = (await baca('stafA')).tahun[0]!.periodik[0]!;
    expect(q4.umpanBalik.map((u) => [u.uraian, u.penilaian, u.umpanBalik])).toEqual([
      ['Tersusunnya rekap surveilans mingguan', 'di_atas', 'Umpan balik penilai'],
      ['Terverifikasinya laporan kasus', 'di_atas', 'Umpan balik penilai'],
    ]);
  });

  it('lists the documents issued with their verification codes, current or superseded', async () => {
    const q4 = (await baca('stafA')).tahun[0]!.periodik[0]!;
    expect(q4.dokumen.map((d) => [d.kode, d.versi, d.status])).toEqual([
      ['DDDD-EEEE-FFFF', 2, 'berlaku'],
      ['AAAA-BBBB-CCCC', 1, 'diganti'],
    ]);
    expect((await baca('stafA')).tahun[0]!.tahunan[0]!.dokumen).toEqual([]);
  });

  it('shows the keberatan and the tindak lanjut; records tied to no evaluation stand apart', async () => {
    const r = await baca('stafA');
    const q4 = r.tahun[0]!.periodik[0]!;
    expect(q4.keberatan).toMatchObject({ status: 'diajukan', predikatSemula: 'sangat_baik', keputusan: null });
    expect(q4.tindakLanjut.map((x) => x.kategori)).toEqual(['asn_teladan']);
    expect(r.tahun[0]!.tahunan[0]!.keberatan).toBeNull();
    expect(r.tindakLanjutLain.map((x) => x.kategori)).toEqual(['pengembangan_kompetensi']);
  });

  it("hides the penilai's side from the pegawai before the rating, but not from the penilai", async () => {
    const milikB = (await baca('stafB')).tahun[0]!.periodik[0]!;
    expect(milikB).toMatchObject({ status: 'diajukan', ratingHasilKerja: null, ratingPerilakuKerja: null, predikat: null, umpanBalik: [] });
    const olehKasi = (await baca('kasiSurv', 'stafB')).tahun[0]!.periodik[0]!;
    expect(olehKasi).toMatchObject({ status: 'diajukan', ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai' });
    expect(olehKasi.umpanBalik.map((u) => u.umpanBalik)).toEqual(['Catatan kerja penilai']);
  });

  it('a pegawai without evaluations gets an empty history', async () => {
    const r = await baca('stafC');
    expect(r).toMatchObject({ pegawai: { pegawaiId: p('stafC') }, tahun: [], tindakLanjutLain: [] });
  });
});

describe("another pegawai's riwayat", () => {
  it('the penilai, the pimpinan OPD, wali kota, admin BKPPD and auditor may read it', async () => {
    for (const who of ['kasiSurv', 'kadisKes', 'walikota', 'analis', 'auditor'] as const) {
      const r = await baca(who, 'stafA');
      expect(r.tahun.map((y) => y.tahun), who).toEqual([2026, 2025]);
      expect(r.tahun[0]!.periodik[0]!.predikat, who).toBe('sangat_baik');
    }
  });

  it('a colleague and another OPD get 404, like a pegawai that does not exist', async () => {
    for (const who of ['stafB', 'kadisDik', 'stafD'] as const) {
      const res = await riwayat(who, 'stafA');
      expect(res.statusCode, who).toBe(404);
      expect(res.json().code).toBe('DATA.TIDAK_DITEMUKAN');
    }
    const asing = await (await alur.as('stafA')).get(`/api/v1/penilaian/riwayat?pegawaiId=${newId()}`);
    expect(asing.statusCode).toBe(404);
  });
});
