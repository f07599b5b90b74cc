import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PegawaiBaruForm } from '../../features/pegawai/components/pegawai-baru-form.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RequirePeran peran={ROUTE_PERAN.pegawaiBaru}>
      <PageHeader title={t('kelolaPegawai.tambahJudul')} description={t('kelolaPegawai.tambahDeskripsi')} />
      <PegawaiBaruForm onCreated={(id) => void navigate(paths.pegawai.getHref(id), { replace: true })} onCancel={() => void navigate(paths.dataPegawai.getHref())} />
    </RequirePeran>
  );
}
