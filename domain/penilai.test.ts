import { describe, expect, it } from 'vitest';
import { cariPenilai, jabatanYangDinilai, rantaiPenilai, type PenilaiLookups } from './penilai.ts';

// A small jabatan tree (DOMAIN.md §1: pelaksana → pengawas → administrator → JPT → Wali Kota):
// walikota ← sekda ← kadis ← kabid ← kasi ← staf ; kabid ← kasi2 (vacant) ← staf2 ; kadis ← fungsional
const atasan: Record<string, string | null> = {
  walikota: null,
  sekda: 'walikota',
  kadis: 'sekda',
  kabid: 'kadis',
  kasi: 'kabid',
  staf: 'kasi',
  kasi2: 'kabid',
  staf2: 'kasi2',
  fungsional: 'kadis',
};
const pemangku: Record<string, string[]> = {
  walikota: ['p-wk'],
  sekda: ['p-sekda'],
  kadis: ['p-kadis'],
  kabid: ['p-kabid'],
  kasi: ['p-kasi'],
  staf: ['p-staf-a', 'p-staf-b'],
  kasi2: [],
  staf2: ['p-staf2'],
  fungsional: ['p-jf'],
};
const look: PenilaiLookups = { atasanOf: (j) => atasan[j] ?? null, pemangkuOf: (j) => pemangku[j] ?? [] };
const bawahanOf = (j: string) => Object.keys(atasan).filter((k) => atasan[k] === j);

describe('cariPenilai — DOMAIN.md §1 Pejabat Penilai = atasan langsung, escalation when vacant', () => {
  it.each([
    ['pelaksana → pengawas', 'staf', 'p-staf-a', 'p-kasi', []],
    ['pengawas → administrator', 'kasi', 'p-kasi', 'p-kabid', []],
    ['administrator → JPT', 'kabid', 'p-kabid', 'p-kadis', []],
    ['JPT (kepala OPD) → Sekda', 'kadis', 'p-kadis', 'p-sekda', []],
    ['Sekda → Wali Kota', 'sekda', 'p-sekda', 'p-wk', []],
    ['fungsional under kepala dinas', 'fungsional', 'p-jf', 'p-kadis', []],
    ['vacant kasi2 → escalates to kabid', 'staf2', 'p-staf2', 'p-kabid', ['kasi2']],
  ])('%s', (_label, jab, self, expected, skipped) => {
    const r = cariPenilai(jab, self, look);
    expect(r?.pegawaiId).toBe(expected);
    expect(r?.lowonganDilewati).toEqual(skipped);
  });

  it('Wali Kota has no penilai', () => {
    expect(cariPenilai('walikota', 'p-wk', look)).toBeNull();
  });

  it('a cycle in the tree yields null instead of looping', () => {
    const cyc: PenilaiLookups = { atasanOf: (j) => (j === 'a' ? 'b' : 'a'), pemangkuOf: () => [] };
    expect(cariPenilai('a', 'x', cyc)).toBeNull();
  });

  it('atasan pejabat penilai is the penilai of the penilai (PP 30/2019 keberatan goes there)', () => {
    const r = rantaiPenilai('staf', 'p-staf-b', look);
    expect(r.penilai?.pegawaiId).toBe('p-kasi');
    expect(r.atasanPenilai?.pegawaiId).toBe('p-kabid');
  });
});

describe('jabatanYangDinilai — the mirror of escalation', () => {
  it('kabid evaluates kasi, kasi2 and, through the vacant kasi2, staf2 — not staf', () => {
    expect(jabatanYangDinilai('kabid', bawahanOf, look.pemangkuOf).sort()).toEqual(['kasi', 'kasi2', 'staf2']);
  });
  it('kasi evaluates staf only', () => {
    expect(jabatanYangDinilai('kasi', bawahanOf, look.pemangkuOf)).toEqual(['staf']);
  });
});
