import { Card, Group, List, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconChartBar, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';
import { formatAngka, formatWaktu } from '../../../utils/format.ts';
import { useRingkasanKota } from '../api/get-ringkasan-kota.ts';

/** The walikota's summary cards: real numbers now, and what will be added as the system grows. */
export function DasborRingkasan({ instansi }: { instansi: string }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const query = useRingkasanKota();

  return (
    <Stack gap="md">
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Card data-testid="dasbor-total-pegawai">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Text size="sm" c="dimmed" fw={500}>
                {t('dasbor.totalPegawai')}
              </Text>
              {query.isPending ? (
                <Skeleton h={40} w={120} my={4} />
              ) : (
                <Text fz={40} fw={700} lh={1.1} c="kupang.8" data-testid="dasbor-total-pegawai-angka">
                  {query.data ? formatAngka(query.data.totalPegawai, bahasa) : t('umum.kosong')}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('dasbor.totalPegawaiKet')}
              </Text>
            </Stack>
            <ThemeIcon size={48} radius="md" variant="light">
              <IconUsers size={26} />
            </ThemeIcon>
          </Group>
          {query.data ? (
            <Text size="xs" c="dimmed" mt="sm">
              {t('dasbor.diperbarui', { waktu: formatWaktu(query.data.diambilPada, bahasa) })}
            </Text>
          ) : null}
        </Card>
        <Card>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Text size="sm" c="dimmed" fw={500}>
                {t('dasbor.instansi')}
              </Text>
              <Text fw={600} fz="lg" lh={1.3}>
                {instansi}
              </Text>
            </Stack>
            <ThemeIcon size={48} radius="md" variant="light" color="cendana">
              <IconBuildingCommunity size={26} />
            </ThemeIcon>
          </Group>
        </Card>
        <Card bg="var(--mantine-color-kupang-0)" data-testid="dasbor-akan-tumbuh">
          <Group gap="xs" mb="xs" wrap="nowrap">
            <IconChartBar size={20} color="var(--mantine-color-kupang-8)" />
            <Title order={2} fz="sm">
              {t('dasbor.akanTumbuh')}
            </Title>
          </Group>
          <Text size="sm" mb={4}>
            {t('dasbor.akanTumbuhTeks')}
          </Text>
          <List size="sm" spacing={2}>
            {t('dasbor.akanTumbuhDaftar', { returnObjects: true }).map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
