import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { AuditLog, AuditVerifikasiPanel } from '../../features/audit/components/audit-log.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequirePeran peran={ROUTE_PERAN.audit}>
      <PageHeader title={t('audit.judul')} description={t('audit.deskripsi')} />
      <Stack gap="md">
        <AuditVerifikasiPanel />
        <AuditLog />
      </Stack>
    </RequirePeran>
  );
}
