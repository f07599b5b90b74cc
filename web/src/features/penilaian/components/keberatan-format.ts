// Display helpers of the keberatan screens: colours per status, the deadline in words (WITA dates), and
// the decision in one sentence. Labels come from i18n (keberatan.*), Indonesian in the regulation's words.
import type { KeberatanDetail } from '../../../../../contracts/keberatan.ts';
import type { StatusKeberatan } from '../../../../../domain/keberatan.ts';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

export const WARNA_STATUS_KEBERATAN: Record<StatusKeberatan, string> = { diajukan: 'blue', klarifikasi: 'orange', diputus: 'teal' };

const locale = (bahasa: string) => (bahasa === 'en' ? 'en-GB' : 'id-ID');

/** A WITA calendar date with its weekday: "Senin, 14 Desember 2026" / "Monday 14 December 2026". */
export function formatHariTanggal(tanggal: string, bahasa: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  if (!m) return tanggal;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(bahasa), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/**
 * "(14 hari lagi)" / "(hari ini hari terakhir)". The server counts the days left including today (1 on the last day),
 * the words count the days after today.
 */
export function teksSisa(t: TFn, sisaHariTermasukHariIni: number): string {
  const setelahHariIni = sisaHariTermasukHariIni - 1;
  return setelahHariIni <= 0 ? t('keberatan.bagian.hariTerakhir') : t('keberatan.bagian.sisa', { count: setelahHariIni });
}

/** "Keputusan: predikat tetap Baik." / "Keputusan: predikat diubah dari Baik menjadi Sangat Baik." (null before). */
export function teksKeputusan(t: TFn, k: Pick<KeberatanDetail, 'keputusan' | 'predikatSemula' | 'predikatBaru'>): string | null {
  if (k.keputusan === 'tetap') return t('keberatan.umum.keputusanTetap', { predikat: t(`keberatan.predikat.${k.predikatSemula}`) });
  if (k.keputusan === 'ubah' && k.predikatBaru) {
    return t('keberatan.umum.keputusanUbah', { semula: t(`keberatan.predikat.${k.predikatSemula}`), baru: t(`keberatan.predikat.${k.predikatBaru}`) });
  }
  return null;
}

export type { TFn };
