import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RATING, type Rating } from '../../../../../domain/predikat.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';

// worst to best, left to right, as the regulation's tables read
const URUT: readonly Rating[] = ['di_bawah', 'sesuai', 'di_atas'];

/**
 * Three radio cards Di Bawah / Sesuai / Di Atas Ekspektasi (keyboard: arrows move within the group). Each card carries
 * `<testIdPrefix>-<rating>`. Short labels on the cards keep the three side by side on a phone; the full name is the
 * accessible label.
 */
export function PilihRating({
  nilai,
  onPilih,
  testIdPrefix,
  label,
  disabled = false,
  error,
  ditandai,
}: {
  nilai: Rating | null;
  onPilih: (r: Rating) => void;
  testIdPrefix: string;
  label: string;
  disabled?: boolean;
  error?: string | null;
  /** a rating to point at (the system's proposal) */
  ditandai?: Rating | null;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={nilai}
      onChange={(v) => (RATING as readonly string[]).includes(v) && onPilih(v as Rating)}
      label={label}
      error={error}
      disabled={disabled}
      wrapperProps={{ 'data-testid': `${testIdPrefix}-grup`, 'data-nilai': nilai ?? '' }}
    >
      <SimpleGrid cols={3} spacing={6} mt={4}>
        {URUT.map((r) => {
          const aktif = nilai === r;
          const warna = WARNA_RATING[r];
          return (
            <Radio.Card
              key={r}
              value={r}
              radius="md"
              px={6}
              py={8}
              disabled={disabled}
              aria-label={t(`penilaianPenilai.rating.${r}`)}
              data-testid={`${testIdPrefix}-${r}`}
              style={{
                borderColor: aktif ? `var(--mantine-color-${warna}-6)` : undefined,
                background: aktif ? `var(--mantine-color-${warna}-light)` : undefined,
                opacity: disabled && !aktif ? 0.55 : 1,
                cursor: disabled ? 'not-allowed' : 'pointer',
              }}
            >
              <Group gap={4} wrap="nowrap" align="center">
                <Radio.Indicator size="xs" color={warna} disabled={disabled} />
                <Text size="sm" fw={aktif ? 650 : 500} lh={1.2} style={{ whiteSpace: 'nowrap' }}>
                  {t(`penilaianPenilai.rating.singkat.${r}`)}
                </Text>
              </Group>
              {ditandai === r ? (
                <Text size="10px" c="dimmed" mt={2} lh={1.1}>
                  {t('penilaianPenilai.rating.usulanSistem')}
                </Text>
              ) : null}
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
