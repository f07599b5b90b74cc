import { describe, expect, it } from 'vitest';
import {
  AKSI_SKP,
  AKSI_SKP_WAJIB_CATATAN,
  aksiTersedia,
  masalahPengajuan,
  PELAKU_AKSI_SKP,
  peranBolehAksi,
  pisahPeriode,
  skpBerlaku,
  STATUS_SKP,
  teksTarget,
  transisiSkp,
  type IndikatorIsi,
  type IsiSkp,
  type RhkIsi,
} from './skp.ts';

describe('state machine — DOMAIN.md §2.1 (Permenpan-RB 6/2022): draft → diajukan → disetujui | dikembalikan …', () => {
  // Every allowed (status, aksi) pair with its target status. Every pair not listed here must be refused (null):
  // the cross product below is compared against this table, so any change in the machine fails a row.
  const allowed: Record<string, string> = {
    'draft/ubah': 'draft',
    'draft/ajukan': 'diajukan',
    'draft/ekspektasi': 'draft',
    'draft/tugaskan': 'draft',
    'draft/tutup': 'ditutup',
    'diajukan/tarik': 'draft',
    'diajukan/setujui': 'disetujui',
    'diajukan/kembalikan': 'dikembalikan',
    'diajukan/ekspektasi': 'diajukan',
    'diajukan/tutup': 'ditutup',
    'dikembalikan/ubah': 'dikembalikan',
    'dikembalikan/ajukan': 'diajukan',
    'dikembalikan/ekspektasi': 'dikembalikan',
    'dikembalikan/tugaskan': 'dikembalikan',
    'dikembalikan/tutup': 'ditutup',
    'disetujui/minta_buka': 'minta_buka',
    'disetujui/tutup': 'ditutup',
    'minta_buka/terima_buka': 'draft',
    'minta_buka/tolak_buka': 'disetujui',
    'minta_buka/tutup': 'ditutup',
  };
  const cases = STATUS_SKP.flatMap((s) => AKSI_SKP.map((a) => [s, a, allowed[`${s}/${a}`] ?? null] as const));

  it('the table covers 6 statuses × 11 actions, 20 of them allowed', () => {
    expect(cases).toHaveLength(66);
    expect(cases.filter((c) => c[2] !== null)).toHaveLength(20);
    // no key in the table names an unknown status or action (a typo would silently expect null)
    for (const k of Object.keys(allowed)) expect(cases.some(([s, a]) => `${s}/${a}` === k)).toBe(true);
  });

  it.each(cases)('%s + %s → %s', (status, aksi, expected) => {
    expect(transisiSkp(status, aksi)).toBe(expected);
  });

  it('a closed SKP (mutasi / change of penilai) takes no action at all', () => {
    for (const a of AKSI_SKP) expect(transisiSkp('ditutup', a)).toBeNull();
  });
  it('an approved SKP is not edited directly: it must be reopened by a request the atasan accepts', () => {
    expect(transisiSkp('disetujui', 'ubah')).toBeNull();
    expect(transisiSkp('disetujui', 'ajukan')).toBeNull();
    expect(transisiSkp(transisiSkp('disetujui', 'minta_buka')!, 'terima_buka')).toBe('draft');
  });
});

