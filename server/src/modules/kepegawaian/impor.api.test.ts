// Pegawai import and the Excel exports, through HTTP on SQLite and PostgreSQL (kepegawaian issue): upload → preview
// with per-row Indonesian errors → commit all-or-nothing; re-import changes nothing; refusals of bad files; the
// commit race; 8,000 rows. Files are built in code (server/test/fixtures/impor-berkas.ts).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOLOM_IMPOR, type ImporPratinjau } from '../../../../contracts/impor.ts';
import type { Fixture } from '../../../test/factories.ts';
import { type BarisUji, csvDari, multipart, nipPns, xlsxDari } from '../../../test/fixtures/impor-berkas.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const unggah = async (data: Buffer, namaFile = 'pegawai.xlsx', who: keyof Fixture['p'] = 'analis') => {
  const m = multipart(data, namaFile);
  return (await as(who)).request({ method: 'POST', url: '/api/v1/impor-pegawai', payload: m.payload, headers: m.headers });
};
const pratinjau = async (rows: BarisUji[], namaFile?: string): Promise<ImporPratinjau> => {
  const res = await unggah(await xlsxDari(rows), namaFile);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ImporPratinjau;
};
const terapkan = async (id: string, who: keyof Fixture['p'] = 'analis') => (await as(who)).post(`/api/v1/impor-pegawai/${id}/terapkan`);
const hitung = async (table: 'pegawai' | 'akun' | 'riwayat_jabatan' | 'audit_log') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const pegawaiByNip = (nip: string) => t.database.db.selectFrom('pegawai').selectAll().where('instansi_id', '=', t.fx.instansiId).where('nip', '=', nip).executeTakeFirst();

// a pelaksana post of Seksi Surveilans (kode SURVEILANS) and one of Seksi Imunisasi
const surveilans = { jabatan: 'Pengelola Data Surveilans', jenisJabatan: 'Pelaksana', unitKerja: 'SURVEILANS' };
const imunisasi = { jabatan: 'Pengadministrasi Imunisasi', jenisJabatan: 'Pelaksana', unitKerja: 'IMUNISASI' };
let urut = 100;
const nipBaru = () => nipPns('19900215', '201503', 1, urut++);

