// The evaluation cycle (DOMAIN.md §2.3, Permenpan-RB 6/2022): periods of a year with their WITA deadlines, the state
// machine (every allowed and every refused transition), the deadlines per action, and the checks on the rating.
import { describe, expect, it } from 'vitest';
import {
  AKSI_PENILAIAN,
  aksiPenilaianTersedia,
  indikatorTanpaRealisasi,
  irisanTanggal,
  masalahPenilaian,
  masalahTanggalPeriode,
  namaPeriode,
  PELAKU_AKSI_PENILAIAN,
  peranBolehAksiPenilaian,
  periksaRatingHasilKerja,
  periksaTenggat,
  periksaTenggatBuka,
  skpDinilai,
  STATUS_PENILAIAN,
  susunPeriodePenilaian,
  transisiPenilaian,
  usulanHasilKerja,
  type AksiPenilaian,
  type JadwalPeriode,
  type StatusPenilaian,
} from './penilaian.ts';
import type { Rating } from './predikat.ts';

describe('susunPeriodePenilaian — periodik (triwulanan default, bulanan) and tahunan', () => {
  it('a full year, triwulanan: four quarters then the year, deadlines 10 and 20 days after each end', () => {
    const p = susunPeriodePenilaian('2026-01-01', '2026-12-31', 'triwulanan');
    expect(p.map((x) => [x.jenis, x.nomor, x.tanggalMulai, x.tanggalSelesai, x.batasRealisasi, x.batasPenilaian])).toEqual([
      ['triwulanan', 1, '2026-01-01', '2026-03-31', '2026-04-10', '2026-04-20'],
      ['triwulanan', 2, '2026-04-01', '2026-06-30', '2026-07-10', '2026-07-20'],
      ['triwulanan', 3, '2026-07-01', '2026-09-30', '2026-10-10', '2026-10-20'],
      ['triwulanan', 4, '2026-10-01', '2026-12-31', '2027-01-10', '2027-01-20'],
      ['tahunan', 1, '2026-01-01', '2026-12-31', '2027-01-10', '2027-01-20'],
    ]);
  });

  it('bulanan: twelve months with their real last days (leap year February), then the year', () => {
    const p = susunPeriodePenilaian('2028-01-01', '2028-12-31', 'bulanan', { realisasi: 5, penilaian: 7 });
    expect(p).toHaveLength(13);
    expect(p[1]).toEqual({ jenis: 'bulanan', nomor: 2, tanggalMulai: '2028-02-01', tanggalSelesai: '2028-02-29', batasRealisasi: '2028-03-05', batasPenilaian: '2028-03-07' });
    expect(p[11]).toMatchObject({ nomor: 12, tanggalMulai: '2028-12-01', tanggalSelesai: '2028-12-31', batasRealisasi: '2029-01-05' });
    expect(p[12]).toMatchObject({ jenis: 'tahunan', tanggalMulai: '2028-01-01', tanggalSelesai: '2028-12-31' });
  });

  it('an SKP period that starts in March: Triwulan I is clipped to March; months before it are left out', () => {
    const t = susunPeriodePenilaian('2026-03-01', '2026-12-31', 'triwulanan');
    expect(t[0]).toMatchObject({ nomor: 1, tanggalMulai: '2026-03-01', tanggalSelesai: '2026-03-31' });
    const b = susunPeriodePenilaian('2026-03-01', '2026-10-15', 'bulanan');
    expect(b.filter((x) => x.jenis === 'bulanan').map((x) => x.nomor)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(b.find((x) => x.nomor === 10 && x.jenis === 'bulanan')).toMatchObject({ tanggalSelesai: '2026-10-15', batasRealisasi: '2026-10-25' });
  });

  it('names read like the documents', () => {
    expect(namaPeriode('triwulanan', 3, 2026)).toBe('Triwulan III 2026');
    expect(namaPeriode('bulanan', 2, 2026)).toBe('Februari 2026');
    expect(namaPeriode('tahunan', 1, 2026)).toBe('Tahunan 2026');
  });
});

describe('irisanTanggal and masalahTanggalPeriode', () => {
  it.each([
    ['2026-01-01', '2026-06-30', '2026-04-01', '2026-12-31', { mulai: '2026-04-01', selesai: '2026-06-30' }],
    ['2026-01-01', '2026-03-31', '2026-03-31', '2026-12-31', { mulai: '2026-03-31', selesai: '2026-03-31' }],
    ['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31', null],
  ])('%s..%s ∩ %s..%s', (a, b, c, d, hasil) => {
    expect(irisanTanggal(a, b, c, d)).toEqual(hasil);
  });

  const skp = { mulai: '2026-01-01', selesai: '2026-12-31' };
  it.each([
    [{ tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-10', batasPenilaian: '2027-01-20' }, []],
    [{ tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2026-12-31', batasPenilaian: '2026-12-31' }, []],
    [{ tanggalMulai: '2026-11-01', tanggalSelesai: '2026-10-31', batasRealisasi: '2026-11-10', batasPenilaian: '2026-11-20' }, ['MULAI_SETELAH_SELESAI']],
    [{ tanggalMulai: '2025-12-01', tanggalSelesai: '2027-01-31', batasRealisasi: '2027-02-10', batasPenilaian: '2027-02-20' }, ['DI_LUAR_PERIODE_SKP', 'DI_LUAR_PERIODE_SKP']],
    [{ tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2026-12-30', batasPenilaian: '2027-01-20' }, ['BATAS_REALISASI_SEBELUM_SELESAI']],
    [{ tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-10', batasPenilaian: '2027-01-09' }, ['BATAS_PENILAIAN_SEBELUM_BATAS_REALISASI']],
  ])('%o → %o', (p, kode) => {
    expect(masalahTanggalPeriode(p, skp).map((m) => m.kode)).toEqual(kode);
  });
});

describe('skpDinilai — which SKP segments are evaluated', () => {
  it.each([
    ['disetujui', null, true],
    ['minta_buka', '2026-01-10T00:00:00Z', true],
    ['ditutup', '2026-01-10T00:00:00Z', true],
    ['ditutup', null, false],
    ['draft', null, false],
    ['diajukan', null, false],
    ['dikembalikan', null, false],
  ] as const)('%s (disetujui pada %s) → %s', (status, disetujui, hasil) => {
    expect(skpDinilai(status, disetujui)).toBe(hasil);
  });
});

describe('state machine — draft → diajukan → dinilai → ditetapkan; dikembalikan with a note', () => {
  // Every allowed (status, aksi) pair with its target. The cross product below is compared against this table, so
  // any pair not listed must be refused.
  const allowed: Record<string, StatusPenilaian> = {
    'draft/isi_realisasi': 'draft',
    'draft/ajukan': 'diajukan',
    'diajukan/tarik': 'draft',
    'diajukan/kembalikan': 'dikembalikan',
    'diajukan/isi_penilaian': 'diajukan',
    'diajukan/nilai': 'dinilai',
    'dikembalikan/isi_realisasi': 'dikembalikan',
    'dikembalikan/ajukan': 'diajukan',
    'dinilai/buka_nilai': 'diajukan',
    'dinilai/tetapkan': 'ditetapkan',
  };
  const rows = STATUS_PENILAIAN.flatMap((s) => AKSI_PENILAIAN.map((a) => [s, a, allowed[`${s}/${a}`] ?? null] as const));
  it.each(rows)('%s + %s → %s', (status, aksi, hasil) => {
    expect(transisiPenilaian(status, aksi)).toBe(hasil);
  });

  it('nothing leaves ditetapkan (only a keberatan, later, changes the result)', () => {
    expect(AKSI_PENILAIAN.filter((a) => transisiPenilaian('ditetapkan', a) !== null)).toEqual([]);
  });

  it('the pegawai fills in and submits, the penilai judges and rates, never the other way round', () => {
    const rows: [AksiPenilaian, 'pemilik' | 'penilai' | 'pengamat', boolean][] = [
      ['isi_realisasi', 'pemilik', true],
      ['ajukan', 'pemilik', true],
      ['tarik', 'pemilik', true],
      ['nilai', 'pemilik', false],
      ['isi_penilaian', 'pemilik', false],
      ['kembalikan', 'penilai', true],
      ['isi_penilaian', 'penilai', true],
      ['nilai', 'penilai', true],
      ['buka_nilai', 'penilai', true],
      ['isi_realisasi', 'penilai', false],
      ['ajukan', 'penilai', false],
      ['nilai', 'pengamat', false],
      ['isi_realisasi', 'pengamat', false],
      // penetapan is the pimpinan's, through the calibration board (later phase)
      ['tetapkan', 'penilai', false],
    ];
    for (const [aksi, peran, boleh] of rows) expect([aksi, peran, peranBolehAksiPenilaian(peran, aksi)]).toEqual([aksi, peran, boleh]);
    expect(PELAKU_AKSI_PENILAIAN.tetapkan).toBe('pimpinan');
  });
});

describe('periksaTenggat — WITA calendar days, the last day included', () => {
  // Triwulan IV 2026: from 1 Oct; realisasi until 10 Jan 2027, penilaian until 20 Jan 2027
  const j: JadwalPeriode = { tanggalMulai: '2026-10-01', batasRealisasi: '2027-01-10', batasPenilaian: '2027-01-20' };
  const rows: [string, AksiPenilaian, StatusPenilaian, string, string | null][] = [
    ['before the first day (30 Sep 23:59 WITA)', 'isi_realisasi', 'draft', '2026-09-30T15:59:59Z', 'BELUM_MULAI'],
    ['the first day 00:00 WITA', 'isi_realisasi', 'draft', '2026-09-30T16:00:00Z', null],
    ['last day of realisasi, 23:59 WITA', 'ajukan', 'draft', '2027-01-10T15:59:59Z', null],
    ['the day after the batas realisasi', 'ajukan', 'draft', '2027-01-10T16:00:00Z', 'BATAS_REALISASI'],
    ['withdrawing after the batas realisasi', 'tarik', 'diajukan', '2027-01-11T01:00:00Z', 'BATAS_REALISASI'],
    ['a returned realisasi may be resubmitted after the batas realisasi', 'ajukan', 'dikembalikan', '2027-01-15T01:00:00Z', null],
    ['… but not after the batas penilaian', 'isi_realisasi', 'dikembalikan', '2027-01-20T16:00:00Z', 'BATAS_PENILAIAN'],
    ['the penilai rates after the batas realisasi', 'nilai', 'diajukan', '2027-01-20T15:59:59Z', null],
    ['the penilai after the batas penilaian', 'nilai', 'diajukan', '2027-01-20T16:00:00Z', 'BATAS_PENILAIAN'],
    ['returning after the batas penilaian', 'kembalikan', 'diajukan', '2027-02-01T00:00:00Z', 'BATAS_PENILAIAN'],
    ['penetapan keeps its own calendar', 'tetapkan', 'dinilai', '2027-03-01T00:00:00Z', null],
  ];
  it.each(rows)('%s', (_n, aksi, status, iso, hasil) => {
    expect(periksaTenggat(aksi, status, j, new Date(iso))).toBe(hasil);
  });

  it('opening an evaluation follows the realisasi window', () => {
    expect(periksaTenggatBuka(j, new Date('2026-09-30T12:00:00Z'))).toBe('BELUM_MULAI');
    expect(periksaTenggatBuka(j, new Date('2026-11-29T02:00:00Z'))).toBeNull();
    expect(periksaTenggatBuka(j, new Date('2027-01-11T00:00:00Z'))).toBe('BATAS_REALISASI');
  });

  it('the actions offered drop those the deadlines refuse', () => {
    expect(aksiPenilaianTersedia('pemilik', 'diajukan', j, new Date('2026-11-29T02:00:00Z'))).toEqual(['tarik']);
    expect(aksiPenilaianTersedia('pemilik', 'diajukan', j, new Date('2027-01-12T02:00:00Z'))).toEqual([]);
    expect(aksiPenilaianTersedia('penilai', 'diajukan', j, new Date('2027-01-12T02:00:00Z'))).toEqual(['kembalikan', 'isi_penilaian', 'nilai']);
    expect(aksiPenilaianTersedia('pengamat', 'diajukan', j, new Date('2026-11-29T02:00:00Z'))).toEqual([]);
  });
});

describe('what each step needs', () => {
  it('submission: a number or a narrative on every indicator', () => {
    expect(
      indikatorTanpaRealisasi(['a', 'b', 'c', 'd'], [
        { indikatorId: 'a', realisasiAngka: 0, realisasiNarasi: null },
        { indikatorId: 'b', realisasiAngka: null, realisasiNarasi: 'Selesai tepat waktu' },
        { indikatorId: 'c', realisasiAngka: null, realisasiNarasi: '   ' },
      ]),
    ).toEqual(['c', 'd']);
  });

  it('finalising: every RHK judged and both ratings', () => {
    expect(masalahPenilaian([{ rhkId: 'r1', penilaian: 'sesuai' }, { rhkId: 'r2', penilaian: null }], null, 'sesuai')).toEqual([{ kode: 'RHK_BELUM_DINILAI', rhkId: 'r2' }, { kode: 'RATING_HASIL_KERJA_KOSONG' }]);
    expect(masalahPenilaian([{ rhkId: 'r1', penilaian: 'sesuai' }], 'sesuai', null)).toEqual([{ kode: 'RATING_PERILAKU_KERJA_KOSONG' }]);
    expect(masalahPenilaian([{ rhkId: 'r1', penilaian: 'di_atas' }], 'di_atas', 'sesuai')).toEqual([]);
  });
});

describe('the rating hasil kerja: proposal, override with a reason, the unit’s capaian kinerja organisasi', () => {
  const rhk = (...p: (Rating | null)[]) => p.map((penilaian) => ({ jenis: 'utama' as const, penilaian }));
  it('the proposal uses only judged RHK; a unit’s capaian kinerja organisasi replaces it', () => {
    expect(usulanHasilKerja(rhk('di_atas', 'di_atas', null), null)).toEqual({ rating: 'di_atas', alasan: 'SEBAGIAN_BESAR_DI_ATAS' });
    expect(usulanHasilKerja(rhk(null), null)).toEqual({ rating: 'sesuai', alasan: 'BELUM_ADA_PENILAIAN' });
    expect(usulanHasilKerja(rhk('di_atas', 'di_atas'), 'di_bawah')).toEqual({ rating: 'di_bawah', alasan: 'CAPAIAN_KINERJA_ORGANISASI' });
  });

  const rows: [string, Rating, Rating, string | null, Rating | null, string | null][] = [
    ['as proposed, no reason needed', 'sesuai', 'sesuai', null, null, null],
    ['override without a reason', 'di_atas', 'sesuai', null, null, 'ALASAN_WAJIB'],
    ['override with a blank reason', 'di_bawah', 'sesuai', '  ', null, 'ALASAN_WAJIB'],
    ['override with a reason', 'di_atas', 'sesuai', 'Menangani KLB campak di luar target', null, null],
    ['kepala unit: the organisation’s rating', 'di_bawah', 'di_bawah', null, 'di_bawah', null],
    ['kepala unit: another rating is refused even with a reason', 'sesuai', 'di_bawah', 'Kinerja pribadi baik', 'di_bawah', 'RATING_ORGANISASI'],
  ];
  it.each(rows)('%s', (_n, rating, usulan, alasan, organisasi, hasil) => {
    expect(periksaRatingHasilKerja(rating, usulan, alasan, organisasi)).toBe(hasil);
  });
});
