import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusKurva, WARNA_STATUS_KURVA, type Kurva } from './format.ts';

/** Sesuai / menyimpang / hanya informasi / no predikat organisasi yet — or "Ditetapkan" once the unit is finalised. */
export function StatusKurvaBadge({ status, kurva, testId, size = 'sm' }: { status: 'terbuka' | 'ditetapkan'; kurva: Kurva | null; testId?: string; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const s = status === 'ditetapkan' ? 'ditetapkan' : statusKurva(kurva);
  return (
    <Badge color={WARNA_STATUS_KURVA[s]} variant={s === 'ditetapkan' ? 'filled' : 'light'} size={size} radius="sm" tt="none" data-testid={testId} data-status={s} style={{ flexShrink: 0 }}>
      {t(`kalibrasi.status.${s}`)}
    </Badge>
  );
}
