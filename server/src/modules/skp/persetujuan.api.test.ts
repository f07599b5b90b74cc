// The penilai's side of the SKP on SQLite and PostgreSQL (issue 4, DOMAIN.md §2.1): the queue of bawahan, the whole
// cycle (submit → return with a note → fix → resubmit → approve → ask to reopen → reopen → draft), two decisions at
// once (exactly one wins), ekspektasi khusus per BerAKHLAK value, and who may do which action.
// The clock is Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const put = async (who: keyof Fixture['p'], url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });

type Skp = { id: string; status: string; versi: number; rhk: { id: string; uraian: string }[]; aksi: string[]; catatanPenilai: string | null; alasanBuka: string | null; ekspektasi: { nilai: string; ekspektasi: string }[] } & Record<string, unknown>;
type Bawahan = { pegawai: { pegawaiId: string; nama: string }; skpId: string | null; status: string | null; jumlahRhk: number; alasanBuka: string | null };

let periode: string;
let kasi: Skp;

beforeAll(async () => {
  t = await createTestApp();
  periode = (await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 })).json().id;
  const k = (await (await as('kasiSurv')).post('/api/v1/skp', { periodeId: periode })).json() as Skp;
  kasi = (await put('kasiSurv', `/api/v1/skp/${k.id}`, { versi: k.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Tersedianya data surveilans penyakit yang akurat', indikator: [{ aspek: 'kuantitas', uraian: 'Laporan surveilans', targetAngka: 12, targetSatuan: 'Laporan' }] }] })).json();
});
afterAll(async () => t.close());

/** A complete SKP of a bawahan of the Kasi, linked to the Kasi's RHK. */
const skpLengkap = async (who: keyof Fixture['p']): Promise<Skp> => {
  const s = (await (await as(who)).post('/api/v1/skp', { periodeId: periode })).json() as Skp;
  const res = await put(who, `/api/v1/skp/${s.id}`, { versi: s.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Tersusunnya rekap data surveilans mingguan', rhkAtasanId: kasi.rhk[0]!.id, indikator: [{ aspek: 'kuantitas', uraian: 'Rekap mingguan', targetAngka: 52, targetSatuan: 'Rekap' }] }] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const aksi = async (who: keyof Fixture['p'], s: Pick<Skp, 'id' | 'versi'>, a: string, catatan?: string) => (await as(who)).post(`/api/v1/skp/${s.id}/aksi`, { aksi: a, versi: s.versi, ...(catatan === undefined ? {} : { catatan }) });
const lihat = async (who: keyof Fixture['p'], id: string): Promise<Skp> => (await (await as(who)).get(`/api/v1/skp/${id}`)).json();

describe('the whole cycle', () => {
  let a: Skp;

  it('submit → the penilai’s queue; return without a note → 400; with a note → dikembalikan', async () => {
    a = await skpLengkap('stafA');
    const res = await aksi('stafA', a, 'ajukan');
    expect(res.statusCode, res.body).toBe(200);
    a = res.json();
    expect(a).toMatchObject({ status: 'diajukan', aksi: ['tarik'] });
    expect(a.diajukanPada).toBe(t.clock.now.toISOString());
    // content is frozen while submitted
    expect((await put('stafA', `/api/v1/skp/${a.id}`, { versi: a.versi, pendekatan: 'kuantitatif', rhk: [] })).json().code).toBe('SKP.STATUS');

    const q = (await (await as('kasiSurv')).get('/api/v1/skp/antrian')).json();
    expect(q.periode).toMatchObject({ id: periode, tahun: 2026 });
    expect(q.skpSayaId).toBe(kasi.id);
    expect(q.menunggu.map((m: Bawahan) => [m.pegawai.pegawaiId, m.skpId, m.status, m.jumlahRhk])).toEqual([[t.fx.p.stafA, a.id, 'diajukan', 1]]);
    expect(q.bawahan.map((m: Bawahan) => [m.pegawai.nama, m.status])).toEqual([['Staf A', 'diajukan'], ['Staf B', null]]);

    expect((await lihat('kasiSurv', a.id)).aksi).toEqual(['setujui', 'kembalikan', 'ekspektasi']);
    const tanpa = await aksi('kasiSurv', a, 'kembalikan');
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json().code).toBe('SKP.CATATAN_WAJIB');
    expect((await aksi('kasiSurv', a, 'kembalikan', '   ')).json().code).toBe('SKP.CATATAN_WAJIB');
    const back = await aksi('kasiSurv', a, 'kembalikan', 'Tambahkan indikator kualitas rekap');
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'dikembalikan', catatanPenilai: 'Tambahkan indikator kualitas rekap', peranSaya: 'penilai' });
    a = await lihat('stafA', a.id);
    expect(a).toMatchObject({ status: 'dikembalikan', aksi: ['ubah', 'ajukan'] });
  });

  it('fix → resubmit → approve; approved content cannot be edited', async () => {
    const fix = await put('stafA', `/api/v1/skp/${a.id}`, {
      versi: a.versi,
      pendekatan: 'kuantitatif',
      rhk: [{ id: a.rhk[0]!.id, jenis: 'utama', uraian: a.rhk[0]!.uraian, rhkAtasanId: kasi.rhk[0]!.id, indikator: [{ aspek: 'kuantitas', uraian: 'Rekap mingguan', targetAngka: 52, targetSatuan: 'Rekap' }, { aspek: 'kualitas', uraian: 'Rekap tanpa koreksi', targetAngka: 95, targetSatuan: '%' }] }],
    });
    expect(fix.statusCode, fix.body).toBe(200);
    const again = await aksi('stafA', fix.json(), 'ajukan');
    expect(again.statusCode, again.body).toBe(200);
    const ok = await aksi('kasiSurv', again.json(), 'setujui');
    expect(ok.statusCode, ok.body).toBe(200);
    a = ok.json();
    expect(a).toMatchObject({ status: 'disetujui', disetujuiPada: t.clock.now.toISOString(), aksi: [] });
    expect((await lihat('stafA', a.id)).aksi).toEqual(['minta_buka']);
    expect((await put('stafA', `/api/v1/skp/${a.id}`, { versi: a.versi, pendekatan: 'kuantitatif', rhk: [] })).json().code).toBe('SKP.STATUS');
    const row = await t.database.db.selectFrom('skp').select(['disetujui_oleh', 'penilai_id']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ disetujui_oleh: t.fx.p.kasiSurv, penilai_id: t.fx.p.kasiSurv });
  });

  it('ask to reopen (reason required) → the queue; the penilai accepts → draft again', async () => {
    const tanpa = await aksi('stafA', a, 'minta_buka');
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json().code).toBe('SKP.CATATAN_WAJIB');
    const minta = await aksi('stafA', a, 'minta_buka', 'Ada tugas tambahan dari Kepala Dinas');
    expect(minta.statusCode, minta.body).toBe(200);
    a = minta.json();
    expect(a).toMatchObject({ status: 'minta_buka', alasanBuka: 'Ada tugas tambahan dari Kepala Dinas' });
    const q = (await (await as('kasiSurv')).get(`/api/v1/skp/antrian?periodeId=${periode}`)).json();
    expect(q.menunggu.map((m: Bawahan) => [m.pegawai.pegawaiId, m.status, m.alasanBuka])).toEqual([[t.fx.p.stafA, 'minta_buka', 'Ada tugas tambahan dari Kepala Dinas']]);
    expect((await lihat('kasiSurv', a.id)).aksi).toEqual(['terima_buka', 'tolak_buka']);
    const terima = await aksi('kasiSurv', a, 'terima_buka');
    expect(terima.statusCode, terima.body).toBe(200);
    a = terima.json();
    expect(a).toMatchObject({ status: 'draft', alasanBuka: null, disetujuiPada: null });
    expect((await lihat('stafA', a.id)).aksi).toEqual(['ubah', 'ajukan']);
    const audit = await t.database.db.selectFrom('audit_log').select(['aksi', 'aktor_nama', 'ringkasan']).where('entitas_id', '=', a.id).orderBy('seq').execute();
    expect(audit.map((x) => x.aksi)).toEqual(['skp.buat', 'skp.ubah', 'skp.ajukan', 'skp.kembalikan', 'skp.ubah', 'skp.ajukan', 'skp.setujui', 'skp.minta_buka', 'skp.terima_buka']);
    expect(audit[3]!.aktor_nama).toBe('Kasi Surveilans');
    expect(JSON.parse(audit[3]!.ringkasan)).toEqual({ sebelum: { status: 'diajukan' }, sesudah: { status: 'dikembalikan', catatan: 'Tambahkan indikator kualitas rekap' } });
  });

  it('a refused reopening keeps the SKP approved with the penilai’s note', async () => {
    let s = (await aksi('stafA', a, 'ajukan')).json() as Skp;
    s = (await aksi('kasiSurv', s, 'setujui')).json();
    s = (await aksi('stafA', s, 'minta_buka', 'Salah ketik target')).json();
    expect((await aksi('kasiSurv', s, 'tolak_buka')).json().code).toBe('SKP.CATATAN_WAJIB');
    const tolak = await aksi('kasiSurv', s, 'tolak_buka', 'Target sudah sesuai, tidak perlu diubah');
    expect(tolak.statusCode, tolak.body).toBe(200);
    expect(tolak.json()).toMatchObject({ status: 'disetujui', alasanBuka: null, catatanPenilai: 'Target sudah sesuai, tidak perlu diubah' });
  });
});

