// Rekan kerja input through HTTP on SQLite and PostgreSQL (issue 6: "may be asked for rekan kerja input on a
// colleague's behaviour (anonymous to the colleague, visible to the penilai)"). Staf A's record is submitted to the
// Kasi Surveilans, who asks Staf B and the Dokter; invalid colleagues are refused per item; Staf B answers from the
// inbox; the penilai and the atasan penilai (Kabid P2P) read the answers, Staf A never learns who answered or what;
// answers freeze when the record is rated and after penetapan; two edits at once → one DATA.KONFLIK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlurPenilaian, type PenilaianUji, siapkanPenilaian } from '../../../test/penilaian-alur.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let alur: AlurPenilaian;
let d: PenilaianUji;

type Permintaan = { id: string; rekan: { pegawaiId: string; nama: string }; status: string; catatan: string | null; nilai: { nilai: string; rating: string | null; masukan: string | null }[]; versi: number };
type Rekan = { statusPenilaian: string; bolehMinta: boolean; jumlahDiminta: number; jumlahDiisi: number; permintaan: Permintaan[]; ringkasan: { nilai: string; diAtas: number; sesuai: number; diBawah: number; masukan: number }[] };
type Masuk = { id: string; pegawai: { nama: string; jabatan: string | null }; periode: { nama: string }; dimintaOleh: string; status: string; bolehIsi: boolean; versi: number };
type MasukDetail = Masuk & { nilai: { nilai: string; nama: string; panduan: string[]; rating: string | null; masukan: string | null }[]; catatan: string | null };

