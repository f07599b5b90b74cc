// The one place where a stable error code becomes an HTTP status.
import type { ErrorCode } from '../../../contracts/errors.ts';

const STATUS: Record<ErrorCode, number> = {
  'AUTH.TIDAK_MASUK': 401,
  'AUTH.KREDENSIAL_SALAH': 401,
  'AUTH.TERKUNCI': 429,
  'AUTH.TERLALU_SERING': 429,
  'AUTH.CSRF': 403,
  'AUTH.HARUS_GANTI_PASSWORD': 403,
  'AUTH.PASSWORD_LAMA_SALAH': 400,
  'AUTH.PASSWORD_LEMAH': 400,
  'AUTH.PASSWORD_SAMA': 400,
  'AKSES.DITOLAK': 403,
  'DATA.TIDAK_DITEMUKAN': 404,
  'DATA.KONFLIK': 409,
  'VALIDASI.GAGAL': 400,
  'KEPEGAWAIAN.NIP_SUDAH_ADA': 409,
  'KEPEGAWAIAN.TANGGAL_TIDAK_VALID': 400,
  'KEPEGAWAIAN.REFERENSI_TIDAK_VALID': 400,
  'SISTEM.GALAT': 500,
  'SISTEM.TIDAK_ADA_RUTE': 404,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
