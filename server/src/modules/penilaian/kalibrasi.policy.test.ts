// Who reads and who calibrates a unit (DOMAIN.md §2.4: the predikat organisasi of a unit is set by the pimpinan above
// it), roles × place in the tree. Paths follow the "Kota Uji" fixture: root ← Dinas Kesehatan ← Bidang P2P ← Seksi
// Surveilans / Seksi Imunisasi; root ← Dinas Pendidikan; root ← Inspektorat.
import { describe, expect, it } from 'vitest';
import type { Peran } from '../../../../contracts/common.ts';
import type { Aktor } from '../auth/aktor.ts';
import { bolehKelolaKalibrasi, bolehLihatKalibrasi, diBawah, jangkauanKalibrasi, jangkauanKosong } from './kalibrasi.policy.ts';

const U = { root: '/r/', dinkes: '/r/d/', p2p: '/r/d/p/', surveilans: '/r/d/p/s/', imunisasi: '/r/d/p/i/', disdik: '/r/k/', inspektorat: '/r/n/' } as const;
type Unit = keyof typeof U;
const SEMUA = Object.keys(U) as Unit[];

const aktor = (peran: Peran[]): Aktor => ({
  akunId: 'a', instansiId: 'i', username: 'u', namaTampilan: 'n', pegawaiId: 'p', jabatanId: 'j', peran: ['pegawai', ...peran], opdIds: [], harusGantiPassword: false, bahasa: 'id', csrfToken: 'c', sessionHash: 'h',
});

// [who, roles, units whose kepala post they hold (own or Plt/Plh), units they read, units they calibrate]
const KASUS: [string, Peran[], Unit[], Unit[], Unit[]][] = [
  ['wali kota (kepala of the root): every unit, the root included', ['walikota'], ['root'], SEMUA, SEMUA],
  ['sekda (kepala post in the root, no role): every unit below the root', [], ['root'], SEMUA.filter((u) => u !== 'root'), SEMUA.filter((u) => u !== 'root')],
  ['kepala dinas kesehatan (pimpinan_opd): the bidang and seksi below, not the dinas', ['pimpinan_opd'], ['dinkes'], ['p2p', 'surveilans', 'imunisasi'], ['p2p', 'surveilans', 'imunisasi']],
  ['kepala bidang P2P: the two seksi', [], ['p2p'], ['surveilans', 'imunisasi'], ['surveilans', 'imunisasi']],
  ['kepala seksi surveilans: no unit below, not their own', [], ['surveilans'], [], []],
  ['staf: nothing', [], [], [], []],
  ['kepala dinas pendidikan: nothing of the dinas kesehatan', ['pimpinan_opd'], ['disdik'], [], []],
  ['admin BKPPD: reads every unit, calibrates none', ['admin_bkppd'], [], SEMUA, []],
  ['auditor: reads every unit, calibrates none', ['auditor'], [], SEMUA, []],
  ['inspektur (auditor, kepala of the inspektorat): reads all, calibrates below the inspektorat only (none here)', ['auditor', 'pimpinan_opd'], ['inspektorat'], SEMUA, []],
  ['Plt kepala bidang who is also kepala of a seksi: below both posts', [], ['imunisasi', 'p2p'], ['surveilans', 'imunisasi'], ['surveilans', 'imunisasi']],
];

describe('kalibrasi policy: who reads and who calibrates each unit (DOMAIN.md §2.4)', () => {
  it.each(KASUS)('%s', (_, peran, dipimpin, baca, kelola) => {
    const j = jangkauanKalibrasi(aktor(peran), { jalurDipimpin: dipimpin.map((u) => U[u]) });
    expect(SEMUA.filter((u) => bolehLihatKalibrasi(j, U[u]))).toEqual(SEMUA.filter((u) => baca.includes(u)));
    expect(SEMUA.filter((u) => bolehKelolaKalibrasi(j, U[u]))).toEqual(SEMUA.filter((u) => kelola.includes(u)));
  });

  it('lists nothing only for someone who reads no unit and leads none', () => {
    expect(jangkauanKosong(jangkauanKalibrasi(aktor([]), { jalurDipimpin: [] }))).toBe(true);
    expect(jangkauanKosong(jangkauanKalibrasi(aktor([]), { jalurDipimpin: [U.surveilans] }))).toBe(false);
    expect(jangkauanKosong(jangkauanKalibrasi(aktor(['auditor']), { jalurDipimpin: [] }))).toBe(false);
  });

  it('compares whole path segments: a sibling whose id shares a prefix is not below', () => {
    expect(diBawah('/r/d/p/', '/r/d/')).toBe(true);
    expect(diBawah('/r/d/', '/r/d/')).toBe(false);
    expect(diBawah('/r/dx/', '/r/d/')).toBe(false);
  });
});
