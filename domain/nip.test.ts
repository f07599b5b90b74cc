// Table-driven tests of the NIP / NI PPPK rules (DOMAIN.md §1 NIP; research/domain.md §4).
import { describe, expect, it } from 'vitest';
import { formatNip, type JenisAsnBernomor, type NipErrorCode, validateNip } from './nip.ts';

interface ValidRow {
  rule: string;
  input: string;
  jenis: JenisAsnBernomor;
  expected: Record<string, unknown>;
}

const VALID: ValidRow[] = [
  {
    rule: 'DOMAIN.md §1 NIP: PNS 1–8 lahir, 9–14 TMT CPNS, 15 jenis kelamin, 16–18 urut',
    input: '198609262015051001',
    jenis: 'PNS',
    expected: { nip: '198609262015051001', tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'L', nomorUrut: 1 },
  },
  {
    rule: 'DOMAIN.md §1 NIP: digit 15 = 2 is perempuan; urut above 001',
    input: '199203142019032007',
    jenis: 'PNS',
    expected: { tanggalLahir: '1992-03-14', tmtCpns: '2019-03', jenisKelamin: 'P', nomorUrut: 7 },
  },
  {
    rule: 'DOMAIN.md §1 NIP: 29 Februari in a leap year is a valid birth date',
    input: '198802292010121001',
    jenis: 'PNS',
    expected: { tanggalLahir: '1988-02-29', tmtCpns: '2010-12' },
  },
  {
    rule: 'DOMAIN.md §1 NIP: TMT year exactly birth year + 18 is allowed',
    input: '197001011988011001',
    jenis: 'PNS',
    expected: { tmtCpns: '1988-01' },
  },
  {
    rule: 'DOMAIN.md §1 NIP: written with spaces is accepted and stored without',
    input: '19860926 201505 1 001',
    jenis: 'PNS',
    expected: { nip: '198609262015051001', tmtCpns: '2015-05' },
  },
  {
    rule: 'DOMAIN.md §1 NIP: leading/trailing and repeated whitespace is removed',
    input: '  19860926  201505 1  001 ',
    jenis: 'PNS',
    expected: { nip: '198609262015051001' },
  },
  {
    rule: 'DOMAIN.md §1 NI PPPK: code 21 (PPPK) is a code, not a month',
    input: '199009132025212014',
    jenis: 'PPPK',
    expected: { tanggalLahir: '1990-09-13', tahunPengangkatan: 2025, kodePppk: '21', jenisKelamin: 'P', nomorUrut: 14 },
  },
  {
    rule: 'DOMAIN.md §1 NI PPPK: code 24 (paruh waktu) is accepted — never read as month 24',
    input: '199009132025242014',
    jenis: 'PPPK_PARUH_WAKTU',
    expected: { tahunPengangkatan: 2025, kodePppk: '24', jenisKelamin: 'P', nomorUrut: 14 },
  },
  {
    rule: 'DOMAIN.md §1 NI PPPK: code 24 is accepted for jenis PPPK as well (the code is not checked)',
    input: '199009132025242014',
    jenis: 'PPPK',
    expected: { kodePppk: '24' },
  },
  {
    rule: 'DOMAIN.md §1 NI PPPK: written with spaces',
    input: '19900913 2025 24 2 014',
    jenis: 'PPPK_PARUH_WAKTU',
    expected: { nip: '199009132025242014' },
  },
  {
    rule: 'DOMAIN.md §1 NI PPPK: first PPPK year 2019 accepted (soft bound, PP 49/2018)',
    input: '198001052019211003',
    jenis: 'PPPK',
    expected: { tahunPengangkatan: 2019, jenisKelamin: 'L', nomorUrut: 3 },
  },
];

interface InvalidRow {
  rule: string;
  input: string;
  jenis: JenisAsnBernomor;
  code: NipErrorCode;
  bagian: [number, number];
  /** a fragment both of the Indonesian message */
  pesan: string;
}

