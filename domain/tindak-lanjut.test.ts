// Tindak lanjut (DOMAIN.md §2.6, PP 30/2019): kinds per jenis, the life of a record, the 6-month rencana perbaikan
// across month ends and leap years, who needs pembinaan, and the order of ASN teladan candidates.
import { describe, expect, it } from 'vitest';
import type { Predikat, Rating } from './predikat.ts';
import {
  bolehTeladan,
  bolehUbahStatus,
  jenisDariKategori,
  type KandidatTeladan,
  KATEGORI_PER_JENIS,
  KATEGORI_TINDAK_LANJUT,
  type KategoriTindakLanjut,
  kategoriSesuaiJenis,
  masalahTindakLanjut,
  perluPembinaan,
  type StatusTindakLanjut,
  statusAkhir,
  tambahBulan,
  tanggalSelesaiRencanaPerbaikan,
  urutkanKandidatTeladan,
} from './tindak-lanjut.ts';

describe('kategori per jenis (DOMAIN.md §2.6: penghargaan such as ASN teladan; pembinaan such as coaching, konseling, mentoring, plans)', () => {
  const rows: Array<[KategoriTindakLanjut, 'penghargaan' | 'pembinaan']> = [
    ['asn_teladan', 'penghargaan'],
    ['penghargaan_lain', 'penghargaan'],
    ['konseling', 'pembinaan'],
    ['coaching', 'pembinaan'],
    ['mentoring', 'pembinaan'],
    ['rencana_perbaikan', 'pembinaan'],
    ['pengembangan_kompetensi', 'pembinaan'],
  ];
  it.each(rows)('%s belongs to %s', (kategori, jenis) => {
    expect(jenisDariKategori(kategori)).toBe(jenis);
    expect(kategoriSesuaiJenis(jenis, kategori)).toBe(true);
    expect(kategoriSesuaiJenis(jenis === 'penghargaan' ? 'pembinaan' : 'penghargaan', kategori)).toBe(false);
  });
  it('lists every kategori once', () => {
    expect(KATEGORI_TINDAK_LANJUT).toHaveLength(rows.length);
    expect(new Set(KATEGORI_TINDAK_LANJUT).size).toBe(rows.length);
    expect([...KATEGORI_PER_JENIS.penghargaan, ...KATEGORI_PER_JENIS.pembinaan].sort()).toEqual(rows.map((r) => r[0]).sort());
  });
});

describe('status transitions: direncanakan → berjalan → selesai; cancelling while open; closed records are final', () => {
  const rows: Array<[StatusTindakLanjut, StatusTindakLanjut, boolean]> = [
    ['direncanakan', 'direncanakan', true],
    ['direncanakan', 'berjalan', true],
    ['direncanakan', 'selesai', true],
    ['direncanakan', 'dibatalkan', true],
    ['berjalan', 'berjalan', true],
    ['berjalan', 'selesai', true],
    ['berjalan', 'dibatalkan', true],
    ['berjalan', 'direncanakan', false],
    ['selesai', 'selesai', false],
    ['selesai', 'berjalan', false],
    ['selesai', 'dibatalkan', false],
    ['dibatalkan', 'dibatalkan', false],
    ['dibatalkan', 'direncanakan', false],
    ['dibatalkan', 'berjalan', false],
  ];
  it.each(rows)('%s → %s: %s', (dari, ke, boleh) => {
    expect(bolehUbahStatus(dari, ke)).toBe(boleh);
  });
  it('selesai and dibatalkan are final', () => {
    expect(['direncanakan', 'berjalan', 'selesai', 'dibatalkan'].filter((s) => statusAkhir(s as StatusTindakLanjut))).toEqual(['selesai', 'dibatalkan']);
  });
});

describe('tanggalSelesaiRencanaPerbaikan — PP 30/2019: the improvement plan runs 6 months', () => {
  const rows: Array<[string, string, string]> = [
    ['an ordinary day', '2026-01-15', '2026-07-15'],
    ['the first of a month', '2026-07-01', '2027-01-01'],
    ['31 August → end of February (non-leap 2027)', '2026-08-31', '2027-02-28'],
    ['31 August → 29 February (leap 2028)', '2027-08-31', '2028-02-29'],
    ['30 August → end of February', '2026-08-30', '2027-02-28'],
    ['29 August in a leap year', '2027-08-29', '2028-02-29'],
    ['31 December → 30 June (June has 30 days)', '2026-12-31', '2027-06-30'],
    ['31 March → 30 September', '2026-03-31', '2026-09-30'],
    ['31 May → 30 November', '2026-05-31', '2026-11-30'],
    ['29 February → 29 August', '2028-02-29', '2028-08-29'],
  ];
  it.each(rows)('%s: %s → %s', (_name, mulai, selesai) => {
    expect(tanggalSelesaiRencanaPerbaikan(mulai)).toBe(selesai);
  });
  it('tambahBulan works across years both ways', () => {
    expect(tambahBulan('2026-11-30', 3)).toBe('2027-02-28');
    expect(tambahBulan('2026-03-31', -1)).toBe('2026-02-28');
    expect(tambahBulan('2026-01-31', -2)).toBe('2025-11-30');
    expect(tambahBulan('2026-06-15', 0)).toBe('2026-06-15');
  });
});