describe('who acts — the pegawai (pemilik), the pejabat penilai, or the system', () => {
  it.each([
    ['ubah', 'pegawai'],
    ['ajukan', 'pegawai'],
    ['tarik', 'pegawai'],
    ['minta_buka', 'pegawai'],
    ['setujui', 'penilai'],
    ['kembalikan', 'penilai'],
    ['terima_buka', 'penilai'],
    ['tolak_buka', 'penilai'],
    ['ekspektasi', 'penilai'],
    ['tugaskan', 'penilai'],
    ['tutup', 'sistem'],
  ] as const)('%s → %s', (aksi, pelaku) => expect(PELAKU_AKSI_SKP[aksi]).toBe(pelaku));

  it('every action has exactly one pelaku', () => expect(Object.keys(PELAKU_AKSI_SKP).sort()).toEqual([...AKSI_SKP].sort()));

  const pelakuKePeran = { pegawai: 'pemilik', penilai: 'penilai', sistem: 'sistem' } as const;
  const peranSemua = ['pemilik', 'penilai', 'pengamat', 'sistem'] as const;
  it.each(peranSemua.flatMap((p) => AKSI_SKP.map((a) => [p, a, pelakuKePeran[PELAKU_AKSI_SKP[a]] === p] as const)))(
    'peranBolehAksi(%s, %s) → %s',
    (peran, aksi, boleh) => expect(peranBolehAksi(peran, aksi)).toBe(boleh),
  );
  it('a pengamat (admin, auditor, wali kota, pimpinan OPD) only reads', () => {
    for (const a of AKSI_SKP) expect(peranBolehAksi('pengamat', a)).toBe(false);
  });

  // the buttons shown per peran and status
  const tersedia: Record<'pemilik' | 'penilai' | 'pengamat', Record<(typeof STATUS_SKP)[number], string[]>> = {
    pemilik: {
      draft: ['ubah', 'ajukan'],
      diajukan: ['tarik'],
      dikembalikan: ['ubah', 'ajukan'],
      disetujui: ['minta_buka'],
      minta_buka: [],
      ditutup: [],
    },
    penilai: {
      draft: ['ekspektasi', 'tugaskan'],
      diajukan: ['setujui', 'kembalikan', 'ekspektasi'],
      dikembalikan: ['ekspektasi', 'tugaskan'],
      disetujui: [],
      minta_buka: ['terima_buka', 'tolak_buka'],
      ditutup: [],
    },
    pengamat: { draft: [], diajukan: [], dikembalikan: [], disetujui: [], minta_buka: [], ditutup: [] },
  };
  it.each((['pemilik', 'penilai', 'pengamat'] as const).flatMap((p) => STATUS_SKP.map((s) => [p, s, tersedia[p][s]] as const)))(
    'aksiTersedia(%s, %s) → %o',
    (peran, status, expected) => expect(aksiTersedia(peran, status)).toEqual(expected),
  );
  it('the system action tutup is never a button', () => {
    for (const p of ['pemilik', 'penilai', 'pengamat'] as const) for (const s of STATUS_SKP) expect(aksiTersedia(p, s)).not.toContain('tutup');
  });
});

describe('notes and validity', () => {
  it('returning, asking to reopen and refusing a reopening need a note — nothing else does', () => {
    expect(AKSI_SKP.filter((a) => AKSI_SKP_WAJIB_CATATAN.has(a))).toEqual(['kembalikan', 'minta_buka', 'tolak_buka']);
  });
  it.each([
    ['draft', false],
    ['diajukan', false],
    ['dikembalikan', false],
    ['disetujui', true],
    ['minta_buka', true], // still the plan in force while the atasan decides
    ['ditutup', false],
  ] as const)('skpBerlaku(%s) → %s', (status, berlaku) => expect(skpBerlaku(status)).toBe(berlaku));
});

