import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PenilaiAdmin } from '../../features/penilai/components/penilai-admin.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

// Admin BKPPD keeps the penilai chain right; the auditor sees the same lists without the buttons.
export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <RequirePeran peran={ROUTE_PERAN.penilai}>
      <PageHeader title={t('penilai.judul')} description={t('penilai.deskripsi')} />
      <PenilaiAdmin canEdit={hasPeran(me.peran, 'admin_bkppd')} penilaiHref={paths.penilaiPegawai.getHref} pegawaiHref={paths.pegawai.getHref} />
    </RequirePeran>
  );
}
