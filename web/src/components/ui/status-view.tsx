import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';

type Kind = 'tidak-ditemukan' | 'ditolak' | 'galat';

const ICONS = { 'tidak-ditemukan': IconMapSearch, ditolak: IconLock, galat: IconAlertTriangle } as const;
const COLORS = { 'tidak-ditemukan': 'kupang', ditolak: 'orange', galat: 'red' } as const;

/** The 404, 403 and "something broke" screens: what happened, in plain words, and a way back. */
export function StatusView({ kind, homeHref, detail, fullPage = false }: { kind: Kind; homeHref: string; detail?: string; fullPage?: boolean }) {
  const { t } = useTranslation();
  const text = {
    'tidak-ditemukan': { title: t('galat.tidakDitemukanJudul'), body: t('galat.tidakDitemukanTeks') },
    ditolak: { title: t('galat.ditolakJudul'), body: t('galat.ditolakTeks') },
    galat: { title: t('galat.judul'), body: t('galat.teks') },
  }[kind];
  useDocumentTitle(text.title);
  const Icon = ICONS[kind];
  return (
    <Center mih={fullPage ? '100dvh' : 360} p="md" data-testid={`status-${kind}`}>
      <Stack align="center" gap="md" maw={440} ta="center">
        <ThemeIcon size={72} radius="xl" variant="light" color={COLORS[kind]}>
          <Icon size={40} stroke={1.6} />
        </ThemeIcon>
        <Title order={1} fz={26}>
          {text.title}
        </Title>
        <Text c="dimmed">{text.body}</Text>
        {detail ? (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        ) : null}
        <Group justify="center" gap="sm">
          <Button component={Link} to={homeHref} data-testid="kembali-beranda">
            {t('galat.kembaliBeranda')}
          </Button>
          {kind === 'galat' ? (
            <Button variant="default" onClick={() => window.location.reload()}>
              {t('galat.muatUlang')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Center>
  );
}