const INVALID: InvalidRow[] = [
  { rule: 'DOMAIN.md §1 NIP: 18 digits (17 given)', input: '19860926201505100', jenis: 'PNS', code: 'NIP.PANJANG', bagian: [1, 18], pesan: 'NIP harus 18 digit, yang dimasukkan 17 digit' },
  { rule: 'DOMAIN.md §1 NIP: 18 digits (19 given)', input: '1986092620150510011', jenis: 'PNS', code: 'NIP.PANJANG', bagian: [1, 18], pesan: 'yang dimasukkan 19 digit' },
  { rule: 'DOMAIN.md §1 NIP: empty input', input: '   ', jenis: 'PNS', code: 'NIP.PANJANG', bagian: [1, 18], pesan: 'yang dimasukkan 0 digit' },
  { rule: 'DOMAIN.md §1 NI PPPK: 18 digits, named NI PPPK', input: '1990091320252420', jenis: 'PPPK', code: 'NIP.PANJANG', bagian: [1, 18], pesan: 'NI PPPK harus 18 digit' },
  { rule: 'DOMAIN.md §1 NIP: digits only', input: '19860926A01505100l', jenis: 'PNS', code: 'NIP.BUKAN_ANGKA', bagian: [9, 9], pesan: "karakter ke-9 ('A') bukan angka" },
  { rule: 'DOMAIN.md §1 NIP: separators other than spaces are not digits', input: '19860926-201505-1-001', jenis: 'PNS', code: 'NIP.BUKAN_ANGKA', bagian: [9, 9], pesan: 'bukan angka' },
  { rule: 'DOMAIN.md §1 NIP: 1–8 valid date — 31 Feb does not exist', input: '198602312015051001', jenis: 'PNS', code: 'NIP.TANGGAL_LAHIR', bagian: [1, 8], pesan: 'Digit 1–8 (tanggal lahir) harus tanggal yang valid (TTTTBBHH): tanggal 31 tidak ada pada bulan Februari 1986' },
  { rule: 'DOMAIN.md §1 NIP: 1–8 valid date — 29 Feb only in leap years', input: '198702292010121001', jenis: 'PNS', code: 'NIP.TANGGAL_LAHIR', bagian: [1, 8], pesan: 'tanggal 29 tidak ada pada bulan Februari 1987' },
  { rule: 'DOMAIN.md §1 NIP: 1–8 valid date — month 13', input: '198613262015051001', jenis: 'PNS', code: 'NIP.TANGGAL_LAHIR', bagian: [1, 8], pesan: 'bulan 13 tidak ada' },
  { rule: 'DOMAIN.md §1 NIP: 1–8 valid date — day 00', input: '198609002015051001', jenis: 'PNS', code: 'NIP.TANGGAL_LAHIR', bagian: [1, 8], pesan: 'tanggal 00 tidak ada' },
  { rule: 'DOMAIN.md §1 NIP: 1–8 plausible birth year', input: '000101012015051001', jenis: 'PNS', code: 'NIP.TANGGAL_LAHIR', bagian: [1, 8], pesan: 'tahun 0001 tidak masuk akal' },
  { rule: 'DOMAIN.md §1 NI PPPK: 1–8 valid date too', input: '199002302025212014', jenis: 'PPPK', code: 'NIP.TANGGAL_LAHIR', bagian: [1, 8], pesan: 'tanggal 30 tidak ada pada bulan Februari 1990' },
  { rule: 'DOMAIN.md §1 NIP: 9–14 TMT month 01–12 — 00', input: '198609262015001001', jenis: 'PNS', code: 'NIP.TMT', bagian: [9, 14], pesan: 'Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 00 tidak ada' },
  { rule: 'DOMAIN.md §1 NIP: 9–14 TMT month 01–12 — 13', input: '198609262015131001', jenis: 'PNS', code: 'NIP.TMT', bagian: [9, 14], pesan: 'Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada' },
  { rule: 'DOMAIN.md §1 NIP: a PPPK number read as PNS fails (month 24) — jenis is stated, never inferred', input: '199009132025242014', jenis: 'PNS', code: 'NIP.TMT', bagian: [9, 14], pesan: 'bulan 24 tidak ada' },
  { rule: 'DOMAIN.md §1 NIP: 9–14 TMT year ≥ birth year + 18', input: '198609262003051001', jenis: 'PNS', code: 'NIP.TMT_USIA', bagian: [9, 14], pesan: 'tahun 2003 kurang dari 18 tahun setelah tahun lahir 1986 (paling awal 2004)' },
  { rule: 'DOMAIN.md §1 NIP: TMT before birth', input: '198609261980051001', jenis: 'PNS', code: 'NIP.TMT_USIA', bagian: [9, 14], pesan: 'Digit 9–14 (TMT CPNS) tidak mungkin' },
  { rule: 'DOMAIN.md §1 NI PPPK: 9–12 year ≥ birth year + 18', input: '200501012020212001', jenis: 'PPPK', code: 'NIP.TMT_USIA', bagian: [9, 12], pesan: 'Digit 9–12 (tahun pengangkatan PPPK) tidak mungkin: tahun 2020 kurang dari 18 tahun' },
  { rule: 'DOMAIN.md §1 NI PPPK: 9–12 not before PPPK existed (soft bound 2019, PP 49/2018)', input: '198001052015211003', jenis: 'PPPK', code: 'NIP.TAHUN_PENGANGKATAN', bagian: [9, 12], pesan: 'PPPK baru diangkat sejak 2019 (PP 49/2018), bukan 2015' },
  { rule: 'DOMAIN.md §1 NIP: 15 jenis kelamin 1/2 — 3', input: '198609262015053001', jenis: 'PNS', code: 'NIP.JENIS_KELAMIN', bagian: [15, 15], pesan: 'Digit 15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan 3' },
  { rule: 'DOMAIN.md §1 NIP: 15 jenis kelamin 1/2 — 0', input: '198609262015050001', jenis: 'PNS', code: 'NIP.JENIS_KELAMIN', bagian: [15, 15], pesan: 'bukan 0' },
  { rule: 'DOMAIN.md §1 NI PPPK: 15 jenis kelamin 1/2', input: '199009132025249014', jenis: 'PPPK_PARUH_WAKTU', code: 'NIP.JENIS_KELAMIN', bagian: [15, 15], pesan: 'bukan 9' },
  { rule: 'DOMAIN.md §1 NIP: 16–18 urut — 000 invalid', input: '198609262015051000', jenis: 'PNS', code: 'NIP.NOMOR_URUT', bagian: [16, 18], pesan: 'Digit 16–18 (nomor urut) tidak boleh 000' },
  { rule: 'DOMAIN.md §1 NI PPPK: 16–18 urut — 000 invalid', input: '199009132025212000', jenis: 'PPPK', code: 'NIP.NOMOR_URUT', bagian: [16, 18], pesan: 'tidak boleh 000' },
];

