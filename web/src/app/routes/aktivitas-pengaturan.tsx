import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PengaturanAktivitasForm } from '../../features/aktivitas/components/pengaturan-aktivitas-form.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

// Admin BKPPD sets the instansi's aktivitas rules; the auditor reads them (no save button).
export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <RequirePeran peran={ROUTE_PERAN.aktivitasPengaturan}>
      <PageHeader title={t('aktivitas.pengaturan.judul')} description={t('aktivitas.pengaturan.deskripsi')} />
      <PengaturanAktivitasForm canEdit={hasPeran(me.peran, 'admin_bkppd')} />
    </RequirePeran>
  );
}
