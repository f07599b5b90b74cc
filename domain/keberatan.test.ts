// Keberatan (DOMAIN.md §2.5, PP 30/2019 Pasal 59): the window of 14 calendar days from receipt (WITA dates, across
// month ends and the WITA midnight); the keberatan's state machine (every status × action × person), who may file,
// and the decision check (tetap keeps the ratings, ubah changes at least one, reasons always).
import { describe, expect, it } from 'vitest';
import {
  AKSI_KEBERATAN,
  aksiKeberatanTersedia,
  batasKeberatan,
  bolehKeberatan,
  type AksiKeberatan,
  PERAN_KEBERATAN,
  type PeranKeberatan,
  periksaAksiKeberatan,
  periksaKeputusanKeberatan,
  periksaPengajuanKeberatan,
  sisaHariKeberatan,
  STATUS_KEBERATAN,
  type StatusKeberatan,
  transisiKeberatan,
  type UsulanKeputusan,
} from './keberatan.ts';

describe('batasKeberatan — last WITA day = date of receipt + 14', () => {
  const rows: Array<[string, string, string, string]> = [
    ['received 23:59 WITA on 31 Jan', '2026-01-31T15:59:00Z', '2026-01-31', '2026-02-14'],
    ['received 00:30 WITA on 1 Feb (still 31 Jan in UTC)', '2026-01-31T16:30:00Z', '2026-02-01', '2026-02-15'],
    ['across the end of February (non-leap year)', '2026-02-20T02:00:00Z', '2026-02-20', '2026-03-06'],
    ['across the end of February (leap year)', '2028-02-20T02:00:00Z', '2028-02-20', '2028-03-05'],
    ['across the year end', '2026-12-25T01:00:00Z', '2026-12-25', '2027-01-08'],
    ['across a 30-day month', '2026-04-20T01:00:00Z', '2026-04-20', '2026-05-04'],
  ];
  it.each(rows)('%s', (_name, diterima, tanggalDiterima, tanggalTerakhir) => {
    const b = batasKeberatan(new Date(diterima));
    expect(b.tanggalDiterima).toBe(tanggalDiterima);
    expect(b.tanggalTerakhir).toBe(tanggalTerakhir);
  });

  it('closes at 00:00 WITA after the last day (16:00 UTC of the last day)', () => {
    const diterima = new Date('2026-01-31T15:59:00Z');
    expect(batasKeberatan(diterima).tutupPada.toISOString()).toBe('2026-02-14T16:00:00.000Z');
    expect(bolehKeberatan(diterima, new Date('2026-02-14T15:59:59.999Z'))).toBe(true);
    expect(bolehKeberatan(diterima, new Date('2026-02-14T16:00:00.000Z'))).toBe(false);
    expect(bolehKeberatan(diterima, new Date('2026-01-31T15:58:00Z'))).toBe(false);
  });

  it('counts the days left including today; the setting changes the window', () => {
    const diterima = new Date('2026-02-20T02:00:00Z');
    expect(sisaHariKeberatan(diterima, new Date('2026-02-20T03:00:00Z'))).toBe(15);
    expect(sisaHariKeberatan(diterima, new Date('2026-03-06T10:00:00Z'))).toBe(1);
    expect(sisaHariKeberatan(diterima, new Date('2026-03-06T16:00:00Z'))).toBe(0);
    expect(batasKeberatan(diterima, 7).tanggalTerakhir).toBe('2026-02-27');
  });
});

describe('transisiKeberatan — the state machine (§2.5: ask both sides, then decide; the decision is final)', () => {
  // every status × action: the next status, or null when refused
  const tabel: Record<StatusKeberatan, Record<AksiKeberatan, StatusKeberatan | null>> = {
    diajukan: { minta_penjelasan: 'klarifikasi', jawab: null, putus: 'diputus' },
    klarifikasi: { minta_penjelasan: null, jawab: 'klarifikasi', putus: 'diputus' },
    diputus: { minta_penjelasan: null, jawab: null, putus: null },
  };
  const rows = STATUS_KEBERATAN.flatMap((s) => AKSI_KEBERATAN.map((a) => [s, a, tabel[s][a]] as const));
  it.each(rows)('%s + %s → %s', (status, aksi, hasil) => {
    expect(transisiKeberatan(status, aksi)).toBe(hasil);
  });
});

