import { Anchor, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';

/** Brings a field into view and puts the cursor in it (above the sticky bar on a phone). */
export function lompatKe(field: string) {
  const el = document.getElementById(field);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
}

/** One thing still missing; `field` is the DOM id of the field to fix (none: no jump), `data` extra data-* attributes. */
export type ButirPeriksa = { kunci: string; teks: string; field: string | null; data?: Record<`data-${string}`, string> };

/**
 * What still stops a form from being submitted, each with a jump to its field; or, when nothing does, that it is
 * complete. The list carries `id` (so that it can be jumped to) and data-testid `testId`, its items `${testId}-item`.
 */
export function DaftarPeriksa({
  butir,
  id,
  testId,
  testIdLengkap,
  judul,
  teksLengkap,
  teksLompat,
}: {
  butir: readonly ButirPeriksa[];
  id: string;
  testId: string;
  testIdLengkap: string;
  judul: string;
  teksLengkap: string;
  teksLompat: string;
}) {
  if (butir.length === 0) {
    return (
      <Paper withBorder p="sm" data-testid={testIdLengkap} style={{ borderLeft: '4px solid var(--mantine-color-teal-6)' }}>
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" size="md" radius="xl">
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Text size="sm">{teksLengkap}</Text>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" id={id} data-testid={testId} data-jumlah={butir.length} style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }} role="status">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="orange" size="md" radius="xl">
            <IconAlertCircle size={18} />
          </ThemeIcon>
          <Text fw={700} size="sm">
            {judul}
          </Text>
        </Group>
        <Stack gap={6} component="ul" m={0} pl="md">
          {butir.map((b) => {
            const field = b.field;
            return (
              <Text key={b.kunci} component="li" size="sm" data-testid={`${testId}-item`} {...b.data}>
                {b.teks}{' '}
                {field ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => lompatKe(field)}>
                    {teksLompat}
                  </Anchor>
                ) : null}
              </Text>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
