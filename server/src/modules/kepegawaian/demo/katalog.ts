// The static shape of the demo instansi "Pemerintah Kota Kupang (DEMO)": perangkat daerah and their bidang/seksi,
// kecamatan and kelurahan, puskesmas, sekolah, and the jabatan templates that staff them.
// Sources: research/domain.md §5.1 (BKPPD, BKAD, the 6 kecamatan with 51 kelurahan, the PARTIAL OPD list) and
// DOMAIN.md §1 (unit tree, jabatan kinds). The complete current SOTK Perda is UNVERIFIED (research/domain.md §7 item
// 8), so bidang and seksi below follow the usual Permendagri nomenclature for a Kota; they are demo data, not a claim
// about the real organisation. Only the structure is here; people are drawn in generate.ts.

export type Jenjang =
  | 'pemula'
  | 'terampil'
  | 'mahir'
  | 'penyelia'
  | 'ahli_pertama'
  | 'ahli_muda'
  | 'ahli_madya'
  | 'ahli_utama';

export const LABEL_JENJANG: Record<Jenjang, string> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
};

/** Kelas jabatan of each jenjang fungsional (usual values in Perpres tunjangan JF tables; demo only). */
export const KELAS_JENJANG: Record<Jenjang, number> = {
  pemula: 5,
  terampil: 6,
  mahir: 7,
  penyelia: 8,
  ahli_pertama: 8,
  ahli_muda: 9,
  ahli_madya: 11,
  ahli_utama: 13,
};

/** Education-and-degree profile: decides the gelar a holder gets (see generate.ts). */
export type Profil =
  | 'umum'
  | 'hukum'
  | 'ekonomi'
  | 'sosial'
  | 'pemerintahan'
  | 'teknik'
  | 'komputer'
  | 'pendidikan'
  | 'kesmas'
  | 'perawat'
  | 'bidan'
  | 'farmasi'
  | 'apoteker'
  | 'dokter'
  | 'dokter_gigi'
  | 'spesialis'
  | 'lab'
  | 'gizi'
  | 'pertanian'
  | 'veteriner'
  | 'perikanan'
  | 'sma';

export type Pendidikan = 'SMP' | 'SMA' | 'D3' | 'S1' | 'S2';

type Bobot<T> = readonly (readonly [T, number])[];

export interface TemplateJabatan {
  nama: string;
  jenis: 'pelaksana' | 'fungsional';
  /** pelaksana only */
  kelas?: number;
  /** fungsional only: spread of jenjang among PNS holders */
  jenjang?: Bobot<Jenjang>;
  /** pelaksana only (fungsional education follows the jenjang) */
  pendidikan?: Bobot<Pendidikan>;
  profil: Profil;
  /** share of PPPK among holders; PPPK hold only the entry jenjang of a JF */
  pppk: number;
  /** share of PPPK paruh waktu among the PPPK holders */
  paruhWaktu?: number;
  perempuan: number;
}

const AHLI: Bobot<Jenjang> = [['ahli_pertama', 0.45], ['ahli_muda', 0.4], ['ahli_madya', 0.15]];
const AHLI_TERAMPIL: Bobot<Jenjang> = [['terampil', 0.3], ['mahir', 0.2], ['ahli_pertama', 0.3], ['ahli_muda', 0.2]];
const TERAMPIL: Bobot<Jenjang> = [['terampil', 0.55], ['mahir', 0.3], ['penyelia', 0.15]];

