import { useTranslation } from 'react-i18next';
import { JENIS_UNIT, type JenisUnit } from '../../../../../contracts/unit-kerja.ts';

const dikenal = (jenis: string): jenis is JenisUnit => (JENIS_UNIT as readonly string[]).includes(jenis);

/** Label of a unit's jenis; a value from older data that is not in the list is shown as stored. */
export function useJenisUnitLabel() {
  const { t } = useTranslation();
  return (jenis: string) => (dikenal(jenis) ? t(`jenisUnit.${jenis}`) : jenis);
}

/** The jenis a new unit most likely has, from its parent (DOMAIN.md §1: kelurahan under kecamatan …). */
export function jenisUsulan(induk: { jenis: string; kedalaman: number } | null): JenisUnit {
  if (!induk) return 'pemda';
  if (induk.kedalaman === 0) return 'dinas';
  if (induk.jenis === 'kecamatan') return 'kelurahan';
  if (induk.jenis === 'bidang') return 'seksi';
  if (induk.jenis === 'bagian' || induk.jenis === 'sekretariat') return 'subbagian';
  return 'bidang';
}
