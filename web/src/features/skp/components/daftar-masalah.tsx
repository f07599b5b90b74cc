import { Anchor, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type Masalah = { kunci: string; teks: string; /** DOM id of the field to fix */ field: string | null };

/** Brings a field into view and puts the cursor in it (above the sticky bar on a phone). */
export function lompatKe(field: string) {
  const el = document.getElementById(field);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
}

/** What still stops the SKP from being submitted, each with a jump to the field; or that it is complete. */
export function DaftarMasalah({ masalah }: { masalah: readonly Masalah[] }) {
  const { t } = useTranslation();
  if (masalah.length === 0) {
    return (
      <Paper withBorder p="sm" data-testid="skp-lengkap" style={{ borderLeft: '4px solid var(--mantine-color-teal-6)' }}>
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" size="md" radius="xl">
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Text size="sm">{t('skp.masalah.lengkap')}</Text>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" id="skp-masalah" data-testid="skp-masalah" data-jumlah={masalah.length} style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }} role="status">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="orange" size="md" radius="xl">
            <IconAlertCircle size={18} />
          </ThemeIcon>
          <Text fw={700} size="sm">
            {t('skp.masalah.judul', { count: masalah.length })}
          </Text>
        </Group>
        <Stack gap={6} component="ul" m={0} pl="md">
          {masalah.map((m) => (
            <Text key={m.kunci} component="li" size="sm" data-testid="skp-masalah-item">
              {m.teks}{' '}
              {m.field ? (
                <Anchor component="button" type="button" size="sm" onClick={() => lompatKe(m.field as string)}>
                  {t('skp.masalah.perbaiki')}
                </Anchor>
              ) : null}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