export const TEMPLATE = {
  // Jabatan pelaksana: nomenclature of KepmenPANRB 11/2024 (penyederhanaan jabatan pelaksana).
  penata_lo: { nama: 'Penata Layanan Operasional', jenis: 'pelaksana', kelas: 7, pendidikan: [['S1', 0.9], ['S2', 0.1]], profil: 'umum', pppk: 0.4, perempuan: 0.5 },
  pengelola_lo: { nama: 'Pengelola Layanan Operasional', jenis: 'pelaksana', kelas: 6, pendidikan: [['D3', 0.45], ['S1', 0.55]], profil: 'umum', pppk: 0.35, perempuan: 0.5 },
  operator_lo: { nama: 'Operator Layanan Operasional', jenis: 'pelaksana', kelas: 5, pendidikan: [['SMA', 0.8], ['D3', 0.2]], profil: 'sma', pppk: 0.45, paruhWaktu: 0.12, perempuan: 0.45 },
  pengadministrasi: { nama: 'Pengadministrasi Perkantoran', jenis: 'pelaksana', kelas: 5, pendidikan: [['SMA', 0.85], ['D3', 0.15]], profil: 'sma', pppk: 0.4, paruhWaktu: 0.1, perempuan: 0.6 },
  pengelola_umum: { nama: 'Pengelola Umum Operasional', jenis: 'pelaksana', kelas: 3, pendidikan: [['SMP', 0.3], ['SMA', 0.7]], profil: 'sma', pppk: 0.5, paruhWaktu: 0.3, perempuan: 0.2 },
  penata_ti: { nama: 'Penata Kelola Sistem dan Teknologi Informasi', jenis: 'pelaksana', kelas: 7, pendidikan: [['S1', 0.9], ['D3', 0.1]], profil: 'komputer', pppk: 0.45, perempuan: 0.35 },
  bendahara: { nama: 'Bendahara', jenis: 'pelaksana', kelas: 7, pendidikan: [['D3', 0.3], ['S1', 0.7]], profil: 'ekonomi', pppk: 0.05, perempuan: 0.65 },

  // Jabatan fungsional (names of the JF per their PermenPANRB).
  guru: { nama: 'Guru', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.35], ['ahli_muda', 0.35], ['ahli_madya', 0.3]], profil: 'pendidikan', pppk: 0.55, perempuan: 0.68 },
  pengawas_sekolah: { nama: 'Pengawas Sekolah', jenis: 'fungsional', jenjang: [['ahli_muda', 0.4], ['ahli_madya', 0.6]], profil: 'pendidikan', pppk: 0, perempuan: 0.5 },
  pamong_budaya: { nama: 'Pamong Budaya', jenis: 'fungsional', jenjang: AHLI, profil: 'pendidikan', pppk: 0.2, perempuan: 0.5 },
  dokter: { nama: 'Dokter', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.45], ['ahli_muda', 0.35], ['ahli_madya', 0.2]], profil: 'dokter', pppk: 0.3, perempuan: 0.58 },
  dokter_spesialis: { nama: 'Dokter', jenis: 'fungsional', jenjang: [['ahli_muda', 0.4], ['ahli_madya', 0.6]], profil: 'spesialis', pppk: 0.1, perempuan: 0.45 },
  dokter_gigi: { nama: 'Dokter Gigi', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.5], ['ahli_muda', 0.35], ['ahli_madya', 0.15]], profil: 'dokter_gigi', pppk: 0.25, perempuan: 0.65 },
  perawat: { nama: 'Perawat', jenis: 'fungsional', jenjang: [['terampil', 0.3], ['mahir', 0.15], ['penyelia', 0.05], ['ahli_pertama', 0.25], ['ahli_muda', 0.2], ['ahli_madya', 0.05]], profil: 'perawat', pppk: 0.45, perempuan: 0.72 },
  bidan: { nama: 'Bidan', jenis: 'fungsional', jenjang: [['terampil', 0.35], ['mahir', 0.2], ['penyelia', 0.05], ['ahli_pertama', 0.25], ['ahli_muda', 0.15]], profil: 'bidan', pppk: 0.45, perempuan: 1 },
  apoteker: { nama: 'Apoteker', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.5], ['ahli_muda', 0.4], ['ahli_madya', 0.1]], profil: 'apoteker', pppk: 0.35, perempuan: 0.7 },
  asisten_apoteker: { nama: 'Asisten Apoteker', jenis: 'fungsional', jenjang: TERAMPIL, profil: 'farmasi', pppk: 0.45, perempuan: 0.75 },
  pranata_lab: { nama: 'Pranata Laboratorium Kesehatan', jenis: 'fungsional', jenjang: [['terampil', 0.5], ['mahir', 0.25], ['ahli_pertama', 0.15], ['ahli_muda', 0.1]], profil: 'lab', pppk: 0.4, perempuan: 0.65 },
  nutrisionis: { nama: 'Nutrisionis', jenis: 'fungsional', jenjang: [['terampil', 0.5], ['mahir', 0.2], ['ahli_pertama', 0.2], ['ahli_muda', 0.1]], profil: 'gizi', pppk: 0.4, perempuan: 0.8 },
  sanitarian: { nama: 'Tenaga Sanitasi Lingkungan', jenis: 'fungsional', jenjang: [['terampil', 0.5], ['mahir', 0.2], ['ahli_pertama', 0.2], ['ahli_muda', 0.1]], profil: 'kesmas', pppk: 0.4, perempuan: 0.55 },
  penyuluh_kesmas: { nama: 'Penyuluh Kesehatan Masyarakat', jenis: 'fungsional', jenjang: AHLI, profil: 'kesmas', pppk: 0.35, perempuan: 0.65 },
  epidemiolog: { nama: 'Epidemiolog Kesehatan', jenis: 'fungsional', jenjang: AHLI, profil: 'kesmas', pppk: 0.2, perempuan: 0.55 },
  administrator_kesehatan: { nama: 'Administrator Kesehatan', jenis: 'fungsional', jenjang: AHLI, profil: 'kesmas', pppk: 0.2, perempuan: 0.55 },
  perekam_medis: { nama: 'Perekam Medis', jenis: 'fungsional', jenjang: [['terampil', 0.6], ['mahir', 0.3], ['ahli_pertama', 0.1]], profil: 'kesmas', pppk: 0.45, perempuan: 0.6 },
  radiografer: { nama: 'Radiografer', jenis: 'fungsional', jenjang: [['terampil', 0.6], ['mahir', 0.3], ['ahli_pertama', 0.1]], profil: 'kesmas', pppk: 0.4, perempuan: 0.4 },
  fisioterapis: { nama: 'Fisioterapis', jenis: 'fungsional', jenjang: [['terampil', 0.6], ['mahir', 0.3], ['ahli_pertama', 0.1]], profil: 'kesmas', pppk: 0.4, perempuan: 0.55 },
  analis_sdm: { nama: 'Analis Sumber Daya Manusia Aparatur', jenis: 'fungsional', jenjang: AHLI, profil: 'umum', pppk: 0.1, perempuan: 0.55 },
  pranata_sdm: { nama: 'Pranata Sumber Daya Manusia Aparatur', jenis: 'fungsional', jenjang: TERAMPIL, profil: 'umum', pppk: 0.1, perempuan: 0.6 },
  perencana: { nama: 'Perencana', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.4], ['ahli_muda', 0.4], ['ahli_madya', 0.2]], profil: 'ekonomi', pppk: 0.05, perempuan: 0.5 },
  analis_kebijakan: { nama: 'Analis Kebijakan', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.4], ['ahli_muda', 0.4], ['ahli_madya', 0.2]], profil: 'sosial', pppk: 0.05, perempuan: 0.5 },
  auditor: { nama: 'Auditor', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.35], ['ahli_muda', 0.4], ['ahli_madya', 0.25]], profil: 'ekonomi', pppk: 0, perempuan: 0.5 },
  p2upd: { nama: 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.4], ['ahli_muda', 0.4], ['ahli_madya', 0.2]], profil: 'pemerintahan', pppk: 0, perempuan: 0.45 },
  analis_keuangan: { nama: 'Analis Keuangan Pusat dan Daerah', jenis: 'fungsional', jenjang: AHLI, profil: 'ekonomi', pppk: 0.1, perempuan: 0.6 },
  pengelola_pbj: { nama: 'Pengelola Pengadaan Barang/Jasa', jenis: 'fungsional', jenjang: AHLI, profil: 'teknik', pppk: 0.05, perempuan: 0.4 },
  analis_hukum: { nama: 'Analis Hukum', jenis: 'fungsional', jenjang: AHLI, profil: 'hukum', pppk: 0.1, perempuan: 0.5 },
  perancang_uu: { nama: 'Perancang Peraturan Perundang-undangan', jenis: 'fungsional', jenjang: AHLI, profil: 'hukum', pppk: 0, perempuan: 0.5 },
  pranata_humas: { nama: 'Pranata Hubungan Masyarakat', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'sosial', pppk: 0.25, perempuan: 0.55 },
  pranata_komputer: { nama: 'Pranata Komputer', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'komputer', pppk: 0.4, perempuan: 0.35 },
  sandiman: { nama: 'Sandiman', jenis: 'fungsional', jenjang: [['terampil', 0.4], ['ahli_pertama', 0.4], ['ahli_muda', 0.2]], profil: 'komputer', pppk: 0.2, perempuan: 0.3 },
  statistisi: { nama: 'Statistisi', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'ekonomi', pppk: 0.2, perempuan: 0.5 },
  arsiparis: { nama: 'Arsiparis', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'umum', pppk: 0.3, perempuan: 0.6 },
  pustakawan: { nama: 'Pustakawan', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'umum', pppk: 0.3, perempuan: 0.65 },
  pekerja_sosial: { nama: 'Pekerja Sosial', jenis: 'fungsional', jenjang: [['terampil', 0.3], ['ahli_pertama', 0.4], ['ahli_muda', 0.3]], profil: 'sosial', pppk: 0.35, perempuan: 0.6 },
  penyuluh_sosial: { nama: 'Penyuluh Sosial', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.5], ['ahli_muda', 0.5]], profil: 'sosial', pppk: 0.3, perempuan: 0.55 },
  adb: { nama: 'Administrator Database Kependudukan', jenis: 'fungsional', jenjang: AHLI, profil: 'komputer', pppk: 0.2, perempuan: 0.45 },
  penguji_kendaraan: { nama: 'Penguji Kendaraan Bermotor', jenis: 'fungsional', jenjang: [['pemula', 0.2], ['terampil', 0.4], ['mahir', 0.3], ['penyelia', 0.1]], profil: 'teknik', pppk: 0.3, perempuan: 0.1 },
  teknik_jalan: { nama: 'Teknik Jalan dan Jembatan', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'teknik', pppk: 0.35, perempuan: 0.2 },
  teknik_pengairan: { nama: 'Teknik Pengairan', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'teknik', pppk: 0.35, perempuan: 0.2 },
  teknik_bangunan: { nama: 'Teknik Tata Bangunan dan Perumahan', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'teknik', pppk: 0.35, perempuan: 0.3 },
  penata_ruang: { nama: 'Penata Ruang', jenis: 'fungsional', jenjang: AHLI, profil: 'teknik', pppk: 0.2, perempuan: 0.4 },
  pengendali_dampak: { nama: 'Pengendali Dampak Lingkungan', jenis: 'fungsional', jenjang: AHLI, profil: 'teknik', pppk: 0.25, perempuan: 0.45 },
  penyuluh_pertanian: { nama: 'Penyuluh Pertanian', jenis: 'fungsional', jenjang: AHLI_TERAMPIL, profil: 'pertanian', pppk: 0.45, perempuan: 0.4 },
  medik_veteriner: { nama: 'Medik Veteriner', jenis: 'fungsional', jenjang: AHLI, profil: 'veteriner', pppk: 0.2, perempuan: 0.5 },
  paramedik_veteriner: { nama: 'Paramedik Veteriner', jenis: 'fungsional', jenjang: TERAMPIL, profil: 'pertanian', pppk: 0.35, perempuan: 0.35 },
  penyuluh_perikanan: { nama: 'Penyuluh Perikanan', jenis: 'fungsional', jenjang: [['terampil', 0.3], ['ahli_pertama', 0.4], ['ahli_muda', 0.3]], profil: 'perikanan', pppk: 0.4, perempuan: 0.35 },
  adyatama: { nama: 'Adyatama Kepariwisataan dan Ekonomi Kreatif', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'umum', pppk: 0.2, perempuan: 0.55 },
  penera: { nama: 'Penera', jenis: 'fungsional', jenjang: [['terampil', 0.5], ['mahir', 0.3], ['ahli_pertama', 0.2]], profil: 'teknik', pppk: 0.2, perempuan: 0.3 },
  pengawas_perdagangan: { nama: 'Pengawas Perdagangan', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'ekonomi', pppk: 0.2, perempuan: 0.5 },
  pengawas_koperasi: { nama: 'Pengawas Koperasi', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'ekonomi', pppk: 0.2, perempuan: 0.5 },
  penata_perizinan: { nama: 'Penata Perizinan', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'hukum', pppk: 0.25, perempuan: 0.55 },
  pengantar_kerja: { nama: 'Pengantar Kerja', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'sosial', pppk: 0.2, perempuan: 0.5 },
  mediator_hi: { nama: 'Mediator Hubungan Industrial', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.5], ['ahli_muda', 0.5]], profil: 'hukum', pppk: 0, perempuan: 0.4 },
  penyuluh_kb: { nama: 'Penyuluh Keluarga Berencana', jenis: 'fungsional', jenjang: [['terampil', 0.2], ['ahli_pertama', 0.4], ['ahli_muda', 0.3], ['ahli_madya', 0.1]], profil: 'kesmas', pppk: 0.35, perempuan: 0.7 },
  pol_pp: { nama: 'Polisi Pamong Praja', jenis: 'fungsional', jenjang: [['pemula', 0.1], ['terampil', 0.4], ['mahir', 0.25], ['penyelia', 0.1], ['ahli_pertama', 0.1], ['ahli_muda', 0.05]], profil: 'sma', pppk: 0.4, paruhWaktu: 0.1, perempuan: 0.2 },
  pemadam: { nama: 'Pemadam Kebakaran', jenis: 'fungsional', jenjang: [['pemula', 0.2], ['terampil', 0.5], ['mahir', 0.2], ['penyelia', 0.1]], profil: 'sma', pppk: 0.4, paruhWaktu: 0.1, perempuan: 0.05 },
  penata_bencana: { nama: 'Penata Penanggulangan Bencana', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'teknik', pppk: 0.3, perempuan: 0.35 },
  analis_pangan: { nama: 'Analis Ketahanan Pangan', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.6], ['ahli_muda', 0.4]], profil: 'pertanian', pppk: 0.25, perempuan: 0.5 },
  pengawas_mutu: { nama: 'Pengawas Mutu Hasil Pertanian', jenis: 'fungsional', jenjang: [['terampil', 0.4], ['ahli_pertama', 0.4], ['ahli_muda', 0.2]], profil: 'pertanian', pppk: 0.25, perempuan: 0.5 },
  penggerak_swadaya: { nama: 'Penggerak Swadaya Masyarakat', jenis: 'fungsional', jenjang: [['ahli_pertama', 0.5], ['ahli_muda', 0.5]], profil: 'sosial', pppk: 0.2, perempuan: 0.5 },
} as const satisfies Record<string, TemplateJabatan>;