const url = () => `/api/v1/penilaian/${d.id}/rekan`;
const id = (who: keyof TestApp['fx']['p']) => t.fx.p[who];
const putAs = async (who: Parameters<AlurPenilaian['as']>[0], u: string, payload: unknown) => (await alur.as(who)).request({ method: 'PUT', url: u, payload: payload as object });
const lihatRekan = async (who: Parameters<AlurPenilaian['as']>[0]) => (await alur.as(who)).get(url());
const permintaanUntuk = (r: Rekan, who: keyof TestApp['fx']['p']) => r.permintaan.find((p) => p.rekan.pegawaiId === id(who))!;
async function masukSaya(who: Parameters<AlurPenilaian['as']>[0]): Promise<Masuk[]> {
  const res = await (await alur.as(who)).get('/api/v1/rekan/permintaan');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const jawabanB = {
  nilai: [
    { nilai: 'berorientasi_pelayanan', rating: 'di_atas', masukan: 'Selalu sigap melayani laporan puskesmas' },
    { nilai: 'kolaboratif', rating: 'sesuai', masukan: null },
    { nilai: 'harmonis', rating: null, masukan: 'Suka membantu rekan baru' },
  ],
  catatan: 'Rekan yang dapat diandalkan',
};

beforeAll(async () => {
  t = await createTestApp();
  alur = await siapkanPenilaian(t);
  const kasi = await alur.skpDisetujui('kasiSurv', 'kabidP2p', [{ uraian: 'Tersedianya data surveilans', rhkAtasanId: alur.rhkKabidId }]);
  await alur.skpDisetujui('stafA', 'kasiSurv', [{ uraian: 'Terolahnya laporan mingguan', rhkAtasanId: kasi.rhk[0]!.id }]);
  d = await alur.buka('stafA', alur.periode.q4.id);
});
afterAll(async () => t?.close());

describe('asking colleagues (the penilai, while diajukan or dinilai)', () => {
  it('a draft record cannot have colleagues asked yet → PENILAIAN.STATUS', async () => {
    const res = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('stafB')] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('PENILAIAN.STATUS');
  });

  it('after submission: the pegawai evaluated gets 404, the atasan penilai may read but not ask', async () => {
    const isi = await putAs('stafA', `/api/v1/penilaian/${d.id}/realisasi`, {
      versi: d.versi,
      refleksi: 'Laporan selesai tepat waktu.',
      indikator: d.rhk.flatMap((r) => r.indikator.map((k) => ({ indikatorId: k.id, realisasiAngka: 12, catatan: null, aktivitasIds: [] }))),
    });
    expect(isi.statusCode, isi.body).toBe(200);
    const ajukan = await (await alur.as('stafA')).post(`/api/v1/penilaian/${d.id}/aksi`, { aksi: 'ajukan', versi: isi.json().versi });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    d = ajukan.json();

    const sendiri = await (await alur.as('stafA')).post(url(), { rekanIds: [id('stafB')] });
    expect(sendiri.statusCode, sendiri.body).toBe(404);
    const kabid = await (await alur.as('kabidP2p')).post(url(), { rekanIds: [id('stafB')] });
    expect(kabid.statusCode, kabid.body).toBe(403);
    expect(kabid.json().code).toBe('AKSES.DITOLAK');
  });

  it('refuses, per item, the pegawai evaluated, the penilai, a pensiunan and someone of another instansi; nothing is stored', async () => {
    const res = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('stafB'), id('stafA'), id('kasiSurv'), id('pensiunan'), id('asing')] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('REKAN.TIDAK_VALID');
    expect(res.json().details.map((x: { path: string }) => x.path)).toEqual(['rekanIds.1', 'rekanIds.2', 'rekanIds.3', 'rekanIds.4']);
    const dua = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('stafB'), id('stafB')] });
    expect(dua.json()).toMatchObject({ code: 'REKAN.TIDAK_VALID', details: [{ path: 'rekanIds.1' }] });
    const kosong = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [] });
    expect(kosong.json().code).toBe('VALIDASI.GAGAL');
    const r = (await lihatRekan('kasiSurv')).json() as Rekan;
    expect(r).toMatchObject({ bolehMinta: true, jumlahDiminta: 0, jumlahDiisi: 0, permintaan: [] });
  });

  it('the picker offers active colleagues of the OPD, without the pegawai, the penilai and the pensiunan', async () => {
    const res = await (await alur.as('kasiSurv')).get(`${url()}/kandidat`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json() as { pegawaiId: string }[]).map((k) => k.pegawaiId);
    expect(ids[0]).toBe(id('stafB')); // same unit first
    expect(ids).toEqual(expect.arrayContaining([id('dokter'), id('kabidP2p'), id('stafC'), id('kadisKes')]));
    for (const bukan of ['stafA', 'kasiSurv', 'pensiunan', 'asing', 'stafD'] as const) expect(ids).not.toContain(id(bukan));
    const dok = await (await alur.as('kasiSurv')).get(`${url()}/kandidat?q=dok`);
    expect((dok.json() as { nama: string }[]).map((k) => k.nama)).toEqual(['Dokter']);
    const persen = await (await alur.as('kasiSurv')).get(`${url()}/kandidat?q=%25`);
    expect(persen.json()).toEqual([]);
    expect((await (await alur.as('stafA')).get(`${url()}/kandidat`)).statusCode).toBe(404);
  });

  it('the penilai asks Staf B and the Dokter; asking Staf B again → REKAN.SUDAH_DIMINTA', async () => {
    const res = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('stafB'), id('dokter')] });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as Rekan;
    expect(r).toMatchObject({ statusPenilaian: 'diajukan', jumlahDiminta: 2, jumlahDiisi: 0 });
    expect(r.permintaan.map((p) => [p.rekan.nama, p.status])).toEqual(expect.arrayContaining([['Staf B', 'diminta'], ['Dokter', 'diminta']]));
    const lagi = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('kabidP2p'), id('stafB')] });
    expect(lagi.statusCode, lagi.body).toBe(409);
    expect(lagi.json()).toMatchObject({ code: 'REKAN.SUDAH_DIMINTA', details: [{ path: 'rekanIds.1' }] });
    const kandidat = (await (await alur.as('kasiSurv')).get(`${url()}/kandidat?q=staf b`)).json() as { sudahDiminta: boolean }[];
    expect(kandidat).toEqual([expect.objectContaining({ nama: 'Staf B', sudahDiminta: true })]);
  });
});

