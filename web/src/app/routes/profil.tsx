import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ProfilSaya } from '../../features/profil/components/profil-saya.tsx';
import { paths } from '../paths.ts';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profil.judul')} />
      <ProfilSaya pegawaiHref={paths.pegawai.getHref} />
    </>
  );
}
