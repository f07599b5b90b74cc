import { Button, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconCloudUpload, IconPlus, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import { useAktivitasList } from '../api/get-aktivitas-list.ts';
import { useSering } from '../api/get-sering.ts';
import { useAntrean } from '../offline/use-antrean.ts';
import { durasi } from './format.ts';
import { ProgresMenit } from './status-badge.tsx';

/**
 * The top of the beranda for every pegawai: today's minutes against the target, one button to log, the frequent
 * activities as chips (tap → form filled in → Simpan), and how many entries still wait on this phone.
 */
export function AktivitasHariIni({ akunId, aktivitasHref }: { akunId: string; aktivitasHref: (q?: string) => string }) {
  const { t } = useTranslation();
  const hariIni = tanggalWita(new Date());
  const daftar = useAktivitasList({ dari: hariIni, sampai: hariIni });
  const sering = useSering();
  const antrean = useAntrean(akunId);
  const items = daftar.data?.items ?? [];
  const disetujui = items.filter((a) => a.status === 'disetujui').reduce((n, a) => n + a.menit, 0);
  const belum =
    items.filter((a) => a.status !== 'disetujui' && a.status !== 'ditolak').reduce((n, a) => n + a.menit, 0) +
    antrean.entri.filter((e) => e.isian.tanggal === hariIni).reduce((n, e) => n + (durasi(e.isian.jamMulai, e.isian.jamSelesai) ?? 0), 0);
  return (
    <Card padding="md" data-testid="aktivitas-hari-ini">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={2} fz="md">
            {t('aktivitas.beranda.judul')}
          </Title>
          <Button component={Link} to={aktivitasHref()} variant="subtle" size="compact-sm" rightSection={<IconChevronRight size={14} />} data-testid="aktivitas-hari-ini-lihat">
            {t('aktivitas.beranda.lihat', { count: items.length })}
          </Button>
        </Group>
        <ProgresMenit disetujui={disetujui} belum={belum} judul={t('aktivitas.ringkas.hariIni')} size={84} testId="aktivitas-hari-ini-progres" />
        {antrean.entri.length > 0 ? (
          <Group gap={6} data-testid="aktivitas-hari-ini-tertunda">
            <IconCloudUpload size={16} color="var(--mantine-color-cendana-8)" />
            <Text size="sm" c="cendana.9">
              {t('aktivitas.tertunda.jumlah', { count: antrean.entri.length })}
            </Text>
          </Group>
        ) : null}
        <Button component={Link} to={aktivitasHref('catat=1')} size="md" leftSection={<IconPlus size={20} />} fullWidth data-testid="aktivitas-hari-ini-catat">
          {t('aktivitas.catat')}
        </Button>
        {sering.data && sering.data.length > 0 ? (
          <ScrollArea type="never">
            <Group gap={6} wrap="nowrap">
              {sering.data.slice(0, 6).map((s, i) => (
                <Button key={`${s.uraian}-${i}`} component={Link} to={aktivitasHref(`ulangi=${i}`)} variant="default" radius="xl" size="compact-md" fw={400} leftSection={<IconRepeat size={14} />} data-testid="aktivitas-hari-ini-ulangi" maw={240}>
                  <Text span size="sm" truncate="end">
                    {s.uraian}
                  </Text>
                </Button>
              ))}
            </Group>
          </ScrollArea>
        ) : null}
      </Stack>
    </Card>
  );
}
