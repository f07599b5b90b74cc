import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { AkunList } from '../../features/akun/components/akun-list.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequirePeran peran={ROUTE_PERAN.akun}>
      <PageHeader title={t('akun.judul')} description={t('akun.deskripsi')} />
      <AkunList />
    </RequirePeran>
  );
}
