import { Badge, Box, Card, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconArrowUpRight, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Rhk } from '../api/get-skp.ts';

/** The indicators of one RHK: aspek, indicator and target, stacked so they read on a phone. */
export function DaftarIndikator({ indikator, ringkas = false }: { indikator: Rhk['indikator']; ringkas?: boolean }) {
  const { t } = useTranslation();
  if (indikator.length === 0) {
    return (
      <Text size="xs" c="orange.8" fs="italic">
        {t('skpPersetujuan.tinjau.tanpaIndikator')}
      </Text>
    );
  }
  return (
    <Stack gap={ringkas ? 4 : 6}>
      {indikator.map((k) => (
        <Group key={k.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="tinjau-indikator">
          <Badge size="xs" variant="outline" color="gray" radius="sm" w={80} style={{ flexShrink: 0 }} mt={2}>
            {t(`skpPersetujuan.aspek.${k.aspek}`)}
          </Badge>
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Text size={ringkas ? 'xs' : 'sm'} lh={1.4}>
              {k.uraian}
            </Text>
            {k.targetTeks ? (
              <Text size="xs" c="dimmed">
                {t('skpPersetujuan.tinjau.target')}:{' '}
                <Text span size="xs" fw={700} c="dark">
                  {k.targetTeks}
                </Text>
              </Text>
            ) : null}
          </Box>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * One RHK of the bawahan under review: its text, the RHK pimpinan it intervenes (the penilai's own RHK, numbered as in
 * the side panel) — or a warning when it is not linked — and its indicators with targets.
 */
export function RhkTinjau({ rhk, index, nomorRhkSaya, tanpaTautan }: { rhk: Rhk; index: number; nomorRhkSaya: ReadonlyMap<string, number>; tanpaTautan: boolean }) {
  const { t } = useTranslation();
  const tertaut = tanpaTautan ? true : !!rhk.rhkAtasanId && !!rhk.rhkAtasanUraian;
  const nomorSaya = rhk.rhkAtasanId ? nomorRhkSaya.get(rhk.rhkAtasanId) : undefined;
  return (
    <Card
      padding="md"
      data-testid={`tinjau-rhk-${index}`}
      data-tertaut={tertaut}
      style={tertaut ? undefined : { borderColor: 'var(--mantine-color-orange-5)', borderLeftWidth: 4 }}
    >
      <Stack gap="sm">
        <Group gap={6}>
          <Text size="xs" fw={700} c="kupang.8" tt="uppercase">
            {t('skpPersetujuan.tinjau.rhkKe', { n: index + 1 })}
          </Text>
          <Badge size="xs" variant="light" color={rhk.jenis === 'utama' ? 'kupang' : 'cendana'} radius="sm">
            {t(`skpPersetujuan.jenis.${rhk.jenis}`)}
          </Badge>
        </Group>
        <Text fw={600} lh={1.45}>
          {rhk.uraian}
        </Text>

        {tanpaTautan ? (
          <Paper bg="gray.0" p="xs" radius="sm">
            <Text size="xs" c="dimmed" fw={600}>
              {rhk.pkSasaran ? t('skpPersetujuan.tinjau.sasaranPk') : t('skpPersetujuan.tinjau.tanpaTautan')}
            </Text>
            {rhk.pkSasaran ? <Text size="sm">{rhk.pkSasaran}</Text> : null}
          </Paper>
        ) : tertaut ? (
          <Paper bg="kupang.0" p="xs" radius="sm" data-testid={`tinjau-rhk-${index}-intervensi`}>
            <Group gap={4} wrap="nowrap" mb={2}>
              <IconArrowUpRight size={14} color="var(--mantine-color-kupang-8)" />
              <Text size="xs" c="kupang.9" fw={600}>
                {t('skpPersetujuan.tinjau.intervensi')}
                {nomorSaya ? ` · ${t('skpPersetujuan.tinjau.intervensiSaya', { n: nomorSaya })}` : ''}
              </Text>
            </Group>
            <Text size="sm" lh={1.4}>
              {rhk.rhkAtasanUraian}
            </Text>
          </Paper>
        ) : (
          <Paper bg="orange.0" p="xs" radius="sm" data-testid={`tinjau-rhk-${index}-belum-tertaut`}>
            <Group gap={6} wrap="nowrap">
              <ThemeIcon size="sm" color="orange" variant="light">
                <IconAlertTriangle size={14} />
              </ThemeIcon>
              <Text size="sm" c="orange.9" fw={600}>
                {t('skpPersetujuan.tinjau.belumTertaut')}
              </Text>
            </Group>
          </Paper>
        )}

        <Stack gap={6}>
          <Group gap={4} c="dimmed">
            <IconTargetArrow size={14} />
            <Text size="xs" fw={600} c="dimmed">
              {t('skpPersetujuan.tinjau.indikator')}
            </Text>
          </Group>
          <DaftarIndikator indikator={rhk.indikator} />
        </Stack>
      </Stack>
    </Card>
  );
}
