import { Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { jumlahSebaran, URUTAN_KURVA, WARNA_PREDIKAT, type Sebaran } from './format.ts';

/** A unit's distribution as one small stacked bar, in the curve's order and colours (worst left, best right). */
export function SebaranBatang({ sebaran, size = 'md' }: { sebaran: Sebaran; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const n = jumlahSebaran(sebaran);
  const rincian = URUTAN_KURVA.map((p) => `${t(`kalibrasi.predikat.${p}`)} ${sebaran[p]}`).join(', ');
  if (n === 0) {
    return (
      <Text size="xs" c="dimmed" aria-label={rincian}>
        —
      </Text>
    );
  }
  return (
    <Progress.Root size={size} aria-label={`${t('kalibrasi.daftar.sebaran')}: ${rincian}`} miw={96}>
      {URUTAN_KURVA.map((p) =>
        sebaran[p] > 0 ? (
          <Tooltip key={p} label={`${t(`kalibrasi.predikat.${p}`)}: ${sebaran[p]}`} withArrow events={{ hover: true, focus: true, touch: true }}>
            <Progress.Section value={(sebaran[p] / Math.max(1, n)) * 100} color={WARNA_PREDIKAT[p]} />
          </Tooltip>
        ) : null,
      )}
    </Progress.Root>
  );
}