describe('validateNip — valid numbers (DOMAIN.md §1 NIP)', () => {
  it.each(VALID)('$rule: $input', ({ input, jenis, expected }) => {
    const r = validateNip(input, jenis);
    expect(r.ok).toBe(true);
    expect(r).toMatchObject(expected);
  });

  it('PNS results carry no PPPK parts and PPPK results no TMT CPNS', () => {
    const pns = validateNip('198609262015051001', 'PNS');
    const pppk = validateNip('199009132025212014', 'PPPK');
    expect(pns.ok && pppk.ok).toBe(true);
    if (!pns.ok || !pppk.ok) return;
    expect(pns.tahunPengangkatan).toBeUndefined();
    expect(pns.kodePppk).toBeUndefined();
    expect(pppk.tmtCpns).toBeUndefined();
  });
});

describe('validateNip — each wrong part is named (DOMAIN.md §1 NIP)', () => {
  it.each(INVALID)('$rule: $input → $code', ({ input, jenis, code, bagian, pesan }) => {
    const r = validateNip(input, jenis);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect([r.bagian.dari, r.bagian.sampai]).toEqual(bagian);
    expect(r.pesan).toContain(pesan);
    expect(r.message.length).toBeGreaterThan(10);
    expect(r.message).not.toBe(r.pesan);
  });

  it('the English message names the same part as the Indonesian one', () => {
    const r = validateNip('198609262015131001', 'PNS');
    expect(r).toMatchObject({ ok: false, message: 'Digits 9–14 (TMT CPNS) must be a valid year and month: there is no month 13' });
  });

  it('the 2019 PPPK bound is a setting: an older year is accepted when the bound is lowered', () => {
    expect(validateNip('198001052015211003', 'PPPK', { tahunPppkPalingAwal: 0 })).toMatchObject({ ok: true, tahunPengangkatan: 2015 });
  });
});

describe('formatNip (DOMAIN.md §1 NIP: shown as 19860926 201505 1 001)', () => {
  it.each([
    { input: '198609262015051001', jenis: 'PNS' as const, expected: '19860926 201505 1 001' },
    { input: '19860926 201505 1 001', jenis: 'PNS' as const, expected: '19860926 201505 1 001' },
    { input: '199009132025242014', jenis: 'PPPK_PARUH_WAKTU' as const, expected: '19900913 2025 24 2 014' },
    { input: '199009132025212014', jenis: 'PPPK' as const, expected: '19900913 2025 21 2 014' },
    { input: ' 12345 ', jenis: 'PNS' as const, expected: '12345' },
  ])('$input ($jenis) → "$expected"', ({ input, jenis, expected }) => {
    expect(formatNip(input, jenis)).toBe(expected);
  });

  it('defaults to the PNS layout', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
  });
});