export type KunciTemplate = keyof typeof TEMPLATE;

/** Default pelaksana mix of an office. */
export const PELAKSANA_KANTOR: Bobot<KunciTemplate> = [
  ['penata_lo', 3], ['pengelola_lo', 3], ['operator_lo', 2.2], ['pengadministrasi', 2], ['pengelola_umum', 1], ['penata_ti', 0.4],
];

export interface BidangSpec {
  kode: string;
  /** full unit name, e.g. 'Bidang Pencegahan dan Pengendalian Penyakit' */
  nama: string;
  /** names of the seksi/subbidang/subbagian, without the prefix */
  anak: readonly string[];
  /** Setda: the asisten (key in OpdSpec.pejabatTambahan) the kepala bagian answers to */
  atasan?: string;
  /** weight of this bidang's staff within the OPD (default 1) */
  bobot?: number;
  /** overrides OpdSpec.jenisBidang / jenisAnak (RSUD: a Bagian Tata Usaha with subbagian beside bidang with seksi) */
  jenis?: 'bidang' | 'bagian';
  jenisAnak?: 'seksi' | 'subbidang' | 'subbagian';
  /** overrides OpdSpec.fungsional for this bidang (RSUD: doctors in Pelayanan Medik, nurses in Keperawatan) */
  fungsional?: Bobot<KunciTemplate>;
}

export interface UptSpec {
  kode: string;
  nama: string;
  staf: number;
  /** jabatan templates of the UPT's staff (JF and specific pelaksana); office pelaksana are added */
  fungsional?: Bobot<KunciTemplate>;
}

export interface OpdSpec {
  kode: string;
  nama: string;
  singkatan: string;
  jenis: 'sekretariat' | 'badan' | 'dinas' | 'inspektorat' | 'rsud' | 'satpol';
  kepala: string;
  kelasKepala: number;
  /** subbagian of the Sekretariat; empty when the OPD has bagian instead (Setda, Setwan) */
  sekretariat: readonly string[];
  /** jenis of the units under each bidang/bagian */
  jenisAnak: 'seksi' | 'subbidang' | 'subbagian';
  /** jenis (and name prefix) of the second-level units */
  jenisBidang: 'bidang' | 'bagian';
  bidang: readonly BidangSpec[];
  /** jabatan templates besides the office pelaksana at the head office (mostly JF; a few specific pelaksana) */
  fungsional: Bobot<KunciTemplate>;
  /** overrides PELAKSANA_KANTOR */
  pelaksana?: Bobot<KunciTemplate>;
  /** expected non-structural headcount at the head office (relative weight) */
  staf: number;
  upt?: readonly UptSpec[];
  /** extra top posts (asisten, staf ahli) that are not unit heads */
  pejabatTambahan?: readonly { kunci: string; nama: string; kelas: number }[];
}

const SEKRET3 = ['Umum dan Kepegawaian', 'Keuangan dan Aset', 'Perencanaan dan Pelaporan'];
const SEKRET2 = ['Umum dan Kepegawaian', 'Keuangan dan Perencanaan'];

