// The import plan against a small kelurahan (DOMAIN.md §1: unit tree, jabatan tree, penilai from the structure):
// posts of the same name told apart by NIP Atasan or by the post a pegawai already holds, unit names that repeat,
// closed units, and NIP Atasan checked against the structure AFTER the file is applied.
import { describe, expect, it } from 'vitest';
import type { LookupsPadaTanggal } from '../../../../domain/penilai.ts';
import type { BarisNormal } from './impor.normalisasi.ts';
import { type DataRencana, hitungJumlah, type JabatanRef, type PegawaiRef, rencanakanImpor, tandaRencana } from './impor.rencana.ts';

//   Lurah (L) ← Sekretaris Kelurahan (S) ← Pengadministrasi Perkantoran #1
//             ← Kepala Seksi Pemerintahan (K) ← Pengadministrasi Perkantoran #2 (P4)
const unit = [
  { id: 'u-kel', kode: 'KEL-A', nama: 'Kelurahan A', ditutup_pada: null },
  { id: 'u-sx', kode: 'DINAS-X.SEKRET', nama: 'Sekretariat', ditutup_pada: null },
  { id: 'u-sy', kode: 'DINAS-Y.SEKRET', nama: 'Sekretariat', ditutup_pada: null },
  { id: 'u-tutup', kode: 'TUTUP', nama: 'Unit Lama', ditutup_pada: '2026-06-30' },
];
const jabatan: (JabatanRef & { atasan: string | null })[] = [
  { id: 'j-lurah', unit_id: 'u-kel', nama: 'Lurah A', jenis: 'administrator', atasan: null },
  { id: 'j-sekkel', unit_id: 'u-kel', nama: 'Sekretaris Kelurahan', jenis: 'pengawas', atasan: 'j-lurah' },
  { id: 'j-kasi', unit_id: 'u-kel', nama: 'Kepala Seksi Pemerintahan', jenis: 'pengawas', atasan: 'j-lurah' },
  { id: 'j-adm1', unit_id: 'u-kel', nama: 'Pengadministrasi Perkantoran', jenis: 'pelaksana', atasan: 'j-sekkel' },
  { id: 'j-adm2', unit_id: 'u-kel', nama: 'Pengadministrasi Perkantoran', jenis: 'pelaksana', atasan: 'j-kasi' },
  { id: 'j-sx', unit_id: 'u-sx', nama: 'Pengelola Umum', jenis: 'pelaksana', atasan: null },
  { id: 'j-lama', unit_id: 'u-tutup', nama: 'Pengelola Umum', jenis: 'pelaksana', atasan: null },
];
const NIP = { L: '197001011995031001', S: '197502022000031002', K: '197803032003031003', P4: '198504042010032004' };
const peg = (id: string, nip: string, nama: string, jabatanId: string): PegawaiRef => ({ id, nip, nama, gelar_depan: null, gelar_belakang: null, jenis_asn: 'PNS', golongan: null, jabatan_id: jabatanId, status: 'aktif', versi: 1 });
const pegawai = [peg('p-l', NIP.L, 'Lurah', 'j-lurah'), peg('p-s', NIP.S, 'Sekkel', 'j-sekkel'), peg('p-k', NIP.K, 'Kasi', 'j-kasi'), peg('p-4', NIP.P4, 'Staf Empat', 'j-adm2')];

const struktur: LookupsPadaTanggal = {
  jabatanPegawai: (p) => pegawai.find((x) => x.id === p)?.jabatan_id ?? null,
  atasanOf: (j) => jabatan.find((x) => x.id === j)?.atasan ?? null,
  pemangkuOf: (j) => pegawai.filter((p) => p.jabatan_id === j).map((p) => p.id),
  pelaksanaTugasOf: () => null,
  overrideOf: () => null,
};
const data: DataRencana = {
  tanggalImpor: '2026-11-29',
  kolom: new Set(['nip', 'nama', 'jenisAsn', 'jabatan', 'unitKerja', 'nipAtasan', 'tmtJabatan']),
  unit,
  jabatan,
  pegawai,
  akunTerpakai: new Set(['199901012020011001']),
  mulaiJabatan: new Map([['p-s', '2024-01-02']]),
  struktur,
};

let n = 1;
const row = (r: Partial<BarisNormal>): BarisNormal => ({
  baris: ++n,
  nip: `19900101201501${1000 + n}`.slice(0, 18),
  nama: 'Pegawai Baru',
  gelarDepan: null,
  gelarBelakang: null,
  jenisAsn: 'PNS',
  golongan: null,
  jabatan: 'Pengadministrasi Perkantoran',
  jenisJabatan: null,
  unitKerja: 'KEL-A',
  nipAtasan: null,
  tmtJabatan: null,
  ...r,
});
const plan = (...rows: BarisNormal[]) => rencanakanImpor(rows, data);
const kode = (r: { laporan: { galat: { kode: string }[]; peringatan: { kode: string }[] } }) => [...r.laporan.galat, ...r.laporan.peringatan].map((c) => c.kode);

