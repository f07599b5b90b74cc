import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PenilaiPegawaiView } from '../../features/penilai/components/penilai-pegawai-view.tsx';
import { paths } from '../paths.ts';

// Any signed-in account may open it: the server answers only for pegawai in the caller's scope (404 otherwise).
export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('penilai.kartu.judulHalaman')}
        actions={
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => void navigate(-1)} data-testid="kembali">
            {t('umum.kembali')}
          </Button>
        }
      />
      <PenilaiPegawaiView
        key={id}
        id={id}
        initialTanggal={params.get('tanggal') ?? undefined}
        onTanggalChange={(tanggal) => setParams({ tanggal }, { replace: true })}
        homeHref={paths.beranda.getHref()}
        pegawaiHref={paths.pegawai.getHref}
      />
    </>
  );
}
