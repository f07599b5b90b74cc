import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Rhk } from '../../../../../contracts/skp.ts';

/** One RHK as approved or submitted: read-only, in the order of the official form. */
export function RhkBaca({ rhk, i, tanpaTautan }: { rhk: Rhk; i: number; tanpaTautan: boolean }) {
  const { t } = useTranslation();
  const induk = tanpaTautan ? rhk.pkSasaran : rhk.rhkAtasanUraian;
  return (
    <Card padding="md" data-testid={`rhk-${i}`} data-id={rhk.id}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={700} c="dimmed">
            {t('skp.hasilKerja.rhkKe', { n: i + 1 })}
          </Text>
          <Badge size="sm" variant={rhk.jenis === 'utama' ? 'light' : 'outline'} color={rhk.jenis === 'utama' ? 'kupang' : 'gray'}>
            {t(`skp.jenis.${rhk.jenis}`)}
          </Badge>
        </Group>
        <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {rhk.uraian}
        </Text>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconArrowUpRight size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {tanpaTautan ? t('skp.hasilKerja.tautanPk') : t('skp.hasilKerja.tautan')}
            </Text>
            <Text size="sm" c={induk ? undefined : 'dimmed'} fs={induk ? undefined : 'italic'} data-testid={`rhk-${i}-tautan-teks`}>
              {induk ?? t('skp.hasilKerja.tautanBelum')}
            </Text>
          </Stack>
        </Group>
        <Stack gap={6}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('skp.hasilKerja.indikator')}
          </Text>
          {rhk.indikator.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('skp.hasilKerja.indikatorKosong')}
            </Text>
          ) : (
            rhk.indikator.map((k, j) => (
              <Group key={k.id} gap="xs" wrap="nowrap" align="flex-start" data-testid={`rhk-${i}-ind-${j}`} pl={4} style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
                <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0, marginTop: 3, overflow: 'visible' }}>
                  {t(`skp.aspek.${k.aspek}`)}
                </Badge>
                <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {k.uraian}
                </Text>
                <Text size="sm" fw={600} ta="right" style={{ flexShrink: 0, maxWidth: '40%', overflowWrap: 'anywhere' }}>
                  {k.targetTeks || '—'}
                </Text>
              </Group>
            ))
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