describe('masalahPengajuan — what blocks submission (DOMAIN.md §2.1)', () => {
  const ind = (o: Partial<IndikatorIsi> = {}): IndikatorIsi => ({
    aspek: 'kuantitas',
    uraian: 'Jumlah laporan pemantauan gizi balita',
    targetAngka: 12,
    targetSatuan: 'Dokumen',
    targetNarasi: null,
    ...o,
  });
  const rhk = (o: Partial<RhkIsi> = {}): RhkIsi => ({
    jenis: 'utama',
    uraian: 'Tersusunnya laporan pemantauan status gizi balita',
    rhkAtasanId: 'rhk-atasan-1',
    pkId: null,
    indikator: [ind()],
    ...o,
  });
  const skp = (rhkList: RhkIsi[], pendekatan: IsiSkp['pendekatan'] = 'kuantitatif'): IsiSkp => ({ pendekatan, rhk: rhkList });
  const cek = (isi: IsiSkp, tanpaTautan = false) => masalahPengajuan(isi, { tanpaTautan });

  it('a complete SKP → no problem', () => {
    expect(cek(skp([rhk(), rhk({ jenis: 'tambahan', uraian: 'Terlaksananya kelas ibu hamil', indikator: [ind(), ind({ aspek: 'kualitas', uraian: 'Persentase peserta hadir', targetAngka: 90, targetSatuan: '%' })] })]))).toEqual([]);
  });
  it('an empty SKP needs at least one RHK utama', () => expect(cek(skp([]))).toEqual([{ kode: 'TANPA_RHK_UTAMA' }]));
  it('only tambahan RHK → no RHK utama', () => {
    expect(cek(skp([rhk({ jenis: 'tambahan' })]))).toEqual([{ kode: 'TANPA_RHK_UTAMA' }]);
  });
  it('an RHK without indicator', () => {
    expect(cek(skp([rhk(), rhk({ indikator: [] })]))).toEqual([{ kode: 'RHK_TANPA_INDIKATOR', rhk: 1 }]);
  });
  it('an RHK not linked to an RHK pimpinan is refused…', () => {
    expect(cek(skp([rhk({ rhkAtasanId: null })]))).toEqual([{ kode: 'RHK_BELUM_DITAUTKAN', rhk: 0 }]);
  });
  it('…except for JPT / kepala OPD, whose RHK derive from the Perjanjian Kinerja (tanpaTautan)', () => {
    expect(cek(skp([rhk({ rhkAtasanId: null, pkId: 'pk-1' })]), true)).toEqual([]);
    expect(cek(skp([rhk({ rhkAtasanId: null, pkId: null })]), true)).toEqual([]);
  });
  it.each([
    ['no target at all', { targetAngka: null, targetSatuan: null }, 'TARGET_KOSONG'],
    ['a number without satuan', { targetAngka: 12, targetSatuan: null }, 'TARGET_ANGKA_WAJIB'],
    ['a number with a blank satuan', { targetAngka: 12, targetSatuan: '  ' }, 'TARGET_ANGKA_WAJIB'],
    ['a satuan without number', { targetAngka: null, targetSatuan: 'Dokumen' }, 'TARGET_ANGKA_WAJIB'],
    ['only a narrative', { targetAngka: null, targetSatuan: null, targetNarasi: 'Laporan tepat waktu' }, 'TARGET_ANGKA_WAJIB'],
  ] as const)('kuantitatif needs number + satuan: %s → %s', (_c, target, kode) => {
    expect(cek(skp([rhk({ indikator: [ind(target)] })]))).toEqual([{ kode, rhk: 0, indikator: 0 }]);
  });
  it('kuantitatif accepts 0 as a number (e.g. "0 Kasus")', () => {
    expect(cek(skp([rhk({ indikator: [ind({ targetAngka: 0, targetSatuan: 'Kasus' })] })]))).toEqual([]);
  });
  it.each([
    ['a narrative', { targetAngka: null, targetSatuan: null, targetNarasi: 'Laporan diterima pimpinan tanpa revisi' }, []],
    ['a number + satuan', { targetAngka: 12, targetSatuan: 'Dokumen' }, []],
    ['nothing', { targetAngka: null, targetSatuan: null, targetNarasi: '  ' }, [{ kode: 'TARGET_KOSONG', rhk: 0, indikator: 0 }]],
  ] as const)('kualitatif accepts %s', (_c, target, expected) => {
    expect(cek(skp([rhk({ indikator: [ind(target)] })], 'kualitatif'))).toEqual(expected);
  });
  it('the same aspek with the same uraian twice in one RHK (case and spaces ignored)', () => {
    const dobel = rhk({ indikator: [ind(), ind({ aspek: 'kualitas', uraian: 'Akurasi data' }), ind({ uraian: '  jumlah LAPORAN pemantauan gizi balita ' })] });
    expect(cek(skp([dobel]))).toEqual([{ kode: 'ASPEK_GANDA', rhk: 0, indikator: 2 }]);
  });
  it('the same uraian under another aspek, or in another RHK, is fine', () => {
    expect(cek(skp([rhk({ indikator: [ind(), ind({ aspek: 'waktu', targetAngka: 12, targetSatuan: 'Bulan' })] }), rhk()]))).toEqual([]);
  });
  it('lists every problem with its place, in order', () => {
    const isi = skp([rhk({ jenis: 'tambahan', rhkAtasanId: null, indikator: [] }), rhk({ jenis: 'tambahan', indikator: [ind({ targetAngka: null })] })]);
    expect(cek(isi)).toEqual([
      { kode: 'TANPA_RHK_UTAMA' },
      { kode: 'RHK_TANPA_INDIKATOR', rhk: 0 },
      { kode: 'RHK_BELUM_DITAUTKAN', rhk: 0 },
      { kode: 'TARGET_ANGKA_WAJIB', rhk: 1, indikator: 0 },
    ]);
  });
});

