import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusSkp } from '../../../../../domain/skp.ts';
import { WARNA_STATUS_SKP } from './format.ts';

/** The SKP's status, or "Belum membuat SKP" (null). `testId` lets the review page expose it as `skp-status`. */
export function StatusSkpBadge({ status, testId, size = 'sm' }: { status: StatusSkp | null; testId?: string; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (!status) {
    return (
      <Badge color="red" variant="outline" size={size} radius="sm" data-testid={testId} data-status="belum_ada">
        {t('skpPersetujuan.status.belumAda')}
      </Badge>
    );
  }
  return (
    <Badge color={WARNA_STATUS_SKP[status]} variant={status === 'disetujui' ? 'filled' : 'light'} size={size} radius="sm" data-testid={testId} data-status={status}>
      {t(`skpPersetujuan.status.${status}`)}
    </Badge>
  );
}
