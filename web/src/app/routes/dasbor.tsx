import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { DasborRingkasan } from '../../features/dasbor/components/dasbor-ringkasan.tsx';
import { PegawaiList } from '../../features/pegawai/components/pegawai-list.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <RequirePeran peran={ROUTE_PERAN.dasbor}>
      <PageHeader title={t('dasbor.judul')} description={t('dasbor.deskripsi')} />
      <Stack gap="lg">
        <DasborRingkasan instansi={me.instansi.nama} />
        <Card>
          <Title order={2} fz="md">
            {t('dasbor.cariJudul')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('dasbor.cariKet')}
          </Text>
          <PegawaiList pegawaiHref={paths.pegawai.getHref} pageSize={10} />
        </Card>
      </Stack>
    </RequirePeran>
  );
}
