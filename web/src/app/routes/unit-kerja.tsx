import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { UnitKerjaTree } from '../../features/unit-kerja/components/unit-kerja-tree.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

// The admin manages the tree here; the auditor and the wali kota read it (the server refuses their writes anyway).
export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const admin = hasPeran(me.peran, 'admin_bkppd');
  return (
    <RequirePeran peran={ROUTE_PERAN.unitKerja}>
      <PageHeader title={t('unitKerja.judul')} description={admin ? t('unitKerja.deskripsi') : t('unitKerja.deskripsiBaca')} />
      <UnitKerjaTree readOnly={!admin} pegawaiHref={(unitId) => `${paths.dataPegawai.getHref()}?unit=${encodeURIComponent(unitId)}`} />
    </RequirePeran>
  );
}