describe('the colleague answers from the inbox', () => {
  it('Staf B sees the request with the colleague, the period and who asked; others get 404 on it', async () => {
    const masuk = await masukSaya('stafB');
    expect(masuk).toHaveLength(1);
    expect(masuk[0]).toMatchObject({ pegawai: { nama: 'Staf A', jabatan: 'Pengelola Data Surveilans' }, periode: { nama: 'Triwulan IV 2026' }, dimintaOleh: 'Kasi Surveilans', status: 'diminta', bolehIsi: true });
    const detail = await (await alur.as('stafB')).get(`/api/v1/rekan/permintaan/${masuk[0]!.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const isi = detail.json() as MasukDetail;
    expect(isi.nilai.map((n) => n.nilai)).toEqual(['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']);
    expect(isi.nilai[0]).toMatchObject({ nama: 'Berorientasi Pelayanan', rating: null, masukan: null });
    expect(isi.nilai[0]!.panduan).toHaveLength(3);
    for (const who of ['stafC', 'stafA', 'kasiSurv', 'analis'] as const) {
      expect((await (await alur.as(who)).get(`/api/v1/rekan/permintaan/${masuk[0]!.id}`)).statusCode).toBe(404);
    }
    const stafC = await putAs('stafC', `/api/v1/rekan/permintaan/${masuk[0]!.id}`, { versi: masuk[0]!.versi, ...jawabanB });
    expect(stafC.statusCode).toBe(404);
    expect(await masukSaya('stafA')).toEqual([]);
  });

  it('an empty answer or a value twice → VALIDASI.GAGAL; a real answer sets diisi', async () => {
    const [m] = await masukSaya('stafB');
    const kosong = await putAs('stafB', `/api/v1/rekan/permintaan/${m!.id}`, { versi: m!.versi, nilai: [{ nilai: 'loyal', rating: null, masukan: '  ' }], catatan: null });
    expect(kosong.json()).toMatchObject({ code: 'VALIDASI.GAGAL', details: [{ path: 'nilai' }] });
    const ganda = await putAs('stafB', `/api/v1/rekan/permintaan/${m!.id}`, { versi: m!.versi, nilai: [{ nilai: 'loyal', rating: 'sesuai', masukan: null }, { nilai: 'loyal', rating: 'di_atas', masukan: null }], catatan: null });
    expect(ganda.json()).toMatchObject({ code: 'VALIDASI.GAGAL', details: [{ path: 'nilai.1.nilai' }] });
    const res = await putAs('stafB', `/api/v1/rekan/permintaan/${m!.id}`, { versi: m!.versi, ...jawabanB });
    expect(res.statusCode, res.body).toBe(200);
    const isi = res.json() as MasukDetail;
    expect(isi).toMatchObject({ status: 'diisi', bolehIsi: true, catatan: 'Rekan yang dapat diandalkan' });
    expect(isi.nilai.find((n) => n.nilai === 'berorientasi_pelayanan')).toMatchObject({ rating: 'di_atas', masukan: 'Selalu sigap melayani laporan puskesmas' });
    expect(isi.nilai.find((n) => n.nilai === 'loyal')).toMatchObject({ rating: null, masukan: null });
  });

  it('two edits of the same answer at once: one is saved, the other → DATA.KONFLIK', async () => {
    const [m] = await masukSaya('stafB');
    const kirim = (masukan: string) => putAs('stafB', `/api/v1/rekan/permintaan/${m!.id}`, { versi: m!.versi, nilai: [{ nilai: 'adaptif', rating: 'sesuai', masukan }], catatan: jawabanB.catatan });
    const [a, b] = await Promise.all([kirim('Cepat belajar aplikasi baru'), kirim('Mau mencoba cara kerja baru')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((x) => x.statusCode === 409)!.json().code).toBe('DATA.KONFLIK');
    // the winner's answer replaced the earlier one; put the first answer back for the readers below
    const sekarang = (await masukSaya('stafB'))[0]!;
    expect(sekarang.versi).toBe(m!.versi + 1);
    const balik = await putAs('stafB', `/api/v1/rekan/permintaan/${m!.id}`, { versi: sekarang.versi, ...jawabanB });
    expect(balik.statusCode, balik.body).toBe(200);
  });
});

describe('who reads the answers', () => {
  it('the penilai sees names, answers per value and the summary', async () => {
    const res = await lihatRekan('kasiSurv');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as Rekan;
    expect(r).toMatchObject({ jumlahDiminta: 2, jumlahDiisi: 1, bolehMinta: true });
    const b = permintaanUntuk(r, 'stafB');
    expect(b).toMatchObject({ rekan: { nama: 'Staf B' }, status: 'diisi', catatan: 'Rekan yang dapat diandalkan' });
    expect(b.nilai.map((n) => n.nilai)).toEqual(['berorientasi_pelayanan', 'harmonis', 'kolaboratif']);
    expect(permintaanUntuk(r, 'dokter')).toMatchObject({ status: 'diminta', nilai: [], catatan: null });
    expect(r.ringkasan.find((x) => x.nilai === 'berorientasi_pelayanan')).toEqual({ nilai: 'berorientasi_pelayanan', diAtas: 1, sesuai: 0, diBawah: 0, masukan: 1 });
    expect(r.ringkasan.find((x) => x.nilai === 'harmonis')).toEqual({ nilai: 'harmonis', diAtas: 0, sesuai: 0, diBawah: 0, masukan: 1 });
  });

  it('the atasan penilai and the instansi-wide readers see them too, read only', async () => {
    for (const who of ['kabidP2p', 'analis', 'auditor', 'walikota'] as const) {
      const res = await lihatRekan(who);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({ jumlahDiisi: 1, bolehMinta: false });
    }
  });

  it('the pegawai evaluated gets 404 and their own record carries nothing of it; a stranger or a pimpinan OPD gets 404', async () => {
    expect((await lihatRekan('stafA')).statusCode).toBe(404);
    const detail = await (await alur.as('stafA')).get(`/api/v1/penilaian/${d.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).not.toContain('Staf B');
    expect(detail.body).not.toContain('Dokter');
    expect(detail.body).not.toContain(id('stafB'));
    expect(detail.body).not.toContain('Selalu sigap');
    expect(detail.body.toLowerCase()).not.toContain('rekan');
    // the decision names the penilai, the atasan penilai and instansi-wide readers only
    for (const who of ['stafC', 'stafB', 'kadisKes'] as const) expect((await lihatRekan(who)).statusCode).toBe(404);
  });
});

describe('cancelling and asking again', () => {
  it('the penilai cancels the Dokter’s unanswered request; an answered one cannot be cancelled; the Dokter can be asked again', async () => {
    const r = (await lihatRekan('kasiSurv')).json() as Rekan;
    const dok = permintaanUntuk(r, 'dokter');
    const b = permintaanUntuk(r, 'stafB');
    const basi = await (await alur.as('kasiSurv')).post(`${url()}/${dok.id}/batal`, { versi: dok.versi + 1 });
    expect(basi.json().code).toBe('DATA.KONFLIK');
    const batal = await (await alur.as('kasiSurv')).post(`${url()}/${dok.id}/batal`, { versi: dok.versi });
    expect(batal.statusCode, batal.body).toBe(200);
    expect(batal.json()).toMatchObject({ jumlahDiminta: 1, jumlahDiisi: 1 });
    expect(permintaanUntuk(batal.json(), 'dokter').status).toBe('dibatalkan');
    expect(await masukSaya('dokter')).toEqual([]);
    const isiBatal = await putAs('dokter', `/api/v1/rekan/permintaan/${dok.id}`, { versi: dok.versi + 1, ...jawabanB });
    expect(isiBatal.statusCode).toBe(400);
    expect(isiBatal.json().code).toBe('REKAN.STATUS');
    const bBatal = await (await alur.as('kasiSurv')).post(`${url()}/${b.id}/batal`, { versi: b.versi });
    expect(bBatal.json().code).toBe('REKAN.STATUS');
    const kabid = await (await alur.as('kabidP2p')).post(`${url()}/${b.id}/batal`, { versi: b.versi });
    expect(kabid.json().code).toBe('AKSES.DITOLAK');

    const ulang = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('dokter')] });
    expect(ulang.statusCode, ulang.body).toBe(201);
    expect(permintaanUntuk(ulang.json(), 'dokter')).toMatchObject({ id: dok.id, status: 'diminta' });
    expect(await masukSaya('dokter')).toEqual([expect.objectContaining({ id: dok.id, status: 'diminta', bolehIsi: true })]);
  });
});

