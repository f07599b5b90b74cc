import { describe, expect, it } from 'vitest';
import { penilaiPadaTanggal, type LookupsPadaTanggal } from './penilai.ts';

// Jabatan tree (DOMAIN.md §1: pelaksana → pengawas → administrator → JPT → Wali Kota; fungsional per research §1.10)
//   walikota ← sekda ← kadis ← kabid ← kasi ← staf
//                            ← kabid ← kasi2 ← staf2
//                     kadis ← jf (fungsional ahli muda)
const atasan: Record<string, string | null> = { walikota: null, sekda: 'walikota', kadis: 'sekda', kabid: 'kadis', kasi: 'kabid', staf: 'kasi', kasi2: 'kabid', staf2: 'kasi2', jf: 'kadis' };

interface Periode { mulai: string; selesai?: string }
const within = (d: string, p: Periode) => d >= p.mulai && (!p.selesai || d <= p.selesai);

// who holds which post when (the jabatan history)
const riwayat: { pegawai: string; jabatan: string; p: Periode }[] = [
  { pegawai: 'WK', jabatan: 'walikota', p: { mulai: '2025-01-01' } },
  { pegawai: 'SEKDA', jabatan: 'sekda', p: { mulai: '2020-01-01' } },
  { pegawai: 'KADIS', jabatan: 'kadis', p: { mulai: '2020-01-01' } },
  { pegawai: 'KABID', jabatan: 'kabid', p: { mulai: '2020-01-01' } },
  { pegawai: 'KASI', jabatan: 'kasi', p: { mulai: '2020-01-01', selesai: '2026-06-30' } }, // retires mid-year
  { pegawai: 'STAF', jabatan: 'staf', p: { mulai: '2020-01-01' } },
  { pegawai: 'JF', jabatan: 'jf', p: { mulai: '2020-01-01' } },
  // mutasi mid-year: STAF2 works under kasi2 until 31 May, then moves to staf (under kasi) from 1 June
  { pegawai: 'STAF2', jabatan: 'staf2', p: { mulai: '2020-01-01', selesai: '2026-05-31' } },
  { pegawai: 'STAF2', jabatan: 'staf', p: { mulai: '2026-06-01' } },
  { pegawai: 'KASI2', jabatan: 'kasi2', p: { mulai: '2020-01-01' } },
];
// Plt: KABID acts as kasi from 1 Aug to 31 Dec (after KASI left, the post was vacant in July)
const plt = [{ jabatan: 'kasi', pegawai: 'KABID', jenis: 'plt' as const, p: { mulai: '2026-08-01', selesai: '2026-12-31' } }];
// override: JF is evaluated by KABID for the second half of the year, with a reason recorded by the admin
const overrides = [{ pegawai: 'JF', penilaiId: 'KABID', atasanPenilaiId: null, p: { mulai: '2026-07-01', selesai: '2026-12-31' } }];

const look: LookupsPadaTanggal = {
  jabatanPegawai: (p, d) => riwayat.find((r) => r.pegawai === p && within(d, r.p))?.jabatan ?? null,
  atasanOf: (j) => atasan[j] ?? null,
  pemangkuOf: (j, d) => riwayat.filter((r) => r.jabatan === j && within(d, r.p)).map((r) => r.pegawai),
  pelaksanaTugasOf: (j, d) => {
    const x = plt.find((x) => x.jabatan === j && within(d, x.p));
    return x ? { pegawaiId: x.pegawai, jenis: x.jenis } : null;
  },
  overrideOf: (p, d) => {
    const o = overrides.find((o) => o.pegawai === p && within(d, o.p));
    return o ? { penilaiId: o.penilaiId, atasanPenilaiId: o.atasanPenilaiId } : null;
  },
};

describe('penilaiPadaTanggal — who evaluates X on date D (DOMAIN.md §1)', () => {
  it.each([
    // case, pegawai, date, penilai, sumber, atasan penilai
    ['pelaksana → pengawas', 'STAF', '2026-03-01', 'KASI', 'struktur', 'KABID'],
    ['pengawas → administrator', 'KASI', '2026-03-01', 'KABID', 'struktur', 'KADIS'],
    ['administrator → JPT', 'KABID', '2026-03-01', 'KADIS', 'struktur', 'SEKDA'],
    ['JPT (kepala OPD) → Sekda', 'KADIS', '2026-03-01', 'SEKDA', 'struktur', 'WK'],
    ['Sekda → Wali Kota (PPK)', 'SEKDA', '2026-03-01', 'WK', 'struktur', null],
    ['fungsional under the kepala dinas', 'JF', '2026-03-01', 'KADIS', 'struktur', 'SEKDA'],
    ['vacant post (July, kasi retired): escalates to the kabid', 'STAF', '2026-07-15', 'KABID', 'struktur', 'KADIS'],
    ['Plt kasi (August): the Plt evaluates; atasan from the post he acts in', 'STAF', '2026-08-15', 'KABID', 'plt', 'KADIS'],
    ['override for the second half-year', 'JF', '2026-09-01', 'KABID', 'override', 'KADIS'],
    ['mutasi mid-year: before the move, the old kasi', 'STAF2', '2026-05-31', 'KASI2', 'struktur', 'KABID'],
    ['mutasi mid-year: after the move, the new kasi', 'STAF2', '2026-06-01', 'KASI', 'struktur', 'KABID'],
  ] as const)('%s', (_case, pegawai, tanggal, penilai, sumber, atasanPenilai) => {
    const r = penilaiPadaTanggal(pegawai, tanggal, look);
    expect(r.penilai?.pegawaiId ?? null).toBe(penilai);
    expect(r.penilai?.sumber).toBe(sumber);
    expect(r.atasanPenilai?.pegawaiId ?? null).toBe(atasanPenilai);
  });

  it('the vacant post is reported, so the admin list "tanpa penilai definitif" can show it', () => {
    expect(penilaiPadaTanggal('STAF', '2026-07-15', look).penilai?.lowonganDilewati).toEqual(['kasi']);
  });

  it('the Wali Kota has no penilai, and a pegawai without a post on that date has none either', () => {
    expect(penilaiPadaTanggal('WK', '2026-03-01', look).penilai).toBeNull();
    expect(penilaiPadaTanggal('STAF', '2019-01-01', look)).toEqual({ penilai: null, atasanPenilai: null });
  });

  it('a cycle in the jabatan tree (a data error) yields no penilai instead of looping', () => {
    const cyc: LookupsPadaTanggal = { ...look, jabatanPegawai: () => 'a', atasanOf: (j) => (j === 'a' ? 'b' : 'a'), pemangkuOf: () => [], pelaksanaTugasOf: () => null, overrideOf: () => null };
    expect(penilaiPadaTanggal('X', '2026-03-01', cyc).penilai).toBeNull();
  });

  it('a Plt is never their own penilai: KABID as Plt kasi is evaluated by the kadis, not by himself', () => {
    expect(penilaiPadaTanggal('KABID', '2026-08-15', look).penilai?.pegawaiId).toBe('KADIS');
  });
});