describe('template', () => {
  it('xlsx: a "Pegawai" sheet (header + 2 examples) and a "Petunjuk" sheet documenting each column', async () => {
    const res = await (await as('analis')).get('/api/v1/impor-pegawai/templat?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('attachment; filename="templat-impor-pegawai.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Pegawai')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(KOLOM_IMPOR.map((k) => k.judul));
    expect(ws.actualRowCount).toBe(3);
    const petunjuk = wb.getWorksheet('Petunjuk')!;
    const text: string[] = [];
    petunjuk.eachRow((r) => text.push((r.values as unknown[]).join(' ')));
    for (const k of KOLOM_IMPOR) expect(text.some((l) => l.includes(k.judul) && l.includes(k.keterangan))).toBe(true);
  });

  it('the template imports as is (its examples are valid rows on real posts)', async () => {
    const res = await (await as('analis')).get('/api/v1/impor-pegawai/templat');
    const p = await unggah(res.rawPayload, 'templat-impor-pegawai.xlsx');
    expect(p.statusCode).toBe(201);
    expect(p.json().jumlah).toMatchObject({ baris: 2, baru: 2, galat: 0 });
  });

  it('csv: UTF-8 with BOM, ";" separated, same columns', async () => {
    const res = await (await as('analis')).get('/api/v1/impor-pegawai/templat?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    expect(res.body.slice(1).split('\r\n')[0]).toBe(KOLOM_IMPOR.map((k) => k.judul).join(';'));
    const p = await unggah(res.rawPayload, 'templat.csv');
    expect(p.json().jumlah).toMatchObject({ baris: 2, baru: 2, galat: 0 });
  });
});

describe('a valid file: preview, then commit', () => {
  const pns = nipBaru();
  const pppk = '199203142021212003';
  let preview: ImporPratinjau;

  it('the preview reports every row and writes no pegawai', async () => {
    const before = await hitung('pegawai');
    preview = await pratinjau([
      { nip: pns, nama: 'Yakob Tefa', gelarBelakang: 'S.E.', jenisAsn: 'PNS', golongan: 'iii-a', ...surveilans, tmtJabatan: new Date(Date.UTC(2026, 0, 5)) },
      { nip: `${pppk.slice(0, 8)} ${pppk.slice(8)}`, nama: 'Selfina Ndoen', jenisAsn: 'PPPK', golongan: 9, ...imunisasi },
    ]);
    expect(preview).toMatchObject({ status: 'pratinjau', format: 'xlsx', tanggalImpor: '2026-11-29', jumlah: { baris: 2, baru: 2, galat: 0, tetap: 0 } });
    expect(preview.baris.map((b) => [b.baris, b.nip, b.aksi])).toEqual([
      [2, pns, 'baru'],
      [3, pppk, 'baru'],
    ]);
    expect(await hitung('pegawai')).toBe(before);
  });

  it('the commit creates the pegawai, their jabatan history (awal) and accounts without password; one summary audit entry', async () => {
    const audit = await hitung('audit_log');
    const res = await terapkan(preview.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'diterapkan', jumlah: { baru: 2 }, akunDibuat: 2 });

    const a = await pegawaiByNip(pns);
    expect(a).toMatchObject({ nama: 'Yakob Tefa', gelar_belakang: 'S.E.', golongan: 'III/a', jenis_asn: 'PNS', status: 'aktif' });
    const b = await pegawaiByNip(pppk);
    expect(b).toMatchObject({ golongan: 'IX', jenis_asn: 'PPPK' });
    const riwayat = (await (await as('analis')).get(`/api/v1/pegawai/${a!.id}/riwayat-jabatan`)).json();
    expect(riwayat).toMatchObject([{ jenis: 'awal', mulai: '2026-01-05', selesai: null, jabatan: 'Pengelola Data Surveilans' }]);
    // an empty TMT Jabatan is the import date
    expect((await (await as('analis')).get(`/api/v1/pegawai/${b!.id}/riwayat-jabatan`)).json()[0].mulai).toBe('2026-11-29');
    const akun = await t.database.db.selectFrom('akun').select(['username', 'password_hash', 'harus_ganti_password']).where('pegawai_id', '=', a!.id).executeTakeFirstOrThrow();
    expect(akun).toEqual({ username: pns, password_hash: '', harus_ganti_password: 1 });

    const entries = await t.database.db.selectFrom('audit_log').select(['aksi', 'entitas_id']).where('seq', '>', audit).orderBy('seq').execute();
    expect(entries.map((e) => e.aksi)).toEqual(['PEGAWAI_DIBUAT', 'PEGAWAI_DIBUAT', 'IMPOR_PEGAWAI_DITERAPKAN']);
    expect(entries[2]!.entitas_id).toBe(preview.id);
    const verif = (await (await as('auditor')).get('/api/v1/audit/verifikasi')).json();
    expect(verif.utuh).toBe(true);
  });

  it('the applied import reads back with its status', async () => {
    const res = await (await as('analis')).get(`/api/v1/impor-pegawai/${preview.id}`);
    expect(res.json()).toMatchObject({ status: 'diterapkan', diterapkanPada: '2026-11-29T02:00:00.000Z' });
    const list = (await (await as('analis')).get('/api/v1/impor-pegawai')).json();
    expect(list[0]).toMatchObject({ id: expect.any(String), status: expect.any(String) });
    expect(list.some((i: { id: string; status: string }) => i.id === preview.id && i.status === 'diterapkan')).toBe(true);
  });

  it('a second commit of the same preview is refused', async () => {
    const res = await terapkan(preview.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IMPOR.SUDAH_DIPROSES');
  });

  it('re-importing the same file changes nothing: every row "tetap"', async () => {
    const rows: BarisUji[] = [
      { nip: pns, nama: 'Yakob Tefa', gelarBelakang: 'S.E.', jenisAsn: 'PNS', golongan: 'iii-a', ...surveilans, tmtJabatan: new Date(Date.UTC(2026, 0, 5)) },
      { nip: `${pppk.slice(0, 8)} ${pppk.slice(8)}`, nama: 'Selfina Ndoen', jenisAsn: 'PPPK', golongan: 9, ...imunisasi },
    ];
    const again = await pratinjau(rows);
    expect(again.jumlah).toMatchObject({ baris: 2, tetap: 2, baru: 0, diubah: 0, mutasi: 0, galat: 0 });
    const counts = await Promise.all([hitung('pegawai'), hitung('akun'), hitung('riwayat_jabatan'), hitung('audit_log')]);
    expect((await terapkan(again.id)).json()).toMatchObject({ jumlah: { tetap: 2 }, akunDibuat: 0 });
    expect(await Promise.all([hitung('pegawai'), hitung('akun'), hitung('riwayat_jabatan'), hitung('audit_log')])).toEqual([counts[0], counts[1], counts[2], counts[3]! + 1]);
  });

  it('the very same bytes are recognised as already applied', async () => {
    const bytes = await xlsxDari([{ nip: pns, nama: 'Yakob Tefa', gelarBelakang: 'S.E.', jenisAsn: 'PNS', golongan: 'III/a', ...surveilans }]);
    const first = (await unggah(bytes)).json() as ImporPratinjau;
    expect((await terapkan(first.id)).statusCode).toBe(200);
    const second = (await unggah(bytes)).json() as ImporPratinjau;
    expect(second.sudahPernahDiterapkan).toEqual({ id: first.id, diterapkanPada: expect.any(String) });
    expect(second.jumlah.tetap).toBe(1);
  });
});

describe('a changed row updates the pegawai by NIP and records a mutasi', () => {
  it('fields → diubah; another post → mutasi (history jenis "impor", the old row closed the day before)', async () => {
    const stafA = t.fx.u.stafA!;
    const stafB = t.fx.u.stafB!;
    const p = await pratinjau([
      { nip: stafA, nama: 'Staf A', gelarBelakang: 'S.Kep.', jenisAsn: 'PNS', ...imunisasi, tmtJabatan: '01-11-2026' },
      { nip: stafB, nama: 'Staf B', jenisAsn: 'PNS', golongan: 'II/c', ...surveilans },
    ]);
    const [a, b] = p.baris;
    expect(a).toMatchObject({ aksi: 'mutasi', galat: [] });
    expect(a!.perubahan).toEqual([
      { kolom: 'gelarBelakang', dari: null, ke: 'S.Kep.' },
      { kolom: 'jabatan', dari: 'Pengelola Data Surveilans — Seksi Surveilans (SURVEILANS)', ke: 'Pengadministrasi Imunisasi — Seksi Imunisasi (IMUNISASI)' },
    ]);
    expect(b).toMatchObject({ aksi: 'diubah', perubahan: [{ kolom: 'golongan', dari: null, ke: 'II/c' }] });

    const res = await terapkan(p.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().jumlah).toMatchObject({ mutasi: 1, diubah: 1 });
    const riwayat = (await (await as('analis')).get(`/api/v1/pegawai/${t.fx.p.stafA}/riwayat-jabatan`)).json();
    expect(riwayat.slice(0, 2)).toMatchObject([
      { jenis: 'impor', mulai: '2026-11-01', selesai: null, unit: 'Seksi Imunisasi' },
      { jenis: 'awal', mulai: '2024-01-02', selesai: '2026-10-31' },
    ]);
    expect(await pegawaiByNip(stafA)).toMatchObject({ gelar_belakang: 'S.Kep.', unit_id: t.fx.unit.imunisasi });
    expect(await pegawaiByNip(stafB)).toMatchObject({ golongan: 'II/c' });
    const audit = await t.database.db.selectFrom('audit_log').select('aksi').where('entitas_id', '=', t.fx.p.stafA).orderBy('seq').execute();
    expect(audit.map((x) => x.aksi)).toEqual(['PEGAWAI_DIUBAH', 'PEGAWAI_MUTASI']);
    // stafA now sits under the vacant kasi imunisasi post: evaluated by the kabid (escalation)
    const profil = (await (await as('stafA')).get('/api/v1/pegawai/saya')).json();
    expect(profil.pejabatPenilai.pegawaiId).toBe(t.fx.p.kabidP2p);
  });

  it('a column absent from the file leaves its field alone; an empty cell of a present column clears it', async () => {
    const row = { nip: t.fx.u.stafB!, nama: 'Staf B', jenisAsn: 'PNS', ...surveilans };
    const tanpa = (await (await unggah(await xlsxDari([row], { kolom: ['nip', 'nama', 'jenisAsn', 'jabatan', 'unitKerja'] }))).json()) as ImporPratinjau;
    expect(tanpa.kolom).toEqual(['nip', 'nama', 'jenisAsn', 'jabatan', 'unitKerja']);
    expect(tanpa.baris[0]).toMatchObject({ aksi: 'tetap', perubahan: [] });
    const kosong = await pratinjau([row]);
    expect(kosong.baris[0]).toMatchObject({ aksi: 'diubah', perubahan: [{ kolom: 'golongan', dari: 'II/c', ke: null }] });
  });

  it('a mutasi on or before the current post start is an error on TMT Jabatan', async () => {
    const p = await pratinjau([{ nip: t.fx.u.stafD!, nama: 'Staf D', jenisAsn: 'PNS', ...surveilans, tmtJabatan: '2023-12-31' }]);
    expect(p.baris[0]!.galat.map((g) => g.pesan)).toEqual(['Baris 2, kolom TMT Jabatan: Untuk mutasi, TMT jabatan (2023-12-31) harus sesudah 2024-01-02, tanggal mulai jabatan sekarang.']);
  });
});

describe('row errors in Indonesian, naming the row, the column and the wrong part', () => {
  let p: ImporPratinjau;
  const galat = (baris: number) => p.baris.find((b) => b.baris === baris)!.galat.map((g) => g.pesan);
  beforeAll(async () => {
    const dup = nipBaru();
    p = await pratinjau([
      { nip: '198609262015131001', nama: 'NIP bulan 13', jenisAsn: 'PNS', ...surveilans }, // 2
      { nip: dup, nama: 'Kembar Satu', jenisAsn: 'PNS', ...surveilans }, // 3
      { nip: dup, nama: 'Kembar Dua', jenisAsn: 'PNS', ...surveilans }, // 4
      { nip: nipBaru(), nama: 'Unit Salah', jenisAsn: 'PNS', jabatan: 'Pengelola Data Surveilans', unitKerja: 'DINAS ANTAH' }, // 5
      { nip: nipBaru(), nama: 'Jabatan Salah', jenisAsn: 'PNS', jabatan: 'Pengelola Data Survailans', unitKerja: 'Seksi Surveilans' }, // 6
      { nip: nipBaru(), nama: 'Jenis Salah', jenisAsn: 'Honorer', golongan: 'III/e', ...surveilans, tmtJabatan: '31-02-2026' }, // 7
      { nip: 1.98609262015051e17, nama: 'NIP Angka', jenisAsn: 'PNS', ...surveilans }, // 8
      { nip: nipBaru(), nama: 'Masa Depan', jenisAsn: 'PNS', ...surveilans, tmtJabatan: '2027-01-01' }, // 9
      { nip: nipBaru(), nama: 'Jabatan Baru', jenisAsn: 'PNS', jabatan: 'Analis Kebijakan', unitKerja: 'SURVEILANS' }, // 10
      { nip: t.fx.u.stafC!, nama: 'Staf C', jenisAsn: 'PPPK', ...imunisasi }, // 11
      { nip: nipBaru(), nama: 'Baik', jenisAsn: 'PNS', ...surveilans }, // 12
    ]);
  });

  it('counts', () => expect(p.jumlah).toMatchObject({ baris: 11, galat: 10, baru: 1 }));
  it('NIP: the wrong part', () => expect(galat(2)).toEqual(['Baris 2, kolom NIP: Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada.']));
  it('duplicate NIP: both rows', () => {
    expect(galat(3)[0]).toMatch(/^Baris 3, kolom NIP: NIP \d{18} juga ada di baris 4;/);
    expect(galat(4)[0]).toMatch(/^Baris 4, kolom NIP: NIP \d{18} juga ada di baris 3;/);
  });
  it('unknown unit', () => expect(galat(5)).toEqual(['Baris 5, kolom Unit Kerja: Unit kerja "DINAS ANTAH" tidak ditemukan (dicari sebagai kode dan sebagai nama).']));
  it('jabatan not in the unit (unit by exact name), with a suggestion', () =>
    expect(galat(6)).toEqual(['Baris 6, kolom Jabatan: Jabatan "Pengelola Data Survailans" tidak ada di unit SURVEILANS; mungkin maksudnya "Pengelola Data Surveilans"? Bila jabatan itu memang baru, buat terlebih dahulu di menu Jabatan.']));
  it('jenis ASN, golongan and date', () =>
    expect(galat(7)).toEqual([
      'Baris 7, kolom Jenis ASN: "Honorer" bukan jenis ASN; isi PNS, PPPK, atau PPPK Paruh Waktu.',
      'Baris 7, kolom TMT Jabatan: "31-02-2026" bukan tanggal yang valid; tulis TTTT-BB-HH (mis. 2025-01-02) atau HH-BB-TTTT.',
    ]));
  it('a NIP that Excel turned into a number', () => expect(galat(8)[0]).toMatch(/^Baris 8, kolom NIP: NIP tersimpan sebagai angka di Excel/));
  it('a TMT in the future', () => expect(galat(9)).toEqual(['Baris 9, kolom TMT Jabatan: TMT jabatan 2027-01-01 ada di masa depan; paling lambat 2026-11-29.']));
  it('a jabatan that does not exist yet: create it first', () => expect(galat(10)[0]).toContain('Buat jabatan itu terlebih dahulu di menu Jabatan'));
  it('jenis ASN of an existing pegawai is not changed by an import', () => expect(galat(11).join(' ')).toContain('Jenis ASN yang tersimpan untuk NIP ini adalah PNS, bukan PPPK'));
  it('each note has its code and column for translation', () => {
    expect(p.baris[0]!.galat[0]).toMatchObject({ kode: 'NIP_SALAH', kolom: 'nip', param: { detailEn: expect.stringContaining('Digits 9–14') } });
  });
  it('the commit is refused while errors exist, and nothing is written', async () => {
    const before = await hitung('pegawai');
    const res = await terapkan(p.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IMPOR.MASIH_ADA_GALAT');
    expect(await hitung('pegawai')).toBe(before);
  });
});

describe('files that cannot be read are refused with a clear message', () => {
  it('a PNG renamed .xlsx', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6d1b30000000049454e44ae426082', 'hex');
    const res = await unggah(png, 'foto.xlsx');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'IMPOR.JENIS_BERKAS', message: 'Berkas harus berupa Excel (.xlsx) atau CSV (teks UTF-8).' });
  });

  it('an old .xls workbook', async () => {
    const res = await unggah(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), 'pegawai.xls');
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toContain('.xls');
  });

  it('a broken xlsx (zip header, garbage after)', async () => {
    const res = await unggah(Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('bukan zip sungguhan')]), 'rusak.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPOR.BERKAS_RUSAK');
  });

  it('a CSV with an unclosed quote', async () => {
    const res = await unggah(Buffer.from('NIP;Nama;Jenis ASN;Jabatan;Unit Kerja\r\n"198609262015051001;Budi;PNS;X;Y\r\n'), 'rusak.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPOR.BERKAS_RUSAK');
  });

  it('a CSV that is not UTF-8', async () => {
    const res = await unggah(Buffer.from('NIP;Nama\r\n198609262015051001;Jos\xe9\r\n', 'latin1'), 'ansi.csv');
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toContain('UTF-8');
  });

  it('missing required columns are named', async () => {
    const res = await unggah(await xlsxDari([{ nip: nipBaru(), nama: 'X' }], { kolom: ['nip', 'nama', 'golongan'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'IMPOR.KOLOM_WAJIB', message: 'Kolom wajib tidak ada di berkas: Jenis ASN, Jabatan, Unit Kerja. Judul kolom harus sama dengan templat.', details: { kolomHilang: ['jenisAsn', 'jabatan', 'unitKerja'] } });
  });

  it('a file over 10 MB', async () => {
    const res = await unggah(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'besar.csv');
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('IMPOR.BERKAS_TERLALU_BESAR');
  });

  it('a header without data rows', async () => {
    const res = await unggah(await xlsxDari([]));
    expect(res.json().code).toBe('IMPOR.BERKAS_KOSONG');
  });

  it('a request without a file', async () => {
    const res = await (await as('analis')).request({ method: 'POST', url: '/api/v1/impor-pegawai', payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDASI.GAGAL');
  });
});

describe('csv and header variants', () => {
  it('comma-separated CSV with SIASN-style headers', async () => {
    const nip = nipBaru();
    const data = csvDari([{ nip, nama: 'Koma, Satu', jenisAsn: 'pns', ...surveilans }], { pemisah: ',', judul: { nip: 'NIP BARU', unitKerja: 'UNOR' }, bom: true });
    const res = await unggah(data, 'siasn.csv');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().baris[0]).toMatchObject({ nip, nama: 'Koma, Satu', aksi: 'baru' });
  });
});

describe('NIP Atasan is checked against the penilai the structure gives, as a warning', () => {
  it('the right atasan: no warning; a wrong one: a warning naming the real penilai; never an error', async () => {
    const p = await pratinjau([
      { nip: nipBaru(), nama: 'Cocok', jenisAsn: 'PNS', ...surveilans, nipAtasan: t.fx.u.kasiSurv },
      { nip: nipBaru(), nama: 'Beda', jenisAsn: 'PNS', ...surveilans, nipAtasan: t.fx.u.kabidP2p },
    ]);
    expect(p.baris[0]).toMatchObject({ aksi: 'baru', peringatan: [] });
    expect(p.baris[1]).toMatchObject({ aksi: 'baru', galat: [] });
    expect(p.baris[1]!.peringatan[0]!.pesan).toBe(
      `Baris 3, kolom NIP Atasan: Menurut struktur jabatan, pejabat penilai pegawai ini adalah Kasi Surveilans (NIP ${t.fx.u.kasiSurv}, Kepala Seksi Surveilans), bukan NIP ${t.fx.u.kabidP2p}. Penilai mengikuti struktur jabatan: periksa jabatan pegawai atau struktur jabatannya.`,
    );
    expect(p.jumlah.peringatan).toBe(1);
  });
});

describe('commit safety', () => {
  it('two admins committing the same preview at once: exactly one succeeds', async () => {
    const p = await pratinjau([{ nip: nipBaru(), nama: 'Balapan', jenisAsn: 'PNS', ...surveilans }]);
    const before = await hitung('pegawai');
    const [a, b] = await Promise.all([terapkan(p.id), terapkan(p.id)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('IMPOR.SUDAH_DIPROSES');
    expect(await hitung('pegawai')).toBe(before + 1);
  });

  it('data changed after the preview: the commit is refused and nothing is written', async () => {
    const nip = nipBaru();
    const first = await pratinjau([{ nip, nama: 'Dua Kali', jenisAsn: 'PNS', ...surveilans }]);
    const second = await pratinjau([{ nip, nama: 'Dua Kali', jenisAsn: 'PNS', ...surveilans }, { nip: nipBaru(), nama: 'Lain', jenisAsn: 'PNS', ...surveilans }]);
    expect((await terapkan(first.id)).statusCode).toBe(200);
    const before = await hitung('pegawai');
    const res = await terapkan(second.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IMPOR.DATA_BERUBAH');
    expect(res.json().message).toContain('Baris 2');
    expect(await hitung('pegawai')).toBe(before);
    // still a preview: the admin uploads again instead
    expect((await (await as('analis')).get(`/api/v1/impor-pegawai/${second.id}`)).json().status).toBe('pratinjau');
  });

  it('a cancelled preview cannot be applied', async () => {
    const p = await pratinjau([{ nip: nipBaru(), nama: 'Batal', jenisAsn: 'PNS', ...surveilans }]);
    expect((await (await as('analis')).post(`/api/v1/impor-pegawai/${p.id}/batal`)).statusCode).toBe(204);
    expect((await terapkan(p.id)).json().code).toBe('IMPOR.SUDAH_DIPROSES');
  });
});

describe('who may import and export', () => {
  it.each([['kadisKes'], ['stafA'], ['auditor']] as const)('%s may not import (403)', async (who) => {
    const res = await unggah(await xlsxDari([{ nip: nipBaru(), nama: 'X', jenisAsn: 'PNS', ...surveilans }]), 'x.xlsx', who);
    expect(res.statusCode).toBe(403);
    expect((await (await as(who)).get('/api/v1/impor-pegawai/templat')).statusCode).toBe(403);
  });

  it("an admin of another instansi does not see this instansi's import", async () => {
    const p = await pratinjau([{ nip: nipBaru(), nama: 'Milik Uji', jenisAsn: 'PNS', ...surveilans }]);
    expect((await (await as('asing')).get(`/api/v1/impor-pegawai/${p.id}`)).statusCode).toBe(404);
    expect((await terapkan(p.id, 'asing')).statusCode).toBe(404);
  });

  it('a pegawai may not export', async () => {
    expect((await (await as('stafA')).get('/api/v1/ekspor/pegawai')).statusCode).toBe(403);
    expect((await (await as('stafA')).get('/api/v1/ekspor/unit-kerja')).statusCode).toBe(403);
  });
});

async function bacaXlsx(raw: Buffer, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('exports to Excel', () => {
  it('pegawai (admin): the template layout, every pegawai with a NIP; re-importing it changes nothing', async () => {
    const res = await (await as('analis')).get('/api/v1/ekspor/pegawai');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="data-pegawai-2026-11-29.xlsx"; filename*=UTF-8''data-pegawai-2026-11-29.xlsx`);
    const rows = await bacaXlsx(res.rawPayload, 'Pegawai');
    expect(rows[0]).toEqual([...KOLOM_IMPOR.map((k) => k.judul), 'Nama Unit Kerja (info)', 'Status (info)']);
    const withNip = await t.database.db.selectFrom('pegawai').select('nip').where('instansi_id', '=', t.fx.instansiId).where('nip', 'is not', null).execute();
    expect(rows.length - 1).toBe(withNip.length);
    const kasi = rows.find((r) => r[0] === t.fx.u.stafB)!;
    // NIP Atasan = the penilai by the structure; unit by kode
    expect(kasi[8]).toBe('SURVEILANS');
    expect(kasi[9]).toBe(t.fx.u.kasiSurv);

    const again = await unggah(res.rawPayload, 'data-pegawai.xlsx');
    expect(again.statusCode, again.body).toBe(201);
    const p = again.json() as ImporPratinjau;
    // the pensiunan's row is unchanged too (a warning says status is not changed by an import)
    expect(p.jumlah).toMatchObject({ baris: withNip.length, tetap: withNip.length, galat: 0 });
  });

  it('pegawai (pimpinan OPD): only their OPD; filters q and unit', async () => {
    const rows = await bacaXlsx((await (await as('kadisKes')).get('/api/v1/ekspor/pegawai')).rawPayload, 'Pegawai');
    const nips = rows.slice(1).map((r) => r[0]);
    expect(nips).toContain(t.fx.u.stafC);
    expect(nips).not.toContain(t.fx.u.stafD);
    const filtered = await bacaXlsx((await (await as('analis')).get(`/api/v1/ekspor/pegawai?unitId=${t.fx.unit.disdik}`)).rawPayload, 'Pegawai');
    expect(filtered.slice(1).map((r) => r[0])).toEqual([t.fx.u.kadisDik, t.fx.u.stafD]);
    const byName = await bacaXlsx((await (await as('analis')).get('/api/v1/ekspor/pegawai?q=kadis%20pendidikan')).rawPayload, 'Pegawai');
    expect(byName.length).toBe(2);
    expect((await (await as('kadisKes')).get(`/api/v1/ekspor/pegawai?unitId=${t.fx.unit.disdik}`)).statusCode).toBe(404);
  });

  it('unit tree: kode, induk, OPD, path, closing date and pegawai counts', async () => {
    const res = await (await as('analis')).get('/api/v1/ekspor/unit-kerja');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('struktur-unit-kerja-2026-11-29.xlsx');
    const rows = await bacaXlsx(res.rawPayload, 'Unit Kerja');
    expect(rows[0]).toEqual(['Kode', 'Nama', 'Singkatan', 'Jenis', 'Kode Induk', 'Nama Induk', 'OPD', 'Jalur', 'Dibuka Pada', 'Ditutup Pada', 'Jumlah Pegawai (unit ini)', 'Jumlah Pegawai (termasuk sub-unit)']);
    const col = (r: unknown[], judul: string) => r[rows[0]!.indexOf(judul)];
    const disdik = rows.find((r) => r[0] === 'DISDIK')!;
    expect(['Nama', 'Jenis', 'Kode Induk', 'OPD', 'Jalur', 'Jumlah Pegawai (unit ini)'].map((j) => col(disdik, j))).toEqual(['Dinas Pendidikan', 'dinas', 'ROOT', 'Dinas Pendidikan', 'Pemerintah Kota Uji › Dinas Pendidikan', 2]);
    // the root counts every serving pegawai below it
    const root = rows.find((r) => r[0] === 'ROOT')!;
    expect(col(root, 'Jumlah Pegawai (termasuk sub-unit)')).toBeGreaterThan(10);
    const pimpinan = await bacaXlsx((await (await as('kadisKes')).get('/api/v1/ekspor/unit-kerja')).rawPayload, 'Unit Kerja');
    expect(pimpinan.slice(1).map((r) => r[0]).sort()).toEqual(['DINKES', 'IMUNISASI', 'P2P', 'SURVEILANS']);
  });
});

describe('8,000 rows', () => {
  it('preview and commit 8,000 new pegawai in one transaction', async () => {
    const rows: BarisUji[] = [];
    const dd = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 8000; i++) {
      // distinct birth dates (25 years × 12 months × 28 days ≥ 8,000), appointed at 25
      const tahun = 1970 + (i % 25);
      const lahir = `${tahun}${dd((Math.floor(i / 25) % 12) + 1)}${dd(Math.floor(i / 300) + 1)}`;
      rows.push({ nip: nipPns(lahir, `${tahun + 25}03`, 2, (i % 900) + 1), nama: `Pegawai Uji ${i}`, jenisAsn: 'PNS', golongan: 'III/a', ...(i % 2 ? surveilans : imunisasi) });
    }
    const before = await hitung('pegawai');
    const res = await unggah(await xlsxDari(rows), 'besar.xlsx');
    expect(res.statusCode, res.body.slice(0, 500)).toBe(201);
    const p = res.json() as ImporPratinjau;
    expect(p.jumlah).toMatchObject({ baris: 8000, baru: 8000, galat: 0 });
    const c = await terapkan(p.id);
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json()).toMatchObject({ jumlah: { baru: 8000 }, akunDibuat: 8000 });
    expect(await hitung('pegawai')).toBe(before + 8000);
    expect((await (await as('auditor')).get('/api/v1/audit/verifikasi')).json().utuh).toBe(true);
  }, 180_000);
});
