import { Badge, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PermintaanRekan, RekanPenilaian } from '../../../../../contracts/rekan.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';
import { kunciNilai, URUTAN_RATING } from './rekan-format.ts';

/** One colleague's answer: per value the rating (if any) and the text, then the general note. */
export function RekanJawaban({ permintaan }: { permintaan: PermintaanRekan }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="rekan-jawaban">
      {permintaan.nilai.map((n) => (
        <Box key={n.nilai} data-testid={`rekan-jawaban-${n.nilai}`}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {t(kunciNilai(n.nilai))}
            </Text>
            {n.rating ? (
              <Badge size="sm" variant="light" color={WARNA_RATING[n.rating]}>
                {t(`rekan.rating.${n.rating}`)}
              </Badge>
            ) : null}
          </Group>
          {n.masukan ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.masukan}
            </Text>
          ) : null}
        </Box>
      ))}
      {permintaan.catatan ? (
        <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed">
            {t('rekan.penilai.catatan')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="rekan-jawaban-catatan">
            {permintaan.catatan}
          </Text>
        </Box>
      ) : null}
    </Stack>
  );
}

/** Counts per value over the answered requests (a table that fits a phone: value, three counts, texts). */
export function RekanRingkasan({ ringkasan }: { ringkasan: RekanPenilaian['ringkasan'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="rekan-ringkasan">
      <Text size="sm" fw={600}>
        {t('rekan.penilai.ringkasan')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('rekan.penilai.ringkasanKet')}
      </Text>
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {URUTAN_RATING.map((r) => (
                <Table.Th key={r} ta="center" title={t(`rekan.rating.${r}`)}>
                  {t(`rekan.ratingPendek.${r}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ringkasan.map((r) => {
              const jumlah = { di_bawah: r.diBawah, sesuai: r.sesuai, di_atas: r.diAtas };
              return (
                <Table.Tr key={r.nilai} data-testid={`rekan-ringkasan-${r.nilai}`}>
                  <Table.Td>
                    <Text size="sm">{t(kunciNilai(r.nilai))}</Text>
                    {r.masukan > 0 ? (
                      <Text size="xs" c="dimmed">
                        {t('rekan.penilai.masukanTertulis', { count: r.masukan })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {URUTAN_RATING.map((k) => (
                    <Table.Td key={k} ta="center">
                      {jumlah[k] > 0 ? (
                        <Badge size="sm" variant="light" color={WARNA_RATING[k]} data-testid={`rekan-ringkasan-${r.nilai}-${k}`}>
                          {jumlah[k]}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          –
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
