import { useTranslation } from 'react-i18next';
import { DaftarPeriksa } from '../../../components/ui/daftar-periksa.tsx';

export type Masalah = { kunci: string; teks: string; /** DOM id of the field to fix */ field: string | null };

/** What still stops the SKP from being submitted, each with a jump to the field; or that it is complete. */
export function DaftarMasalah({ masalah }: { masalah: readonly Masalah[] }) {
  const { t } = useTranslation();
  return (
    <DaftarPeriksa
      butir={masalah}
      id="skp-masalah"
      testId="skp-masalah"
      testIdLengkap="skp-lengkap"
      judul={t('skp.masalah.judul', { count: masalah.length })}
      teksLengkap={t('skp.masalah.lengkap')}
      teksLompat={t('skp.masalah.perbaiki')}
    />
  );
}
