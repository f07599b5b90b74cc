import { Badge, Group, RingProgress, Stack, Text } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatusAktivitas } from '../../../../../domain/aktivitas.ts';
import { TARGET_MENIT_HARIAN, WARNA_STATUS, formatMenit } from './format.ts';

export function StatusBadge({ status }: { status: StatusAktivitas }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA_STATUS[status]} variant={status === 'disetujui' ? 'filled' : 'light'} size="sm" radius="sm" data-testid="aktivitas-status" data-status={status}>
      {t(`aktivitas.status.${status}`)}
    </Badge>
  );
}

export function TertundaBadge({ ditolak }: { ditolak: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={ditolak ? 'red' : 'cendana.7'} variant="light" size="sm" radius="sm" leftSection={<IconCloudUpload size={12} />} data-testid="aktivitas-status" data-status={ditolak ? 'gagal-dikirim' : 'menunggu-dikirim'}>
      {ditolak ? t('aktivitas.tertunda.gagal') : t('aktivitas.tertunda.menunggu')}
    </Badge>
  );
}

/** Minutes approved (solid) and still waiting (light) against the target, as a ring with the numbers beside it. */
export function ProgresMenit({ disetujui, belum, target = TARGET_MENIT_HARIAN, size = 96, judul, testId }: { disetujui: number; belum: number; target?: number; size?: number; judul: string; testId: string }) {
  const { t } = useTranslation();
  const j = t('aktivitas.jamSingkat');
  const pct = (m: number) => (target > 0 ? Math.min(100, (m / target) * 100) : 0);
  const persen = target > 0 ? Math.round((disetujui / target) * 100) : 0;
  return (
    <Group gap="md" wrap="nowrap" data-testid={testId} data-disetujui={disetujui} data-target={target}>
      <RingProgress
        size={size}
        thickness={Math.max(8, Math.round(size / 10))}
        roundCaps
        sections={[
          { value: pct(disetujui), color: 'teal', tooltip: t('aktivitas.ringkas.disetujui') },
          { value: Math.min(pct(belum), 100 - pct(disetujui)), color: 'blue.2', tooltip: t('aktivitas.ringkas.belumDisetujui') },
        ]}
        label={
          <Text ta="center" fw={700} size={size >= 90 ? 'lg' : 'sm'}>
            {persen}%
          </Text>
        }
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {judul}
        </Text>
        <Text fw={700} size="lg" lh={1.2}>
          {formatMenit(disetujui, j)}{' '}
          <Text span size="sm" c="dimmed" fw={400}>
            / {formatMenit(target, j)}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {t('aktivitas.ringkas.disetujuiKet')}
          {belum > 0 ? ` · ${t('aktivitas.ringkas.menunggu', { durasi: formatMenit(belum, j) })}` : ''}
        </Text>
      </Stack>
    </Group>
  );
}
