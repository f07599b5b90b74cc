// Dates of this feature are WITA calendar dates 'YYYY-MM-DD' (DOMAIN.md "Time zone"), whatever the device's zone.
import { tanggalValid, tanggalWita } from '../../../../../domain/kalender.ts';

export function hariIniWita(): string {
  return tanggalWita(new Date());
}

export { tanggalValid };
