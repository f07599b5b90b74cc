import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { UnitKerjaTree } from '../../features/unit-kerja/components/unit-kerja-tree.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

// The pimpinan OPD reads the structure of the OPD they lead; the server narrows the tree to it.
export function Component() {
  const { t } = useTranslation();
  return (
    <RequirePeran peran={ROUTE_PERAN.strukturOpd}>
      <PageHeader title={t('unitKerja.strukturJudul')} description={t('unitKerja.strukturDeskripsi')} />
      <UnitKerjaTree readOnly pegawaiHref={(unitId) => `${paths.pegawaiOpd.getHref()}?unit=${encodeURIComponent(unitId)}`} />
    </RequirePeran>
  );
}
