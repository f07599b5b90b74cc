// Sample content for the PDF renderers, shared by their tests and benches (bench/skp-pdf, bench/penilaian-pdf):
// the people of a seksi of the Dinas Kesehatan, the RHK and indicators a pelaksana typically holds, and a finalised
// Dokumen Evaluasi record around them. Values are fixed (no clock, no random) so that renders are comparable.
import type { Orang } from '../../contracts/skp.ts';
import { NILAI_BERAKHLAK } from '../../domain/berakhlak.ts';
import type { DataEvaluasiPdf } from '../src/modules/penilaian/evaluasi.pdf.ts';

/** The RHK of a pelaksana's SKP (the list repeats when more are asked for). */
export const RHK_CONTOH = [
  'Tersusunnya laporan pemantauan status gizi balita di wilayah kerja puskesmas',
  'Terlaksananya pendataan ibu hamil risiko tinggi melalui kunjungan posyandu',
  'Tersedianya data cakupan imunisasi dasar lengkap per kelurahan yang mutakhir',
  'Terlaksananya penyuluhan gizi seimbang bagi kader posyandu',
  'Tersusunnya rekapitulasi distribusi makanan tambahan bagi balita gizi kurang',
  'Terdokumentasinya surat masuk dan keluar seksi secara elektronik',
] as const;

export const RHK_ATASAN_CONTOH = 'Meningkatnya cakupan pelayanan kesehatan keluarga dan gizi masyarakat di Kota Kupang';

export const UMPAN_BALIK_PERILAKU_CONTOH = 'Ramah, cepat melayani dan berkoordinasi baik dengan kader posyandu.';

/** The three indicators of an RHK (kuantitas, kualitas, waktu) as the SKP API takes them; `target` reports and months. */
export const indikatorContoh = (target: number) => [
  { aspek: 'kuantitas' as const, uraian: 'Jumlah laporan yang disusun sesuai format', targetAngka: target, targetSatuan: 'Laporan', targetNarasi: null },
  { aspek: 'kualitas' as const, uraian: 'Persentase laporan yang diterima tanpa perbaikan', targetAngka: 100, targetSatuan: '%', targetNarasi: null },
  { aspek: 'waktu' as const, uraian: 'Ketepatan waktu penyampaian laporan setiap bulan', targetAngka: target, targetSatuan: 'Bulan', targetNarasi: null },
];

const orang = (nama: string, nip: string, jabatan: string): Orang => ({ pegawaiId: nip, nama, nip, pangkat: 'Penata Muda Tk. I, III/b', jabatan, unit: 'Seksi Kesehatan Keluarga dan Gizi, Dinas Kesehatan' });

export const PEGAWAI_CONTOH = orang('Blasius Laurens Adoe, A.Md.', '199204262021121001', 'Pengelola Layanan Operasional');
export const PENILAI_CONTOH = orang('Elias Taneo, S.H., M.H.', '197611242006111001', 'Kepala Seksi Kesehatan Keluarga dan Gizi');
export const ATASAN_PENILAI_CONTOH = orang('dr. Maria Fernandez, M.Kes.', '197001011998032001', 'Kepala Bidang Kesehatan Masyarakat');

/** The penilai's umpan balik on every RHK and on every BerAKHLAK value. */
export const UMPAN_BALIK_CONTOH = 'Laporan lengkap dan tepat waktu; pertahankan kualitas data dari posyandu dan lengkapi bukti dukung setiap bulan.';

/**
 * A finalised (ditetapkan) Dokumen Evaluasi record of Triwulan IV 2026 with `jumlahRhk` RHK × 3 indicators met
 * exactly ('sesuai', with umpan balik; the last RHK tambahan), the 7 BerAKHLAK values with ekspektasi and umpan
 * balik, predikat Baik, the verification code and a pola distribusi; `over` replaces any field.
 */
export function evaluasiContoh(jumlahRhk: number, over: Partial<DataEvaluasiPdf> = {}): DataEvaluasiPdf {
  return {
    id: '01a00000-0000-7000-8000-000000000011',
    periode: { id: '01a00000-0000-7000-8000-000000000012', skpPeriodeId: '01a00000-0000-7000-8000-000000000013', tahun: 2026, jenis: 'triwulanan', nomor: 4, nama: 'Triwulan IV 2026', tanggalMulai: '2026-10-01', tanggalSelesai: '2026-12-31', batasRealisasi: '2027-01-10', batasPenilaian: '2027-01-20', versi: 1 },
    skpId: '01a00000-0000-7000-8000-000000000014',
    pendekatan: 'kuantitatif',
    tanggalMulai: '2026-10-01',
    tanggalSelesai: '2026-12-31',
    status: 'ditetapkan',
    pegawai: PEGAWAI_CONTOH,
    penilai: PENILAI_CONTOH,
    atasanPenilai: ATASAN_PENILAI_CONTOH,
    kepalaUnit: false,
    rhk: Array.from({ length: jumlahRhk }, (_, i) => ({
      id: `r${i}`,
      jenis: i < jumlahRhk - 1 ? ('utama' as const) : ('tambahan' as const),
      uraian: RHK_CONTOH[i % RHK_CONTOH.length]!,
      rhkAtasanUraian: RHK_ATASAN_CONTOH,
      indikator: indikatorContoh(3).map((k, j) => ({ ...k, id: `k${i}-${j}`, targetTeks: `${k.targetAngka} ${k.targetSatuan}`, realisasiAngka: k.targetAngka, realisasiNarasi: null, catatan: null, aktivitasIds: [] })),
      jumlahAktivitas: 20,
      jumlahMenit: 6000,
      penilaian: 'sesuai' as const,
      umpanBalik: UMPAN_BALIK_CONTOH,
    })),
    perilaku: NILAI_BERAKHLAK.map((nilai) => ({ nilai, ekspektasi: 'Menjawab pertanyaan masyarakat paling lambat satu hari kerja', umpanBalik: UMPAN_BALIK_PERILAKU_CONTOH })),
    refleksi: null,
    catatanPenilai: null,
    usulanRatingHasilKerja: { rating: 'sesuai', alasan: 'SEBAGIAN_BESAR_SESUAI' },
    ratingHasilKerja: 'sesuai',
    alasanRatingHasilKerja: null,
    ratingHasilOrganisasi: null,
    ratingPerilakuKerja: 'sesuai',
    predikat: 'baik',
    diajukanPada: '2026-12-20T01:00:00.000Z',
    dinilaiPada: '2026-12-28T01:00:00.000Z',
    peranSaya: 'pemilik',
    aksi: [],
    indikatorKosong: [],
    versi: 9,
    instansiNama: 'Pemerintah Kota Kupang',
    tempat: 'Kupang',
    tanggalCetak: '2027-01-05',
    tanggalPenetapan: '2027-01-04',
    kode: 'ABCD-EFGH-JKMN',
    urlVerifikasi: 'https://kinerja.kupangkota.go.id/verifikasi/ABCD-EFGH-JKMN',
    waktuTerbit: '2027-01-04T03:00:00.000Z',
    jenisAsn: { pegawai: 'PNS', penilai: 'PNS', atasanPenilai: 'PNS' },
    predikatOrganisasi: 'baik',
    sebaran: { sangat_baik: 3, baik: 11, butuh_perbaikan: 2, kurang: 1, sangat_kurang: 0 },
    keberatan: null,
    angkaKredit: null,
    ...over,
  };
}
