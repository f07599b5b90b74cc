// Who is who on a keberatan and who has something to do (DOMAIN.md §2.5): the people named at filing, in a table.
import { describe, expect, it } from 'vitest';
import type { PeranKeberatan, StatusKeberatan } from '../../../../domain/keberatan.ts';
import { peranKeberatan, perluTindakan } from './keberatan.policy.ts';

const k = { pegawai_id: 'peg', penilai_id: 'pen', atasan_penilai_id: 'ata' };

describe('peranKeberatan — from the snapshot of the keberatan', () => {
  const rows: [string | null, PeranKeberatan][] = [
    ['peg', 'pegawai'],
    ['pen', 'penilai'],
    ['ata', 'atasan_penilai'],
    // anyone else who reached it (admin BKPPD, auditor, a penilai named today but not at filing) only watches
    ['lain', 'pengamat'],
    // an account without a pegawai record
    [null, 'pengamat'],
  ];
  it.each(rows)('%s → %s', (saya, peran) => {
    expect(peranKeberatan(saya, k)).toBe(peran);
  });

  it('a record without a penilai: nobody becomes penilai by having no pegawai record', () => {
    expect(peranKeberatan(null, { ...k, penilai_id: null })).toBe('pengamat');
  });
});

describe('perluTindakan — the atasan penilai until the decision; each side while its answer is missing', () => {
  const rows: [PeranKeberatan, StatusKeberatan, string | null, string | null, boolean][] = [
    ['atasan_penilai', 'diajukan', null, null, true],
    ['atasan_penilai', 'klarifikasi', 'ya', 'ya', true],
    ['atasan_penilai', 'diputus', null, null, false],
    ['pegawai', 'diajukan', null, null, false],
    ['pegawai', 'klarifikasi', null, null, true],
    ['pegawai', 'klarifikasi', 'sudah', null, false],
    ['penilai', 'klarifikasi', 'sudah', null, true],
    ['penilai', 'klarifikasi', null, 'sudah', false],
    ['penilai', 'diputus', null, null, false],
    ['pengamat', 'klarifikasi', null, null, false],
  ];
  it.each(rows)('%s in %s (pegawai answered: %s, penilai answered: %s) → %s', (peran, status, pegawai, penilai, hasil) => {
    expect(perluTindakan(peran, { status, penjelasan_pegawai: pegawai, penjelasan_penilai: penilai })).toBe(hasil);
  });
});