function dinas(
  kode: string,
  nama: string,
  singkatan: string,
  staf: number,
  bidang: readonly BidangSpec[],
  fungsional: Bobot<KunciTemplate>,
  extra: Partial<OpdSpec> = {},
): OpdSpec {
  return {
    kode, nama, singkatan, jenis: 'dinas', kepala: `Kepala ${nama}`, kelasKepala: 14,
    sekretariat: staf >= 90 ? SEKRET3 : SEKRET2, jenisAnak: 'seksi', jenisBidang: 'bidang', bidang, fungsional, staf, ...extra,
  };
}

function badan(
  kode: string,
  nama: string,
  singkatan: string,
  staf: number,
  bidang: readonly BidangSpec[],
  fungsional: Bobot<KunciTemplate>,
  extra: Partial<OpdSpec> = {},
): OpdSpec {
  return {
    kode, nama, singkatan, jenis: 'badan', kepala: `Kepala ${nama}`, kelasKepala: 14,
    sekretariat: staf >= 90 ? SEKRET3 : SEKRET2, jenisAnak: 'subbidang', jenisBidang: 'bidang', bidang, fungsional, staf, ...extra,
  };
}

const b = (kode: string, nama: string, anak: readonly string[], bobot?: number): BidangSpec =>
  bobot === undefined ? { kode, nama: `Bidang ${nama}`, anak } : { kode, nama: `Bidang ${nama}`, anak, bobot };

