// Who sees and who records tindak lanjut, as a matrix of roles × places in the tree (issue 6 phase 2 decision
// "Tindak lanjut": confirmed by the pimpinan above, the pimpinan OPD of the pegawai's OPD or wali kota; a rencana
// perbaikan also by the pegawai's penilai; the pegawai sees their own records; auditor reads).
import { describe, expect, it } from 'vitest';
import type { Peran } from '../../../../contracts/common.ts';
import type { Aktor } from '../auth/aktor.ts';
import { bolehCatatTindakLanjut, bolehLihatTindakLanjut, type FaktaPimpinan, type SasaranTindakLanjut } from './tindak-lanjut.policy.ts';

const aktor = (pegawaiId: string | null, peran: Peran[], opdIds: string[] = []): Aktor => ({
  akunId: 'akun',
  instansiId: 'inst',
  username: 'u',
  namaTampilan: 'n',
  pegawaiId,
  jabatanId: null,
  peran: ['pegawai', ...peran],
  opdIds,
  harusGantiPassword: false,
  bahasa: 'id',
  csrfToken: 'c',
  sessionHash: 'h',
});

// /root/dinkes/p2p/surv/ — Staf A in Seksi Surveilans, evaluated by the Kasi
const stafA: SasaranTindakLanjut = { pegawaiId: 'stafA', unitJalur: '/root/dinkes/p2p/surv/', opdId: 'dinkes', penilaiId: 'kasi' };
const tanpa: FaktaPimpinan = { jalurDipimpin: [] };

const rows: Array<[string, Aktor, FaktaPimpinan, boolean, boolean, boolean]> = [
  // who, actor, units led, sees, records penghargaan, records pembinaan
  ['wali kota', aktor('wk', ['walikota']), tanpa, true, true, true],
  ['admin BKPPD (on behalf)', aktor('analis', ['admin_bkppd']), tanpa, true, true, true],
  ['auditor', aktor('aud', ['auditor']), tanpa, true, false, false],
  ['pimpinan OPD of Dinkes', aktor('kadis', ['pimpinan_opd'], ['dinkes']), tanpa, true, true, true],
  ['pimpinan OPD of Disdik', aktor('kadisDik', ['pimpinan_opd'], ['disdik']), { jalurDipimpin: ['/root/disdik/'] }, false, false, false],
  ['kabid (kepala of an ancestor unit)', aktor('kabid', ['atasan']), { jalurDipimpin: ['/root/dinkes/p2p/'] }, true, true, true],
  ['kasi (kepala of the same unit) who is the penilai', aktor('kasi', ['atasan']), { jalurDipimpin: ['/root/dinkes/p2p/surv/'] }, true, false, true],
  ['kepala of a sibling unit', aktor('kasiImun', ['atasan']), { jalurDipimpin: ['/root/dinkes/p2p/imun/'] }, false, false, false],
  ['the pegawai themself', aktor('stafA', []), tanpa, true, false, false],
  ['a colleague', aktor('stafB', []), tanpa, false, false, false],
];

describe('tindak lanjut of Staf A (Seksi Surveilans, Dinas Kesehatan)', () => {
  it.each(rows)('%s', (_who, a, fakta, lihat, penghargaan, pembinaan) => {
    expect(bolehLihatTindakLanjut(a, fakta, stafA)).toBe(lihat);
    expect(bolehCatatTindakLanjut(a, fakta, stafA, 'penghargaan')).toBe(penghargaan);
    expect(bolehCatatTindakLanjut(a, fakta, stafA, 'pembinaan')).toBe(pembinaan);
  });

  it('nobody records for themself, not even wali kota or admin BKPPD', () => {
    for (const who of [aktor('stafA', ['walikota']), aktor('stafA', ['admin_bkppd'])]) {
      expect(bolehCatatTindakLanjut(who, tanpa, stafA, 'penghargaan')).toBe(false);
    }
  });

  it('whoever recorded a record keeps seeing it', () => {
    const pencatat = aktor('mantanKabid', []);
    expect(bolehLihatTindakLanjut(pencatat, tanpa, stafA)).toBe(false);
    expect(bolehLihatTindakLanjut(pencatat, tanpa, { ...stafA, dicatatOleh: 'mantanKabid' })).toBe(true);
  });
});
