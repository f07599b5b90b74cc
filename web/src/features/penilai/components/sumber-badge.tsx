import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SUMBER_PENILAI } from '../../../../../contracts/penilai.ts';

type Sumber = (typeof SUMBER_PENILAI)[number];

const COLOR: Record<Sumber, string> = { struktur: 'gray', plt: 'blue', plh: 'cyan', override: 'grape' };

/** Where a penilai comes from: the structure, a Plt, a Plh or a penilai khusus (override). */
export function SumberBadge({ sumber, testId }: { sumber: Sumber; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLOR[sumber]} tt="none" miw="max-content" data-testid={testId} data-sumber={sumber}>
      {t(`penilai.sumber.${sumber}`)}
    </Badge>
  );
}