/** Perangkat daerah in the order they are listed (Setda first: the kepala OPD posts answer to the Sekda). */
export const OPD: readonly OpdSpec[] = [
  {
    kode: 'SETDA', nama: 'Sekretariat Daerah', singkatan: 'Setda', jenis: 'sekretariat', kepala: 'Sekretaris Daerah', kelasKepala: 15,
    sekretariat: [], jenisAnak: 'subbagian', jenisBidang: 'bagian', staf: 230,
    pejabatTambahan: [
      { kunci: 'ASISTEN1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', kelas: 14 },
      { kunci: 'ASISTEN2', nama: 'Asisten Perekonomian dan Pembangunan', kelas: 14 },
      { kunci: 'ASISTEN3', nama: 'Asisten Administrasi Umum', kelas: 14 },
      { kunci: 'SAHLI1', nama: 'Staf Ahli Wali Kota Bidang Pemerintahan, Hukum dan Politik', kelas: 14 },
      { kunci: 'SAHLI2', nama: 'Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan', kelas: 14 },
      { kunci: 'SAHLI3', nama: 'Staf Ahli Wali Kota Bidang Kemasyarakatan dan Sumber Daya Manusia', kelas: 14 },
    ],
    bidang: [
      { kode: 'TAPEM', nama: 'Bagian Tata Pemerintahan', anak: ['Pemerintahan Umum', 'Otonomi Daerah', 'Kerja Sama'], atasan: 'ASISTEN1' },
      { kode: 'HUKUM', nama: 'Bagian Hukum', anak: ['Peraturan Perundang-undangan', 'Bantuan Hukum', 'Dokumentasi dan Informasi Hukum'], atasan: 'ASISTEN1' },
      { kode: 'KESRA', nama: 'Bagian Kesejahteraan Rakyat', anak: ['Bina Mental Spiritual', 'Kesejahteraan Sosial'], atasan: 'ASISTEN1' },
      { kode: 'EKON', nama: 'Bagian Perekonomian dan Sumber Daya Alam', anak: ['Perekonomian', 'Sumber Daya Alam', 'Pembinaan BUMD'], atasan: 'ASISTEN2' },
      { kode: 'ADPEM', nama: 'Bagian Administrasi Pembangunan', anak: ['Penyusunan Program', 'Pengendalian Program', 'Evaluasi dan Pelaporan'], atasan: 'ASISTEN2' },
      { kode: 'PBJ', nama: 'Bagian Pengadaan Barang dan Jasa', anak: ['Pengelolaan Pengadaan', 'Layanan Pengadaan Secara Elektronik', 'Pembinaan dan Advokasi Pengadaan'], atasan: 'ASISTEN2' },
      { kode: 'ORG', nama: 'Bagian Organisasi', anak: ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi dan Akuntabilitas Kinerja', 'Tata Laksana dan Pelayanan Publik'], atasan: 'ASISTEN3' },
      { kode: 'UMUM', nama: 'Bagian Umum', anak: ['Tata Usaha Pimpinan', 'Rumah Tangga', 'Perlengkapan'], atasan: 'ASISTEN3', bobot: 2 },
      { kode: 'PROKOPIM', nama: 'Bagian Protokol dan Komunikasi Pimpinan', anak: ['Protokol', 'Komunikasi Pimpinan', 'Dokumentasi Pimpinan'], atasan: 'ASISTEN3' },
      { kode: 'RENKEU', nama: 'Bagian Perencanaan dan Keuangan', anak: ['Perencanaan', 'Keuangan'], atasan: 'ASISTEN3' },
    ],
    fungsional: [['analis_hukum', 2], ['perancang_uu', 1.5], ['pengelola_pbj', 2], ['analis_sdm', 1], ['analis_kebijakan', 2], ['pranata_humas', 1.5], ['perencana', 1], ['arsiparis', 1]],
  },
  {
    kode: 'SETWAN', nama: 'Sekretariat Dewan Perwakilan Rakyat Daerah', singkatan: 'Setwan', jenis: 'sekretariat', kepala: 'Sekretaris DPRD', kelasKepala: 14,
    sekretariat: [], jenisAnak: 'subbagian', jenisBidang: 'bagian', staf: 75,
    bidang: [
      { kode: 'UMKEU', nama: 'Bagian Umum dan Keuangan', anak: ['Tata Usaha dan Kepegawaian', 'Keuangan', 'Rumah Tangga'], bobot: 1.6 },
      { kode: 'PERSID', nama: 'Bagian Persidangan dan Perundang-undangan', anak: ['Kajian Perundang-undangan', 'Rapat dan Risalah'] },
      { kode: 'FASANG', nama: 'Bagian Fasilitasi Penganggaran dan Pengawasan', anak: ['Fasilitasi Penganggaran', 'Fasilitasi Pengawasan'] },
      { kode: 'HUMAS', nama: 'Bagian Hubungan Masyarakat dan Protokol', anak: ['Hubungan Masyarakat', 'Protokol'] },
    ],
    fungsional: [['analis_kebijakan', 2], ['pranata_humas', 1], ['arsiparis', 1], ['perancang_uu', 1]],
  },
  {
    kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah', singkatan: 'Inspektorat', jenis: 'inspektorat', kepala: 'Inspektur', kelasKepala: 14,
    sekretariat: ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan', 'Evaluasi dan Pelaporan'], jenisAnak: 'subbagian', jenisBidang: 'bidang', staf: 70,
    // Irban units carry no seksi: after penyederhanaan birokrasi the auditors (JF) work directly under the irban.
    bidang: [
      { kode: 'IRBAN1', nama: 'Inspektur Pembantu Wilayah I', anak: [] },
      { kode: 'IRBAN2', nama: 'Inspektur Pembantu Wilayah II', anak: [] },
      { kode: 'IRBAN3', nama: 'Inspektur Pembantu Wilayah III', anak: [] },
      { kode: 'IRBAN4', nama: 'Inspektur Pembantu Wilayah IV', anak: [] },
      { kode: 'IRBANSUS', nama: 'Inspektur Pembantu Khusus', anak: [] },
    ],
    fungsional: [['auditor', 5], ['p2upd', 3]],
    pelaksana: [['pengelola_lo', 1], ['operator_lo', 1], ['pengadministrasi', 1]],
  },
  badan('BAPPEDA', 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', 'Bappeda', 70, [
    b('PEP', 'Perencanaan, Pengendalian dan Evaluasi', ['Perencanaan Makro', 'Pengendalian dan Evaluasi']),
    b('PPM', 'Pemerintahan dan Pembangunan Manusia', ['Pemerintahan', 'Pembangunan Manusia']),
    b('EKSDA', 'Perekonomian dan Sumber Daya Alam', ['Perekonomian', 'Sumber Daya Alam']),
    b('IPW', 'Infrastruktur dan Pengembangan Wilayah', ['Infrastruktur', 'Pengembangan Wilayah']),
    b('LITBANG', 'Penelitian dan Pengembangan', ['Penelitian', 'Inovasi dan Teknologi']),
  ], [['perencana', 5], ['analis_kebijakan', 1], ['statistisi', 0.5]]),
  badan('BKPPD', 'Badan Kepegawaian, Pendidikan dan Pelatihan Daerah', 'BKPPD', 85, [
    b('PPIK', 'Pengadaan, Pemberhentian dan Informasi Kepegawaian', ['Pengadaan dan Pemberhentian', 'Data dan Informasi Kepegawaian'], 1.3),
    b('MUTASI', 'Mutasi dan Promosi', ['Mutasi', 'Promosi dan Kepangkatan']),
    b('PKA', 'Pengembangan Kompetensi Aparatur', ['Pendidikan dan Pelatihan', 'Pengembangan Karier']),
    b('PKAP', 'Penilaian Kinerja Aparatur dan Penghargaan', ['Penilaian Kinerja', 'Disiplin dan Penghargaan']),
  ], [['analis_sdm', 5], ['pranata_sdm', 2], ['pranata_komputer', 1]]),
  badan('BKAD', 'Badan Keuangan dan Aset Daerah', 'BKAD', 120, [
    b('ANGGARAN', 'Anggaran', ['Anggaran Pendapatan dan Pembiayaan', 'Anggaran Belanja']),
    b('PERBEN', 'Perbendaharaan', ['Belanja Langsung', 'Belanja Tidak Langsung', 'Kas Daerah']),
    b('AKUNTANSI', 'Akuntansi', ['Akuntansi dan Pelaporan', 'Verifikasi']),
    b('ASET', 'Aset', ['Penatausahaan Aset', 'Pemanfaatan dan Pengamanan Aset']),
  ], [['analis_keuangan', 5], ['pranata_komputer', 0.5]]),
  badan('BAPENDA', 'Badan Pendapatan Daerah', 'Bapenda', 110, [
    b('PENDATAAN', 'Pendataan dan Penetapan', ['Pendataan', 'Penetapan']),
    b('PENAGIHAN', 'Penagihan dan Keberatan', ['Penagihan', 'Keberatan']),
    b('PBB', 'Pajak Bumi dan Bangunan dan BPHTB', ['Pendataan PBB', 'Penilaian dan Penetapan PBB', 'BPHTB']),
    b('PENGEMBANGAN', 'Pengembangan dan Pengendalian', ['Pengembangan Pendapatan', 'Pengendalian dan Evaluasi']),
  ], [['analis_keuangan', 2], ['pranata_komputer', 1]]),
  badan('KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 40, [
    b('IWK', 'Ideologi dan Wawasan Kebangsaan', ['Ideologi dan Wawasan Kebangsaan']),
    b('POLDAGRI', 'Politik Dalam Negeri dan Organisasi Kemasyarakatan', ['Politik Dalam Negeri', 'Organisasi Kemasyarakatan']),
    b('KEWASPADAAN', 'Ketahanan Ekonomi, Sosial, Budaya dan Kewaspadaan', ['Ketahanan Ekonomi dan Sosial Budaya', 'Kewaspadaan Nasional dan Penanganan Konflik']),
  ], [['analis_kebijakan', 3]]),
  badan('BPBD', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 65, [
    b('PK', 'Pencegahan dan Kesiapsiagaan', ['Pencegahan', 'Kesiapsiagaan']),
    b('KL', 'Kedaruratan dan Logistik', ['Kedaruratan', 'Logistik']),
    b('RR', 'Rehabilitasi dan Rekonstruksi', ['Rehabilitasi', 'Rekonstruksi']),
  ], [['penata_bencana', 3]], { kepala: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah', jenisAnak: 'seksi' }),
  {
    kode: 'SATPOLPP', nama: 'Satuan Polisi Pamong Praja', singkatan: 'Satpol PP', jenis: 'satpol', kepala: 'Kepala Satuan Polisi Pamong Praja', kelasKepala: 14,
    sekretariat: SEKRET3, jenisAnak: 'seksi', jenisBidang: 'bidang', staf: 230,
    bidang: [
      b('GAKDA', 'Penegakan Peraturan Daerah', ['Penyelidikan dan Penyidikan', 'Pembinaan, Pengawasan dan Penyuluhan']),
      b('TIBUM', 'Ketertiban Umum dan Ketenteraman Masyarakat', ['Operasi dan Pengendalian', 'Kerja Sama'], 1.6),
      b('LINMAS', 'Perlindungan Masyarakat', ['Satuan Perlindungan Masyarakat', 'Bina Potensi Masyarakat']),
      b('SDA', 'Sumber Daya Aparatur', ['Pelatihan Dasar', 'Teknis Fungsional']),
    ],
    fungsional: [['pol_pp', 10]],
    pelaksana: [['pengelola_lo', 1], ['operator_lo', 1], ['pengadministrasi', 1], ['pengelola_umum', 1]],
    upt: [{ kode: 'DAMKAR', nama: 'UPT Pemadam Kebakaran dan Penyelamatan', staf: 60, fungsional: [['pemadam', 8], ['pengelola_umum', 1]] }],
  },
  {
    kode: 'RSUD', nama: 'Rumah Sakit Umum Daerah S.K. Lerik', singkatan: 'RSUD S.K. Lerik', jenis: 'rsud', kepala: 'Direktur Rumah Sakit Umum Daerah S.K. Lerik', kelasKepala: 14,
    sekretariat: [], jenisAnak: 'seksi', jenisBidang: 'bidang', staf: 520,
    bidang: [
      {
        kode: 'TU', nama: 'Bagian Tata Usaha', jenis: 'bagian', jenisAnak: 'subbagian', bobot: 1,
        anak: ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Rekam Medis'],
        fungsional: [['perekam_medis', 2], ['analis_keuangan', 0.5], ['pranata_komputer', 0.5]],
      },
      {
        ...b('YANMED', 'Pelayanan Medik', ['Pelayanan Medik', 'Penunjang Medik'], 2.4),
        fungsional: [['dokter', 3], ['dokter_spesialis', 2.5], ['dokter_gigi', 0.5], ['apoteker', 1], ['asisten_apoteker', 1.5],
          ['pranata_lab', 1.5], ['radiografer', 1], ['nutrisionis', 0.8], ['fisioterapis', 0.6], ['perekam_medis', 0.6]],
      },
      { ...b('KEP', 'Keperawatan', ['Asuhan Keperawatan', 'Etika dan Mutu Keperawatan'], 3.6), fungsional: [['perawat', 8], ['bidan', 2.5]] },
      {
        ...b('SARPRAS', 'Sarana, Prasarana dan Penunjang Nonmedik', ['Sarana dan Prasarana', 'Penunjang Nonmedik'], 0.8),
        fungsional: [['sanitarian', 1], ['pengelola_umum', 2]],
      },
    ],
    fungsional: [],
  },
  dinas('DIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'Dikbud', 110, [
    b('BINSD', 'Pembinaan Sekolah Dasar', ['Kurikulum dan Penilaian SD', 'Peserta Didik dan Pembangunan Karakter SD', 'Sarana dan Prasarana SD']),
    b('BINSMP', 'Pembinaan Sekolah Menengah Pertama', ['Kurikulum dan Penilaian SMP', 'Peserta Didik dan Pembangunan Karakter SMP', 'Sarana dan Prasarana SMP']),
    b('PAUD', 'Pembinaan PAUD dan Pendidikan Nonformal', ['Kelembagaan PAUD', 'Pendidikan Masyarakat']),
    b('GTK', 'Guru dan Tenaga Kependidikan', ['Guru dan Tenaga Kependidikan SD', 'Guru dan Tenaga Kependidikan SMP']),
    b('BUDAYA', 'Kebudayaan', ['Cagar Budaya dan Permuseuman', 'Kesenian dan Tradisi']),
  ], [['pengawas_sekolah', 3], ['pamong_budaya', 1], ['analis_kebijakan', 0.5]]),
  dinas('DINKES', 'Dinas Kesehatan', 'Dinkes', 115, [
    b('KESMAS', 'Kesehatan Masyarakat', ['Kesehatan Keluarga dan Gizi', 'Promosi Kesehatan dan Pemberdayaan Masyarakat', 'Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga']),
    b('P2P', 'Pencegahan dan Pengendalian Penyakit', ['Surveilans dan Imunisasi', 'Pencegahan dan Pengendalian Penyakit Menular', 'Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa']),
    b('YANKES', 'Pelayanan Kesehatan', ['Pelayanan Kesehatan Primer', 'Pelayanan Kesehatan Rujukan', 'Mutu Pelayanan Kesehatan']),
    b('SDK', 'Sumber Daya Kesehatan', ['Kefarmasian dan Alat Kesehatan', 'Sumber Daya Manusia Kesehatan']),
  ], [['epidemiolog', 2], ['administrator_kesehatan', 3], ['penyuluh_kesmas', 2], ['sanitarian', 1], ['nutrisionis', 1], ['apoteker', 1]], {
    upt: [
      { kode: 'LABKESDA', nama: 'UPT Laboratorium Kesehatan Daerah', staf: 22, fungsional: [['pranata_lab', 5], ['dokter', 0.5], ['pengadministrasi', 1]] },
      { kode: 'IFK', nama: 'UPT Instalasi Farmasi', staf: 16, fungsional: [['apoteker', 2], ['asisten_apoteker', 4], ['pengelola_umum', 1]] },
    ],
  }),
  dinas('PUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR', 150, [
    b('BM', 'Bina Marga', ['Pembangunan Jalan dan Jembatan', 'Preservasi Jalan dan Jembatan'], 1.4),
    b('SDA', 'Sumber Daya Air', ['Pengelolaan Sumber Daya Air', 'Drainase Perkotaan'], 1.2),
    b('CK', 'Cipta Karya', ['Air Minum dan Sanitasi', 'Bangunan Gedung', 'Penataan Bangunan dan Lingkungan']),
    b('TR', 'Penataan Ruang', ['Perencanaan Tata Ruang', 'Pemanfaatan dan Pengendalian Tata Ruang']),
    b('BINKON', 'Bina Konstruksi', ['Pembinaan Jasa Konstruksi', 'Peralatan dan Perbekalan']),
  ], [['teknik_jalan', 3], ['teknik_pengairan', 2], ['teknik_bangunan', 2], ['penata_ruang', 1], ['pengelola_pbj', 0.5]], {
    upt: [{ kode: 'PALD', nama: 'UPT Pengelolaan Air Limbah Domestik', staf: 18, fungsional: [['pengelola_umum', 2], ['operator_lo', 1]] }],
  }),
  dinas('PERKIM', 'Dinas Perumahan dan Kawasan Permukiman', 'Disperkim', 70, [
    b('PERUMAHAN', 'Perumahan', ['Penyediaan Perumahan', 'Pembiayaan Perumahan']),
    b('KAWASAN', 'Kawasan Permukiman', ['Peningkatan Kualitas Permukiman', 'Pencegahan Permukiman Kumuh']),
    b('PSU', 'Prasarana, Sarana dan Utilitas Umum', ['Prasarana dan Sarana', 'Pertanahan']),
  ], [['teknik_bangunan', 3], ['penata_ruang', 1]]),
  dinas('DINSOS', 'Dinas Sosial', 'Dinsos', 70, [
    b('REHSOS', 'Rehabilitasi Sosial', ['Rehabilitasi Sosial Anak dan Lanjut Usia', 'Rehabilitasi Sosial Penyandang Disabilitas']),
    b('LINJAMSOS', 'Perlindungan dan Jaminan Sosial', ['Perlindungan Sosial Korban Bencana', 'Jaminan Sosial Keluarga']),
    b('DAYASOS', 'Pemberdayaan Sosial dan Penanganan Fakir Miskin', ['Pemberdayaan Sosial', 'Penanganan Fakir Miskin']),
  ], [['pekerja_sosial', 3], ['penyuluh_sosial', 2]]),
  dinas('DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dukcapil', 90, [
    b('DAFDUK', 'Pelayanan Pendaftaran Penduduk', ['Identitas Penduduk', 'Pindah Datang Penduduk']),
    b('CAPIL', 'Pelayanan Pencatatan Sipil', ['Kelahiran dan Kematian', 'Perkawinan, Perceraian dan Pengangkatan Anak']),
    b('PIAK', 'Pengelolaan Informasi Administrasi Kependudukan', ['Sistem Informasi Administrasi Kependudukan', 'Pengolahan dan Penyajian Data']),
    b('PDIP', 'Pemanfaatan Data dan Inovasi Pelayanan', ['Kerja Sama dan Pemanfaatan Data', 'Inovasi Pelayanan']),
  ], [['adb', 3], ['pranata_komputer', 1]]),
  dinas('DISHUB', 'Dinas Perhubungan', 'Dishub', 170, [
    b('LLAJ', 'Lalu Lintas', ['Manajemen dan Rekayasa Lalu Lintas', 'Pengendalian dan Ketertiban Lalu Lintas'], 1.8),
    b('ANGKUTAN', 'Angkutan', ['Angkutan Orang', 'Angkutan Barang']),
    b('SARPRAS', 'Sarana dan Prasarana', ['Perlengkapan Jalan', 'Terminal dan Perparkiran']),
  ], [['penguji_kendaraan', 2]], {
    pelaksana: [['pengelola_lo', 2], ['operator_lo', 3], ['pengadministrasi', 1], ['pengelola_umum', 3]],
    upt: [
      { kode: 'PKB', nama: 'UPT Pengujian Kendaraan Bermotor', staf: 25, fungsional: [['penguji_kendaraan', 5], ['operator_lo', 2]] },
      { kode: 'PARKIR', nama: 'UPT Perparkiran', staf: 30, fungsional: [['operator_lo', 2], ['pengelola_umum', 4]] },
    ],
  }),
  dinas('KOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 75, [
    b('IKP', 'Informasi dan Komunikasi Publik', ['Pengelolaan Informasi Publik', 'Komunikasi Publik dan Media']),
    b('APTIKA', 'Aplikasi Informatika', ['Layanan E-Government', 'Tata Kelola dan Infrastruktur Teknologi Informasi']),
    b('SANDISTIK', 'Persandian dan Statistik', ['Persandian dan Keamanan Informasi', 'Statistik Sektoral']),
  ], [['pranata_komputer', 4], ['pranata_humas', 2], ['sandiman', 1], ['statistisi', 1]]),
  dinas('DLHK', 'Dinas Lingkungan Hidup dan Kebersihan', 'DLHK', 230, [
    b('TATA', 'Tata Lingkungan', ['Perencanaan dan Kajian Dampak Lingkungan', 'Pemeliharaan Lingkungan Hidup']),
    b('SAMPAH', 'Pengelolaan Sampah dan Limbah B3', ['Pengurangan Sampah', 'Penanganan Sampah', 'Limbah Bahan Berbahaya dan Beracun'], 3),
    b('PPKL', 'Pengendalian Pencemaran dan Kerusakan Lingkungan', ['Pemantauan Lingkungan', 'Penegakan Hukum Lingkungan']),
    b('RTH', 'Pertamanan dan Ruang Terbuka Hijau', ['Pertamanan', 'Penerangan Jalan Umum'], 1.5),
  ], [['pengendali_dampak', 2]], {
    pelaksana: [['pengelola_lo', 1.5], ['operator_lo', 2], ['pengadministrasi', 1], ['pengelola_umum', 6]],
    upt: [{ kode: 'TPA', nama: 'UPT Tempat Pemrosesan Akhir Sampah Alak', staf: 35, fungsional: [['pengelola_umum', 6], ['operator_lo', 1]] }],
  }),
  dinas('DISTAN', 'Dinas Pertanian', 'Distan', 90, [
    b('TPH', 'Tanaman Pangan dan Hortikultura', ['Produksi Tanaman Pangan dan Hortikultura', 'Perlindungan Tanaman']),
    b('NAK', 'Peternakan dan Kesehatan Hewan', ['Produksi Peternakan', 'Kesehatan Hewan dan Kesehatan Masyarakat Veteriner']),
    b('PSP', 'Penyuluhan dan Prasarana Pertanian', ['Penyuluhan', 'Prasarana dan Sarana Pertanian']),
  ], [['penyuluh_pertanian', 5], ['medik_veteriner', 1.5], ['paramedik_veteriner', 2], ['pengawas_mutu', 1]], {
    upt: [{ kode: 'RPH', nama: 'UPT Rumah Potong Hewan', staf: 15, fungsional: [['paramedik_veteriner', 2], ['medik_veteriner', 1], ['pengelola_umum', 2]] }],
  }),
  dinas('DKP', 'Dinas Perikanan', 'Dinas Perikanan', 55, [
    b('TANGKAP', 'Perikanan Tangkap', ['Sarana dan Prasarana Perikanan Tangkap', 'Pemberdayaan Nelayan']),
    b('BUDIDAYA', 'Perikanan Budidaya', ['Produksi Perikanan Budidaya', 'Kesehatan Ikan dan Lingkungan']),
    b('P2HP', 'Pengolahan dan Pemasaran Hasil Perikanan', ['Pengolahan Hasil Perikanan', 'Pemasaran Hasil Perikanan']),
  ], [['penyuluh_perikanan', 3]]),
  dinas('DISPAR', 'Dinas Pariwisata', 'Dispar', 50, [
    b('DESTINASI', 'Destinasi Pariwisata', ['Pengembangan Destinasi', 'Pengelolaan Daya Tarik Wisata']),
    b('PEMASARAN', 'Pemasaran Pariwisata', ['Promosi Pariwisata', 'Kemitraan dan Informasi Pariwisata']),
    b('EKRAF', 'Ekonomi Kreatif', ['Pengembangan Ekonomi Kreatif', 'Sumber Daya Manusia Pariwisata dan Ekonomi Kreatif']),
  ], [['adyatama', 3]]),
  dinas('DISKOPUKM', 'Dinas Koperasi dan Usaha Kecil dan Menengah', 'Dinas Koperasi UKM', 50, [
    b('KOPERASI', 'Koperasi', ['Kelembagaan dan Pengawasan Koperasi', 'Pemberdayaan Koperasi']),
    b('UKM', 'Usaha Kecil dan Menengah', ['Pemberdayaan Usaha Kecil', 'Pengembangan Usaha Menengah']),
  ], [['pengawas_koperasi', 3]]),
  dinas('DISPERINDAG', 'Dinas Perindustrian dan Perdagangan', 'Disperindag', 80, [
    b('INDUSTRI', 'Perindustrian', ['Industri Agro dan Kimia', 'Industri Logam, Mesin dan Aneka']),
    b('DAGANG', 'Perdagangan', ['Bina Usaha Perdagangan', 'Stabilisasi Harga dan Distribusi']),
    b('PASAR', 'Pengelolaan Pasar', ['Pendapatan Pasar', 'Ketertiban dan Kebersihan Pasar'], 1.5),
  ], [['pengawas_perdagangan', 2], ['penera', 1]], {
    upt: [{ kode: 'METRO', nama: 'UPT Metrologi Legal', staf: 14, fungsional: [['penera', 4], ['pengadministrasi', 1]] }],
  }),
  dinas('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 60, [
    b('PM', 'Penanaman Modal', ['Promosi Penanaman Modal', 'Pengendalian Penanaman Modal']),
    b('PERIZINAN', 'Pelayanan Perizinan dan Nonperizinan', ['Perizinan Berusaha', 'Perizinan Nonberusaha'], 1.4),
    b('PENGADUAN', 'Pengaduan, Kebijakan dan Pelaporan Layanan', ['Pengaduan dan Informasi Layanan', 'Kebijakan dan Pelaporan']),
  ], [['penata_perizinan', 3], ['pranata_komputer', 0.5]]),
  dinas('DISNAKER', 'Dinas Tenaga Kerja', 'Disnaker', 50, [
    b('PPTK', 'Penempatan dan Pelatihan Tenaga Kerja', ['Penempatan Tenaga Kerja', 'Pelatihan dan Produktivitas']),
    b('HI', 'Hubungan Industrial dan Jaminan Sosial', ['Hubungan Industrial', 'Jaminan Sosial Tenaga Kerja']),
  ], [['pengantar_kerja', 2], ['mediator_hi', 1.5]]),
  dinas('DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A', 50, [
    b('PUG', 'Pengarusutamaan Gender dan Pemberdayaan Perempuan', ['Pengarusutamaan Gender', 'Kualitas Hidup Perempuan']),
    b('PA', 'Perlindungan Anak', ['Pemenuhan Hak Anak', 'Perlindungan Khusus Anak']),
  ], [['analis_kebijakan', 2], ['pekerja_sosial', 1]]),
  dinas('DP2KB', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'DP2KB', 75, [
    b('DALDUK', 'Pengendalian Penduduk', ['Pemaduan Kebijakan Pengendalian Penduduk', 'Data dan Informasi Keluarga']),
    b('KB', 'Keluarga Berencana', ['Jaminan Ber-KB', 'Ketahanan dan Kesejahteraan Keluarga']),
  ], [['penyuluh_kb', 6]]),
  dinas('DISPORA', 'Dinas Pemuda dan Olahraga', 'Dispora', 45, [
    b('PEMUDA', 'Kepemudaan', ['Pemberdayaan Pemuda', 'Pengembangan Pemuda']),
    b('OLAHRAGA', 'Keolahragaan', ['Pembudayaan Olahraga', 'Prestasi dan Sarana Olahraga']),
  ], [['analis_kebijakan', 1]]),
  dinas('PERPUSIP', 'Dinas Perpustakaan dan Kearsipan', 'Dinas Perpustakaan dan Kearsipan', 50, [
    b('PERPUS', 'Perpustakaan', ['Layanan Perpustakaan', 'Pengembangan Koleksi dan Pembudayaan Gemar Membaca']),
    b('ARSIP', 'Kearsipan', ['Pengelolaan Arsip', 'Pembinaan Kearsipan']),
  ], [['pustakawan', 3], ['arsiparis', 3]]),
  dinas('KETAPANG', 'Dinas Ketahanan Pangan', 'Dinas Ketahanan Pangan', 45, [
    b('KERSEDIAAN', 'Ketersediaan dan Kerawanan Pangan', ['Ketersediaan Pangan', 'Kerawanan Pangan']),
    b('KONSUMSI', 'Konsumsi dan Keamanan Pangan', ['Penganekaragaman Konsumsi', 'Keamanan Pangan Segar']),
  ], [['analis_pangan', 2], ['pengawas_mutu', 2]]),
];

