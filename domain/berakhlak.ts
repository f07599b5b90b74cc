// The 7 BerAKHLAK core values with their official panduan perilaku (UU 20/2023 Pasal 4 ayat (2); SE MenPANRB
// 20/2021; research/domain.md §1.4). Under Permenpan-RB 6/2022 perilaku kerja is not levelled by jabatan: the
// penilai differentiates through an "ekspektasi khusus pimpinan" per value. Shared by server (PDF) and web.

export const NILAI_BERAKHLAK = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
export type NilaiBerakhlak = (typeof NILAI_BERAKHLAK)[number];

export interface UraianNilai {
  kode: NilaiBerakhlak;
  nama: string;
  definisi: string;
  panduan: readonly [string, string, string];
}

export const BERAKHLAK: readonly UraianNilai[] = [
  {
    kode: 'berorientasi_pelayanan',
    nama: 'Berorientasi Pelayanan',
    definisi: 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat',
    panduan: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
  },
  {
    kode: 'akuntabel',
    nama: 'Akuntabel',
    definisi: 'Bertanggung jawab atas kepercayaan yang diberikan',
    panduan: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    kode: 'kompeten',
    nama: 'Kompeten',
    definisi: 'Terus belajar dan mengembangkan kapabilitas',
    panduan: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'],
  },
  {
    kode: 'harmonis',
    nama: 'Harmonis',
    definisi: 'Saling peduli dan menghargai perbedaan',
    panduan: ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
  },
  {
    kode: 'loyal',
    nama: 'Loyal',
    definisi: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara',
    panduan: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    kode: 'adaptif',
    nama: 'Adaptif',
    definisi: 'Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan',
    panduan: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  },
  {
    kode: 'kolaboratif',
    nama: 'Kolaboratif',
    definisi: 'Membangun kerja sama yang sinergis',
    panduan: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];
