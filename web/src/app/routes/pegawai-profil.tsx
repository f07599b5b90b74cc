import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PegawaiDetail } from '../../features/pegawai/components/pegawai-detail.tsx';
import { ProfilPegawai } from '../../features/profil/components/profil-pegawai.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { paths } from '../paths.ts';
import { useSignedInMe } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useSignedInMe();
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
      {/* tabs (profil, riwayat jabatan) for everyone who may see the pegawai; the actions for the admin only */}
      <PegawaiDetail
        key={id}
        id={id}
        admin={hasPeran(me.peran, 'admin_bkppd')}
        profil={<ProfilPegawai id={id} homeHref={paths.beranda.getHref()} pegawaiHref={paths.pegawai.getHref} />}
      />
    </>
  );
}
