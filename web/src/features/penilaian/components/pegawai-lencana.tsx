import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusPenilaian } from '../../../../../domain/penilaian.ts';
import type { Predikat, Rating } from '../../../../../domain/predikat.ts';
import { WARNA_PREDIKAT, WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';
import { WARNA_STATUS_PENILAIAN, labelPredikat, labelRating } from './pegawai-format.ts';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

/** The status of an evaluation as a coloured badge; `data-status` carries the code for tests and styling. */
export function StatusPenilaianBadge({ status, testId, size = 'sm' }: { status: StatusPenilaian; testId?: string; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA_STATUS_PENILAIAN[status]} variant={status === 'ditetapkan' ? 'filled' : 'light'} size={size} radius="sm" data-testid={testId} data-status={status}>
      {t(`penilaian.status.${status}`)}
    </Badge>
  );
}

/** The predikat kinerja pegawai, coloured from Sangat Baik (teal) to Sangat Kurang (red). */
export function PredikatBadge({ predikat, testId, size = 'sm' }: { predikat: Predikat; testId?: string; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t, i18n } = useTranslation();
  return (
    <Badge color={WARNA_PREDIKAT[predikat]} variant="filled" size={size} radius="sm" data-testid={testId} data-predikat={predikat} style={{ overflow: 'visible' }}>
      {labelPredikat(t as unknown as TFn, i18n.language, predikat)}
    </Badge>
  );
}

export function RatingBadge({ rating, testId, size = 'sm' }: { rating: Rating; testId?: string; size?: 'sm' | 'md' | 'lg' }) {
  const { t, i18n } = useTranslation();
  return (
    <Badge color={WARNA_RATING[rating]} variant="light" size={size} radius="sm" data-testid={testId} data-rating={rating} style={{ overflow: 'visible' }}>
      {labelRating(t as unknown as TFn, i18n.language, rating)}
    </Badge>
  );
}
