// Dates and times in the words a pegawai reads (WITA, Indonesian): "Senin, 30 November 2026 pukul 10.00 WITA".
import { hariDalamMinggu } from '../../../../domain/hari-kerja.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** '2026-11-27' → '27 November 2026' */
export function tanggalKata(tanggal: string): string {
  const [y, m, d] = tanggal.split('-');
  return `${Number(d)} ${BULAN[Number(m) - 1]} ${y}`;
}

/** '2026-11-30' → 'Senin, 30 November 2026' */
export function hariTanggalKata(tanggal: string): string {
  return `${HARI[hariDalamMinggu(tanggal)]}, ${tanggalKata(tanggal)}`;
}

/** An instant as WITA words: 'Senin, 30 November 2026 pukul 10.00 WITA' */
export function waktuWitaKata(iso: string): string {
  const d = new Date(iso);
  const wita = new Date(d.getTime() + 8 * 3_600_000);
  const jam = `${String(wita.getUTCHours()).padStart(2, '0')}.${String(wita.getUTCMinutes()).padStart(2, '0')}`;
  return `${hariTanggalKata(tanggalWita(d))} pukul ${jam} WITA`;
}

/** Minutes since midnight → 'HH:MM' (1440 → '24:00'). */
export function jamDariMenit(menit: number): string {
  return `${String(Math.floor(menit / 60)).padStart(2, '0')}:${String(menit % 60).padStart(2, '0')}`;
}

/** 615 → '10 jam 15 menit' */
export function durasiKata(menit: number): string {
  const j = Math.floor(menit / 60);
  const m = menit % 60;
  return [j ? `${j} jam` : '', m ? `${m} menit` : ''].filter(Boolean).join(' ') || '0 menit';
}
