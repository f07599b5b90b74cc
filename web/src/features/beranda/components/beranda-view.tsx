import { Alert, Badge, Card, Grid, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconFlask, IconSparkles, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';

export type Pintasan = { href: string; label: string; icon: Icon; key: string };

/** The home page: who is signed in, where, in which roles, and big tap targets for their menus. */
export function BerandaView({
  nama,
  instansi,
  demo,
  peran,
  pintasan,
  aside,
}: {
  nama: string;
  instansi: string;
  demo: boolean;
  peran: string[];
  pintasan: Pintasan[];
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('beranda.judul'));
  return (
    <Stack gap="lg" data-testid="beranda">
      <Stack gap={6}>
        <Title order={1} fz={{ base: 22, sm: 28 }} data-testid="beranda-salam">
          {t('beranda.salam', { nama })}
        </Title>
        <Text c="dimmed" size="sm">
          {t('beranda.deskripsi')}
        </Text>
        <Group gap={6} mt={4}>
          <Text size="sm" fw={500}>
            {instansi}
          </Text>
          {demo ? (
            <Badge color="cendana.7" size="sm" leftSection={<IconFlask size={12} />}>
              {t('umum.demo')}
            </Badge>
          ) : null}
        </Group>
        <Group gap={4} aria-label={t('beranda.peranAnda')}>
          {peran.map((p) => (
            <Badge key={p} variant="light" size="sm" radius="sm">
              {p}
            </Badge>
          ))}
        </Group>
      </Stack>

      <Grid gap="md">
        {aside ? <Grid.Col span={{ base: 12, md: 4 }}>{aside}</Grid.Col> : null}
        <Grid.Col span={{ base: 12, md: aside ? 8 : 12 }}>
        <Stack gap="xs">
          <Title order={2} fz="md">
            {t('beranda.pintasan')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
            {pintasan.map((p) => (
              <Card key={p.key} padding="md" data-testid={`pintasan-${p.key}`}>
                <UnstyledButton component={Link} to={p.href}>
                  <Group justify="space-between" wrap="nowrap">
                    <Group gap="sm" wrap="nowrap">
                      <ThemeIcon variant="light" size={40} radius="md">
                        <p.icon size={22} stroke={1.6} />
                      </ThemeIcon>
                      <Text fw={600} size="sm">
                        {p.label}
                      </Text>
                    </Group>
                    <IconChevronRight size={18} color="var(--mantine-color-dimmed)" />
                  </Group>
                </UnstyledButton>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
        </Grid.Col>
      </Grid>

      <Alert variant="light" color="kupang" icon={<IconSparkles size={20} />} title={t('beranda.akanHadir')}>
        {t('beranda.akanHadirTeks')}
      </Alert>
    </Stack>
  );
}
