import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { JabatanList } from '../../features/jabatan/components/jabatan-list.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const admin = hasPeran(me.peran, 'admin_bkppd');
  return (
    <RequirePeran peran={ROUTE_PERAN.jabatan}>
      <PageHeader title={t('jabatan.judul')} description={t('jabatan.deskripsi')} />
      <JabatanList readOnly={!admin} />
    </RequirePeran>
  );
}
