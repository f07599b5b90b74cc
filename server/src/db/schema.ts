// Row types of the database, shared by both dialects. Ids are UUIDv7 strings; timestamps are ISO-8601 UTC strings;
// calendar dates (WITA) are 'YYYY-MM-DD'; flags are 0/1 integers (SQLite has no boolean).
import type { Generated } from 'kysely';

export interface InstansiTable {
  id: string;
  kode: string;
  nama: string;
  demo: number;
  dibuat_pada: string;
}

export interface PengaturanTable {
  instansi_id: string;
  kunci: string;
  nilai: string;
  diubah_pada: string;
}

export interface UnitKerjaTable {
  id: string;
  instansi_id: string;
  induk_id: string | null;
  opd_id: string | null;
  kode: string;
  nama: string;
  singkatan: string | null;
  jenis: string;
  jalur: string;
  urutan: Generated<number>;
  dibuka_pada: string | null;
  ditutup_pada: string | null;
  dibuat_pada: string;
  /** optimistic concurrency (migration 0003) */
  versi: Generated<number>;
  hari_kerja_per_minggu: Generated<number>;
}

export interface JabatanTable {
  id: string;
  instansi_id: string;
  unit_id: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kelas_jabatan: number | null;
  atasan_jabatan_id: string | null;
  kepala_unit: Generated<number>;
  dibuat_pada: string;
  /** optimistic concurrency (migration 0003) */
  versi: Generated<number>;
}

