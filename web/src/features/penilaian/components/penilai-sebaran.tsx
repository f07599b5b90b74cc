import { Box, Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PREDIKAT } from '../../../../../domain/predikat.ts';
import type { SebaranPredikat } from '../api/get-penilaian-bawahan.ts';
import { WARNA_PREDIKAT } from './penilai-format.ts';

/**
 * How the predikat of the rated bawahan are spread (best to worst), as horizontal bars: one per predikat with its
 * count and share. Horizontal so the long labels ("Kurang/Misconduct") stay readable on a phone. The bars are scaled
 * to the largest count; the share is of all rated records.
 */
export function PenilaiSebaran({ sebaran }: { sebaran: SebaranPredikat }) {
  const { t } = useTranslation();
  const total = PREDIKAT.reduce((n, p) => n + sebaran[p], 0);
  const maks = Math.max(1, ...PREDIKAT.map((p) => sebaran[p]));
  const ringkas = PREDIKAT.map((p) => `${t(`penilaianPenilai.predikat.${p}`)}: ${sebaran[p]}`).join(', ');
  return (
    <Card padding="md" data-testid="penilaian-sebaran" data-total={total} component="section" aria-labelledby="penilaian-sebaran-judul">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={650} size="sm" id="penilaian-sebaran-judul">
            {t('penilaianPenilai.sebaran.judul')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('penilaianPenilai.sebaran.total', { count: total })}
          </Text>
        </Group>
        {/* the bars are drawn for the eye; the sentence gives screen readers the same numbers */}
        <VisuallyHidden>{ringkas}</VisuallyHidden>
        <Stack gap={6} aria-hidden>
          {PREDIKAT.map((p) => {
            const n = sebaran[p];
            const persen = total ? Math.round((n / total) * 100) : 0;
            return (
              <Box key={p} data-predikat={p} data-jumlah={n} style={{ display: 'grid', gridTemplateColumns: 'minmax(7rem, 10rem) 1fr 4rem', alignItems: 'center', gap: 8 }}>
                <Text size="xs" lh={1.2}>
                  {t(`penilaianPenilai.predikat.${p}`)}
                </Text>
                <Box h={14} bg="gray.1" style={{ borderRadius: 4, overflow: 'hidden' }}>
                  {n > 0 ? <Box h="100%" w={`${Math.max(2, (n / maks) * 100)}%`} bg={`${WARNA_PREDIKAT[p]}.6`} style={{ borderRadius: 4 }} /> : null}
                </Box>
                <Text size="xs" fw={600} ta="right" c={n ? undefined : 'dimmed'}>
                  {n} {total ? <Text span size="xs" c="dimmed" fw={400}>({persen}%)</Text> : null}
                </Text>
              </Box>
            );
          })}
        </Stack>
        {total === 0 ? (
          <Text size="xs" c="dimmed">
            {t('penilaianPenilai.sebaran.kosong')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