describe('posts of the same name in one unit', () => {
  it('without anything to tell them apart: an error asking for NIP Atasan', () => {
    const [r] = plan(row({}));
    expect(r!.laporan.aksi).toBe('galat');
    expect(r!.laporan.galat[0]!.pesan).toMatch(/Ada 2 jabatan "Pengadministrasi Perkantoran" di unit KEL-A dengan atasan berbeda; isi NIP Atasan/);
  });
  it('NIP Atasan picks the post whose penilai it is', () => {
    const [a, b] = plan(row({ nipAtasan: NIP.S }), row({ nipAtasan: NIP.K }));
    expect(a!.terap).toEqual({ jenis: 'baru', jabatanId: 'j-adm1', tmt: '2026-11-29' });
    expect(b!.terap).toEqual({ jenis: 'baru', jabatanId: 'j-adm2', tmt: '2026-11-29' });
    expect(kode(a!)).toEqual([]);
  });
  it('a pegawai already on one of them keeps it (no mutasi)', () => {
    const [r] = plan(row({ nip: NIP.P4, nama: 'Staf Empat' }));
    expect(r!.laporan).toMatchObject({ aksi: 'tetap', galat: [], perubahan: [] });
  });
});

describe('units', () => {
  it('a name used by several units must be written as a kode', () => {
    const [r] = plan(row({ jabatan: 'Pengelola Umum', unitKerja: 'sekretariat' }));
    expect(r!.laporan.galat[0]!.pesan).toContain('Nama "sekretariat" dipakai 2 unit kerja (DINAS-X.SEKRET, DINAS-Y.SEKRET); tulis kode unitnya.');
  });
  it('kode is case-insensitive', () => expect(plan(row({ jabatan: 'Pengelola Umum', unitKerja: 'dinas-x.sekret' }))[0]!.terap).toMatchObject({ jabatanId: 'j-sx' }));
  it('a closed unit takes no one', () => expect(kode(plan(row({ jabatan: 'Pengelola Umum', unitKerja: 'TUTUP' }))[0]!)).toEqual(['UNIT_DITUTUP']));
});

describe('new pegawai and accounts', () => {
  it('a NIP already used as an account name elsewhere cannot become a new pegawai', () => {
    expect(kode(plan(row({ nip: '199901012020011001', nipAtasan: NIP.S }))[0]!)).toEqual(['NIP_AKUN_TERPAKAI']);
  });
});

describe('NIP Atasan is checked after the whole file is applied', () => {
  it('the sekretaris moves away in the same file: the new staf is evaluated by the lurah (escalation) → warning', () => {
    const [baru, pindah] = plan(
      row({ nipAtasan: NIP.S }),
      row({ nip: NIP.S, nama: 'Sekkel', jabatan: 'Pengelola Umum', unitKerja: 'DINAS-X.SEKRET', tmtJabatan: '2026-11-01' }),
    );
    expect(pindah!.laporan.aksi).toBe('mutasi');
    expect(baru!.laporan.aksi).toBe('baru');
    expect(baru!.laporan.peringatan.map((p) => p.pesan)).toEqual([
      `Baris ${baru!.laporan.baris}, kolom NIP Atasan: Menurut struktur jabatan, pejabat penilai pegawai ini adalah Lurah (NIP ${NIP.L}, Lurah A), bukan NIP ${NIP.S}. Penilai mengikuti struktur jabatan: periksa jabatan pegawai atau struktur jabatannya.`,
    ]);
  });
  it('a post at the top has no penilai: the NIP Atasan cannot match', () => {
    const [r] = plan(row({ jabatan: 'Lurah A', nipAtasan: NIP.K }));
    expect(kode(r!)).toEqual(['NIP_ATASAN_TANPA_PENILAI']);
  });
});

describe('mutasi dates', () => {
  it('TMT must be after the start of the current post; an empty TMT is the import date', () => {
    const [a, b] = plan(
      row({ nip: NIP.S, nama: 'Sekkel', jabatan: 'Pengelola Umum', unitKerja: 'DINAS-X.SEKRET', tmtJabatan: '2024-01-02' }),
      row({ nip: NIP.K, nama: 'Kasi', jabatan: 'Pengelola Umum', unitKerja: 'DINAS-X.SEKRET' }),
    );
    expect(kode(a!)).toEqual(['TMT_SEBELUM_JABATAN_SEKARANG']);
    expect(b!.terap).toMatchObject({ jenis: 'ubah', mutasi: { jabatanId: 'j-sx', tmt: '2026-11-29' } });
  });
  it('a TMT given for an unchanged post is ignored with a warning', () => {
    expect(kode(plan(row({ nip: NIP.S, nama: 'Sekkel', jabatan: 'Sekretaris Kelurahan', tmtJabatan: '2025-05-05' }))[0]!)).toEqual(['TMT_DIABAIKAN']);
  });
});

describe('totals and the plan signature compared at commit', () => {
  it('counts per action; the signature changes with the action', () => {
    const rows = [row({ nipAtasan: NIP.S }), row({ nip: NIP.P4, nama: 'Staf Empat' }), row({})];
    const p = rencanakanImpor(rows, data);
    expect(hitungJumlah(p)).toEqual({ baris: 3, baru: 1, diubah: 0, mutasi: 0, tetap: 1, galat: 1, peringatan: 0 });
    const tanpaStaf = rencanakanImpor(rows, { ...data, pegawai: pegawai.filter((x) => x.id !== 'p-4') });
    expect(tandaRencana(tanpaStaf[1]!)).not.toBe(tandaRencana(p[1]!));
    expect(tandaRencana(tanpaStaf[0]!)).toBe(tandaRencana(p[0]!));
  });
});
