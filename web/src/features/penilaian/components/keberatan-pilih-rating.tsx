import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RATING, type Rating } from '../../../../../domain/predikat.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';

// worst to best, left to right, as the regulation's tables read
const URUT: readonly Rating[] = ['di_bawah', 'sesuai', 'di_atas'];

/**
 * Three radio cards (Di Bawah / Sesuai / Di Atas) for a new rating in the decision; each card carries
 * `<testIdPrefix>-<rating>` and the original rating is marked, so the atasan penilai sees what changes.
 */
export function KeberatanPilihRating({ label, nilai, semula, onPilih, testIdPrefix }: { label: string; nilai: Rating; semula: Rating; onPilih: (r: Rating) => void; testIdPrefix: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={nilai} onChange={(v) => (RATING as readonly string[]).includes(v) && onPilih(v as Rating)} label={label}>
      <SimpleGrid cols={3} spacing={6} mt={4}>
        {URUT.map((r) => {
          const aktif = nilai === r;
          const warna = WARNA_RATING[r];
          return (
            <Radio.Card
              key={r}
              value={r}
              radius="md"
              p={8}
              aria-label={t(`keberatan.rating.${r}`)}
              data-testid={`${testIdPrefix}-${r}`}
              data-dipilih={aktif}
              style={{ borderColor: aktif ? `var(--mantine-color-${warna}-6)` : undefined, background: aktif ? `var(--mantine-color-${warna}-light)` : undefined }}
            >
              <Group gap={6} wrap="nowrap" align="center">
                <Radio.Indicator size="xs" color={warna} />
                <Text size="sm" fw={aktif ? 650 : 500} lh={1.2}>
                  {t(`keberatan.ratingSingkat.${r}`)}
                </Text>
              </Group>
              {semula === r ? (
                <Text size="10px" c="dimmed" mt={2} lh={1.1}>
                  {t('keberatan.detail.semula')}
                </Text>
              ) : null}
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
