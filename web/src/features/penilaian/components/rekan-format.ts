// Display helpers of the rekan kerja screens: colours per request status, and the value names (Indonesian
// and English from i18n, the rekan file).
import type { StatusRekan } from '../../../../../contracts/rekan.ts';
import type { NilaiBerakhlak } from '../../../../../domain/berakhlak.ts';
import type { Rating } from '../../../../../domain/predikat.ts';

export const WARNA_STATUS_REKAN: Record<StatusRekan, string> = { diminta: 'yellow', diisi: 'teal', dibatalkan: 'gray' };

/** Buttons and counts read from low to high, as the regulation's scale does. */
export const URUTAN_RATING: readonly Rating[] = ['di_bawah', 'sesuai', 'di_atas'];

export const kunciNilai = (n: NilaiBerakhlak) => `rekan.nilai.${n}` as const;