describe('teksTarget — how a target is printed ("2 Dokumen", "100 %", "12 Bulan")', () => {
  it.each([
    [{ targetAngka: 2, targetSatuan: 'Dokumen', targetNarasi: null }, '2 Dokumen'],
    [{ targetAngka: 2.5, targetSatuan: 'Dokumen', targetNarasi: null }, '2,5 Dokumen'],
    [{ targetAngka: 100, targetSatuan: '%', targetNarasi: null }, '100 %'],
    [{ targetAngka: 12, targetSatuan: 'Bulan', targetNarasi: 'ignored when a number is set' }, '12 Bulan'],
    [{ targetAngka: null, targetSatuan: null, targetNarasi: ' Laporan diterima tanpa revisi ' }, 'Laporan diterima tanpa revisi'],
    [{ targetAngka: 5, targetSatuan: null, targetNarasi: 'Lima kegiatan' }, 'Lima kegiatan'],
    [{ targetAngka: null, targetSatuan: null, targetNarasi: null }, ''],
  ] as const)('%o → %s', (k, teks) => expect(teksTarget(k)).toBe(teks));
});

describe('pisahPeriode — mid-year mutasi or change of penilai (DOMAIN.md §2.1)', () => {
  it.each([
    ['change on the first day: the SKP simply follows the new arrangement', '2026-01-01', '2026-12-31', '2026-01-01', null],
    ['change before the period', '2026-01-01', '2026-12-31', '2025-12-15', null],
    ['mid-year', '2026-01-01', '2026-12-31', '2026-07-15', { lamaSelesai: '2026-07-14', baruMulai: '2026-07-15' }],
    ['across a month end', '2026-01-01', '2026-12-31', '2026-05-01', { lamaSelesai: '2026-04-30', baruMulai: '2026-05-01' }],
    ['1 March, non-leap year', '2026-01-01', '2026-12-31', '2026-03-01', { lamaSelesai: '2026-02-28', baruMulai: '2026-03-01' }],
    ['1 March, leap year', '2028-01-01', '2028-12-31', '2028-03-01', { lamaSelesai: '2028-02-29', baruMulai: '2028-03-01' }],
    ['on the last day: one day left for the new SKP', '2026-01-01', '2026-12-31', '2026-12-31', { lamaSelesai: '2026-12-30', baruMulai: '2026-12-31' }],
    ['after the end', '2026-01-01', '2026-12-31', '2027-01-01', null],
    ['a period that was already split', '2026-07-15', '2026-12-31', '2026-10-01', { lamaSelesai: '2026-09-30', baruMulai: '2026-10-01' }],
  ] as const)('%s', (_c, mulai, selesai, berubah, expected) => expect(pisahPeriode(mulai, selesai, berubah)).toEqual(expected));
});
