import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingView } from '../../../components/ui/query-state.tsx';
import { formatNip } from '../../../utils/format.ts';
import { usePegawaiSaya } from '../api/get-pegawai-saya.ts';

/** The home page's "your position" card; renders nothing for accounts without a pegawai record. */
export function ProfilRingkas({ profilHref }: { profilHref: string }) {
  const { t } = useTranslation();
  const query = usePegawaiSaya();
  if (query.isPending) return <Card><LoadingView minHeight={96} /></Card>;
  if (query.isError) return null;
  const p = query.data;
  return (
    <Card data-testid="beranda-profil">
      <Group gap="xs" mb="sm" c="kupang.8">
        <IconBriefcase size={20} />
        <Title order={2} fz="md" c="dark">
          {t('beranda.ringkasanProfil')}
        </Title>
      </Group>
      <Stack gap={4}>
        <Text fw={600}>{p.jabatan?.nama ?? t('umum.kosong')}</Text>
        {p.unit ? <Text size="sm">{p.unit.nama}</Text> : null}
        {p.opd && p.opd.nama !== p.unit?.nama ? <Text size="sm" c="dimmed">{p.opd.nama}</Text> : null}
        {p.nip ? <Text size="sm" ff="monospace" c="dimmed">{formatNip(p.nip, p.jenisAsn)}</Text> : null}
        <Text size="sm" mt={6}>
          {t('profil.pejabatPenilai')}:{' '}
          <Text span fw={500}>{p.pejabatPenilai?.namaLengkap ?? t('profil.belumDitetapkan')}</Text>
        </Text>
        <Anchor component={Link} to={profilHref} size="sm" mt={4}>
          {t('menu.profil')} →
        </Anchor>
      </Stack>
    </Card>
  );
}
