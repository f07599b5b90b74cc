import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

// Fixture clock: 2026-11-29 (WITA). Kota Uji: Kasi Imunisasi is vacant, so staf C is evaluated by the kabid.
let t: TestApp;
const as = async (who: keyof Fixture['p']): Promise<Client> => login(t.app, t.fx.u[who]!);
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await as('analis');
});
afterAll(async () => t.close());

const penilaiOf = async (c: Client, who: keyof Fixture['p'], tanggal?: string) => {
  const res = await c.get(`/api/v1/pegawai/${t.fx.p[who]}/penilai${tanggal ? `?tanggal=${tanggal}` : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('who evaluates X on date D', () => {
  it('names the vacant post skipped by escalation', async () => {
    const r = await penilaiOf(admin, 'stafC');
    expect(r.pejabatPenilai).toMatchObject({ pegawaiId: t.fx.p.kabidP2p, sumber: 'struktur' });
    expect(r.atasanPejabatPenilai.pegawaiId).toBe(t.fx.p.kadisKes);
    expect(r.lowonganDilewati).toEqual([{ jabatanId: t.fx.jab.kasiImun, nama: 'Kepala Seksi Imunisasi' }]);
  });

  it('is scoped like the profile: a colleague cannot ask', async () => {
    const res = await (await as('stafA')).get(`/api/v1/pegawai/${t.fx.p.stafB}/penilai`);
    expect(res.statusCode).toBe(404);
  });

  it('lists pegawai without a definitive penilai for the admin and the auditor only', async () => {
    const res = await admin.get('/api/v1/penilai/tanpa-penilai');
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { pegawaiId: string }) => i.pegawaiId === t.fx.p.stafC);
    expect(item).toMatchObject({ masalah: 'eskalasi' });
    expect(item.keterangan).toContain('Kepala Seksi Imunisasi');
    expect((await (await as('auditor')).get('/api/v1/penilai/tanpa-penilai')).statusCode).toBe(200);
    expect((await (await as('kasiSurv')).get('/api/v1/penilai/tanpa-penilai')).statusCode).toBe(403);
  });
});

describe('Plt/Plh', () => {
  it('an acting kasi evaluates the staf for the dates of the Plt, and sees them; revoking restores the chain', async () => {
    const body = { jabatanId: t.fx.jab.kasiImun, pegawaiId: t.fx.p.kasiSurv, jenis: 'plt', mulai: '2026-11-01', selesai: '2026-12-31', nomorSk: '800/123/BKPPD/2026' };
    const created = await admin.post('/api/v1/penilai/pelaksana-tugas', body);
    expect(created.statusCode).toBe(201);
    expect((await penilaiOf(admin, 'stafC')).pejabatPenilai).toMatchObject({ pegawaiId: t.fx.p.kasiSurv, sumber: 'plt' });
    expect((await penilaiOf(admin, 'stafC', '2026-10-31')).pejabatPenilai.pegawaiId).toBe(t.fx.p.kabidP2p); // before the Plt
    const plt = await as('kasiSurv');
    expect((await plt.get(`/api/v1/pegawai/${t.fx.p.stafC}`)).statusCode).toBe(200);
    const list = (await plt.get('/api/v1/pegawai?pageSize=50')).json().items.map((i: { id: string }) => i.id);
    expect(list).toContain(t.fx.p.stafC);

    const overlap = await admin.post('/api/v1/penilai/pelaksana-tugas', { ...body, pegawaiId: t.fx.p.kabidP2p, mulai: '2026-12-01' });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().code).toBe('KEPEGAWAIAN.TANGGAL_TIDAK_VALID');

    expect((await admin.post(`/api/v1/penilai/pelaksana-tugas/${created.json().id}/cabut`)).statusCode).toBe(204);
    expect((await penilaiOf(admin, 'stafC')).pejabatPenilai.pegawaiId).toBe(t.fx.p.kabidP2p);
    expect((await plt.get(`/api/v1/pegawai/${t.fx.p.stafC}`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/penilai/pelaksana-tugas/${created.json().id}/cabut`)).statusCode).toBe(404);
  });

  it('refuses dates in the wrong order and non-admins', async () => {
    const bad = await admin.post('/api/v1/penilai/pelaksana-tugas', { jabatanId: t.fx.jab.kasiImun, pegawaiId: t.fx.p.kasiSurv, jenis: 'plh', mulai: '2026-12-10', selesai: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('Tanggal selesai tidak boleh sebelum tanggal mulai');
    const pimpinan = await as('kadisKes');
    expect((await pimpinan.post('/api/v1/penilai/pelaksana-tugas', { jabatanId: t.fx.jab.kasiImun, pegawaiId: t.fx.p.kasiSurv, jenis: 'plh', mulai: '2026-12-01', selesai: '2026-12-02' })).statusCode).toBe(403);
  });
});

