// Every stable error code the API sends, with its default Indonesian message. The HTTP status of each code lives
// in server/src/http/error-map.ts; the English text lives in the web's i18n files.
export const ERROR_MESSAGES = {
  'AUTH.TIDAK_MASUK': 'Silakan masuk terlebih dahulu.',
  'AUTH.KREDENSIAL_SALAH': 'NIP/nama akun atau kata sandi salah.',
  'AUTH.TERKUNCI': 'Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi nanti.',
  'AUTH.TERLALU_SERING': 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
  'AUTH.CSRF': 'Sesi formulir tidak sah. Muat ulang halaman lalu coba lagi.',
  'AUTH.HARUS_GANTI_PASSWORD': 'Anda harus mengganti kata sandi sebelum melanjutkan.',
  'AUTH.PASSWORD_LAMA_SALAH': 'Kata sandi lama salah.',
  'AUTH.PASSWORD_LEMAH': 'Kata sandi baru terlalu lemah.',
  'AUTH.PASSWORD_SAMA': 'Kata sandi baru harus berbeda dari kata sandi lama.',
  'AKSES.DITOLAK': 'Anda tidak berwenang melakukan tindakan ini.',
  'DATA.TIDAK_DITEMUKAN': 'Data tidak ditemukan.',
  'DATA.KONFLIK': 'Data telah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.',
  'VALIDASI.GAGAL': 'Data yang dikirim tidak valid.',
  'KEPEGAWAIAN.NIP_SUDAH_ADA': 'NIP ini sudah terdaftar pada pegawai lain.',
  'KEPEGAWAIAN.TANGGAL_TIDAK_VALID': 'Tanggal tidak dapat diterima untuk perubahan ini.',
  'KEPEGAWAIAN.REFERENSI_TIDAK_VALID': 'Jabatan atau unit kerja yang dipilih tidak ada atau sudah ditutup.',
  'UNIT_KERJA.KODE_SUDAH_ADA': 'Kode unit kerja ini sudah dipakai oleh unit lain.',
  'UNIT_KERJA.INDUK_TIDAK_VALID': 'Unit induk tidak ada, sudah ditutup, atau tidak dapat dipakai di sini.',
  'UNIT_KERJA.SIKLUS': 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri atau ke bawah salah satu sub-unitnya.',
  'UNIT_KERJA.MASIH_DIPAKAI': 'Unit kerja masih memiliki pegawai aktif atau sub-unit yang belum ditutup.',
  'UNIT_KERJA.SUDAH_DITUTUP': 'Unit kerja ini sudah ditutup.',
  'JABATAN.SIKLUS': 'Atasan jabatan tidak boleh jabatan itu sendiri atau jabatan yang berada di bawahnya.',
  'JABATAN.KEPALA_SUDAH_ADA': 'Unit kerja ini sudah memiliki jabatan kepala unit.',
  'JABATAN.ADA_PEMANGKU': 'Jabatan masih diduduki pegawai, sehingga unit kerjanya tidak dapat diubah. Mutasikan pemangkunya terlebih dahulu.',
  'SISTEM.GALAT': 'Terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi admin.',
  'SISTEM.TIDAK_ADA_RUTE': 'Alamat API tidak dikenal.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
