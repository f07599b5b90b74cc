import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--mantine-color-kupang-8)" />
      <path d="M14 46 L26 32 L34 39 L50 20" fill="none" stroke="#fff" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="50" cy="20" r="4.5" fill="var(--mantine-color-cendana-4)" />
    </svg>
  );
}

/** Logo, product name and the government's name — on the login page and in the header. */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const big = size === 'lg';
  return (
    <Group gap={big ? 'md' : 'xs'} wrap="nowrap" data-testid="brand">
      <BrandMark size={big ? 48 : 32} />
      <Stack gap={0}>
        <Text fw={700} fz={big ? 26 : 'lg'} lh={1.1} c="kupang.8">
          {t('app.nama')}
        </Text>
        <Text fz={big ? 'sm' : 11} c="dimmed" lh={1.2} style={{ whiteSpace: 'nowrap' }}>
          {t('app.pemda')}
        </Text>
      </Stack>
    </Group>
  );
}
