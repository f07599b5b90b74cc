// /keberatan — the keberatan I take part in (DOMAIN.md §2.5): as atasan pejabat penilai those to decide come first
// (oldest filing first), then the ones still running, then the decided ones (newest decision first); a penilai finds
// the ones where their explanation is asked. Each row opens the keberatan page. Phone first: one card per row.
import { Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatWaktu } from '../../../utils/format.ts';
import { type KeberatanItem, useKeberatanDaftar } from '../api/keberatan-daftar.ts';

import { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';
import { KeberatanStatusBadge } from './keberatan-ringkas.tsx';

function Baris({ item, href }: { item: KeberatanItem; href: string }) {
  const { t, i18n } = useTranslation();
  const p = item.predikatBaru ?? item.predikatSemula;
  return (
    <Card withBorder padding="sm" radius="md" data-testid="keberatan-row" data-id={item.id} data-status={item.status} data-perlu={item.perluTindakan}>
      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm" lh={1.3}>
              {item.pegawai.nama}
            </Text>
            <KeberatanStatusBadge status={item.status} size="sm" />
          </Group>
          <Text size="xs" c="dimmed" lh={1.4}>
            {item.periodeNama} · {t('keberatan.umum.diajukanPada', { waktu: formatWaktu(item.diajukanPada, i18n.language) })}
          </Text>
          <Group gap={6} mt={4} wrap="wrap">
            <Badge variant="outline" color="gray" size="sm" radius="sm" tt="none">
              {t('keberatan.daftar.semula', { predikat: t(`keberatan.predikat.${item.predikatSemula}`) })}
            </Badge>
            {item.keputusan ? (
              <Badge variant="light" color={WARNA_PREDIKAT[p]} size="sm" radius="sm" tt="none">
                {t(`keberatan.keputusan.${item.keputusan}`)}
                {item.predikatBaru ? ` · ${t('keberatan.daftar.menjadi', { predikat: t(`keberatan.predikat.${item.predikatBaru}`) })}` : ''}
              </Badge>
            ) : null}
            {item.perluTindakan && item.peranSaya !== 'pengamat' ? (
              <Text size="xs" c="orange.8" fw={600}>
                {t(`keberatan.daftar.tindakan.${item.peranSaya}`)}
              </Text>
            ) : null}
          </Group>
        </Box>
        <Button component={Link} to={href} variant={item.perluTindakan ? 'filled' : 'default'} size="xs" rightSection={<IconChevronRight size={14} />} data-testid="keberatan-buka" aria-label={`${t('keberatan.daftar.buka')} ${item.pegawai.nama}`}>
          {t('keberatan.daftar.buka')}
        </Button>
      </Group>
    </Card>
  );
}

function Kelompok({ judul, items, detailHref, testId }: { judul: string; items: KeberatanItem[]; detailHref: (id: string) => string; testId: string }) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" data-testid={testId}>
      <Title order={2} fz="sm" c="dimmed" tt="uppercase" lts={0.4}>
        {judul} ({items.length})
      </Title>
      {items.map((i) => (
        <Baris key={i.id} item={i} href={detailHref(i.id)} />
      ))}
    </Stack>
  );
}

export function KeberatanDaftarView({ detailHref }: { detailHref: (id: string) => string }) {
  const { t } = useTranslation();
  const q = useKeberatanDaftar();
  const isi = () => {
    if (q.isPending) return <LoadingView />;
    if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
    const items = q.data.items;
    if (items.length === 0) {
      return (
        <Card withBorder padding="lg" radius="md" data-testid="keberatan-kosong">
          <Stack align="center" gap="xs">
            <IconScale size={32} color="var(--mantine-color-gray-5)" />
            <Text size="sm" c="dimmed" ta="center">
              {t('keberatan.daftar.kosong')}
            </Text>
          </Stack>
        </Card>
      );
    }
    // the server sends them in this order already; grouping only adds the headings
    return (
      <Stack gap="lg">
        <Kelompok judul={t('keberatan.daftar.perluTindakan')} items={items.filter((i) => i.perluTindakan)} detailHref={detailHref} testId="keberatan-perlu" />
        <Kelompok judul={t('keberatan.daftar.berjalan')} items={items.filter((i) => !i.perluTindakan && i.status !== 'diputus')} detailHref={detailHref} testId="keberatan-berjalan" />
        <Kelompok judul={t('keberatan.daftar.diputus')} items={items.filter((i) => i.status === 'diputus')} detailHref={detailHref} testId="keberatan-diputus" />
      </Stack>
    );
  };
  return (
    <Box maw={880}>
      <PageHeader title={t('keberatan.daftar.judul')} description={t('keberatan.daftar.deskripsi')} />
      {isi()}
    </Box>
  );
}
