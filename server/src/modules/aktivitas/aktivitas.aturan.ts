// Per-instansi rules of aktivitas harian (pengaturan 'aktivitas', JSON; defaults of DOMAIN.md §2.2). Pure: the stored
// JSON → the rules. Read through the calendar cache (kalender-cache.ts), written by pengaturan.service.ts.
import { MENIT_PERINGATAN_HARIAN } from '../../../../domain/aktivitas.ts';
import { JAM_BATAS_PENGAJUAN } from '../../../../domain/hari-kerja.ts';

export interface AturanAktivitas {
  /** target per working day */
  menitTargetHarian: number;
  /** a day's total above this shows a warning */
  menitPeringatanHarian: number;
  /** hour (WITA) of the next working day until which a day may be submitted */
  jamBatasPengajuan: number;
  /** days after the deadline during which an offline entry judged by its device time is still accepted */
  hariToleransiLuring: number;
}
export const ATURAN_BAWAAN: AturanAktivitas = { menitTargetHarian: 300, menitPeringatanHarian: MENIT_PERINGATAN_HARIAN, jamBatasPengajuan: JAM_BATAS_PENGAJUAN, hariToleransiLuring: 7 };
export const KUNCI_PENGATURAN = 'aktivitas';

/** The stored JSON → rules; a missing or non-numeric field takes its default. */
export function uraiAturan(nilai: string | null): AturanAktivitas {
  if (!nilai) return ATURAN_BAWAAN;
  const x = JSON.parse(nilai) as Partial<AturanAktivitas>;
  const angka = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  return {
    menitTargetHarian: angka(x.menitTargetHarian, ATURAN_BAWAAN.menitTargetHarian),
    menitPeringatanHarian: angka(x.menitPeringatanHarian, ATURAN_BAWAAN.menitPeringatanHarian),
    jamBatasPengajuan: angka(x.jamBatasPengajuan, ATURAN_BAWAAN.jamBatasPengajuan),
    hariToleransiLuring: angka(x.hariToleransiLuring, ATURAN_BAWAAN.hariToleransiLuring),
  };
}
