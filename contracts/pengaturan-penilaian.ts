// Per-instansi settings of penilaian (pengaturan `penilaian`; DOMAIN.md §2.4–2.5): the keberatan window in calendar
// days (default 14) and the number of rated pegawai from which a unit's kurva distribusi is judged (default 5; below
// it the curve is information only). Every signed-in user reads them (the screens show them); admin BKPPD writes.
import { z } from 'zod';
import { HARI_KEBERATAN } from '../domain/keberatan.ts';
import { N_MINIMUM_KURVA } from '../domain/kurva.ts';

const bulat = (nama: string, min: number, max: number) =>
  z.number({ error: `${nama} wajib berupa angka` }).int(`${nama} harus bilangan bulat`).min(min, `${nama} minimal ${min}`).max(max, `${nama} maksimal ${max}`);

/** PUT /penilaian/pengaturan */
export const PengaturanPenilaian = z.object({
  /** WITA calendar days after the predikat is finalised during which the pegawai may object (DOMAIN default 14) */
  hariKeberatan: bulat('Batas pengajuan keberatan (hari)', 1, 60),
  /** rated pegawai a unit needs for its curve to be judged; fewer: information only, no justification (DOMAIN default 5) */
  nMinimumKurva: bulat('Jumlah pegawai minimum kurva', 1, 50),
});
export type PengaturanPenilaian = z.infer<typeof PengaturanPenilaian>;

export const PENGATURAN_PENILAIAN_BAWAAN: PengaturanPenilaian = { hariKeberatan: HARI_KEBERATAN, nMinimumKurva: N_MINIMUM_KURVA };

/** GET/PUT /penilaian/pengaturan answer */
export const PengaturanPenilaianRespon = PengaturanPenilaian.extend({
  /** true when the instansi has not saved its own values (the defaults apply) */
  bawaan: z.boolean(),
  /** ISO instant of the last change (null while the defaults apply) */
  diubahPada: z.string().nullable(),
});
export type PengaturanPenilaianRespon = z.infer<typeof PengaturanPenilaianRespon>;
