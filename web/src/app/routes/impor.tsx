import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ImporScreen } from '../../features/impor/components/impor-screen.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

// The preview being looked at is `?id=` in the URL: a reload, Back, or a link from a colleague shows it again.
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const imporId = params.get('id');
  return (
    <RequirePeran peran={ROUTE_PERAN.impor}>
      <PageHeader title={t('impor.judul')} description={t('impor.deskripsi')} />
      <ImporScreen
        imporId={imporId}
        onImporId={(id) => setParams(id ? { id } : {}, { replace: !imporId })}
        akunHref={paths.akun.getHref()}
        dataPegawaiHref={paths.dataPegawai.getHref()}
      />
    </RequirePeran>
  );
}
