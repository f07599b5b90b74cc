import { Badge, Box, Button, Card, Divider, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermintaanRekan } from '../../../../../contracts/rekan.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatWaktu } from '../../../utils/format.ts';
import { useBatalRekan } from '../api/rekan-batal.ts';
import { useRekanPenilaian } from '../api/rekan-get-penilaian.ts';
import { WARNA_STATUS_REKAN } from './rekan-format.ts';
import { RekanJawaban, RekanRingkasan } from './rekan-jawaban.tsx';
import { RekanMintaModal } from './rekan-minta-modal.tsx';

function ItemRekan({ p, bolehBatal, onBatal, membatalkan }: { p: PermintaanRekan; bolehBatal: boolean; onBatal: () => void; membatalkan: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="rekan-item" data-id={p.id} data-status={p.status}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Box miw={0}>
            <Text size="sm" fw={650} data-testid="rekan-item-nama">
              {p.rekan.nama}
            </Text>
            <Text size="xs" c="dimmed">
              {[p.rekan.jabatan, p.rekan.unit].filter(Boolean).join(' · ')}
            </Text>
          </Box>
          <Badge variant="light" color={WARNA_STATUS_REKAN[p.status]} style={{ flexShrink: 0 }} data-testid="rekan-item-status">
            {t(`rekan.status.${p.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {p.status === 'diisi' && p.diisiPada ? t('rekan.penilai.diisi', { waktu: formatWaktu(p.diisiPada, i18n.language) }) : t('rekan.penilai.diminta', { waktu: formatWaktu(p.dimintaPada, i18n.language) })}
        </Text>
        {p.status === 'diisi' ? (
          <RekanJawaban permintaan={p} />
        ) : (
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" fs="italic">
              {t('rekan.penilai.belumDiisi')}
            </Text>
            {bolehBatal ? (
              <Button size="xs" variant="subtle" color="red" loading={membatalkan} onClick={onBatal} data-testid={`rekan-batal-${p.id}`}>
                {t('rekan.penilai.batal')}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Rekan kerja input on the penilai's rating page (issue 6): who was asked, their status and answers per BerAKHLAK
 * value, the counts per value, and — for the penilai while the record is diajukan or dinilai — asking more colleagues
 * and cancelling unanswered requests. Renders nothing for a viewer the server does not show it to (404, e.g. the
 * pegawai evaluated) and for a reader when nobody was asked.
 */
export function RekanKerjaBagian({ penilaianId }: { penilaianId: string }) {
  const { t } = useTranslation();
  const rekan = useRekanPenilaian(penilaianId);
  const batal = useBatalRekan();
  const [buka, setBuka] = useState(false);

  if (rekan.isPending) return <Skeleton height={96} radius="md" />;
  if (rekan.isError) {
    if (isApiError(rekan.error, 'DATA.TIDAK_DITEMUKAN')) return null;
    return <ErrorAlert error={rekan.error} onRetry={() => void rekan.refetch()} title={t('rekan.penilai.gagalMemuat')} />;
  }
  const data = rekan.data;
  const aktif = data.permintaan.filter((p) => p.status !== 'dibatalkan');
  if (!data.bolehMinta && aktif.length === 0) return null;

  const klikBatal = (p: PermintaanRekan) =>
    batal.mutate(
      { penilaianId, permintaanId: p.id, versi: p.versi },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('rekan.penilai.dibatalkan', { nama: p.rekan.nama }) }) },
    );

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="rekan-kerja-judul" data-testid="rekan-kerja">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ flex: '1 1 240px' }}>
            <IconUsers size={20} style={{ flexShrink: 0, marginTop: 2 }} />
            <Box>
              <Title order={3} fz="md" id="rekan-kerja-judul">
                {t('rekan.judul')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('rekan.penilai.ket')}
              </Text>
            </Box>
          </Group>
          {data.bolehMinta ? (
            <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setBuka(true)} data-testid="rekan-minta">
              {t('rekan.penilai.minta')}
            </Button>
          ) : null}
        </Group>
        {aktif.length ? (
          <Badge variant="outline" color={data.jumlahDiisi === data.jumlahDiminta ? 'teal' : 'gray'} data-testid="rekan-jumlah" data-diminta={data.jumlahDiminta} data-diisi={data.jumlahDiisi}>
            {t('rekan.penilai.jumlah', { diisi: data.jumlahDiisi, diminta: data.jumlahDiminta })}
          </Badge>
        ) : null}
        {batal.error ? <ApiErrorAlert error={batal.error} testId="rekan-batal-galat" /> : null}
        <Stack gap="xs" data-testid="rekan-daftar">
          {aktif.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="rekan-kosong">
              {t('rekan.penilai.kosong')}
            </Text>
          ) : null}
          {aktif.map((p) => (
            <ItemRekan key={p.id} p={p} bolehBatal={data.bolehMinta} onBatal={() => klikBatal(p)} membatalkan={batal.isPending && batal.variables?.permintaanId === p.id} />
          ))}
        </Stack>
        {data.jumlahDiisi > 0 ? (
          <>
            <Divider />
            <RekanRingkasan ringkasan={data.ringkasan} />
          </>
        ) : null}
      </Stack>
      {data.bolehMinta ? <RekanMintaModal penilaianId={penilaianId} opened={buka} onClose={() => setBuka(false)} /> : null}
    </Card>
  );
}
