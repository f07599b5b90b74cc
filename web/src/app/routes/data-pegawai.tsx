import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { PegawaiList } from '../../features/pegawai/components/pegawai-list.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

// The server scopes GET /pegawai by the caller's place in the org tree; this screen only names the view.
export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <RequirePeran peran={ROUTE_PERAN.dataPegawai}>
      <PageHeader
        title={t('pegawai.dataJudul')}
        description={t('pegawai.dataDeskripsi')}
        actions={
          hasPeran(me.peran, 'admin_bkppd') ? (
            <Button component={Link} to={paths.pegawaiBaru.getHref()} leftSection={<IconUserPlus size={18} />} data-testid="pegawai-tambah">
              {t('kelolaPegawai.tambah')}
            </Button>
          ) : undefined
        }
      />
      <PegawaiList pegawaiHref={paths.pegawai.getHref} saringan />
    </RequirePeran>
  );
}
