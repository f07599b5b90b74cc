import { Alert, Anchor, Badge, Box, Button, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCornerDownRight, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import type { BawahanSkp } from '../api/get-antrian-skp.ts';
import { useMatriks, type MatriksPeranHasil } from '../api/get-matriks.ts';
import { tautan } from './format.ts';
import { StatusSkpBadge } from './status-skp-badge.tsx';
import { TugaskanModal, type RhkDitugaskan } from './tugaskan-modal.tsx';

// a kepala dinas may have dozens of bawahan without a link: show a few, the rest on request
const TAMPIL_AWAL = 8;

function TanpaTautan({ items }: { items: MatriksPeranHasil['tanpaTautan'] }) {
  const { t } = useTranslation();
  const [semua, setSemua] = useState(false);
  const tampil = semua ? items : items.slice(0, TAMPIL_AWAL);
  if (items.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} data-testid="matriks-tanpa-tautan" data-jumlah={0}>
        {t('skpPersetujuan.matriks.semuaTertaut')}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={t('skpPersetujuan.matriks.tanpaTautanJudul', { count: items.length })}
      data-testid="matriks-tanpa-tautan"
      data-jumlah={items.length}
      style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }}
    >
      <Stack gap="xs">
        <Text size="sm">{t('skpPersetujuan.matriks.tanpaTautanKet')}</Text>
        <Group gap={6}>
          {tampil.map((p) => (
            <Group key={p.pegawaiId} gap={6} wrap="nowrap" justify="space-between" px="xs" py={4} w={{ base: '100%', sm: 'auto' }} bg="white" style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-orange-2)' }} data-testid={`matriks-tanpa-tautan-${p.pegawaiId}`}>
              {p.skpId ? (
                <Anchor component={Link} to={tautan.tinjau(p.skpId)} size="sm" fw={600} style={{ flex: 1, minWidth: 0 }}>
                  {p.nama}
                </Anchor>
              ) : (
                <Text size="sm" fw={600} style={{ flex: 1, minWidth: 0 }}>
                  {p.nama}
                </Text>
              )}
              <Box style={{ flexShrink: 0 }}>
                <StatusSkpBadge status={p.skpId ? p.status : null} size="xs" />
              </Box>
            </Group>
          ))}
        </Group>
        {items.length > TAMPIL_AWAL ? (
          <Button variant="subtle" color="orange" size="compact-sm" onClick={() => setSemua((v) => !v)} style={{ alignSelf: 'flex-start' }} data-testid="matriks-tanpa-tautan-semua">
            {semua ? t('skpPersetujuan.matriks.tampilSedikit') : t('skpPersetujuan.matriks.tampilSemua', { count: items.length })}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

function RhkMatriks({ rhk, nomor, onTugaskan }: { rhk: MatriksPeranHasil['rhk'][number]; nomor: number; onTugaskan: () => void }) {
  const { t } = useTranslation();
  return (
    <Card padding="md" data-testid={`matriks-rhk-${rhk.id}`} data-jumlah={rhk.bawahan.length}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
            <Group gap={6}>
              <Text size="xs" fw={700} c="kupang.8" tt="uppercase">
                {t('skpPersetujuan.matriks.rhkKe', { n: nomor })}
              </Text>
              <Badge size="xs" variant="light" color={rhk.jenis === 'utama' ? 'kupang' : 'cendana'} radius="sm">
                {t(`skpPersetujuan.jenis.${rhk.jenis}`)}
              </Badge>
            </Group>
            <Text fw={600} size="sm" lh={1.4}>
              {rhk.uraian}
            </Text>
          </Stack>
          <Button size="xs" variant="light" leftSection={<IconUsersPlus size={16} />} onClick={onTugaskan} data-testid={`matriks-tugaskan-${rhk.id}`}>
            {t('skpPersetujuan.matriks.tugaskan')}
          </Button>
        </Group>
        {rhk.bawahan.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic" pl="md">
            {t('skpPersetujuan.matriks.belumAdaBawahan')}
          </Text>
        ) : (
          <Stack gap={0} pl={{ base: 0, sm: 'md' }}>
            {rhk.bawahan.map((b) => (
              <Group
                key={b.rhkId}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                py={8}
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                data-testid={`matriks-bawahan-${b.rhkId}`}
                data-pegawai-id={b.pegawaiId}
              >
                <ThemeIcon variant="transparent" color="gray" size="sm" mt={2}>
                  <IconCornerDownRight size={16} />
                </ThemeIcon>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
                    <Anchor component={Link} to={tautan.tinjau(b.skpId)} size="sm" fw={600}>
                      {b.nama}
                    </Anchor>
                    <Box style={{ flexShrink: 0 }}>
                      <StatusSkpBadge status={b.status} size="xs" />
                    </Box>
                  </Group>
                  <Text size="sm" c="dark.6" lh={1.4}>
                    {b.uraian}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Matriks peran hasil of the penilai's own SKP in the period: for each of my RHK, the bawahan RHK that intervene it;
 * bawahan with nothing linked are highlighted on top. Each RHK can be assigned to many bawahan at once.
 */
export function MatriksPeranHasilPanel({ skpSayaId, bawahan }: { skpSayaId: string | null; bawahan: BawahanSkp[] }) {
  const { t } = useTranslation();
  const matriks = useMatriks(skpSayaId);
  const [tugaskan, setTugaskan] = useState<RhkDitugaskan | null>(null);

  if (!skpSayaId) {
    return (
      <Alert color="blue" variant="light" data-testid="matriks-tanpa-skp">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('skpPersetujuan.matriks.tanpaSkpSaya')}</Text>
          <Button component={Link} to={tautan.skpSaya} size="xs" variant="white" data-testid="matriks-buat-skp">
            {t('skpPersetujuan.matriks.buatSkp')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (matriks.isPending) return <LoadingView />;
  if (matriks.isError) return <ErrorAlert error={matriks.error} onRetry={() => void matriks.refetch()} />;
  const data = matriks.data;

  return (
    <Stack gap="md" data-testid="matriks">
      <Text size="sm" c="dimmed">
        {t('skpPersetujuan.matriks.deskripsi')}
      </Text>
      <TanpaTautan items={data.tanpaTautan} />
      {data.rhk.length === 0 ? (
        <Card padding="md">
          <Stack gap="xs" align="center">
            <Text size="sm" c="dimmed">
              {t('skpPersetujuan.matriks.kosongRhk')}
            </Text>
            <Button component={Link} to={tautan.skpSaya} size="xs" variant="light">
              {t('skpPersetujuan.matriks.buatSkp')}
            </Button>
          </Stack>
        </Card>
      ) : null}
      {data.rhk.map((r, i) => (
        <RhkMatriks
          key={r.id}
          rhk={r}
          nomor={i + 1}
          onTugaskan={() => setTugaskan({ id: r.id, jenis: r.jenis, uraian: r.uraian, nomor: i + 1, sudahAda: new Set(r.bawahan.map((b) => b.pegawaiId)) })}
        />
      ))}
      <TugaskanModal skpId={data.skpId} rhk={tugaskan} bawahan={bawahan} onClose={() => setTugaskan(null)} />
    </Stack>
  );
}
