// Aktivitas harian of the pegawai through HTTP on SQLite and PostgreSQL (DOMAIN.md §2.2, issue 5): create, edit,
// submit, withdraw, delete; overlapping times; the > 10 h warning; the submission window (Friday until Monday 10:00 in a
// 5-day unit, Saturday in a 6-day unit, a unit holiday, WITA midnight); offline replays and racing deliveries of one
// idempotency key; a pegawai without penilai. The clock starts Sunday 29 Nov 2026 10:00 WITA.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
const AWAL = new Date('2026-11-29T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
afterEach(() => {
  t.clock.now = AWAL;
  clients = {};
});

const isi = (over: Record<string, unknown> = {}) => ({ tanggal: '2026-11-27', jamMulai: '08:00', jamSelesai: '09:00', uraian: 'Menyusun laporan surveilans mingguan', volume: 1, satuan: 'laporan', ...over });
const catat = async (who: keyof Fixture['p'], over: Record<string, unknown> = {}) => (await as(who)).post('/api/v1/aktivitas', isi(over));
const put = async (who: keyof Fixture['p'], id: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url: `/api/v1/aktivitas/${id}`, payload: payload as object });
const del = async (who: keyof Fixture['p'], id: string, versi?: number) => (await as(who)).request({ method: 'DELETE', url: `/api/v1/aktivitas/${id}${versi ? `?versi=${versi}` : ''}` });

