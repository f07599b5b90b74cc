import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePegawaiSaya } from '../api/get-pegawai-saya.ts';
import { ProfilView } from './profil-view.tsx';

export function ProfilSaya({ adaPegawai, pegawaiHref }: { adaPegawai: boolean; pegawaiHref: (id: string) => string }) {
  const { t } = useTranslation();
  const query = usePegawaiSaya({ enabled: adaPegawai });
  // Accounts such as the generated `admin` have no pegawai record: that is a fact, not a failure.
  if (!adaPegawai || isApiError(query.error, 'DATA.TIDAK_DITEMUKAN')) {
    return (
      <Alert color="kupang" variant="light" icon={<IconInfoCircle size={20} />} title={t('profil.tanpaPegawaiJudul')} data-testid="profil-tanpa-pegawai">
        {t('profil.tanpaPegawai')}
      </Alert>
    );
  }
  if (query.isPending) return <LoadingView />;
  if (query.isError) {
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <ProfilView profil={query.data} pegawaiHref={pegawaiHref} />;
}
