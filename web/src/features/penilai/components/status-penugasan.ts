// The state of a Plt/Plh or a penilai khusus on a given day (WITA): revoked, not yet started, over, or in force.
export type StatusPenugasan = 'aktif' | 'terjadwal' | 'berakhir' | 'dicabut';

export function statusPenugasan(item: { mulai: string; selesai: string | null; dicabutPada: string | null }, hariIni: string): StatusPenugasan {
  if (item.dicabutPada) return 'dicabut';
  if (item.selesai && item.selesai < hariIni) return 'berakhir';
  if (item.mulai > hariIni) return 'terjadwal';
  return 'aktif';
}

export const STATUS_COLOR: Record<StatusPenugasan, string> = { aktif: 'teal', terjadwal: 'blue', berakhir: 'gray', dicabut: 'red' };

export type Saringan = 'aktif' | 'selesai' | 'semua';

export function cocokSaringan(status: StatusPenugasan, saringan: Saringan): boolean {
  if (saringan === 'semua') return true;
  const berlaku = status === 'aktif' || status === 'terjadwal';
  return saringan === 'aktif' ? berlaku : !berlaku;
}