describe('perluPembinaan and bolehTeladan (DOMAIN.md §2.6: pejabat below target get a plan; ASN teladan from Sangat Baik)', () => {
  const rows: Array<[Predikat | null, boolean]> = [
    ['sangat_baik', false],
    ['baik', false],
    ['butuh_perbaikan', true],
    ['kurang', true],
    ['sangat_kurang', true],
    [null, false],
  ];
  it.each(rows)('%s → pembinaan %s', (predikat, perlu) => {
    expect(perluPembinaan(predikat)).toBe(perlu);
  });
  it('teladan only for a finalised Sangat Baik', () => {
    expect(bolehTeladan('ditetapkan', 'sangat_baik')).toBe(true);
    expect(bolehTeladan('dinilai', 'sangat_baik')).toBe(false);
    expect(bolehTeladan('ditetapkan', 'baik')).toBe(false);
    expect(bolehTeladan('ditetapkan', null)).toBe(false);
  });
});

describe('masalahTindakLanjut', () => {
  const dasar = { jenis: 'pembinaan' as const, kategori: 'coaching' as const, tanggalMulai: '2026-12-01', tanggalSelesai: null, status: 'direncanakan' as const, hasil: null };
  it('accepts a consistent record', () => {
    expect(masalahTindakLanjut(dasar)).toEqual([]);
    expect(masalahTindakLanjut({ ...dasar, tanggalSelesai: '2026-12-01' })).toEqual([]);
    expect(masalahTindakLanjut({ ...dasar, jenis: 'penghargaan', kategori: 'asn_teladan', status: 'selesai' })).toEqual([]);
  });
  it('names each problem with its field', () => {
    expect(masalahTindakLanjut({ ...dasar, kategori: 'asn_teladan' })).toEqual([{ kode: 'KATEGORI_TIDAK_SESUAI_JENIS', path: 'kategori' }]);
    expect(masalahTindakLanjut({ ...dasar, tanggalSelesai: '2026-11-30' })).toEqual([{ kode: 'SELESAI_SEBELUM_MULAI', path: 'tanggalSelesai' }]);
    expect(masalahTindakLanjut({ ...dasar, status: 'selesai', hasil: '  ' })).toEqual([{ kode: 'HASIL_WAJIB', path: 'hasil' }]);
    expect(masalahTindakLanjut({ ...dasar, status: 'selesai', hasil: 'Target triwulan berikut tercapai' })).toEqual([]);
  });
});

describe('urutkanKandidatTeladan — Sangat Baik first, then approved minutes, then rating perilaku Di Atas, then name', () => {
  const k = (pegawaiId: string, nama: string, predikat: Predikat, menitDisetujui: number, ratingPerilakuKerja: Rating | null): KandidatTeladan => ({ pegawaiId, nama, predikat, menitDisetujui, ratingPerilakuKerja });
  const rows: Array<[string, KandidatTeladan[], string[]]> = [
    ['more minutes first', [k('a', 'Ani', 'sangat_baik', 1200, 'di_atas'), k('b', 'Budi', 'sangat_baik', 3000, 'di_atas')], ['b', 'a']],
    ['Sangat Baik before Baik even with fewer minutes', [k('a', 'Ani', 'baik', 9000, 'di_atas'), k('b', 'Budi', 'sangat_baik', 10, 'di_atas')], ['b', 'a']],
    ['equal minutes: Di Atas before Sesuai before none', [k('a', 'Ani', 'sangat_baik', 600, null), k('b', 'Budi', 'sangat_baik', 600, 'sesuai'), k('c', 'Cici', 'sangat_baik', 600, 'di_atas')], ['c', 'b', 'a']],
    ['all equal: by name', [k('z', 'Wati', 'sangat_baik', 600, 'di_atas'), k('y', 'Adi', 'sangat_baik', 600, 'di_atas'), k('x', 'Made', 'sangat_baik', 600, 'di_atas')], ['y', 'x', 'z']],
    ['same name: by id', [k('b2', 'Ani', 'sangat_baik', 0, 'di_atas'), k('b1', 'Ani', 'sangat_baik', 0, 'di_atas')], ['b1', 'b2']],
  ];
  it.each(rows)('%s', (_name, input, urutan) => {
    const before = input.map((x) => x.pegawaiId);
    expect(urutkanKandidatTeladan(input).map((x) => x.pegawaiId)).toEqual(urutan);
    // a new array: the input keeps its order
    expect(input.map((x) => x.pegawaiId)).toEqual(before);
  });
});
