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
  'SISTEM.GALAT': 'Terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi admin.',
  'SISTEM.TIDAK_ADA_RUTE': 'Alamat API tidak dikenal.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