describe('who may act', () => {
  it('two decisions at once with the same versi: exactly one wins, the other gets 409, the state is the winner’s', async () => {
    let b = await skpLengkap('stafB');
    b = (await aksi('stafB', b, 'ajukan')).json();
    const phone = await login(t.app, t.fx.u.kasiSurv!);
    const [r1, r2] = await Promise.all([aksi('kasiSurv', b, 'setujui'), phone.post(`/api/v1/skp/${b.id}/aksi`, { aksi: 'kembalikan', versi: b.versi, catatan: 'Perbaiki uraian' })]);
    const codes = [r1.statusCode, r2.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = r1.statusCode === 409 ? r1 : r2;
    expect(loser.json().code).toBe('DATA.KONFLIK');
    const winner = (r1.statusCode === 200 ? r1 : r2).json() as Skp;
    const after = await lihat('stafB', b.id);
    expect(after.status).toBe(winner.status);
    expect(['disetujui', 'dikembalikan']).toContain(after.status);
    expect(after.versi).toBe(b.versi + 1);
    const audit = await t.database.db.selectFrom('audit_log').select('aksi').where('entitas_id', '=', b.id).where('aksi', 'in', ['skp.setujui', 'skp.kembalikan']).execute();
    expect(audit).toHaveLength(1);
  });

  it('the owner cannot decide, the penilai cannot submit or edit, a pengamat cannot act (403); a stranger gets 404', async () => {
    // Staf A's SKP, approved again at the end of the cycle above
    const a = (await (await as('stafA')).get('/api/v1/skp/saya')).json().skp[0] as { id: string };
    const s = await lihat('stafA', a.id);
    expect(s.status).toBe('disetujui');
    expect((await aksi('stafA', s, 'terima_buka')).statusCode).toBe(403);
    expect((await aksi('kasiSurv', s, 'minta_buka', 'atas nama pegawai')).statusCode).toBe(403);
    expect((await put('kasiSurv', `/api/v1/skp/${s.id}`, { versi: s.versi, pendekatan: 'kuantitatif', rhk: [] })).statusCode).toBe(403);
    expect((await aksi('kadisKes', s, 'setujui')).statusCode).toBe(403);
    expect((await aksi('stafB', s, 'minta_buka', 'bukan milik saya')).statusCode).toBe(404);
    expect((await aksi('stafD', s, 'setujui')).statusCode).toBe(404);
    // wrong status for the right person
    const res = await aksi('stafA', s, 'ajukan');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SKP.STATUS');
    // stale versi wins over everything else the right person could get wrong
    expect((await aksi('stafA', { ...s, versi: s.versi - 1 }, 'minta_buka', 'alasan')).statusCode).toBe(409);
  });

  it('a withdrawn submission is a draft again', async () => {
    const c = (await (await as('stafC')).post('/api/v1/skp', { periodeId: periode })).json() as Skp;
    // Staf C's penilai is the Kabid (the Kasi Imunisasi post is vacant): link to the Kabid's RHK
    const kabid = (await (await as('kabidP2p')).post('/api/v1/skp', { periodeId: periode })).json() as Skp;
    const kabidIsi = (await put('kabidP2p', `/api/v1/skp/${kabid.id}`, { versi: kabid.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Terkendalinya penyakit menular', indikator: [] }] })).json() as Skp;
    const isi = await put('stafC', `/api/v1/skp/${c.id}`, { versi: c.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Terlaksananya imunisasi dasar lengkap', rhkAtasanId: kabidIsi.rhk[0]!.id, indikator: [{ aspek: 'kuantitas', uraian: 'Cakupan imunisasi', targetAngka: 95, targetSatuan: '%' }] }] });
    expect(isi.statusCode, isi.body).toBe(200);
    expect(isi.json().penilai.pegawaiId).toBe(t.fx.p.kabidP2p);
    const diajukan = (await aksi('stafC', isi.json(), 'ajukan')).json() as Skp;
    expect(diajukan.status).toBe('diajukan');
    const tarik = await aksi('stafC', diajukan, 'tarik');
    expect(tarik.statusCode, tarik.body).toBe(200);
    expect(tarik.json()).toMatchObject({ status: 'draft', diajukanPada: null });
  });
});

describe('ekspektasi khusus pimpinan', () => {
  it('the penilai sets and clears values; the owner and a pengamat cannot; stale versi → 409; not after approval', async () => {
    // Staf C's draft from the test above; the Kabid is the penilai
    const c = (await (await as('stafC')).get('/api/v1/skp/saya')).json().skp[0] as Skp;
    let b = await lihat('stafC', c.id);
    expect(b.status).toBe('draft');
    const url = `/api/v1/skp/${b.id}/ekspektasi`;
    const isi = [{ nilai: 'akuntabel', ekspektasi: 'Laporan tepat waktu tanpa pengingat' }, { nilai: 'kolaboratif', ekspektasi: 'Aktif berbagi data dengan puskesmas' }];
    expect((await put('stafC', url, { versi: b.versi, ekspektasi: isi })).statusCode).toBe(403);
    expect((await put('kadisKes', url, { versi: b.versi, ekspektasi: isi })).statusCode).toBe(403);
    const res = await put('kabidP2p', url, { versi: b.versi, ekspektasi: isi });
    expect(res.statusCode, res.body).toBe(200);
    b = res.json();
    expect(b.ekspektasi.map((e) => e.nilai).sort()).toEqual(['akuntabel', 'kolaboratif']);
    expect((await put('kabidP2p', url, { versi: b.versi - 1, ekspektasi: [] })).statusCode).toBe(409);
    const hapus = await put('kabidP2p', url, { versi: b.versi, ekspektasi: [{ nilai: 'akuntabel', ekspektasi: '' }, { nilai: 'kolaboratif', ekspektasi: 'Berbagi data mingguan' }] });
    expect(hapus.statusCode, hapus.body).toBe(200);
    b = hapus.json();
    expect(b.ekspektasi).toEqual([{ nilai: 'kolaboratif', ekspektasi: 'Berbagi data mingguan' }]);
    expect((await lihat('stafC', b.id)).ekspektasi).toEqual([{ nilai: 'kolaboratif', ekspektasi: 'Berbagi data mingguan' }]);
    b = (await aksi('stafC', b, 'ajukan')).json();
    b = (await aksi('kabidP2p', b, 'setujui')).json();
    expect(b.status).toBe('disetujui');
    const late = await put('kabidP2p', url, { versi: b.versi, ekspektasi: [] });
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('SKP.STATUS');
    const audit = await t.database.db.selectFrom('audit_log').select('ringkasan').where('entitas_id', '=', b.id).where('aksi', '=', 'skp.ekspektasi').orderBy('seq').execute();
    expect(audit.map((x) => JSON.parse(x.ringkasan).sesudah)).toEqual([
      { status: 'draft', diisi: ['akuntabel', 'kolaboratif'], dihapus: [] },
      { status: 'draft', diisi: ['kolaboratif'], dihapus: ['akuntabel'] },
    ]);
  });
});
