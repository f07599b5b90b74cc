// Badge colours of evaluation results, shared by the screens that show a predikat or a rating (the pegawai's own
// evaluation, riwayat kinerja, keberatan, rekan kerja, tindak lanjut).
import type { Predikat, Rating } from '../../../../domain/predikat.ts';

export const WARNA_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: 'teal',
  baik: 'blue',
  butuh_perbaikan: 'yellow',
  kurang: 'orange',
  sangat_kurang: 'red',
};

export const WARNA_RATING: Record<Rating, string> = { di_atas: 'teal', sesuai: 'blue', di_bawah: 'orange' };
