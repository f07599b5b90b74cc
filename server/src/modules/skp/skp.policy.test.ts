// The pure SKP policies as tables (DOMAIN.md §2.1): who may take which action in which status, the period's unit
// scope over the org tree, and who links RHK to the Perjanjian Kinerja instead of an atasan's RHK.
import { describe, expect, it } from 'vitest';
import { dalamCakupanPeriode, type FaktaJabatan, periksaAksiSkp, type PeranSkp, tanpaTautanRhk } from './skp.policy.ts';
import type { AksiSkp, StatusSkp } from '../../../../domain/skp.ts';

describe('periksaAksiSkp', () => {
  const rows: [PeranSkp, StatusSkp, AksiSkp, string][] = [
    ['pemilik', 'draft', 'ubah', 'boleh'],
    ['pemilik', 'dikembalikan', 'ajukan', 'boleh'],
    ['pemilik', 'diajukan', 'ubah', 'STATUS'],
    ['pemilik', 'diajukan', 'setujui', 'AKSES'],
    ['penilai', 'diajukan', 'setujui', 'boleh'],
    ['penilai', 'draft', 'setujui', 'STATUS'],
    ['penilai', 'draft', 'ubah', 'AKSES'],
    ['penilai', 'minta_buka', 'terima_buka', 'boleh'],
    ['penilai', 'disetujui', 'ekspektasi', 'STATUS'],
    // the person is checked before the status: a stranger learns nothing from the answer
    ['pengamat', 'diajukan', 'setujui', 'AKSES'],
    ['pengamat', 'ditutup', 'ubah', 'AKSES'],
    ['pemilik', 'ditutup', 'ubah', 'STATUS'],
  ];
  it.each(rows)('%s, %s, %s → %s', (peran, status, aksi, hasil) => {
    expect(periksaAksiSkp(peran, status, aksi)).toBe(hasil);
  });
});

describe('dalamCakupanPeriode', () => {
  const jalur = '/root/dinkes/p2p/surveilans/';
  const rows: [string[] | null, string | null, boolean][] = [
    [null, jalur, true],
    [null, null, true],
    [['p2p'], jalur, true],
    [['surveilans'], jalur, true],
    [['disdik', 'dinkes'], jalur, true],
    [['imunisasi'], jalur, false],
    [['p2'], jalur, false],
    [['p2p'], null, false],
  ];
  it.each(rows)('units %j, path %s → %s', (unitIds, j, hasil) => {
    expect(dalamCakupanPeriode(unitIds, j)).toBe(hasil);
  });
});

describe('tanpaTautanRhk (JPT / kepala OPD)', () => {
  const j = (x: Partial<FaktaJabatan>): FaktaJabatan => ({ jenis: 'pelaksana', kepalaUnit: false, unitId: 'u', unitIndukId: 'root', unitOpdId: 'opd', ...x });
  const rows: [string, FaktaJabatan | null, boolean][] = [
    ['JPT (kepala dinas, sekda)', j({ jenis: 'jpt', kepalaUnit: true, unitId: 'opd', unitOpdId: 'opd' }), true],
    ['kepala of an OPD that is not JPT (e.g. camat, administrator)', j({ jenis: 'administrator', kepalaUnit: true, unitId: 'opd', unitOpdId: 'opd' }), true],
    ['kepala of the instansi root', j({ jenis: 'kepala_daerah', kepalaUnit: true, unitId: 'root', unitIndukId: null, unitOpdId: null }), true],
    ['kepala bidang (a unit inside an OPD)', j({ jenis: 'administrator', kepalaUnit: true, unitId: 'bidang', unitOpdId: 'opd' }), false],
    ['pelaksana in the OPD unit itself', j({ unitId: 'opd', unitOpdId: 'opd' }), false],
    ['no post', null, false],
  ];
  it.each(rows)('%s → %s', (_, fakta, hasil) => {
    expect(tanpaTautanRhk(fakta)).toBe(hasil);
  });
});