describe('periksaAksiKeberatan — who may do what (the atasan pejabat penilai asks and decides, both sides answer)', () => {
  const boleh: Record<PeranKeberatan, readonly AksiKeberatan[]> = {
    pegawai: ['jawab'],
    penilai: ['jawab'],
    atasan_penilai: ['minta_penjelasan', 'putus'],
    pengamat: [],
  };
  const rows = PERAN_KEBERATAN.flatMap((p) => AKSI_KEBERATAN.map((a) => [p, a, boleh[p].includes(a)] as const));
  it.each(rows)('%s may %s: %s', (peran, aksi, ya) => {
    // checked in a status where the machine allows the action, so only the person decides
    const status: StatusKeberatan = aksi === 'jawab' ? 'klarifikasi' : 'diajukan';
    expect(periksaAksiKeberatan(peran, status, aksi)).toBe(ya ? 'boleh' : 'AKSES');
  });

  it('the person is checked before the status: a stranger to the action learns nothing about the status', () => {
    expect(periksaAksiKeberatan('pegawai', 'diputus', 'putus')).toBe('AKSES');
    expect(periksaAksiKeberatan('atasan_penilai', 'diputus', 'putus')).toBe('STATUS');
    expect(periksaAksiKeberatan('pegawai', 'diajukan', 'jawab')).toBe('STATUS');
  });

  const tersedia: Array<[PeranKeberatan, StatusKeberatan, AksiKeberatan[]]> = [
    ['atasan_penilai', 'diajukan', ['minta_penjelasan', 'putus']],
    ['atasan_penilai', 'klarifikasi', ['putus']],
    ['atasan_penilai', 'diputus', []],
    ['pegawai', 'diajukan', []],
    ['pegawai', 'klarifikasi', ['jawab']],
    ['penilai', 'klarifikasi', ['jawab']],
    ['penilai', 'diputus', []],
    ['pengamat', 'klarifikasi', []],
  ];
  it.each(tersedia)('%s in %s may: %j', (peran, status, aksi) => {
    expect(aksiKeberatanTersedia(peran, status)).toEqual(aksi);
  });
});

describe('periksaPengajuanKeberatan — only a finalised predikat, once, in time, with someone to decide', () => {
  const ditetapkan = new Date('2026-11-30T01:00:00Z'); // Monday 30 Nov 2026, 09:00 WITA → last day Mon 14 Dec
  const dasar: { statusPenilaian: string; ditetapkanPada: Date | null; sudahAda: boolean; adaAtasanPenilai: boolean } = { statusPenilaian: 'ditetapkan', ditetapkanPada: ditetapkan, sudahAda: false, adaAtasanPenilai: true };
  const rows: Array<[string, Partial<typeof dasar>, string, string | null]> = [
    ['the same day', {}, '2026-11-30T02:00:00Z', null],
    ['the last WITA day, 23:59', {}, '2026-12-14T15:59:00Z', null],
    ['00:00 WITA after the last day', {}, '2026-12-14T16:00:00Z', 'BATAS_LEWAT'],
    ['one day late', {}, '2026-12-15T02:00:00Z', 'BATAS_LEWAT'],
    ['not finalised yet (dinilai)', { statusPenilaian: 'dinilai', ditetapkanPada: null }, '2026-12-01T02:00:00Z', 'BELUM_DITETAPKAN'],
    ['finalised without a date (bad data) is treated as not finalised', { ditetapkanPada: null }, '2026-12-01T02:00:00Z', 'BELUM_DITETAPKAN'],
    ['a second keberatan, even in time', { sudahAda: true }, '2026-12-01T02:00:00Z', 'SUDAH_ADA'],
    ['a second keberatan after the window says it exists', { sudahAda: true }, '2026-12-20T02:00:00Z', 'SUDAH_ADA'],
    ['nobody above the penilai to decide', { adaAtasanPenilai: false }, '2026-12-01T02:00:00Z', 'TANPA_ATASAN_PENILAI'],
  ];
  it.each(rows)('%s', (_nama, ubah, sekarang, hasil) => {
    expect(periksaPengajuanKeberatan({ ...dasar, ...ubah }, new Date(sekarang))).toBe(hasil);
  });

  it('across a month end: finalised 25 Feb 2026 (WITA) → may file until 11 Mar', () => {
    const p = { ...dasar, ditetapkanPada: new Date('2026-02-25T08:00:00Z') };
    expect(periksaPengajuanKeberatan(p, new Date('2026-03-11T15:00:00Z'))).toBeNull();
    expect(periksaPengajuanKeberatan(p, new Date('2026-03-11T16:00:00Z'))).toBe('BATAS_LEWAT');
  });
});

