// The pure evaluation policies as tables (DOMAIN.md §2.3): who may take which action in which status, and when the
// pegawai sees the penilai's side.
import { describe, expect, it } from 'vitest';
import type { AksiPenilaian, PeranPenilaian, StatusPenilaian } from '../../../../domain/penilaian.ts';
import { bolehLihatSisiPenilai, periksaAksiPenilaian } from './penilaian.policy.ts';

describe('periksaAksiPenilaian', () => {
  const rows: [PeranPenilaian, StatusPenilaian, AksiPenilaian, string][] = [
    ['pemilik', 'draft', 'isi_realisasi', 'boleh'],
    ['pemilik', 'dikembalikan', 'ajukan', 'boleh'],
    ['pemilik', 'diajukan', 'isi_realisasi', 'STATUS'],
    // a pegawai never rates, not even their own record
    ['pemilik', 'diajukan', 'nilai', 'AKSES'],
    ['pemilik', 'diajukan', 'isi_penilaian', 'AKSES'],
    ['penilai', 'diajukan', 'nilai', 'boleh'],
    ['penilai', 'draft', 'nilai', 'STATUS'],
    ['penilai', 'draft', 'isi_realisasi', 'AKSES'],
    ['penilai', 'dinilai', 'buka_nilai', 'boleh'],
    ['penilai', 'ditetapkan', 'buka_nilai', 'STATUS'],
    // the person is checked before the status
    ['pengamat', 'diajukan', 'nilai', 'AKSES'],
    ['pengamat', 'ditetapkan', 'isi_realisasi', 'AKSES'],
  ];
  it.each(rows)('%s, %s, %s → %s', (peran, status, aksi, hasil) => {
    expect(periksaAksiPenilaian(peran, status, aksi)).toBe(hasil);
  });
});

describe('bolehLihatSisiPenilai', () => {
  const rows: [PeranPenilaian, StatusPenilaian, boolean][] = [
    ['pemilik', 'draft', false],
    ['pemilik', 'diajukan', false],
    ['pemilik', 'dikembalikan', false],
    ['pemilik', 'dinilai', true],
    ['pemilik', 'ditetapkan', true],
    ['penilai', 'diajukan', true],
    ['pengamat', 'diajukan', true],
  ];
  it.each(rows)('%s, %s → %s', (peran, status, hasil) => {
    expect(bolehLihatSisiPenilai(peran, status)).toBe(hasil);
  });
});
