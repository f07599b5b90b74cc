import { describe, expect, it } from 'vitest';
import { aksesBerakhir } from './status-pegawai.ts';

describe('aksesBerakhir — leaving ends access on its date', () => {
  it.each([
    ['aktif', null, '2026-11-29', false],
    ['cltn', '2026-01-01', '2026-11-29', false],
    ['pensiun', '2026-12-01', '2026-11-30', false], // the day before: still in
    ['pensiun', '2026-12-01', '2026-12-01', true], // on the date: out
    ['berhenti', '2026-11-01', '2026-11-29', true],
    ['pensiun', null, '2026-11-29', true], // no date recorded: already out
    [null, null, '2026-11-29', false], // accounts without a pegawai (admin)
  ] as const)('%s since %s, on %s → %s', (status, sejak, hari, out) => expect(aksesBerakhir(status, sejak, hari)).toBe(out));
});