export interface PegawaiTable {
  id: string;
  instansi_id: string;
  nip: string | null;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_asn: string;
  jenis_kelamin: string | null;
  tanggal_lahir: string | null;
  golongan: string | null;
  jabatan_id: string | null;
  unit_id: string | null;
  status: string;
  status_sejak: string | null;
  email: string | null;
  telepon: string | null;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface AkunTable {
  id: string;
  instansi_id: string;
  pegawai_id: string | null;
  username: string;
  nama_tampilan: string;
  password_hash: string;
  harus_ganti_password: Generated<number>;
  aktif: Generated<number>;
  bahasa: Generated<string>;
  password_diubah_pada: string;
  versi: Generated<number>;
  dibuat_pada: string;
}

export interface AkunPeranTable {
  akun_id: string;
  instansi_id: string;
  peran: string;
  unit_id: string | null;
}

export interface SesiTable {
  token_hash: string;
  instansi_id: string;
  akun_id: string;
  csrf_token: string;
  dibuat_pada: string;
  kedaluwarsa_pada: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginGagalTable {
  kunci: string;
  jumlah: number;
  terakhir_pada: string;
  terkunci_sampai: string | null;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  instansi_id: string | null;
  waktu: string;
  aktor_akun_id: string | null;
  aktor_nama: string | null;
  aksi: string;
  entitas: string;
  entitas_id: string | null;
  ringkasan: string;
  hash_sebelum: string;
  hash: string;
}

export interface RiwayatJabatanTable {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  jabatan_id: string;
  unit_id: string;
  mulai: string;
  selesai: string | null;
  jenis: string;
  nomor_sk: string | null;
  keterangan: string | null;
  dibuat_oleh: string | null;
  dibuat_pada: string;
}

export interface PenilaiOverrideTable {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  penilai_id: string;
  atasan_penilai_id: string | null;
  mulai: string;
  selesai: string | null;
  alasan: string;
  dibuat_oleh: string | null;
  dibuat_pada: string;
  dicabut_pada: string | null;
}

export interface PelaksanaTugasTable {
  id: string;
  instansi_id: string;
  jabatan_id: string;
  pegawai_id: string;
  jenis: string;
  mulai: string;
  selesai: string;
  nomor_sk: string | null;
  dibuat_oleh: string | null;
  dibuat_pada: string;
  dicabut_pada: string | null;
}

export interface ImporPegawaiTable {
  id: string;
  instansi_id: string;
  nama_file: string;
  sha256: string;
  status: string;
  jumlah_baris: number;
  jumlah_galat: number;
  isi: string;
  ringkasan: string | null;
  dibuat_oleh: string | null;
  dibuat_pada: string;
  diterapkan_pada: string | null;
}

export interface HariLiburTable {
  id: string;
  instansi_id: string;
  tanggal: string;
  nama: string;
  jenis: string;
  unit_id: string | null;
  dibuat_pada: string;
}

export interface AktivitasTable {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  tanggal: string;
  jam_mulai: number;
  jam_selesai: number;
  menit: number;
  uraian: string;
  rhk_id: string | null;
  volume: number | null;
  satuan: string | null;
  lokasi: string | null;
  status: string;
  penilai_id: string | null;
  batas_pengajuan: string;
  diajukan_pada: string | null;
  diputuskan_oleh: string | null;
  diputuskan_pada: string | null;
  catatan_penilai: string | null;
  kunci_idempoten: string | null;
  dibuat_di_perangkat: string | null;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface BerkasTable {
  sha256: string;
  mime: string;
  ukuran: number;
  dibuat_pada: string;
}

export interface BuktiAktivitasTable {
  id: string;
  instansi_id: string;
  aktivitas_id: string;
  jenis: string;
  sha256: string | null;
  nama: string;
  url: string | null;
  dibuat_pada: string;
}

export interface UmpanBalikTable {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  topik: string;
  topik_id: string;
  penulis_akun_id: string;
  penulis_nama: string;
  isi: string;
  dibuat_pada: string;
}

// ——— SKP (migration 0007) ———

export interface SkpPeriodeTable {
  id: string;
  instansi_id: string;
  tahun: number;
  tanggal_mulai: string;
  tanggal_selesai: string;
  pendekatan_bawaan: string;
  /** JSON array of unit ids; null = the whole instansi */
  unit_ids: string | null;
  status: string;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface SkpTable {
  id: string;
  instansi_id: string;
  periode_id: string;
  pegawai_id: string;
  tanggal_mulai: string;
  tanggal_selesai: string;
  pendekatan: string;
  status: string;
  jabatan_id: string | null;
  unit_id: string | null;
  penilai_id: string | null;
  atasan_penilai_id: string | null;
  catatan_penilai: string | null;
  alasan_buka: string | null;
  diajukan_pada: string | null;
  disetujui_pada: string | null;
  disetujui_oleh: string | null;
  ditutup_pada: string | null;
  asal_skp_id: string | null;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface PerjanjianKinerjaTable {
  id: string;
  instansi_id: string;
  unit_id: string;
  tahun: number;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface PerjanjianKinerjaSasaranTable {
  id: string;
  instansi_id: string;
  perjanjian_id: string;
  sasaran: string;
  indikator: string;
  target: string;
  urutan: number;
}

export interface SkpRhkTable {
  id: string;
  instansi_id: string;
  skp_id: string;
  jenis: string;
  uraian: string;
  rhk_atasan_id: string | null;
  pk_sasaran_id: string | null;
  asal_rhk_id: string | null;
  urutan: number;
}

export interface SkpIndikatorTable {
  id: string;
  instansi_id: string;
  skp_id: string;
  rhk_id: string;
  aspek: string;
  uraian: string;
  target_angka: number | null;
  target_satuan: string | null;
  target_narasi: string | null;
  urutan: number;
}

export interface SkpEkspektasiTable {
  skp_id: string;
  instansi_id: string;
  nilai: string;
  ekspektasi: string;
  diubah_pada: string;
}

export interface DokumenTable {
  kode: string;
  instansi_id: string;
  jenis: string;
  ref_id: string;
  ref_versi: number;
  pegawai_id: string;
  judul: string;
  ringkasan: string;
  diterbitkan_pada: string;
  diganti_pada: string | null;
}

// ——— Penilaian (migration 0008) ———

export interface PenilaianPeriodeTable {
  id: string;
  instansi_id: string;
  skp_periode_id: string;
  /** triwulanan | bulanan | tahunan */
  jenis: string;
  nomor: number;
  tanggal_mulai: string;
  tanggal_selesai: string;
  batas_realisasi: string;
  batas_penilaian: string;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface PenilaianTable {
  id: string;
  instansi_id: string;
  periode_id: string;
  skp_id: string;
  pegawai_id: string;
  tanggal_mulai: string;
  tanggal_selesai: string;
  jabatan_id: string | null;
  unit_id: string | null;
  penilai_id: string | null;
  atasan_penilai_id: string | null;
  kepala_unit_id: string | null;
  status: string;
  refleksi: string | null;
  catatan_penilai: string | null;
  usulan_rating_hasil: string | null;
  rating_hasil_kerja: string | null;
  alasan_rating_hasil: string | null;
  rating_hasil_organisasi: string | null;
  rating_perilaku_kerja: string | null;
  predikat: string | null;
  diajukan_pada: string | null;
  dinilai_pada: string | null;
  dinilai_oleh: string | null;
  ditetapkan_pada: string | null;
  ditetapkan_oleh: string | null;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface PenilaianRealisasiTable {
  penilaian_id: string;
  indikator_id: string;
  instansi_id: string;
  realisasi_angka: number | null;
  realisasi_narasi: string | null;
  catatan: string | null;
  diubah_pada: string;
}

export interface PenilaianBuktiTable {
  penilaian_id: string;
  indikator_id: string;
  aktivitas_id: string;
  instansi_id: string;
}

export interface PenilaianRhkTable {
  penilaian_id: string;
  rhk_id: string;
  instansi_id: string;
  penilaian: string | null;
  umpan_balik: string | null;
  diubah_pada: string;
}

export interface PenilaianPerilakuTable {
  penilaian_id: string;
  nilai: string;
  instansi_id: string;
  umpan_balik: string;
  diubah_pada: string;
}

export interface PenilaianUnitTable {
  id: string;
  instansi_id: string;
  periode_id: string;
  unit_id: string;
  predikat_organisasi: string | null;
  catatan_predikat: string | null;
  predikat_oleh: string | null;
  predikat_pada: string | null;
  /** terbuka | ditetapkan */
  status: string;
  justifikasi: string | null;
  /** JSON of domain/kurva.ts Sebaran at penetapan */
  sebaran_penetapan: string | null;
  n_penetapan: number | null;
  sesuai_kurva: number | null;
  ditetapkan_pada: string | null;
  ditetapkan_oleh: string | null;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface PenilaianKeberatanTable {
  id: string;
  instansi_id: string;
  penilaian_id: string;
  pegawai_id: string;
  penilai_id: string | null;
  atasan_penilai_id: string;
  alasan: string;
  bukti: string | null;
  rating_hasil_semula: string;
  rating_perilaku_semula: string;
  predikat_semula: string;
  /** diajukan | klarifikasi | diputus */
  status: string;
  pertanyaan: string | null;
  penjelasan_diminta_pada: string | null;
  penjelasan_pegawai: string | null;
  penjelasan_pegawai_pada: string | null;
  penjelasan_penilai: string | null;
  penjelasan_penilai_pada: string | null;
  /** tetap | ubah */
  keputusan: string | null;
  alasan_keputusan: string | null;
  rating_hasil_baru: string | null;
  rating_perilaku_baru: string | null;
  predikat_baru: string | null;
  diputus_pada: string | null;
  diputus_oleh: string | null;
  diajukan_pada: string;
  batas_pengajuan: string;
  versi: Generated<number>;
  dibuat_pada: string;
  diubah_pada: string;
}

export interface PenilaianRekanTable {
  id: string;
  instansi_id: string;
  penilaian_id: string;
  rekan_id: string;
  diminta_oleh: string;
  diminta_pada: string;
  /** diminta | diisi | dibatalkan */
  status: string;
  catatan: string | null;
  diisi_pada: string | null;
  versi: Generated<number>;
  diubah_pada: string;
}

export interface PenilaianRekanNilaiTable {
  rekan_permintaan_id: string;
  nilai: string;
  instansi_id: string;
  rating: string | null;
  masukan: string | null;
}

export interface TindakLanjutTable {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  periode_id: string | null;
  penilaian_id: string | null;
  /** penghargaan | pembinaan */
  jenis: string;
  kategori: string;
  uraian: string;
  tanggal_mulai: string;
  tanggal_selesai: string | null;
  /** direncanakan | berjalan | selesai | dibatalkan */
  status: string;
  hasil: string | null;
  dicatat_oleh: string;
  dicatat_pada: string;
  versi: Generated<number>;
  diubah_pada: string;
}

export interface DB {
  instansi: InstansiTable;
  pengaturan: PengaturanTable;
  unit_kerja: UnitKerjaTable;
  jabatan: JabatanTable;
  pegawai: PegawaiTable;
  akun: AkunTable;
  akun_peran: AkunPeranTable;
  sesi: SesiTable;
  login_gagal: LoginGagalTable;
  audit_log: AuditLogTable;
  riwayat_jabatan: RiwayatJabatanTable;
  penilai_override: PenilaiOverrideTable;
  pelaksana_tugas: PelaksanaTugasTable;
  impor_pegawai: ImporPegawaiTable;
  hari_libur: HariLiburTable;
  aktivitas: AktivitasTable;
  berkas: BerkasTable;
  bukti_aktivitas: BuktiAktivitasTable;
  umpan_balik: UmpanBalikTable;
  skp_periode: SkpPeriodeTable;
  skp: SkpTable;
  perjanjian_kinerja: PerjanjianKinerjaTable;
  perjanjian_kinerja_sasaran: PerjanjianKinerjaSasaranTable;
  skp_rhk: SkpRhkTable;
  skp_indikator: SkpIndikatorTable;
  skp_ekspektasi: SkpEkspektasiTable;
  dokumen: DokumenTable;
  penilaian_periode: PenilaianPeriodeTable;
  penilaian: PenilaianTable;
  penilaian_realisasi: PenilaianRealisasiTable;
  penilaian_bukti: PenilaianBuktiTable;
  penilaian_rhk: PenilaianRhkTable;
  penilaian_perilaku: PenilaianPerilakuTable;
  penilaian_unit: PenilaianUnitTable;
  penilaian_keberatan: PenilaianKeberatanTable;
  penilaian_rekan: PenilaianRekanTable;
  penilaian_rekan_nilai: PenilaianRekanNilaiTable;
  tindak_lanjut: TindakLanjutTable;
}