/** Kecamatan and their kelurahan (BPS 2021 via research/domain.md §5.1: 6 kecamatan, 51 kelurahan). */
export const KECAMATAN: readonly { kode: string; nama: string; kelurahan: readonly string[] }[] = [
  { kode: 'ALAK', nama: 'Alak', kelurahan: ['Alak', 'Batuplat', 'Fatufeto', 'Manulai II', 'Manutapen', 'Mantasi', 'Naioni', 'Namosain', 'Nunbaun Delha', 'Nunbaun Sabu', 'Nunhila', 'Penkase Oeleta'] },
  { kode: 'MAULAFA', nama: 'Maulafa', kelurahan: ['Belo', 'Fatukoa', 'Kolhua', 'Maulafa', 'Naikolan', 'Naimata', 'Oepura', 'Penfui', 'Sikumana'] },
  { kode: 'OEBOBO', nama: 'Oebobo', kelurahan: ['Fatululi', 'Kayu Putih', 'Liliba', 'Oebobo', 'Oebufu', 'Oetete', 'Tuak Daun Merah'] },
  { kode: 'KOTARAJA', nama: 'Kota Raja', kelurahan: ['Airnona', 'Bakunase', 'Bakunase II', 'Fatubesi', 'Kuanino', 'Naikoten I', 'Naikoten II', 'Nunleu'] },
  { kode: 'KELAPALIMA', nama: 'Kelapa Lima', kelurahan: ['Kelapa Lima', 'Lasiana', 'Oesapa', 'Oesapa Barat', 'Oesapa Selatan'] },
  { kode: 'KOTALAMA', nama: 'Kota Lama', kelurahan: ['Airmata', 'Bonipoi', 'Fontein', 'Lai Lai Besi Kopan', 'Merdeka', 'Nefonaek', 'Oeba', 'Pasir Panjang', 'Solor', 'Tode Kisar'] },
];