describe('periksaKeputusanKeberatan — tetap keeps the ratings, ubah changes at least one, reasons always', () => {
  const semula = { ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai' } as const; // predikat Baik
  const rows: Array<[string, UsulanKeputusan, ReturnType<typeof periksaKeputusanKeberatan>]> = [
    ['tetap without ratings', { keputusan: 'tetap', alasan: 'Sesuai bukti' }, { ok: true, ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', predikat: 'baik' }],
    ['tetap repeating the same ratings', { keputusan: 'tetap', ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', alasan: 'Sesuai bukti' }, { ok: true, ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', predikat: 'baik' }],
    ['tetap that changes a rating', { keputusan: 'tetap', ratingHasilKerja: 'di_atas', alasan: 'x' }, { ok: false, masalah: [{ kode: 'TETAP_MENGUBAH_RATING', path: 'ratingHasilKerja' }] }],
    ['ubah both up → Sangat Baik', { keputusan: 'ubah', ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas', alasan: 'Bukti baru' }, { ok: true, ratingHasilKerja: 'di_atas', ratingPerilakuKerja: 'di_atas', predikat: 'sangat_baik' }],
    ['ubah only perilaku (hasil stays) → Baik', { keputusan: 'ubah', ratingPerilakuKerja: 'di_atas', alasan: 'Bukti baru' }, { ok: true, ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'di_atas', predikat: 'baik' }],
    ['ubah only hasil down → Butuh Perbaikan', { keputusan: 'ubah', ratingHasilKerja: 'di_bawah', alasan: 'Diperiksa ulang' }, { ok: true, ratingHasilKerja: 'di_bawah', ratingPerilakuKerja: 'sesuai', predikat: 'butuh_perbaikan' }],
    ['ubah with the same ratings', { keputusan: 'ubah', ratingHasilKerja: 'sesuai', ratingPerilakuKerja: 'sesuai', alasan: 'x' }, { ok: false, masalah: [{ kode: 'UBAH_TANPA_PERUBAHAN', path: 'ratingHasilKerja' }] }],
    ['ubah with no rating at all', { keputusan: 'ubah', alasan: 'x' }, { ok: false, masalah: [{ kode: 'UBAH_TANPA_PERUBAHAN', path: 'ratingHasilKerja' }] }],
    ['no reasons (blank)', { keputusan: 'tetap', alasan: '   ' }, { ok: false, masalah: [{ kode: 'ALASAN_WAJIB', path: 'alasan' }] }],
    ['no reasons and nothing changed on ubah: both problems', { keputusan: 'ubah', alasan: '' }, { ok: false, masalah: [{ kode: 'ALASAN_WAJIB', path: 'alasan' }, { kode: 'UBAH_TANPA_PERUBAHAN', path: 'ratingHasilKerja' }] }],
  ];
  it.each(rows)('%s', (_nama, usulan, hasil) => {
    expect(periksaKeputusanKeberatan(usulan, semula)).toEqual(hasil);
  });
});
