// The rekan kerja rules as tables (issue 6; phase 2 decision "Rekan kerja"): when the penilai may ask, when a colleague
// may answer or change an answer, who counts as an eligible colleague, who reads the answers, and the per-value counts.
import { describe, expect, it } from 'vitest';
import type { StatusRekan } from '../../../../contracts/rekan.ts';
import type { PeranPenilaian, StatusPenilaian } from '../../../../domain/penilaian.ts';
import type { Aktor } from '../auth/aktor.ts';
import { alasanBukanRekan, pegawaiAktif, peranBacaRekan, periksaIsiRekan, periksaMintaRekan, ringkasRekan } from './rekan.policy.ts';

describe('periksaMintaRekan: from the submitted realisasi until penetapan', () => {
  const rows: [StatusPenilaian, string][] = [
    ['draft', 'STATUS'],
    ['dikembalikan', 'STATUS'],
    ['diajukan', 'boleh'],
    ['dinilai', 'boleh'],
    ['ditetapkan', 'SUDAH_DITETAPKAN'],
  ];
  it.each(rows)('%s → %s', (status, hasil) => expect(periksaMintaRekan(status)).toBe(hasil));
});

describe('periksaIsiRekan: answer once, change until rated, never after penetapan or cancellation', () => {
  const rows: [StatusRekan, StatusPenilaian, string][] = [
    ['diminta', 'diajukan', 'boleh'],
    ['diisi', 'diajukan', 'boleh'],
    // asked after the rating (the penilai may reopen it): a first answer is still welcome
    ['diminta', 'dinilai', 'boleh'],
    ['diisi', 'dinilai', 'SUDAH_DINILAI'],
    // returned to the pegawai meanwhile: the request stays open
    ['diisi', 'dikembalikan', 'boleh'],
    ['diminta', 'ditetapkan', 'SUDAH_DITETAPKAN'],
    ['diisi', 'ditetapkan', 'SUDAH_DITETAPKAN'],
    ['dibatalkan', 'diajukan', 'DIBATALKAN'],
    ['dibatalkan', 'ditetapkan', 'DIBATALKAN'],
  ];
  it.each(rows)('%s on a %s record → %s', (rekan, penilaian, hasil) => expect(periksaIsiRekan(rekan, penilaian)).toBe(hasil));
});

describe('pegawaiAktif on 2026-11-29', () => {
  const rows: [string, string | null, boolean][] = [
    ['aktif', '2024-01-02', true],
    ['cltn', '2026-01-01', false],
    ['pensiun', '2026-07-01', false],
    ['pensiun', '2026-11-29', false],
    // a pensiun recorded in advance takes effect on its day (domain/status-pegawai.ts)
    ['pensiun', '2026-12-01', true],
    ['berhenti', null, false],
  ];
  it.each(rows)('%s since %s → %s', (status, sejak, hasil) => expect(pegawaiAktif(status, sejak, '2026-11-29')).toBe(hasil));
});

describe('alasanBukanRekan', () => {
  const fakta = { instansiId: 'I', pegawaiDinilaiId: 'A', penilaiIds: ['K'], hariIni: '2026-11-29' };
  const calon = (id: string, over: Partial<{ instansiId: string; status: string; statusSejak: string | null }> = {}) => ({ id, instansiId: 'I', status: 'aktif', statusSejak: null, ...over });
  it.each([
    ['a colleague', calon('B'), null],
    ['unknown', undefined, 'Pegawai tidak ditemukan di instansi ini'],
    ['another instansi', calon('X', { instansiId: 'J' }), 'Pegawai tidak ditemukan di instansi ini'],
    ['the pegawai evaluated', calon('A'), 'Pegawai yang dinilai tidak dapat menjadi rekan kerjanya sendiri'],
    ['the penilai', calon('K'), 'Pejabat penilai tidak dapat dimintai masukan rekan kerja'],
    ['a pensiunan', calon('P', { status: 'pensiun', statusSejak: '2026-07-01' }), 'Pegawai tidak aktif'],
  ] as const)('%s', (_n, c, hasil) => expect(alasanBukanRekan(c, fakta)).toBe(hasil));
});

describe('peranBacaRekan: never the pegawai evaluated', () => {
  const aktor = (pegawaiId: string, ...peran: Aktor['peran']): Aktor => ({ pegawaiId, peran: ['pegawai', ...peran] }) as unknown as Aktor;
  const rows: [string, Aktor, PeranPenilaian | null, string | null][] = [
    ['pemilik, even as admin', aktor('A', 'admin_bkppd'), 'pemilik', null],
    ['penilai', aktor('K', 'atasan'), 'penilai', 'penilai'],
    ['atasan penilai before cekLihatPenilaian knows them', aktor('KB', 'atasan'), null, 'atasan_penilai'],
    ['atasan penilai as pengamat', aktor('KB', 'atasan'), 'pengamat', 'atasan_penilai'],
    ['admin BKPPD', aktor('AN', 'admin_bkppd'), 'pengamat', 'pembaca'],
    ['auditor', aktor('AU', 'auditor'), 'pengamat', 'pembaca'],
    ['wali kota', aktor('W', 'walikota'), 'pengamat', 'pembaca'],
    ['pimpinan OPD (not on the list)', aktor('KD', 'pimpinan_opd'), 'pengamat', null],
    ['a stranger', aktor('C'), null, null],
  ];
  it.each(rows)('%s', (_n, a, peran, hasil) => expect(peranBacaRekan(a, peran, 'KB')).toBe(hasil));
});

describe('ringkasRekan', () => {
  it('counts ratings and texts per value in BerAKHLAK order, unknown values ignored', () => {
    const r = ringkasRekan([
      { nilai: 'akuntabel', rating: 'di_atas', masukan: 'Teliti' },
      { nilai: 'akuntabel', rating: 'sesuai', masukan: null },
      { nilai: 'harmonis', rating: null, masukan: 'Suka menolong' },
      { nilai: 'kolaboratif', rating: 'di_bawah', masukan: '' },
      { nilai: 'lain', rating: 'di_atas', masukan: 'x' },
    ]);
    expect(r.map((x) => x.nilai)).toEqual(['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']);
    expect(r[1]).toEqual({ nilai: 'akuntabel', diAtas: 1, sesuai: 1, diBawah: 0, masukan: 1 });
    expect(r[3]).toEqual({ nilai: 'harmonis', diAtas: 0, sesuai: 0, diBawah: 0, masukan: 1 });
    expect(r[6]).toEqual({ nilai: 'kolaboratif', diAtas: 0, sesuai: 0, diBawah: 1, masukan: 0 });
    expect(r[0]).toEqual({ nilai: 'berorientasi_pelayanan', diAtas: 0, sesuai: 0, diBawah: 0, masukan: 0 });
  });
});
