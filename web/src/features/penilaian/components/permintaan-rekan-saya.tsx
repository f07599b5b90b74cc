import { Alert, Badge, Box, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconLock, IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermintaanMasuk } from '../../../../../contracts/rekan.ts';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';
import { formatWaktu } from '../../../utils/format.ts';
import { useKotakMasukRekan } from '../api/rekan-kotak-masuk.ts';
import { WARNA_STATUS_REKAN } from './rekan-format.ts';
import { RekanIsiForm } from './rekan-isi-form.tsx';

function ItemPermintaan({ p, bukaAwal }: { p: PermintaanMasuk; bukaAwal: boolean }) {
  const { t, i18n } = useTranslation();
  const [buka, setBuka] = useState(bukaAwal);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="rekan-permintaan-item" data-id={p.id} data-status={p.status}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Box miw={0}>
            <Text fw={650} data-testid="rekan-permintaan-nama">
              {p.pegawai.nama}
            </Text>
            <Text size="xs" c="dimmed">
              {[p.pegawai.jabatan, p.pegawai.unit].filter(Boolean).join(' · ')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('rekan.saya.periode', { nama: p.periode.nama })} · {t('rekan.saya.dimintaOleh', { nama: p.dimintaOleh })} · {formatWaktu(p.dimintaPada, i18n.language)}
            </Text>
          </Box>
          <Badge variant="light" color={WARNA_STATUS_REKAN[p.status]} style={{ flexShrink: 0 }}>
            {t(`rekan.status.${p.status}`)}
          </Badge>
        </Group>
        {p.status === 'diisi' ? (
          <Text size="xs" c="teal.8">
            {t('rekan.saya.sudahDiisi')}
          </Text>
        ) : null}
        <Group>
          <Button
            size="xs"
            variant={buka ? 'subtle' : 'light'}
            leftSection={buka ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={() => setBuka((b) => !b)}
            aria-expanded={buka}
            data-testid={`rekan-isi-${p.id}`}
          >
            {buka ? t('rekan.saya.tutup') : p.status === 'diisi' ? t('rekan.saya.ubah') : t('rekan.saya.isi')}
          </Button>
        </Group>
        {buka ? <RekanIsiForm id={p.id} /> : null}
      </Stack>
    </Paper>
  );
}

/**
 * "Penilaian saya": the requests for my input on a colleague's behaviour that I may still answer or change (issue 6).
 * Renders nothing when there are none. The colleague being evaluated never sees these answers (said on the form).
 */
export function PermintaanRekanSaya() {
  const { t } = useTranslation();
  const masuk = useKotakMasukRekan();
  if (masuk.isPending) return null;
  if (masuk.isError) return <ErrorAlert error={masuk.error} onRetry={() => void masuk.refetch()} title={t('rekan.saya.gagalMemuat')} />;
  const terbuka = masuk.data.filter((p) => p.bolehIsi);
  if (terbuka.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="rekan-permintaan-judul" data-testid="rekan-permintaan">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconMessageCircle size={22} style={{ flexShrink: 0, marginTop: 2 }} />
          <Box>
            <Title order={2} fz="lg" id="rekan-permintaan-judul">
              {t('rekan.saya.judul')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('rekan.saya.ket')}
            </Text>
          </Box>
        </Group>
        <Alert variant="light" color="blue" icon={<IconLock size={18} />} data-testid="rekan-privasi">
          {t('rekan.saya.privasi')}
        </Alert>
        {terbuka.map((p) => (
          <ItemPermintaan key={p.id} p={p} bukaAwal={terbuka.length === 1} />
        ))}
      </Stack>
    </Card>
  );
}
