// Deterministic demo data for "Pemerintah Kota Kupang (DEMO)" (DESIGN.md "The two commands": the demo instansi is
// seeded with realistic data). Pure: a seeded PRNG, no I/O, no clock — `asOf` is passed in and is the only source of
// timestamps. Same seed → identical rows, ids included (only the timestamps follow asOf).
//
// Shape (DOMAIN.md §1): unit kerja tree root → OPD → bidang/bagian → seksi/subbidang/subbagian; kelurahan under
// kecamatan; UPT, puskesmas and sekolah under their dinas. Jabatan chain (research/domain.md §1.10): Wali Kota ←
// Sekda ← kepala OPD and camat ← sekretaris/kepala bidang ← kasubbag/kasi/kepala UPT/lurah ← pelaksana and fungsional
// (guru ← kepala sekolah, nakes ← kepala puskesmas). A few posts are vacant on purpose (katalog.ts LOWONGAN).
// Every NIP / NI PPPK is checked with domain/nip.ts while it is made: an invalid one is a bug and throws.
import { formatNip, validateNip } from '../../../../../domain/nip.ts';
import { createIdFactory, createRng, type Rng } from './acak.ts';
import {
  KECAMATAN,
  KELAS_JENJANG,
  type Jenjang,
  type KunciTemplate,
  LABEL_JENJANG,
  LOWONGAN,
  NAKES_PUSKESMAS,
  OPD,
  type OpdSpec,
  PELAKSANA_KANTOR,
  type Pendidikan,
  type Profil,
  PUSKESMAS,
  SEKOLAH,
  SEKSI_KECAMATAN,
  SUBBAG_KECAMATAN,
  TEMPLATE,
  type TemplateJabatan,
} from './katalog.ts';
import {
  MARGA,
  MARGA_MUSLIM,
  NAMA_LAKI,
  NAMA_MUSLIM_LAKI,
  NAMA_MUSLIM_PEREMPUAN,
  NAMA_PEREMPUAN,
  NAMA_TENGAH_LAKI,
  NAMA_TENGAH_PEREMPUAN,
} from './nama.ts';

// ---------------------------------------------------------------------------------------------------------------
// Output rows: exactly the columns of server/src/db/schema.ts (defaults written out so the output is complete).

export interface InstansiRow {
  id: string;
  kode: string;
  nama: string;
  demo: number;
  dibuat_pada: string;
}

export interface UnitKerjaRow {
  id: string;
  instansi_id: string;
  induk_id: string | null;
  opd_id: string | null;
  kode: string;
  nama: string;
  singkatan: string | null;
  jenis: string;
  jalur: string;
  urutan: number;
  dibuka_pada: string | null;
  ditutup_pada: string | null;
  dibuat_pada: string;
}

export interface JabatanRow {
  id: string;
  instansi_id: string;
  unit_id: string;
  nama: string;
  jenis: 'kepala_daerah' | 'jpt' | 'administrator' | 'pengawas' | 'pelaksana' | 'fungsional';
  jenjang: Jenjang | null;
  kelas_jabatan: number | null;
  atasan_jabatan_id: string | null;
  kepala_unit: number;
  dibuat_pada: string;
}

export type JenisAsn = 'PNS' | 'PPPK' | 'PPPK_PARUH_WAKTU' | 'PEJABAT_NEGARA';

export interface PegawaiRow {
  id: string;
  instansi_id: string;
  nip: string | null;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_asn: JenisAsn;
  jenis_kelamin: 'L' | 'P' | null;
  tanggal_lahir: string | null;
  golongan: string | null;
  jabatan_id: string | null;
  unit_id: string | null;
  status: 'aktif' | 'cltn' | 'pensiun' | 'berhenti';
  email: string | null;
  telepon: string | null;
  versi: number;
  dibuat_pada: string;
  diubah_pada: string;
}

/** An `akun` row without its password hash (seedDemo adds the one precomputed hash). */
export interface AkunRowTanpaHash {
  id: string;
  instansi_id: string;
  pegawai_id: string | null;
  username: string;
  nama_tampilan: string;
  harus_ganti_password: number;
  aktif: number;
  bahasa: string;
  password_diubah_pada: string;
  versi: number;
  dibuat_pada: string;
}

export type PeranTersimpan = 'pegawai' | 'pimpinan_opd' | 'admin_bkppd' | 'auditor' | 'walikota';

export interface AkunPeranRow {
  akun_id: string;
  instansi_id: string;
  peran: PeranTersimpan;
  unit_id: string | null;
}

export type PeranDemo = 'pegawai' | 'atasan' | 'pimpinan_opd' | 'admin_bkppd' | 'auditor' | 'walikota';

export interface AkunDemo {
  peran: PeranDemo;
  username: string;
  nama: string;
  keterangan: string;
}

export interface DemoData {
  instansi: InstansiRow;
  unitKerja: UnitKerjaRow[];
  jabatan: JabatanRow[];
  pegawai: PegawaiRow[];
  akun: AkunRowTanpaHash[];
  akunPeran: AkunPeranRow[];
  /** one account per role to show on the login page / console */
  akunDemo: AkunDemo[];
}

export interface DemoOptions {
  /** ISO-8601 instant stamped on every row (dibuat_pada, diubah_pada, password_diubah_pada) */
  asOf: string;
  seed?: string;
}

export const DEMO_SEED = 'kinerja:kota-kupang-demo:v1';
export const DEMO_INSTANSI_KODE = 'KOTA-KUPANG-DEMO';
export const DEMO_INSTANSI_NAMA = 'Pemerintah Kota Kupang (DEMO)';
/** Username of the Wali Kota's account (a pejabat negara has no NIP). */
export const USERNAME_WALIKOTA = 'walikota';
/** Target headcount: research/domain.md §5.1 estimates ≈ 7.500–8.000 ASN for Pemkot Kupang. */
export const TARGET_PEGAWAI = { min: 7_900, max: 8_100 } as const;
/**
 * "This year" for ages, years of service and years of appointment. Fixed rather than taken from `asOf`, so that the
 * same seed gives the same people and NIPs (and so the same demo usernames in docs and e2e tests) whenever the demo
 * is seeded; `asOf` only stamps the rows. Ages therefore drift by a year per calendar year — acceptable for a demo.
 */
export const TAHUN_ACUAN_DEMO = 2026;
/** Time part of the deterministic UUIDv7 ids: 2026-01-01T00:00:00Z plus one millisecond per id. */
const ID_BASE_MS = 1_767_225_600_000;

/** The Wali Kota (research/domain.md §5.1, VERIFIED: dr. Christian Widodo, 2025–). */
const WALI_KOTA = { nama: 'Christian Widodo', gelarDepan: 'dr.', jenisKelamin: 'L' as const };