describe('create, read, edit, submit, withdraw, delete', () => {
  it('submitting and withdrawing accept a request without a body', async () => {
    const a = await as('stafB');
    const draft = (await catat('stafB', { tanggal: '2026-11-27', jamMulai: '13:00', jamSelesai: '13:30', ajukan: false })).json().aktivitas;
    const ajukan = await a.request({ method: 'POST', url: `/api/v1/aktivitas/${draft.id}/ajukan` });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    expect(ajukan.json().aktivitas.status).toBe('diajukan');
    const tarik = await a.request({ method: 'POST', url: `/api/v1/aktivitas/${draft.id}/tarik` });
    expect(tarik.statusCode, tarik.body).toBe(200);
    expect(tarik.json().aktivitas.status).toBe('draft');
    expect((await del('stafB', draft.id, tarik.json().aktivitas.versi)).statusCode).toBe(204); // leave stafB's days as they were
  });

  it('a submitted activity goes to the penilai on its date, with its deadline', async () => {
    const res = await catat('stafA', { jamMulai: '07:30', jamSelesai: '08:00' });
    expect(res.statusCode, res.body).toBe(201);
    const { aktivitas, sudahAda, peringatan } = res.json();
    expect(sudahAda).toBe(false);
    expect(peringatan).toEqual([]);
    expect(aktivitas).toMatchObject({ status: 'diajukan', penilaiId: t.fx.p.kasiSurv, menit: 30, jamMulai: '07:30', jamSelesai: '08:00', batasPengajuan: '2026-11-30T02:00:00.000Z', bukti: [], tanda: [], versi: 1, pegawaiNama: 'Staf A' });
    // the answer is built from what was written, not read back: it must be exactly what a fresh read returns
    expect((await (await as('stafA')).get(`/api/v1/aktivitas/${aktivitas.id}`)).json()).toEqual(aktivitas);
    // the penilai reads it; a colleague does not learn that it exists
    expect((await (await as('kasiSurv')).get(`/api/v1/aktivitas/${aktivitas.id}`)).statusCode).toBe(200);
    expect((await (await as('stafB')).get(`/api/v1/aktivitas/${aktivitas.id}`)).statusCode).toBe(404);
    expect((await (await as('stafD')).get(`/api/v1/aktivitas/${aktivitas.id}`)).statusCode).toBe(404);
  });

  it('a draft with every field, written offline: the answer equals a fresh read', async () => {
    const res = await catat('stafA', { tanggal: '2026-11-26', jamMulai: '14:00', jamSelesai: '15:45', ajukan: false, volume: 2.5, satuan: 'dokumen', lokasi: 'Puskesmas Oebobo', kunciIdempoten: 'perangkat-0-semua', dibuatDiPerangkat: '2026-11-26T07:50:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    const { aktivitas, peringatan } = res.json();
    expect(aktivitas).toMatchObject({ status: 'draft', penilaiId: null, diajukanPada: null, menit: 105, volume: 2.5, satuan: 'dokumen', lokasi: 'Puskesmas Oebobo', rhkId: null, rhkUraian: null });
    expect(peringatan).toHaveLength(1); // Thursday's deadline (Friday 10:00) has passed: kept as a draft only
    expect((await (await as('stafA')).get(`/api/v1/aktivitas/${aktivitas.id}`)).json()).toEqual(aktivitas);
    expect((await del('stafA', aktivitas.id, aktivitas.versi)).statusCode).toBe(204);
  });

  it('draft → edit (versi) → submit → withdraw → delete, each audited', async () => {
    const a = await as('stafA');
    const created = (await catat('stafA', { tanggal: '2026-11-28', jamMulai: '08:00', jamSelesai: '09:00', ajukan: false })).json().aktivitas;
    expect(created).toMatchObject({ status: 'draft', penilaiId: null });
    const edited = await put('stafA', created.id, { ...isi({ tanggal: '2026-11-28', jamMulai: '08:00', jamSelesai: '10:00', uraian: 'Rapat koordinasi' }), versi: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().aktivitas).toMatchObject({ menit: 120, uraian: 'Rapat koordinasi', versi: 2 });
    // a stale form
    expect((await put('stafA', created.id, { ...isi({ tanggal: '2026-11-28' }), versi: 1 })).json().code).toBe('DATA.KONFLIK');
    const ajukan = await a.post(`/api/v1/aktivitas/${created.id}/ajukan`, { versi: 2 });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    expect(ajukan.json().aktivitas).toMatchObject({ status: 'diajukan', penilaiId: t.fx.p.kasiSurv, versi: 3 });
    // a submitted activity is not edited or deleted; it is withdrawn first
    expect((await put('stafA', created.id, { ...isi({ tanggal: '2026-11-28' }), versi: 3 })).json().code).toBe('AKTIVITAS.STATUS');
    expect((await del('stafA', created.id)).json().code).toBe('AKTIVITAS.STATUS');
    // the penilai cannot edit or withdraw the pegawai's activity
    expect((await (await as('kasiSurv')).post(`/api/v1/aktivitas/${created.id}/tarik`, {})).statusCode).toBe(403);
    const tarik = await a.post(`/api/v1/aktivitas/${created.id}/tarik`, {});
    expect(tarik.json().aktivitas).toMatchObject({ status: 'draft', penilaiId: null, versi: 4 });
    expect((await del('stafA', created.id, 3)).statusCode).toBe(409);
    expect((await del('stafA', created.id, 4)).statusCode).toBe(204);
    expect((await a.get(`/api/v1/aktivitas/${created.id}`)).statusCode).toBe(404);
    const audit = await t.database.db.selectFrom('audit_log').select('aksi').where('entitas_id', '=', created.id).orderBy('seq').execute();
    expect(audit.map((x) => x.aksi)).toEqual(['AKTIVITAS_DIBUAT', 'AKTIVITAS_DIUBAH', 'AKTIVITAS_DIAJUKAN', 'AKTIVITAS_DITARIK', 'AKTIVITAS_DIHAPUS']);
  });

  it('lists my own activities by date and status, newest date first', async () => {
    const res = await (await as('stafA')).get('/api/v1/aktivitas?dari=2026-11-27&sampai=2026-11-27&status=diajukan');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { pegawaiId: string; tanggal: string; status: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.pegawaiId === t.fx.p.stafA && i.tanggal === '2026-11-27' && i.status === 'diajukan')).toBe(true);
    expect((await (await as('stafB')).get('/api/v1/aktivitas?dari=2026-11-27&sampai=2026-11-27')).json().items).toEqual([]);
  });

  it('offers my frequent uraian for a quick repeat', async () => {
    for (const [jm, js] of [['13:00', '13:30'], ['13:30', '14:00']]) expect((await catat('stafB', { tanggal: '2026-11-26', jamMulai: jm, jamSelesai: js, uraian: 'Entri data kasus DBD', ajukan: false })).statusCode).toBe(201);
    expect((await catat('stafB', { tanggal: '2026-11-26', jamMulai: '14:00', jamSelesai: '14:30', uraian: 'entri data kasus  DBD.', ajukan: false })).statusCode).toBe(201);
    const sering = (await (await as('stafB')).get('/api/v1/aktivitas/sering')).json();
    expect(sering[0]).toMatchObject({ uraian: 'entri data kasus  DBD.', kali: 3, jamMulai: '14:00', jamSelesai: '14:30' });
  });
});

describe('rules of a day', () => {
  it.each([
    ['end before start', { jamMulai: '10:00', jamSelesai: '09:00' }, 'AKTIVITAS.JAM_TIDAK_VALID'],
    ['empty range', { jamMulai: '10:00', jamSelesai: '10:00' }, 'AKTIVITAS.JAM_TIDAK_VALID'],
    ['past 24:00', { jamMulai: '23:00', jamSelesai: '24:30' }, 'AKTIVITAS.JAM_TIDAK_VALID'],
    ['a future date', { tanggal: '2026-11-30' }, 'AKTIVITAS.TANGGAL_MASA_DEPAN'],
  ])('%s → 400', async (_name, over, code) => {
    const res = await catat('dokter', over);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe(code);
  });

  it('refuses overlapping times and names the other activity’s time; touching ends and rejected ones are fine', async () => {
    expect((await catat('dokter', { tanggal: '2026-11-27', jamMulai: '08:00', jamSelesai: '10:00' })).statusCode).toBe(201);
    const res = await catat('dokter', { tanggal: '2026-11-27', jamMulai: '09:30', jamSelesai: '11:00' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'AKTIVITAS.TUMPANG_TINDIH' });
    expect(res.json().message).toContain('08:00–10:00');
    expect((await catat('dokter', { tanggal: '2026-11-27', jamMulai: '10:00', jamSelesai: '11:00' })).statusCode).toBe(201);
    // an edit that would overlap is refused too
    const draf = (await catat('dokter', { tanggal: '2026-11-27', jamMulai: '12:00', jamSelesai: '13:00', ajukan: false })).json().aktivitas;
    expect((await put('dokter', draf.id, { ...isi({ tanggal: '2026-11-27', jamMulai: '10:30', jamSelesai: '12:30' }), versi: 1 })).json().code).toBe('AKTIVITAS.TUMPANG_TINDIH');
  });

  it('warns (but accepts) above 10 hours in a day', async () => {
    expect((await catat('dokter', { tanggal: '2026-11-28', jamMulai: '06:00', jamSelesai: '12:00' })).json().peringatan).toEqual([]);
    const res = await catat('dokter', { tanggal: '2026-11-28', jamMulai: '12:00', jamSelesai: '17:00' });
    expect(res.statusCode).toBe(201);
    expect(res.json().peringatan).toHaveLength(1);
    expect(res.json().peringatan[0]).toContain('11 jam');
  });

  it('a pegawai without a penilai cannot submit (the admin must set one) but can keep a draft', async () => {
    const res = await (await as('walikota')).post('/api/v1/aktivitas', isi());
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('AKTIVITAS.TANPA_PENILAI');
    expect(res.json().message).toContain('admin');
    expect((await (await as('walikota')).post('/api/v1/aktivitas', isi({ ajukan: false }))).statusCode).toBe(201);
  });
});

describe('submission window (H+1 10:00 WITA)', () => {
  // sessions last 12 h: whoever acts after the clock moved logs in again at that time
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
    clients = {};
  };
  let jam = 6 * 60;
  /** a fresh one-minute slot each call, so cases never overlap */
  const slot = () => {
    jam += 2;
    const f = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return { jamMulai: f(jam), jamSelesai: f(jam + 1) };
  };

  it('Friday’s activities until Monday 10:00 in a 5-day unit, with the deadline in words', async () => {
    at('2026-11-30T01:59:00Z'); // Monday 09:59 WITA
    expect((await catat('stafB', { tanggal: '2026-11-27', ...slot() })).statusCode).toBe(201);
    at('2026-11-30T02:00:01Z'); // Monday 10:00:01 WITA
    const res = await catat('stafB', { tanggal: '2026-11-27', ...slot() });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    expect(res.json().message).toBe('Batas pengajuan aktivitas tanggal 27 November 2026 adalah Senin, 30 November 2026 pukul 10.00 WITA.');
  });

  it.each([
    // [what, pegawai, activity date, clock, accepted]
    ['Thursday’s on Sunday (deadline Friday 10:00)', 'stafB', '2026-11-26', '2026-11-29T02:00:00Z', false],
    ['Saturday’s in a 5-day unit until Monday 10:00', 'stafB', '2026-11-28', '2026-11-30T01:00:00Z', true],
  ] as const)('%s', async (_what, who, tanggal, clock, accepted) => {
    at(clock);
    const res = await catat(who, { tanggal, ...slot() });
    expect(res.statusCode, res.body).toBe(accepted ? 201 : 400);
  });

  it('a 6-day unit: Friday’s until Saturday 10:00; Saturday’s until Monday 10:00', async () => {
    const admin = await as('analis');
    const set = await admin.request({ method: 'PUT', url: `/api/v1/unit-kerja/${t.fx.unit.disdik}/hari-kerja`, payload: { hariKerjaPerMinggu: 6 } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ hariKerjaPerMinggu: 6, berlaku: 6 });
    const friday = await catat('stafD', { tanggal: '2026-11-27', ...slot() }); // clock: Sunday
    expect(friday.json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    expect(friday.json().message).toContain('Sabtu, 28 November 2026 pukul 10.00 WITA');
    const saturday = await catat('stafD', { tanggal: '2026-11-28', ...slot() });
    expect(saturday.statusCode, saturday.body).toBe(201);
    expect(saturday.json().aktivitas.batasPengajuan).toBe('2026-11-30T02:00:00.000Z');
    await admin.request({ method: 'PUT', url: `/api/v1/unit-kerja/${t.fx.unit.disdik}/hari-kerja`, payload: { hariKerjaPerMinggu: 5 } });
  });

  it('a unit holiday on Monday moves that unit’s deadline to Tuesday, and only that unit’s', async () => {
    const admin = await as('analis');
    const libur = await admin.post('/api/v1/hari-libur', { tanggal: '2026-11-30', nama: 'Hari jadi seksi (uji)', jenis: 'unit', unitId: t.fx.unit.imunisasi });
    expect(libur.statusCode, libur.body).toBe(201);
    at('2026-11-30T03:00:00Z'); // Monday 11:00 WITA
    const c = await catat('stafC', { tanggal: '2026-11-27', ...slot() });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().aktivitas).toMatchObject({ batasPengajuan: '2026-12-01T02:00:00.000Z', penilaiId: t.fx.p.kabidP2p });
    expect((await catat('stafA', { tanggal: '2026-11-27', ...slot() })).json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    expect((await (await as('analis')).request({ method: 'DELETE', url: `/api/v1/hari-libur/${libur.json().id}` })).statusCode).toBe(204);
  });

  it('the calendar and the rules are cached per instansi, and every change applies to the very next submission', async () => {
    const admin = async () => as('analis');
    // Monday 11:00 WITA: Friday's activities of a 5-day unit are past their deadline (Monday 10:00) — this read fills the cache
    at('2026-11-30T03:00:00Z');
    expect((await catat('stafC', { tanggal: '2026-11-27', ...slot() })).json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    // a unit holiday on Monday moves the deadline to Tuesday at once…
    const libur = await (await admin()).post('/api/v1/hari-libur', { tanggal: '2026-11-30', nama: 'Libur unit (uji cache)', jenis: 'unit', unitId: t.fx.unit.imunisasi });
    expect(libur.statusCode, libur.body).toBe(201);
    const diterima = await catat('stafC', { tanggal: '2026-11-27', ...slot() });
    expect(diterima.statusCode, diterima.body).toBe(201);
    expect(diterima.json().aktivitas.batasPengajuan).toBe('2026-12-01T02:00:00.000Z');
    // …and deleting it takes that back at once
    expect((await (await admin()).request({ method: 'DELETE', url: `/api/v1/hari-libur/${libur.json().id}` })).statusCode).toBe(204);
    expect((await catat('stafC', { tanggal: '2026-11-27', ...slot() })).json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    // a later deadline hour applies at once, and going back too
    const aturan = { menitTargetHarian: 300, menitPeringatanHarian: 600, hariToleransiLuring: 7 };
    expect((await (await admin()).request({ method: 'PUT', url: '/api/v1/aktivitas/pengaturan', payload: { ...aturan, jamBatasPengajuan: 12 } })).statusCode).toBe(200);
    expect((await catat('stafC', { tanggal: '2026-11-27', ...slot() })).statusCode).toBe(201);
    expect((await (await admin()).request({ method: 'PUT', url: '/api/v1/aktivitas/pengaturan', payload: { ...aturan, jamBatasPengajuan: 10 } })).statusCode).toBe(200);
    expect((await catat('stafC', { tanggal: '2026-11-27', ...slot() })).json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    // Saturday 11:00 WITA: Friday's deadline is Monday 10:00 in a 5-day unit, Saturday 10:00 once the unit works 6 days
    at('2026-11-28T03:00:00Z');
    expect((await catat('stafD', { tanggal: '2026-11-27', ...slot() })).statusCode).toBe(201);
    expect((await (await admin()).request({ method: 'PUT', url: `/api/v1/unit-kerja/${t.fx.unit.disdik}/hari-kerja`, payload: { hariKerjaPerMinggu: 6 } })).statusCode).toBe(200);
    expect((await catat('stafD', { tanggal: '2026-11-27', ...slot() })).json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    expect((await (await admin()).request({ method: 'PUT', url: `/api/v1/unit-kerja/${t.fx.unit.disdik}/hari-kerja`, payload: { hariKerjaPerMinggu: 5 } })).statusCode).toBe(200);
    expect((await catat('stafD', { tanggal: '2026-11-27', ...slot() })).statusCode).toBe(201);
  });

  it('WITA midnight decides what "today" is, not the server’s UTC date', async () => {
    at('2026-11-28T15:59:00Z'); // Saturday 23:59 WITA: Sunday is still the future
    expect((await catat('stafB', { tanggal: '2026-11-29', ...slot() })).json().code).toBe('AKTIVITAS.TANGGAL_MASA_DEPAN');
    at('2026-11-28T16:01:00Z'); // Sunday 00:01 WITA (still Saturday in UTC)
    expect((await catat('stafB', { tanggal: '2026-11-29', ...slot() })).statusCode).toBe(201);
  });

  it('offline: judged by the device time when it arrives within 7 days after the deadline, then flagged late', async () => {
    at('2026-12-02T03:00:00Z'); // Wednesday: Friday’s deadline (Monday 10:00) has passed
    const lateOnDevice = await catat('stafB', { tanggal: '2026-11-27', ...slot(), kunciIdempoten: 'perangkat-1-aaaa', dibuatDiPerangkat: '2026-11-30T02:30:00Z' });
    expect(lateOnDevice.json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
    const ok = await catat('stafB', { tanggal: '2026-11-27', ...slot(), kunciIdempoten: 'perangkat-1-bbbb', dibuatDiPerangkat: '2026-11-29T23:00:00Z' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().aktivitas.diajukanPada).toBe('2026-12-02T03:00:00.000Z');
    const antrian = (await (await as('kasiSurv')).get('/api/v1/aktivitas/antrian?dari=2026-11-27&sampai=2026-11-27&pageSize=200')).json().items as { id: string; tanda: string[] }[];
    expect(antrian.find((i) => i.id === ok.json().aktivitas.id)?.tanda).toContain('TERLAMBAT');
    at('2026-12-07T03:00:00Z'); // more than 7 days after the deadline
    expect((await catat('stafB', { tanggal: '2026-11-27', ...slot(), kunciIdempoten: 'perangkat-1-cccc', dibuatDiPerangkat: '2026-11-29T23:00:00Z' })).json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
  });

  it('withdrawing after the deadline is refused (it could never be submitted again)', async () => {
    const a = (await catat('stafB', { tanggal: '2026-11-28', ...slot() })).json().aktivitas;
    at('2026-11-30T02:30:00Z');
    const res = await (await as('stafB')).post(`/api/v1/aktivitas/${a.id}/tarik`, {});
    expect(res.json().code).toBe('AKTIVITAS.MELEWATI_BATAS');
  });
});

describe('exactly once with an idempotency key', () => {
  it('an offline entry sent twice creates one activity (the second answer is 200 with sudahAda)', async () => {
    const body = { tanggal: '2026-11-28', jamMulai: '15:00', jamSelesai: '16:00', kunciIdempoten: 'perangkat-2-0001', dibuatDiPerangkat: '2026-11-28T08:00:00Z' };
    const first = await catat('stafA', body);
    expect(first.statusCode, first.body).toBe(201);
    const second = await catat('stafA', body);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ sudahAda: true, aktivitas: { id: first.json().aktivitas.id } });
    expect(await hitung('perangkat-2-0001')).toBe(1);
  });

  it('two deliveries racing with the same key: one row, both answers name it', async () => {
    const body = { tanggal: '2026-11-28', jamMulai: '17:00', jamSelesai: '18:00', kunciIdempoten: 'perangkat-2-0002' };
    // two sessions, like two retries from a flaky connection
    const a = await as('stafA');
    const b = await login(t.app, t.fx.u.stafA!);
    const [r1, r2] = await Promise.all([a.post('/api/v1/aktivitas', isi(body)), b.post('/api/v1/aktivitas', isi(body))]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 201]);
    expect(r1.json().aktivitas.id).toBe(r2.json().aktivitas.id);
    expect(await hitung('perangkat-2-0002')).toBe(1);
  });

  it('a replay after the atasan rejected the first delivery (its time is free again) answers the first, creates nothing', async () => {
    const body = { tanggal: '2026-11-28', jamMulai: '19:00', jamSelesai: '20:00', kunciIdempoten: 'perangkat-2-0003' };
    const first = (await catat('stafA', body)).json().aktivitas;
    const tolak = await (await as('kasiSurv')).post('/api/v1/aktivitas/keputusan', { aksi: 'tolak', catatan: 'Bukan tugas jabatan', items: [{ id: first.id, versi: first.versi }] });
    expect(tolak.statusCode, tolak.body).toBe(200);
    const again = await catat('stafA', body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ sudahAda: true, aktivitas: { id: first.id, status: 'ditolak' } });
    expect(await hitung('perangkat-2-0003')).toBe(1);
    // a replay that would now be refused (past the deadline) still answers the first
    t.clock.now = new Date('2026-12-02T03:00:00Z');
    clients = {};
    const late = await catat('stafA', body);
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()).toMatchObject({ sudahAda: true, aktivitas: { id: first.id } });
  });

  const hitung = async (kunci: string) => Number((await t.database.db.selectFrom('aktivitas').select((eb) => eb.fn.countAll().as('n')).where('kunci_idempoten', '=', kunci).executeTakeFirstOrThrow()).n);
});
