import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ProfilSaya } from '../../features/profil/components/profil-saya.tsx';
import { paths } from '../paths.ts';
import { useSignedInMe } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <>
      <PageHeader title={t('profil.judul')} />
      <ProfilSaya adaPegawai={me.pegawaiId !== null} pegawaiHref={paths.pegawai.getHref} />
    </>
  );
}
