import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusSkp } from '../../../../../domain/skp.ts';
import { WARNA_STATUS } from './format.ts';

/** The status as a coloured badge; `data-status` carries the code for tests and styling. */
export function StatusSkpBadge({ status, testId, size = 'sm' }: { status: StatusSkp; testId?: string; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA_STATUS[status]} variant={status === 'disetujui' ? 'filled' : 'light'} size={size} radius="sm" data-testid={testId} data-status={status}>
      {t(`skp.status.${status}`)}
    </Badge>
  );
}

/** Badge plus one sentence saying what the status means for the pegawai. */
export function StatusSkpKet({ status, testId }: { status: StatusSkp; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <StatusSkpBadge status={status} testId={testId} />
      <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 0 }}>
        {t(`skp.statusKet.${status}`)}
      </Text>
    </Group>
  );
}
