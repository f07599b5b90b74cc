import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ProfilPegawai } from '../../features/profil/components/profil-pegawai.tsx';
import { paths } from '../paths.ts';

export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('profil.judulPegawai')}
        actions={
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => void navigate(-1)} data-testid="kembali">
            {t('umum.kembali')}
          </Button>
        }
      />
      <ProfilPegawai key={id} id={id} homeHref={paths.beranda.getHref()} pegawaiHref={paths.pegawai.getHref} />
    </>
  );
}