describe('after the rating and after penetapan', () => {
  it('once rated, a given answer is frozen but a pending one may still be given', async () => {
    const nilai = await putAs('kasiSurv', `/api/v1/penilaian/${d.id}/penilaian`, {
      versi: d.versi,
      rhk: d.rhk.map((r) => ({ rhkId: r.id, penilaian: 'sesuai', umpanBalik: null })),
      perilaku: [],
      ratingHasilKerja: 'sesuai',
      alasanRatingHasilKerja: null,
      ratingPerilakuKerja: 'di_atas',
    });
    expect(nilai.statusCode, nilai.body).toBe(200);
    const selesai = await (await alur.as('kasiSurv')).post(`/api/v1/penilaian/${d.id}/aksi`, { aksi: 'nilai', versi: nilai.json().versi });
    expect(selesai.statusCode, selesai.body).toBe(200);

    const [b] = await masukSaya('stafB');
    expect(b).toMatchObject({ status: 'diisi', bolehIsi: false });
    const ubah = await putAs('stafB', `/api/v1/rekan/permintaan/${b!.id}`, { versi: b!.versi, ...jawabanB });
    expect(ubah.statusCode).toBe(400);
    expect(ubah.json().code).toBe('REKAN.STATUS');
    const [dok] = await masukSaya('dokter');
    const isi = await putAs('dokter', `/api/v1/rekan/permintaan/${dok!.id}`, { versi: dok!.versi, nilai: [{ nilai: 'kompeten', rating: 'di_atas', masukan: 'Membagikan ilmu surveilans' }], catatan: null });
    expect(isi.statusCode, isi.body).toBe(200);
    expect((await lihatRekan('kasiSurv')).json()).toMatchObject({ statusPenilaian: 'dinilai', jumlahDiminta: 2, jumlahDiisi: 2, bolehMinta: true });
  });

  it('after penetapan nothing changes: no new request, no answer', async () => {
    // Penetapan belongs to the unit's calibration (kalibrasi module), which needs every record of the unit rated and a
    // predikat organisasi; the rule tested here is only "ditetapkan freezes rekan input", so the status is set directly.
    await alur.tetapkanLangsung(d.id, t.clock.now.toISOString(), 'kadisKes');
    const minta = await (await alur.as('kasiSurv')).post(url(), { rekanIds: [id('stafC')] });
    expect(minta.statusCode).toBe(409);
    expect(minta.json().code).toBe('PENILAIAN.SUDAH_DITETAPKAN');
    const [dok] = await masukSaya('dokter');
    expect(dok).toMatchObject({ status: 'diisi', bolehIsi: false });
    const ubah = await putAs('dokter', `/api/v1/rekan/permintaan/${dok!.id}`, { versi: dok!.versi, nilai: [{ nilai: 'kompeten', rating: 'sesuai', masukan: null }], catatan: null });
    expect(ubah.statusCode).toBe(409);
    expect(ubah.json().code).toBe('PENILAIAN.SUDAH_DITETAPKAN');
    expect((await lihatRekan('kasiSurv')).json()).toMatchObject({ statusPenilaian: 'ditetapkan', bolehMinta: false, jumlahDiisi: 2 });
  });
});