/** "dr. Maria Goreti Manafe, M.Kes." — gelar depan before, gelar belakang after a comma (EYD). */
export function namaLengkap(p: { nama: string; gelar_depan: string | null; gelar_belakang: string | null }): string {
  return `${p.gelar_depan ? `${p.gelar_depan} ` : ''}${p.nama}${p.gelar_belakang ? `, ${p.gelar_belakang}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Internal model

type Tingkat = 'seksi' | 'bidang' | 'unit';
type Bobot<T> = readonly (readonly [T, number])[];

interface Post {
  jabatan: JabatanRow;
  /** unit kode for a unit head, `<unit kode>#<role>` otherwise */
  kunci: string;
  profil: Profil;
  lowong: boolean;
  opdKode: string;
  /** 'kepsek' is a guru with the additional task of kepala sekolah */
  level: 'kepala_daerah' | 'sekda' | 'jpt' | 'administrator' | 'pengawas' | 'kepsek';
}

interface Slot {
  unit: UnitKerjaRow;
  atasan: JabatanRow;
  templates: Bobot<KunciTemplate>;
  weight: number;
  tingkat: Tingkat;
}

interface StaffPlan {
  slot: Slot;
  template: TemplateJabatan;
  jabatan: JabatanRow;
  jenisAsn: 'PNS' | 'PPPK' | 'PPPK_PARUH_WAKTU';
  jenjang: Jenjang | null;
  status: 'aktif' | 'cltn' | 'pensiun';
}

const PROFIL_OPD: Record<string, Profil> = {
  DIKBUD: 'pendidikan', DINKES: 'kesmas', RSUD: 'dokter', PUPR: 'teknik', PERKIM: 'teknik', BKAD: 'ekonomi',
  BAPENDA: 'ekonomi', BAPPEDA: 'ekonomi', INSPEKTORAT: 'ekonomi', DISTAN: 'pertanian', DKP: 'perikanan',
  KETAPANG: 'pertanian', KOMINFO: 'komputer', DLHK: 'teknik', DISHUB: 'teknik', DINSOS: 'sosial', DP3A: 'sosial',
  SETWAN: 'pemerintahan', SETDA: 'pemerintahan', SATPOLPP: 'pemerintahan', KESBANGPOL: 'sosial', DUKCAPIL: 'pemerintahan',
};

const GOLONGAN_PNS = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'] as const;
const G = (g: (typeof GOLONGAN_PNS)[number]): number => GOLONGAN_PNS.indexOf(g);

/** Golongan ruang range of each jenjang fungsional (PermenPANRB 1/2023 and the JF rules before it). */
const RENTANG_JENJANG: Record<Jenjang, [number, number]> = {
  pemula: [G('II/a'), G('II/a')],
  terampil: [G('II/c'), G('II/d')],
  mahir: [G('III/a'), G('III/b')],
  penyelia: [G('III/c'), G('III/d')],
  ahli_pertama: [G('III/a'), G('III/b')],
  ahli_muda: [G('III/c'), G('III/d')],
  ahli_madya: [G('IV/a'), G('IV/c')],
  ahli_utama: [G('IV/d'), G('IV/e')],
};

/** First golongan and the usual ceiling by education for PNS (PP 99/2000 on kenaikan pangkat). */
const GOLONGAN_AWAL: Record<Pendidikan, [number, number]> = {
  SMP: [G('I/c'), G('II/d')],
  SMA: [G('II/a'), G('III/b')],
  D3: [G('II/c'), G('III/c')],
  S1: [G('III/a'), G('III/d')],
  S2: [G('III/b'), G('III/d')],
};

/** PPPK golongan by education (Perpres 98/2020: I–XVII). */
const GOLONGAN_PPPK: Record<Pendidikan, string> = { SMP: 'IV', SMA: 'V', D3: 'VII', S1: 'IX', S2: 'X' };

/** Year of first appointment of PPPK: most of Kota Kupang's PPPK came with formasi 2024 (SK 2025). */
const TAHUN_PPPK: Record<number, number> = { 2019: 0.01, 2020: 0.01, 2021: 0.05, 2022: 0.12, 2023: 0.13, 2024: 0.1, 2025: 0.58 };

const BULAN_TMT: Bobot<number> = [[1, 4], [2, 1], [3, 2.5], [4, 1.5], [5, 1], [6, 1], [7, 1], [8, 1], [9, 1], [10, 1], [11, 1], [12, 2]];

const ENTRY_JENJANG: ReadonlySet<Jenjang> = new Set<Jenjang>(['pemula', 'terampil', 'ahli_pertama']);

const STOPWORDS = new Set(['dan', 'di', 'ke', 'serta', 'dengan']);

function singkat(nama: string): string {
  const words = nama.split(/[\s,/-]+/).filter((w) => w.length > 0 && !STOPWORDS.has(w.toLowerCase()));
  return words.map((w) => w.charAt(0).toUpperCase()).join('').slice(0, 6) || 'X';
}

function slug(nama: string): string {
  return nama.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

// ---------------------------------------------------------------------------------------------------------------

export function generateDemo(opts: DemoOptions): DemoData {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(opts.asOf)) throw new Error(`asOf must be an ISO-8601 instant, got ${opts.asOf}`);
  const asOf = opts.asOf;
  const tahunIni = TAHUN_ACUAN_DEMO;
  const seed = opts.seed ?? DEMO_SEED;
  const rng = createRng(`${seed}:data`);
  // a separate stream for ids: adding a column to the people does not reshuffle every id
  const newId = createIdFactory(createRng(`${seed}:id`), ID_BASE_MS);

  const instansi: InstansiRow = { id: newId(), kode: DEMO_INSTANSI_KODE, nama: DEMO_INSTANSI_NAMA, demo: 1, dibuat_pada: asOf };
  const units: UnitKerjaRow[] = [];
  const jabatan: JabatanRow[] = [];
  const posts: Post[] = [];
  const slots: Slot[] = [];
  const unitByKode = new Map<string, UnitKerjaRow>();
  const opdKodeOfUnit = new Map<string, string>();
  const siblingCount = new Map<string, number>();
  const usedKode = new Set<string>();

  function addUnit(
    induk: UnitKerjaRow | null,
    kode: string,
    nama: string,
    jenis: string,
    o: { singkatan?: string; opd?: boolean; opdKode?: string } = {},
  ): UnitKerjaRow {
    if (usedKode.has(kode)) throw new Error(`duplicate unit kode ${kode}`);
    usedKode.add(kode);
    const id = newId();
    const key = induk?.id ?? '';
    const urutan = siblingCount.get(key) ?? 0;
    siblingCount.set(key, urutan + 1);
    const row: UnitKerjaRow = {
      id,
      instansi_id: instansi.id,
      induk_id: induk?.id ?? null,
      // an OPD points to itself; the instansi root belongs to no OPD (schema comment in the fondasi migration)
      opd_id: o.opd ? id : (induk?.opd_id ?? null),
      kode,
      nama,
      singkatan: o.singkatan ?? null,
      jenis,
      jalur: `${induk?.jalur ?? '/'}${id}/`,
      urutan,
      dibuka_pada: null,
      ditutup_pada: null,
      dibuat_pada: asOf,
    };
    units.push(row);
    unitByKode.set(kode, row);
    if (o.opdKode) opdKodeOfUnit.set(id, o.opdKode);
    return row;
  }

  /** a unique child kode under `parentKode`, from the initials of the name */
  function childKode(parentKode: string, nama: string): string {
    const base = `${parentKode}.${singkat(nama)}`;
    let kode = base;
    for (let i = 2; usedKode.has(kode); i++) kode = `${base}${i}`;
    return kode;
  }

  function addJabatan(
    unit: UnitKerjaRow,
    nama: string,
    jenis: JabatanRow['jenis'],
    kelas: number | null,
    atasan: JabatanRow | null,
    kepala: boolean,
    jenjang: Jenjang | null = null,
  ): JabatanRow {
    const row: JabatanRow = {
      id: newId(),
      instansi_id: instansi.id,
      unit_id: unit.id,
      nama,
      jenis,
      jenjang,
      kelas_jabatan: kelas,
      atasan_jabatan_id: atasan?.id ?? null,
      kepala_unit: kepala ? 1 : 0,
      dibuat_pada: asOf,
    };
    jabatan.push(row);
    return row;
  }

  function addPost(
    unit: UnitKerjaRow,
    kunci: string,
    nama: string,
    level: Post['level'],
    kelas: number | null,
    atasan: JabatanRow | null,
    kepala: boolean,
    opdKode: string,
    profil: Profil,
  ): JabatanRow {
    const jenis: JabatanRow['jenis'] =
      level === 'kepala_daerah' ? 'kepala_daerah' : level === 'sekda' ? 'jpt' : level === 'kepsek' ? 'fungsional' : level;
    const row = addJabatan(unit, nama, jenis, kelas, atasan, kepala, level === 'kepsek' ? 'ahli_madya' : null);
    posts.push({ jabatan: row, kunci, profil, lowong: LOWONGAN.has(kunci), opdKode, level });
    return row;
  }

  function addSlot(unit: UnitKerjaRow, atasan: JabatanRow, templates: Bobot<KunciTemplate>, weight: number, tingkat: Tingkat): void {
    if (weight > 0 && templates.length > 0) slots.push({ unit, atasan, templates, weight, tingkat });
  }

  function profilOpd(kode: string): Profil {
    const p = PROFIL_OPD[kode];
    return p && rng.chance(0.6) ? p : rng.pick<Profil>(['umum', 'pemerintahan', 'ekonomi', 'sosial', 'hukum']);
  }

  // ---- root and Wali Kota ----------------------------------------------------------------------------------------
  const root = addUnit(null, 'PEMKOT', 'Pemerintah Kota Kupang', 'pemda', { singkatan: 'Pemkot Kupang' });
  const waliKota = addPost(root, 'PEMKOT', 'Wali Kota Kupang', 'kepala_daerah', null, null, true, 'PEMKOT', 'dokter');
  let sekda: JabatanRow | null = null;

  // ---- perangkat daerah --------------------------------------------------------------------------------------------
  for (const opd of OPD) buildOpd(opd);

  function buildOpd(opd: OpdSpec): void {
    const unit = addUnit(root, opd.kode, opd.nama, opd.jenis, { singkatan: opd.singkatan, opd: true, opdKode: opd.kode });
    const isSetda = opd.kode === 'SETDA';
    const kepala = addPost(
      unit, opd.kode, opd.kepala, isSetda ? 'sekda' : 'jpt', opd.kelasKepala,
      // research/domain.md §1.10: the Sekda answers to the Wali Kota; every kepala OPD to the Sekda
      isSetda ? waliKota : sekda, true, opd.kode, profilOpd(opd.kode),
    );
    if (isSetda) sekda = kepala;
    const tambahan = new Map<string, JabatanRow>();
    for (const t of opd.pejabatTambahan ?? []) {
      // Staf ahli answer to the Wali Kota but are coordinated administratively by the Sekda (UU 23/2014 Pasal 212);
      // their penilai chain goes through the Sekda here, overridable per pegawai.
      tambahan.set(t.kunci, addPost(unit, `${opd.kode}#${t.kunci}`, t.nama, 'jpt', t.kelas, kepala, false, opd.kode, profilOpd(opd.kode)));
    }
    const pelaksana = opd.pelaksana ?? PELAKSANA_KANTOR;

    // Sekretariat with its subbagian: about a third of the head-office staff.
    if (opd.sekretariat.length > 0) {
      const sek = addUnit(unit, `${opd.kode}.SEKRET`, 'Sekretariat', 'sekretariat', { opdKode: opd.kode });
      const sekretaris = addPost(sek, sek.kode, `Sekretaris ${opd.nama}`, 'administrator', 12, kepala, true, opd.kode, profilOpd(opd.kode));
      for (const nama of opd.sekretariat) {
        const sub = addUnit(sek, childKode(sek.kode, nama), `Subbagian ${nama}`, 'subbagian', { opdKode: opd.kode });
        const kasubbag = addPost(sub, sub.kode, `Kepala Subbagian ${nama}`, 'pengawas', 9, sekretaris, true, opd.kode, profilOpd(opd.kode));
        const t: (readonly [KunciTemplate, number])[] = [...pelaksana];
        if (/Keuangan/.test(nama)) t.push(['bendahara', 1.2], ['analis_keuangan', 0.6]);
        if (/Perencanaan/.test(nama)) t.push(['perencana', 1.2]);
        if (/Kepegawaian/.test(nama)) t.push(['pranata_sdm', 0.8], ['arsiparis', 0.5]);
        addSlot(sub, kasubbag, t, (opd.staf * 0.3) / opd.sekretariat.length, 'seksi');
      }
    }

    const share = opd.sekretariat.length > 0 ? 0.7 : 1;
    const totalBobot = opd.bidang.reduce((s, b) => s + (b.bobot ?? 1), 0);
    for (const b of opd.bidang) {
      const jenisBidang = b.jenis ?? opd.jenisBidang;
      const jenisAnak = b.jenisAnak ?? opd.jenisAnak;
      const bu = addUnit(unit, `${opd.kode}.${b.kode}`, b.nama, jenisBidang, { opdKode: opd.kode });
      // Irban units are named after their head ("Inspektur Pembantu Wilayah I"); others get "Kepala …"
      const namaKepala = opd.jenis === 'inspektorat' ? b.nama : `Kepala ${b.nama}`;
      const atasan = b.atasan ? tambahan.get(b.atasan) : kepala;
      if (!atasan) throw new Error(`unknown atasan ${b.atasan} in ${opd.kode}`);
      const kabid = addPost(bu, bu.kode, namaKepala, 'administrator', isSetda ? 12 : 11, atasan, true, opd.kode, profilOpd(opd.kode));
      const bidangWeight = (opd.staf * share * (b.bobot ?? 1)) / totalBobot;
      const fungsional = b.fungsional ?? opd.fungsional;
      if (b.anak.length === 0) {
        addSlot(bu, kabid, [...fungsional, ...pelaksana.map(([k, w]) => [k, w * 0.15] as const)], bidangWeight, 'unit');
        continue;
      }
      // JF ahli muda/madya work directly under the kepala bidang; the rest in the seksi.
      addSlot(bu, kabid, fungsional, bidangWeight * 0.15, 'bidang');
      const prefix = jenisAnak === 'seksi' ? 'Seksi' : jenisAnak === 'subbidang' ? 'Subbidang' : 'Subbagian';
      const campuran: (readonly [KunciTemplate, number])[] = [
        ...pelaksana,
        ...fungsional.map(([k, w]) => [k, (w * 8) / Math.max(1, fungsional.reduce((s, [, x]) => s + x, 0))] as const),
      ];
      for (const nama of b.anak) {
        const su = addUnit(bu, childKode(bu.kode, nama), `${prefix} ${nama}`, jenisAnak, { opdKode: opd.kode });
        const kasi = addPost(su, su.kode, `Kepala ${prefix} ${nama}`, 'pengawas', 9, kabid, true, opd.kode, profilOpd(opd.kode));
        addSlot(su, kasi, campuran, (bidangWeight * 0.85) / b.anak.length, 'seksi');
      }
    }

    for (const u of opd.upt ?? []) {
      const uu = addUnit(unit, `${opd.kode}.${u.kode}`, u.nama, 'upt', { opdKode: opd.kode });
      const kepalaUpt = addPost(uu, uu.kode, `Kepala ${u.nama}`, 'pengawas', 9, kepala, true, opd.kode, profilOpd(opd.kode));
      addSlot(uu, kepalaUpt, [...(u.fungsional ?? []), ['pengelola_lo', 0.6], ['pengadministrasi', 0.6]], u.staf, 'unit');
    }

    if (opd.kode === 'DINKES') {
      for (const p of PUSKESMAS) {
        const pu = addUnit(unit, `DINKES.PKM-${slug(p.nama)}`, `UPT Puskesmas ${p.nama}`, 'puskesmas', { opdKode: opd.kode });
        const kapus = addPost(pu, pu.kode, `Kepala UPT Puskesmas ${p.nama}`, 'pengawas', 9, kepala, true, opd.kode, rng.chance(0.6) ? 'dokter' : 'kesmas');
        const tu = addPost(pu, `${pu.kode}#TU`, 'Kepala Subbagian Tata Usaha', 'pengawas', 8, kapus, false, opd.kode, 'umum');
        // nakes answer to the kepala puskesmas, administration staff to the kasubbag TU (research/domain.md §1.10)
        addSlot(pu, kapus, NAKES_PUSKESMAS, 62 * p.bobot, 'unit');
        addSlot(pu, tu, [['pengelola_lo', 1], ['operator_lo', 1], ['pengadministrasi', 1], ['pengelola_umum', 1.2], ['bendahara', 0.3]], 7 * p.bobot, 'unit');
      }
    }

    if (opd.kode === 'DIKBUD') {
      for (const s of SEKOLAH) {
        const su = addUnit(unit, `DIKBUD.${s.kode}`, s.nama, 'sekolah', { opdKode: opd.kode });
        // the kepala sekolah is a guru with an additional task; guru are evaluated by the kepala sekolah
        // (research/domain.md §1.10), the kepala sekolah by the kepala dinas
        const kepsek = addPost(su, su.kode, `Kepala ${s.nama}`, 'kepsek', KELAS_JENJANG.ahli_madya, kepala, true, opd.kode, 'pendidikan');
        addSlot(su, kepsek, [['guru', 1]], 9.5 * s.bobot, 'unit');
        addSlot(su, kepsek, [['pengadministrasi', 1], ['operator_lo', 1], ['pengelola_umum', 0.8]], 1.6 * s.bobot, 'unit');
      }
    }
  }

  // ---- kecamatan and kelurahan -------------------------------------------------------------------------------------
  for (const kec of KECAMATAN) {
    const kode = `KEC-${kec.kode}`;
    const ku = addUnit(root, kode, `Kecamatan ${kec.nama}`, 'kecamatan', { singkatan: `Kec. ${kec.nama}`, opd: true, opdKode: kode });
    // camat is an administrator post answering to the Sekda (brief; research/domain.md §1.10 administrator row)
    const camat = addPost(ku, kode, `Camat ${kec.nama}`, 'administrator', 12, sekda, true, kode, 'pemerintahan');
    const sek = addUnit(ku, `${kode}.SEKRET`, 'Sekretariat Kecamatan', 'sekretariat', { opdKode: kode });
    const sekcam = addPost(sek, sek.kode, 'Sekretaris Kecamatan', 'administrator', 10, camat, true, kode, 'pemerintahan');
    for (const nama of SUBBAG_KECAMATAN) {
      const sub = addUnit(sek, childKode(sek.kode, nama), `Subbagian ${nama}`, 'subbagian', { opdKode: kode });
      const kasubbag = addPost(sub, sub.kode, `Kepala Subbagian ${nama}`, 'pengawas', 9, sekcam, true, kode, 'umum');
      addSlot(sub, kasubbag, PELAKSANA_KANTOR, 4, 'seksi');
    }
    for (const nama of SEKSI_KECAMATAN) {
      const su = addUnit(ku, childKode(kode, nama), `Seksi ${nama}`, 'seksi', { opdKode: kode });
      const kasi = addPost(su, su.kode, `Kepala Seksi ${nama}`, 'pengawas', 9, camat, true, kode, 'pemerintahan');
      addSlot(su, kasi, [...PELAKSANA_KANTOR, ['penggerak_swadaya', 1.5]], 3, 'seksi');
    }
    for (const kel of kec.kelurahan) {
      const lu = addUnit(ku, `${kode}.KEL-${slug(kel)}`, `Kelurahan ${kel}`, 'kelurahan', { opdKode: kode });
      const lurah = addPost(lu, lu.kode, `Lurah ${kel}`, 'pengawas', 9, camat, true, kode, 'pemerintahan');
      const seklur = addPost(lu, `${lu.kode}#SEKLUR`, 'Sekretaris Kelurahan', 'pengawas', 8, lurah, false, kode, 'umum');
      const kasi1 = addPost(lu, `${lu.kode}#PEMTRAN`, 'Kepala Seksi Pemerintahan dan Ketenteraman', 'pengawas', 8, lurah, false, kode, 'pemerintahan');
      const kasi2 = addPost(lu, `${lu.kode}#PMKS`, 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', 'pengawas', 8, lurah, false, kode, 'sosial');
      const kantorKel: Bobot<KunciTemplate> = [['pengelola_lo', 2], ['operator_lo', 2], ['pengadministrasi', 2], ['pengelola_umum', 1]];
      addSlot(lu, seklur, kantorKel, 3.2, 'seksi');
      addSlot(lu, kasi1, kantorKel, 2.2, 'seksi');
      addSlot(lu, kasi2, kantorKel, 2.2, 'seksi');
    }
  }

  for (const k of LOWONGAN) {
    if (!posts.some((p) => p.kunci === k)) throw new Error(`LOWONGAN names no post: ${k}`);
  }

  // ---- staffing plan ---------------------------------------------------------------------------------------------
  const filledPosts = posts.filter((p) => !p.lowong);
  const target = rng.int(TARGET_PEGAWAI.min, TARGET_PEGAWAI.max);
  const staffTotal = target - filledPosts.length;
  const counts = allocate(rng, slots.map((s) => s.weight * (0.8 + 0.4 * rng.next())), staffTotal);

  const staffJabatan = new Map<string, JabatanRow>();
  const plans: StaffPlan[] = [];
  slots.forEach((slot, i) => {
    const n = counts[i] ?? 0;
    for (let k = 0; k < n; k++) {
      const kunci = rng.weighted(slot.templates);
      const template: TemplateJabatan = TEMPLATE[kunci];
      let jenisAsn: StaffPlan['jenisAsn'] = 'PNS';
      if (rng.chance(template.pppk)) jenisAsn = rng.chance(template.paruhWaktu ?? 0.01) ? 'PPPK_PARUH_WAKTU' : 'PPPK';
      let jenjang: Jenjang | null = null;
      if (template.jenis === 'fungsional') jenjang = pickJenjang(rng, template, jenisAsn !== 'PNS', slot.tingkat);
      // pensiun only where the holder can be old enough (PNS); cltn (cuti di luar tanggungan negara) for PNS too
      const status: StaffPlan['status'] = jenisAsn === 'PNS' ? (rng.chance(0.004) ? 'pensiun' : rng.chance(0.003) ? 'cltn' : 'aktif') : 'aktif';
      const nama = jenjang ? `${template.nama} ${LABEL_JENJANG[jenjang]}` : template.nama;
      const key = `${slot.unit.id}|${slot.atasan.id}|${nama}`;
      let jab = staffJabatan.get(key);
      if (!jab) {
        const kelas = jenjang ? KELAS_JENJANG[jenjang] : (template.kelas ?? 5);
        jab = addJabatan(slot.unit, nama, template.jenis, kelas, slot.atasan, false, jenjang);
        staffJabatan.set(key, jab);
      }
      plans.push({ slot, template, jabatan: jab, jenisAsn, jenjang, status });
    }
  });

  // ---- people ------------------------------------------------------------------------------------------------------
  const pegawai: PegawaiRow[] = [];
  const nipPrefixCount = new Map<string, number>();
  const holderOf = new Map<string, PegawaiRow>(); // jabatan id → holder of a structural post

  function person(p: {
    jabatan: JabatanRow;
    jenisAsn: 'PNS' | 'PPPK' | 'PPPK_PARUH_WAKTU';
    pendidikan: Pendidikan;
    profil: Profil;
    perempuan: number;
    usia: [number, number];
    /** golongan range the post allows (PNS) */
    rentang: [number, number];
    /** years of service the post needs at least (PNS): a kepala bidang or an ahli madya is not a new CPNS */
    masaKerjaMin: number;
    status: PegawaiRow['status'];
  }): PegawaiRow {
    const jk: 'L' | 'P' = rng.chance(p.perempuan) ? 'P' : 'L';
    // triangular spread of ages inside the range looks more like a real workforce than a flat one
    const usia = Math.round(p.usia[0] + ((rng.next() + rng.next()) / 2) * (p.usia[1] - p.usia[0]));
    const ly = tahunIni - usia;
    const lm = rng.int(1, 12);
    const ld = rng.int(1, daysInMonth(ly, lm));
    const lahir = `${ly}${pad(lm, 2)}${pad(ld, 2)}`;

    let tengah: string;
    let golongan: string;
    if (p.jenisAsn === 'PNS') {
      const masuk: Record<Pendidikan, [number, number]> = { SMP: [19, 30], SMA: [19, 32], D3: [21, 33], S1: [23, 35], S2: [25, 35] };
      const [a0, a1] = masuk[p.pendidikan];
      let ty = ly + rng.int(a0, Math.min(a1, Math.max(a0, usia - 1)));
      // TMT CPNS is in the past and at least 18 years after birth (DOMAIN.md §1 NIP)
      ty = Math.max(ly + 18, Math.min(ty, tahunIni - Math.max(1, p.masaKerjaMin)));
      const tm = rng.weighted(BULAN_TMT);
      tengah = `${ty}${pad(tm, 2)}`;
      const masaKerja = tahunIni - ty;
      // kenaikan pangkat reguler about every 4 years from the education's first golongan (PP 99/2000), kept inside
      // the range the post allows (a jenjang JF or structural post; for pelaksana the education's ceiling)
      const alami = GOLONGAN_AWAL[p.pendidikan][0] + Math.floor(masaKerja / rng.pick([4, 4, 5]));
      golongan = GOLONGAN_PNS[Math.min(Math.max(alami, p.rentang[0]), p.rentang[1])] ?? 'III/a';
    } else {
      const paling = Math.max(2019, ly + 18);
      const tahun = Object.entries(TAHUN_PPPK)
        .map(([y, w]) => [Number(y), w] as const)
        .filter(([y]) => y >= paling && y <= tahunIni - 1);
      // PPPK paruh waktu were first appointed in 2025 (KepmenPANRB 16/2025); 24 = paruh waktu code seen in NI PPPK
      const ty =
        p.jenisAsn === 'PPPK_PARUH_WAKTU'
          ? Math.max(paling, Math.min(2025, tahunIni - 1))
          : tahun.length > 0
            ? rng.weighted(tahun)
            : Math.max(paling, tahunIni - 1);
      tengah = `${ty}${p.jenisAsn === 'PPPK_PARUH_WAKTU' ? '24' : '21'}`;
      golongan = GOLONGAN_PPPK[p.pendidikan];
    }
    const prefix = `${lahir}${tengah}${jk === 'L' ? '1' : '2'}`;
    const urut = (nipPrefixCount.get(prefix) ?? 0) + 1;
    nipPrefixCount.set(prefix, urut);
    const nip = `${prefix}${pad(urut, 3)}`;
    const check = validateNip(nip, p.jenisAsn);
    if (!check.ok) throw new Error(`generated an invalid NIP ${formatNip(nip, p.jenisAsn)}: ${check.message}`);

    const { depan, belakang } = gelar(rng, p.profil, p.pendidikan, ly, jk);
    const row: PegawaiRow = {
      id: newId(),
      instansi_id: instansi.id,
      nip,
      nama: namaOrang(rng, jk),
      gelar_depan: depan,
      gelar_belakang: belakang,
      jenis_asn: p.jenisAsn,
      jenis_kelamin: jk,
      tanggal_lahir: `${ly}-${pad(lm, 2)}-${pad(ld, 2)}`,
      golongan,
      jabatan_id: p.jabatan.id,
      unit_id: p.jabatan.unit_id,
      status: p.status,
      email: null,
      telepon: null,
      versi: 1,
      dibuat_pada: asOf,
      diubah_pada: asOf,
    };
    pegawai.push(row);
    return row;
  }

  // Structural posts (and kepala sekolah): PNS only — PPPK cannot hold JPT/administrator/pengawas posts here.
  for (const post of posts) {
    if (post.lowong) continue;
    if (post.level === 'kepala_daerah') {
      const wk: PegawaiRow = {
        id: newId(), instansi_id: instansi.id, nip: null, nama: WALI_KOTA.nama, gelar_depan: WALI_KOTA.gelarDepan,
        gelar_belakang: null, jenis_asn: 'PEJABAT_NEGARA', jenis_kelamin: WALI_KOTA.jenisKelamin, tanggal_lahir: null,
        golongan: null, jabatan_id: post.jabatan.id, unit_id: post.jabatan.unit_id, status: 'aktif', email: null,
        telepon: null, versi: 1, dibuat_pada: asOf, diubah_pada: asOf,
      };
      pegawai.push(wk);
      holderOf.set(post.jabatan.id, wk);
      continue;
    }
    const spec = STRUKTURAL[post.level];
    const row = person({
      jabatan: post.jabatan,
      jenisAsn: 'PNS',
      pendidikan: rng.weighted(spec.pendidikan),
      profil: post.profil,
      perempuan: spec.perempuan,
      usia: spec.usia,
      rentang: spec.rentang,
      masaKerjaMin: spec.masaKerjaMin,
      status: 'aktif',
    });
    holderOf.set(post.jabatan.id, row);
  }

  for (const plan of plans) {
    const t = plan.template;
    const pendidikan: Pendidikan = plan.jenjang
      ? pendidikanJenjang(rng, plan.jenjang, t.profil)
      : rng.weighted(t.pendidikan ?? [['SMA', 1]]);
    const usia: [number, number] =
      plan.status === 'pensiun' ? [58, 61] : plan.jenisAsn !== 'PNS' ? USIA_PPPK[pendidikan] : plan.jenjang ? USIA_JENJANG[plan.jenjang] : USIA_PELAKSANA[pendidikan];
    person({
      jabatan: plan.jabatan,
      jenisAsn: plan.jenisAsn,
      pendidikan,
      profil: t.profil,
      perempuan: t.perempuan,
      usia,
      rentang: plan.jenjang ? RENTANG_JENJANG[plan.jenjang] : GOLONGAN_AWAL[pendidikan],
      masaKerjaMin: plan.jenjang ? MASA_KERJA_JENJANG[plan.jenjang] : 1,
      status: plan.status,
    });
  }

  // ---- accounts and roles ------------------------------------------------------------------------------------------
  const akun: AkunRowTanpaHash[] = [];
  const akunPeran: AkunPeranRow[] = [];
  const akunOf = new Map<string, AkunRowTanpaHash>(); // pegawai id → akun
  const unitById = new Map(units.map((u) => [u.id, u]));
  const jabatanById = new Map(jabatan.map((j) => [j.id, j]));

  for (const p of pegawai) {
    const a: AkunRowTanpaHash = {
      id: newId(),
      instansi_id: instansi.id,
      pegawai_id: p.id,
      // login by NIP (DESIGN.md "HTTP API conventions"); the Wali Kota has none and gets a plain account name
      username: p.nip ?? USERNAME_WALIKOTA,
      nama_tampilan: namaLengkap(p),
      harus_ganti_password: 0,
      // a retired pegawai keeps the record but can no longer sign in
      aktif: p.status === 'pensiun' ? 0 : 1,
      bahasa: 'id',
      password_diubah_pada: asOf,
      versi: 1,
      dibuat_pada: asOf,
    };
    akun.push(a);
    akunOf.set(p.id, a);
    if (p.nip) akunPeran.push({ akun_id: a.id, instansi_id: instansi.id, peran: 'pegawai', unit_id: null });
    else akunPeran.push({ akun_id: a.id, instansi_id: instansi.id, peran: 'walikota', unit_id: null });
  }

  const grant = (p: PegawaiRow | undefined, peran: PeranTersimpan, unitId: string | null): void => {
    const a = p ? akunOf.get(p.id) : undefined;
    if (!a) return;
    if (akunPeran.some((r) => r.akun_id === a.id && r.peran === peran)) return;
    akunPeran.push({ akun_id: a.id, instansi_id: instansi.id, peran, unit_id: unitId });
  };

  // pimpinan_opd: every filled head of an OPD (kepala dinas/badan, Sekda, Inspektur, Sekwan, Kasat, Direktur, camat)
  for (const post of posts) {
    const unit = unitById.get(post.jabatan.unit_id);
    if (!unit || post.jabatan.kepala_unit !== 1 || unit.opd_id !== unit.id) continue;
    grant(holderOf.get(post.jabatan.id), 'pimpinan_opd', unit.id);
  }

  const holderByKunci = (kunci: string): PegawaiRow | undefined => {
    const post = posts.find((p) => p.kunci === kunci);
    return post ? holderOf.get(post.jabatan.id) : undefined;
  };
  const staffIn = (unitPrefixKode: string, filter: (j: JabatanRow, p: PegawaiRow) => boolean): PegawaiRow[] => {
    const u = unitByKode.get(unitPrefixKode);
    if (!u) return [];
    return pegawai.filter((p) => {
      const j = p.jabatan_id ? jabatanById.get(p.jabatan_id) : undefined;
      const pu = p.unit_id ? unitById.get(p.unit_id) : undefined;
      return !!j && !!pu && pu.jalur.startsWith(u.jalur) && p.status === 'aktif' && filter(j, p);
    });
  };

  // admin_bkppd: the kepala bidang for kepegawaian information, the kasubbid of data, and one analis/pelaksana there
  const kabidPpik = holderByKunci('BKPPD.PPIK');
  const kasubbidData = holderByKunci('BKPPD.PPIK.DIK');
  const analisPpik = staffIn('BKPPD.PPIK', (j, p) => (j.jenis === 'fungsional' || j.jenis === 'pelaksana') && p.jenis_asn === 'PNS')[0];
  for (const p of [kabidPpik, kasubbidData, analisPpik]) grant(p, 'admin_bkppd', null);

  // auditor: the Inspektur and the JF Auditor of the Inspektorat
  grant(holderByKunci('INSPEKTORAT'), 'auditor', null);
  const auditors = staffIn('INSPEKTORAT', (j) => j.nama.startsWith('Auditor '));
  for (const p of auditors) grant(p, 'auditor', null);

  // ---- demo accounts ----------------------------------------------------------------------------------------------
  const dinkes = unitByKode.get('DINKES');
  const kepalaDinkes = holderByKunci('DINKES');
  const pelaksanaDemo = staffIn('DINKES', (j, p) => {
    const u = unitById.get(j.unit_id);
    return j.jenis === 'pelaksana' && p.jenis_asn === 'PNS' && u?.jenis === 'seksi' && !!j.atasan_jabatan_id && holderOf.has(j.atasan_jabatan_id);
  })[0];
  const atasanDemo = pelaksanaDemo?.jabatan_id ? holderOf.get(jabatanById.get(pelaksanaDemo.jabatan_id)?.atasan_jabatan_id ?? '') : undefined;
  const auditorDemo = auditors.find((p) => jabatanById.get(p.jabatan_id ?? '')?.jenjang === 'ahli_muda') ?? auditors[0];
  const wk = holderOf.get(waliKota.id);
  if (!dinkes || !kepalaDinkes || !pelaksanaDemo || !atasanDemo || !kabidPpik || !auditorDemo || !wk) {
    throw new Error('demo accounts could not be chosen: check katalog.ts LOWONGAN');
  }

  const letak = (p: PegawaiRow): string => {
    const j = jabatanById.get(p.jabatan_id ?? '');
    const u = unitById.get(p.unit_id ?? '');
    if (!j || !u) return '';
    const names: string[] = [];
    for (const id of u.jalur.split('/').filter(Boolean).slice(1)) {
      const x = unitById.get(id);
      if (x) names.push(x.nama);
    }
    return names.reverse().join(', ');
  };
  const jab = (p: PegawaiRow): string => jabatanById.get(p.jabatan_id ?? '')?.nama ?? '';
  const entry = (peran: PeranDemo, p: PegawaiRow, keterangan: string): AkunDemo => ({
    peran,
    username: akunOf.get(p.id)?.username ?? '',
    nama: namaLengkap(p),
    keterangan,
  });
  const akunDemo: AkunDemo[] = [
    entry('pegawai', pelaksanaDemo, `Pelaksana (${jab(pelaksanaDemo)}), ${letak(pelaksanaDemo)}`),
    entry('atasan', atasanDemo, `${jab(atasanDemo)}, ${letak(atasanDemo).split(', ').slice(1).join(', ')} — atasan langsung (pejabat penilai) akun pegawai di atas`),
    entry('pimpinan_opd', kepalaDinkes, `${jab(kepalaDinkes)} — pimpinan OPD`),
    entry('admin_bkppd', kabidPpik, `${jab(kabidPpik)}, BKPPD — admin kepegawaian`),
    entry('auditor', auditorDemo, `${jab(auditorDemo)}, ${letak(auditorDemo)} — auditor`),
    entry('walikota', wk, 'Wali Kota Kupang — Pejabat Pembina Kepegawaian'),
  ];

  return { instansi, unitKerja: units, jabatan, pegawai, akun, akunPeran, akunDemo };
}

// ---------------------------------------------------------------------------------------------------------------
// People helpers

const STRUKTURAL: Record<
  Exclude<Post['level'], 'kepala_daerah'>,
  { pendidikan: Bobot<Pendidikan>; perempuan: number; usia: [number, number]; rentang: [number, number]; masaKerjaMin: number }
> = {
  // golongan ranges: JPT Pratama IV/b–IV/d (Sekda IV/c–IV/e), administrator III/d–IV/b, pengawas III/b–IV/a
  sekda: { pendidikan: [['S2', 1]], perempuan: 0.2, usia: [50, 58], rentang: [G('IV/c'), G('IV/e')], masaKerjaMin: 22 },
  jpt: { pendidikan: [['S2', 0.85], ['S1', 0.15]], perempuan: 0.3, usia: [45, 58], rentang: [G('IV/b'), G('IV/d')], masaKerjaMin: 18 },
  administrator: { pendidikan: [['S2', 0.6], ['S1', 0.4]], perempuan: 0.4, usia: [40, 57], rentang: [G('III/d'), G('IV/b')], masaKerjaMin: 12 },
  pengawas: { pendidikan: [['S1', 0.82], ['S2', 0.18]], perempuan: 0.48, usia: [33, 57], rentang: [G('III/b'), G('IV/a')], masaKerjaMin: 8 },
  kepsek: { pendidikan: [['S1', 0.6], ['S2', 0.4]], perempuan: 0.55, usia: [44, 59], rentang: [G('IV/a'), G('IV/b')], masaKerjaMin: 16 },
};

/** Usual minimum years of service before reaching a jenjang (promotion every ~4 years from the first jenjang). */
const MASA_KERJA_JENJANG: Record<Jenjang, number> = {
  pemula: 1, terampil: 1, mahir: 5, penyelia: 10, ahli_pertama: 1, ahli_muda: 8, ahli_madya: 16, ahli_utama: 24,
};

const USIA_JENJANG: Record<Jenjang, [number, number]> = {
  pemula: [20, 38],
  terampil: [22, 50],
  mahir: [30, 56],
  penyelia: [38, 57],
  ahli_pertama: [24, 45],
  ahli_muda: [33, 57],
  ahli_madya: [42, 59],
  ahli_utama: [50, 59],
};
const USIA_PELAKSANA: Record<Pendidikan, [number, number]> = { SMP: [25, 57], SMA: [21, 57], D3: [23, 57], S1: [24, 57], S2: [30, 57] };
// many PPPK were long-serving honorer before appointment, so they are older than new CPNS
const USIA_PPPK: Record<Pendidikan, [number, number]> = { SMP: [28, 55], SMA: [24, 55], D3: [25, 52], S1: [26, 50], S2: [30, 50] };

function pickJenjang(rng: Rng, t: TemplateJabatan, pppk: boolean, tingkat: Tingkat): Jenjang {
  const all = t.jenjang ?? [['ahli_pertama', 1]];
  let choices = all;
  // PPPK enter at the first jenjang of a JF
  if (pppk) choices = all.filter(([j]) => ENTRY_JENJANG.has(j));
  // under a kepala seksi: up to ahli muda; directly under a kepala bidang: ahli muda and above
  else if (tingkat === 'seksi') choices = all.filter(([j]) => j !== 'ahli_madya' && j !== 'ahli_utama');
  else if (tingkat === 'bidang') choices = all.filter(([j]) => j === 'ahli_muda' || j === 'ahli_madya' || j === 'ahli_utama');
  if (choices.length === 0) choices = all;
  return rng.weighted(choices);
}

function pendidikanJenjang(rng: Rng, j: Jenjang, profil: Profil): Pendidikan {
  if (j === 'pemula') return 'SMA';
  if (j === 'terampil' || j === 'mahir' || j === 'penyelia') return profil === 'sma' ? (rng.chance(0.8) ? 'SMA' : 'D3') : 'D3';
  const s2 = j === 'ahli_pertama' ? 0.06 : j === 'ahli_muda' ? 0.18 : 0.4;
  return rng.chance(s2) ? 'S2' : 'S1';
}

function namaOrang(rng: Rng, jk: 'L' | 'P'): string {
  if (rng.chance(0.07)) {
    const depan = rng.pick(jk === 'L' ? NAMA_MUSLIM_LAKI : NAMA_MUSLIM_PEREMPUAN);
    return `${depan} ${rng.pick(MARGA_MUSLIM)}`;
  }
  const parts = [rng.pick(jk === 'L' ? NAMA_LAKI : NAMA_PEREMPUAN)];
  if (rng.chance(0.35)) {
    const t = rng.pick(jk === 'L' ? NAMA_TENGAH_LAKI : NAMA_TENGAH_PEREMPUAN);
    if (t !== parts[0]) parts.push(t);
  }
  if (rng.chance(0.97)) parts.push(rng.pick(rng.weighted(MARGA)));
  return parts.join(' ');
}

interface Gelar {
  depan: string | null;
  belakang: string | null;
}

const S1_PROFIL: Record<Profil, readonly string[]> = {
  umum: ['S.E.', 'S.H.', 'S.Sos.', 'S.IP.', 'S.AP.', 'S.Ak.', 'S.Kom.'],
  hukum: ['S.H.'],
  ekonomi: ['S.E.', 'S.E.', 'S.Ak.'],
  sosial: ['S.Sos.', 'S.IP.', 'S.I.Kom.'],
  pemerintahan: ['S.STP.', 'S.IP.', 'S.Sos.', 'S.H.'],
  teknik: ['S.T.'],
  komputer: ['S.Kom.', 'S.Kom.', 'S.T.'],
  pendidikan: ['S.Pd.', 'S.Pd.', 'S.Pd.', 'S.Si.', 'S.S.'],
  kesmas: ['S.KM.', 'S.KM.', 'S.Tr.Kes.'],
  perawat: ['S.Kep.'],
  bidan: ['S.Tr.Keb.', 'S.ST.'],
  farmasi: ['S.Farm.'],
  apoteker: ['S.Farm.'],
  dokter: [],
  dokter_gigi: [],
  spesialis: [],
  lab: ['S.Tr.AK.', 'S.Si.'],
  gizi: ['S.Gz.'],
  pertanian: ['S.P.', 'S.Pt.'],
  veteriner: [],
  perikanan: ['S.Pi.'],
  sma: ['S.Sos.', 'S.E.', 'S.H.'],
};
const S2_PROFIL: Partial<Record<Profil, readonly string[]>> = {
  hukum: ['M.H.'],
  ekonomi: ['M.Si.', 'M.M.', 'M.Ak.'],
  teknik: ['M.T.'],
  komputer: ['M.Kom.', 'M.T.'],
  pendidikan: ['M.Pd.'],
  kesmas: ['M.Kes.'],
  perawat: ['M.Kep.'],
  bidan: ['M.Kes.'],
  apoteker: ['M.Farm.', 'M.Kes.'],
  dokter: ['M.Kes.', 'M.Kes.', 'M.Biomed.'],
  pertanian: ['M.P.', 'M.Si.'],
  perikanan: ['M.Si.'],
};
const D3_PROFIL: Partial<Record<Profil, string>> = {
  perawat: 'A.Md.Kep.',
  bidan: 'A.Md.Keb.',
  farmasi: 'A.Md.Farm.',
  kesmas: 'A.Md.Kes.',
  lab: 'A.Md.AK.',
  gizi: 'A.Md.Gz.',
  komputer: 'A.Md.Kom.',
  teknik: 'A.Md.T.',
  pertanian: 'A.Md.P.',
  perikanan: 'A.Md.Pi.',
};
const SPESIALIS = ['Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.PK.', 'Sp.M.', 'Sp.THT-KL.', 'Sp.N.', 'Sp.KJ.', 'Sp.JP.'];

/** Academic and professional titles as written in Indonesian civil-service documents. */
function gelar(rng: Rng, profil: Profil, pendidikan: Pendidikan, tahunLahir: number, jk: 'L' | 'P'): Gelar {
  if (pendidikan === 'SMP' || pendidikan === 'SMA') return { depan: null, belakang: null };
  if (pendidikan === 'D3') return { depan: null, belakang: D3_PROFIL[profil] ?? 'A.Md.' };
  const master = pendidikan === 'S2' ? rng.pick(S2_PROFIL[profil] ?? ['M.Si.', 'M.M.', 'M.AP.']) : null;
  const join = (...xs: (string | null)[]): string | null => xs.filter(Boolean).join(', ') || null;
  switch (profil) {
    case 'dokter':
      return { depan: 'dr.', belakang: master };
    case 'spesialis':
      return { depan: 'dr.', belakang: rng.pick(SPESIALIS) };
    case 'dokter_gigi':
      return { depan: 'drg.', belakang: master };
    case 'veteriner':
      return { depan: 'drh.', belakang: master };
    case 'apoteker':
      return { depan: 'apt.', belakang: join('S.Farm.', master) };
    case 'perawat':
      return { depan: 'Ns.', belakang: join('S.Kep.', master) };
    default:
      break;
  }
  // Before the 1990s degree reform, social-science and engineering graduates carried Drs./Dra. and Ir. in front.
  const tua = tahunLahir < 1969;
  if (tua && (profil === 'teknik' || profil === 'pertanian') && rng.chance(0.6)) return { depan: 'Ir.', belakang: master };
  if (tua && ['umum', 'sosial', 'pemerintahan', 'ekonomi', 'pendidikan'].includes(profil) && rng.chance(0.6)) {
    return { depan: jk === 'L' ? 'Drs.' : 'Dra.', belakang: master };
  }
  return { depan: null, belakang: join(rng.pick(S1_PROFIL[profil].length > 0 ? S1_PROFIL[profil] : ['S.Sos.']), master) };
}

/**
 * Splits `total` into integers proportional to `weights`, at least 1 each (every unit that has a slot gets someone),
 * by the largest-remainder method — exact, so the headcount lands on the target.
 */
function allocate(rng: Rng, weights: readonly number[], total: number): number[] {
  const n = weights.length;
  if (total < n) throw new Error(`cannot staff ${n} slots with ${total} people`);
  const sum = weights.reduce((s, w) => s + w, 0);
  const rest = total - n;
  const exact = weights.map((w) => (rest * w) / sum);
  const out = exact.map((e) => 1 + Math.floor(e));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact
    .map((e, i) => [i, e - Math.floor(e) + rng.next() * 1e-9] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}