export const SEKSI_KECAMATAN = [
  'Pemerintahan',
  'Ketenteraman dan Ketertiban Umum',
  'Pemberdayaan Masyarakat dan Kelurahan',
  'Kesejahteraan Sosial',
  'Pelayanan Umum',
];
export const SUBBAG_KECAMATAN = ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan'];

/** UPT Puskesmas of Dinas Kesehatan Kota Kupang (11), with a relative size. */
export const PUSKESMAS: readonly { nama: string; bobot: number }[] = [
  { nama: 'Oepoi', bobot: 1.2 },
  { nama: 'Sikumana', bobot: 1.2 },
  { nama: 'Bakunase', bobot: 1 },
  { nama: 'Kupang Kota', bobot: 1 },
  { nama: 'Oebobo', bobot: 1.1 },
  { nama: 'Oesapa', bobot: 1.1 },
  { nama: 'Pasir Panjang', bobot: 0.9 },
  { nama: 'Penfui', bobot: 0.9 },
  { nama: 'Alak', bobot: 1 },
  { nama: 'Naioni', bobot: 0.6 },
  { nama: 'Manutapen', bobot: 0.8 },
];

export const NAKES_PUSKESMAS: Bobot<KunciTemplate> = [
  ['perawat', 9], ['bidan', 8], ['dokter', 2], ['dokter_gigi', 0.8], ['apoteker', 0.7], ['asisten_apoteker', 1.2],
  ['pranata_lab', 1.2], ['nutrisionis', 1], ['sanitarian', 1], ['penyuluh_kesmas', 1], ['epidemiolog', 0.4],
  ['perekam_medis', 0.8],
];