describe('penilai override per period', () => {
  it('sets a penilai with a reason; the new penilai becomes an atasan who sees the pegawai; revoking restores', async () => {
    const dokter = await as('dokter');
    expect((await dokter.get('/api/v1/auth/me')).json().peran).not.toContain('atasan');
    const body = { pegawaiId: t.fx.p.stafB, penilaiId: t.fx.p.dokter, mulai: '2026-11-01', alasan: 'Ditugaskan membantu program imunisasi di bawah koordinasi dokter' };
    const created = await admin.post('/api/v1/penilai/override', body);
    expect(created.statusCode).toBe(201);
    const r = await penilaiOf(admin, 'stafB');
    expect(r.pejabatPenilai).toMatchObject({ pegawaiId: t.fx.p.dokter, sumber: 'override' });
    expect(r.atasanPejabatPenilai.pegawaiId).toBe(t.fx.p.kadisKes); // the chain above the dokter's own post
    expect((await dokter.get('/api/v1/auth/me')).json().peran).toContain('atasan');
    expect((await dokter.get(`/api/v1/pegawai/${t.fx.p.stafB}`)).statusCode).toBe(200);
    // the old kasi no longer evaluates staf B (and so no longer sees the record)
    expect((await (await as('kasiSurv')).get(`/api/v1/pegawai/${t.fx.p.stafB}`)).statusCode).toBe(404);

    const overlap = await admin.post('/api/v1/penilai/override', { ...body, penilaiId: t.fx.p.kabidP2p, mulai: '2026-12-01' });
    expect(overlap.statusCode).toBe(400);
    const listed = (await admin.get(`/api/v1/penilai/override?pegawaiId=${t.fx.p.stafB}`)).json();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ penilai: 'Dokter', alasan: body.alasan, dicabutPada: null });

    expect((await admin.post(`/api/v1/penilai/override/${created.json().id}/cabut`)).statusCode).toBe(204);
    expect((await penilaiOf(admin, 'stafB')).pejabatPenilai.pegawaiId).toBe(t.fx.p.kasiSurv);
    expect((await dokter.get(`/api/v1/pegawai/${t.fx.p.stafB}`)).statusCode).toBe(404);
  });

  it('requires a reason, refuses self-evaluation and unknown pegawai', async () => {
    const noReason = await admin.post('/api/v1/penilai/override', { pegawaiId: t.fx.p.stafA, penilaiId: t.fx.p.kabidP2p, mulai: '2026-11-01', alasan: 'x' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('Alasan wajib diisi');
    const self = await admin.post('/api/v1/penilai/override', { pegawaiId: t.fx.p.stafA, penilaiId: t.fx.p.stafA, mulai: '2026-11-01', alasan: 'alasan yang cukup panjang' });
    expect(self.statusCode).toBe(400);
    const unknown = await admin.post('/api/v1/penilai/override', { pegawaiId: t.fx.p.stafA, penilaiId: '019b76da-0000-7000-8000-000000000000', mulai: '2026-11-01', alasan: 'alasan yang cukup panjang' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('KEPEGAWAIAN.REFERENSI_TIDAK_VALID');
    const other = await (await as('asing')).post('/api/v1/penilai/override', { pegawaiId: t.fx.p.stafA, penilaiId: t.fx.p.kabidP2p, mulai: '2026-11-01', alasan: 'alasan yang cukup panjang' });
    expect(other.statusCode).toBe(400); // another instansi's admin: those pegawai do not exist for them
  });
});

describe('mutasi mid-year changes the penilai from its date', () => {
  it('staf A moves to the (vacant) imunisasi seksi on 1 Nov: kasi surveilans before, the kabid after', async () => {
    const versi = (await admin.get(`/api/v1/pegawai/${t.fx.p.stafA}`)).json().versi;
    const res = await admin.post(`/api/v1/pegawai/${t.fx.p.stafA}/mutasi`, { versi, jabatanId: t.fx.jab.stafImun, tanggal: '2026-11-01', jenis: 'mutasi', nomorSk: 'SK-1' });
    expect(res.statusCode).toBe(200);
    expect((await penilaiOf(admin, 'stafA', '2026-10-31')).pejabatPenilai.pegawaiId).toBe(t.fx.p.kasiSurv);
    expect((await penilaiOf(admin, 'stafA', '2026-11-01')).pejabatPenilai.pegawaiId).toBe(t.fx.p.kabidP2p);
    const riwayat = (await admin.get(`/api/v1/pegawai/${t.fx.p.stafA}/riwayat-jabatan`)).json();
    expect(riwayat.map((r: { mulai: string; selesai: string | null }) => [r.mulai, r.selesai])).toEqual([['2026-11-01', null], ['2024-01-02', '2026-10-31']]);
  });
});
