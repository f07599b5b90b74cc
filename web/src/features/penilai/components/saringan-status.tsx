import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, type Saringan, type StatusPenugasan } from './status-penugasan.ts';

/** "Berlaku 3 · Dicabut/berakhir 1 · Semua 4" as toggle pills that wrap on phones; testIds `<testId>-<saringan>`. */
export function SaringanStatus({
  value,
  onChange,
  counts,
  testId,
}: {
  value: Saringan;
  onChange: (value: Saringan) => void;
  counts: Record<Saringan, number>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('penilai.saring.label')} data-testid={testId}>
      {(['aktif', 'selesai', 'semua'] as const).map((s) => {
        const active = value === s;
        return (
          <Button
            key={s}
            size="xs"
            radius="xl"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            onClick={() => onChange(s)}
            rightSection={
              <Badge size="xs" variant={active ? 'white' : 'light'} circle={counts[s] < 10}>
                {counts[s]}
              </Badge>
            }
            data-testid={`${testId}-${s}`}
          >
            {t(`penilai.saring.${s}`)}
          </Button>
        );
      })}
    </Group>
  );
}

export function StatusBadge({ status }: { status: StatusPenugasan }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="dot" color={STATUS_COLOR[status]} tt="none" miw="max-content" data-testid="status-penugasan" data-status={status}>
      {t(`penilai.status.${status}`)}
    </Badge>
  );
}