/** Sekolah negeri under Dinas Pendidikan dan Kebudayaan, with a relative size (SMP are larger). */
export const SEKOLAH: readonly { kode: string; nama: string; bobot: number }[] = [
  ...[
    'Oebobo 1', 'Oebobo 2', 'Oetete 1', 'Oetete 2', 'Fatululi', 'Kayu Putih', 'Liliba', 'Oebufu', 'Naikoten 1',
    'Bakunase 1', 'Bakunase 2', 'Kuanino 1', 'Airnona 1', 'Fontein 1', 'Merdeka', 'Oeba 1', 'Pasir Panjang',
    'Sikumana 1', 'Sikumana 2', 'Penfui', 'Naimata', 'Kolhua', 'Maulafa', 'Belo', 'Oepura', 'Alak', 'Namosain',
    'Manutapen', 'Nunhila', 'Fatufeto', 'Naioni', 'Oesapa 1', 'Oesapa Barat', 'Lasiana', 'Kelapa Lima',
  ].map((k, i) => ({ kode: `SD${String(i + 1).padStart(2, '0')}`, nama: `SD Negeri ${k}`, bobot: 1 })),
  ...Array.from({ length: 14 }, (_, i) => ({ kode: `SMP${String(i + 1).padStart(2, '0')}`, nama: `SMP Negeri ${i + 1} Kupang`, bobot: 2.3 })),
];

/**
 * Posts left vacant on purpose, so escalation to the next atasan and Plt/Plh can be demonstrated (DOMAIN.md §1).
 * Keys are `<unit kode>` for the head of that unit, or `<OPD kode>#<kunci>` for an extra post. Chosen away from the
 * chains of the demo accounts (Dinas Kesehatan seksi, BKPPD PPIK, Inspektorat).
 */
export const LOWONGAN: ReadonlySet<string> = new Set([
  'DISPAR', // Kepala Dinas Pariwisata: the whole dinas escalates to the Sekda
  'SETDA#ASISTEN3',
  'PUPR.CK',
  'DUKCAPIL.CAPIL.KK',
  'DINSOS.SEKRET.KP',
  'BKPPD.PKA',
  'KEC-ALAK.SEKRET',
  'KEC-MAULAFA.KEL-FATUKOA',
  'KEC-KOTALAMA.KEL-SOLOR',
  'DINKES.PKM-NAIONI',
  'DIKBUD.SD22',
  'DLHK.RTH.PJU',
]);
