import { describe, expect, it } from 'vitest';
import { AKSI_AKTIVITAS, cariTumpangTindih, hitungTanda, rentangDariJam, STATUS_AKTIVITAS, totalMenit, transisiAktivitas, type AktivitasUntukTanda } from './aktivitas.ts';

describe('state machine — DOMAIN.md §2.2 draft → diajukan → disetujui | perlu revisi | ditolak', () => {
  // every allowed transition; everything else must be refused
  const allowed: Record<string, string> = {
    'draft/ubah': 'draft',
    'draft/ajukan': 'diajukan',
    'draft/hapus': 'dihapus',
    'diajukan/tarik': 'draft',
    'diajukan/setujui': 'disetujui',
    'diajukan/kembalikan': 'perlu_revisi',
    'diajukan/tolak': 'ditolak',
    'perlu_revisi/ubah': 'perlu_revisi',
    'perlu_revisi/ajukan': 'diajukan',
    'perlu_revisi/hapus': 'dihapus',
  };
  const cases = STATUS_AKTIVITAS.flatMap((s) => AKSI_AKTIVITAS.map((a) => [s, a, allowed[`${s}/${a}`] ?? null] as const));
  it.each(cases)('%s + %s → %s', (status, aksi, expected) => {
    expect(transisiAktivitas(status, aksi)).toBe(expected);
  });
  it('an approved activity can no longer be edited, withdrawn or deleted', () => {
    for (const a of ['ubah', 'tarik', 'hapus', 'ajukan'] as const) expect(transisiAktivitas('disetujui', a)).toBeNull();
  });
});

describe('time ranges', () => {
  it.each([
    ['08:00', '09:30', { mulai: 480, selesai: 570 }],
    ['00:00', '24:00', { mulai: 0, selesai: 1440 }],
    ['09:00', '09:00', 'SELESAI_SEBELUM_MULAI'],
    ['17:00', '08:00', 'SELESAI_SEBELUM_MULAI'], // past midnight: two activities
    ['8:00', '09:00', 'JAM_TIDAK_VALID'],
    ['24:30', '25:00', 'JAM_TIDAK_VALID'],
  ] as const)('%s–%s → %o', (a, b, expected) => expect(rentangDariJam(a, b)).toEqual(expected));

  it.each([
    ['overlapping start', { mulai: 500, selesai: 600 }, true],
    ['inside', { mulai: 490, selesai: 500 }, true],
    ['touching end (08:00–09:30 then 09:30–10:00)', { mulai: 570, selesai: 600 }, false],
    ['before', { mulai: 400, selesai: 480 }, false],
  ] as const)('no overlapping ranges for one pegawai: %s', (_c, baru, overlaps) => {
    expect(cariTumpangTindih(baru, [{ mulai: 480, selesai: 570 }]) !== null).toBe(overlaps);
  });

  it('sums minutes', () => expect(totalMenit([{ mulai: 480, selesai: 570 }, { mulai: 600, selesai: 660 }])).toBe(150));
});

describe('supervision flags (shown to the atasan, never a penalty)', () => {
  const a = (id: string, pegawaiId: string, o: Partial<AktivitasUntukTanda> = {}): AktivitasUntukTanda => ({
    id, pegawaiId, tanggal: '2026-11-24', uraian: `pekerjaan ${id}`, menit: 60, bukti: [], diajukanPada: '2026-11-24T09:00:00.000Z', batasPengajuan: '2026-11-25T02:00:00.000Z', ...o,
  });
  const flags = (items: AktivitasUntukTanda[]) => hitungTanda(items).map((t) => `${t.aktivitasId}:${t.jenis}`).sort();

  it('the same evidence file (by content hash) in two activities', () => {
    expect(flags([a('1', 'p', { bukti: ['h1'] }), a('2', 'q', { bukti: ['h1', 'h2'] }), a('3', 'q', { bukti: ['h3'] })])).toEqual(['1:BUKTI_SAMA', '2:BUKTI_SAMA']);
  });
  it('identical uraian from several bawahan on the same day — not one person repeating a routine', () => {
    expect(flags([a('1', 'p', { uraian: 'Rapat koordinasi.' }), a('2', 'q', { uraian: 'rapat  KOORDINASI' }), a('3', 'q', { uraian: 'Rapat koordinasi', tanggal: '2026-11-25' })])).toEqual(['1:URAIAN_SAMA', '2:URAIAN_SAMA']);
    expect(flags([a('1', 'p', { uraian: 'Apel pagi' }), a('2', 'p', { uraian: 'Apel pagi' })])).toEqual([]);
  });
  it('more than 10 hours in a day', () => {
    expect(flags([a('1', 'p', { menit: 400 }), a('2', 'p', { menit: 201 })])).toEqual(['1:LEBIH_10_JAM', '2:LEBIH_10_JAM']);
    expect(flags([a('1', 'p', { menit: 400 }), a('2', 'p', { menit: 200 })])).toEqual([]);
  });
  it('submitted after the deadline of its date', () => {
    expect(flags([a('1', 'p', { diajukanPada: '2026-11-25T02:00:01.000Z' }), a('2', 'p', { diajukanPada: '2026-11-25T02:00:00.000Z' })])).toEqual(['1:TERLAMBAT']);
  });
});
