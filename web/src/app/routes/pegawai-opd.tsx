import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PegawaiList } from '../../features/pegawai/components/pegawai-list.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

// The server scopes GET /pegawai by the caller's place in the org tree; this screen only names the view.
export function Component() {
  const { t } = useTranslation();
  return (
    <RequirePeran peran={ROUTE_PERAN.pegawaiOpd}>
      <PageHeader title={t('pegawai.opdJudul')} description={t('pegawai.opdDeskripsi')} />
      <PegawaiList pegawaiHref={paths.pegawai.getHref} saringan />
    </RequirePeran>
  );
}
