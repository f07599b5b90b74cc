import { Alert, Anchor, Badge, Box, Collapse, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconFile, IconLink, IconMapPin, IconMessageCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buktiUrl } from '../api/bukti.ts';
import type { Aktivitas } from '../api/get-aktivitas-list.ts';
import { WARNA_STATUS, formatMenit } from './format.ts';
import { StatusBadge } from './status-badge.tsx';
import { UmpanBalikThread } from './umpan-balik-thread.tsx';

export type JenisTanda = Aktivitas['tanda'][number];

/** Supervision flags: hints for the atasan to look closer, never a penalty (DOMAIN.md §2.2). */
export function TandaBadges({ tanda }: { tanda: readonly JenisTanda[] }) {
  const { t } = useTranslation();
  if (tanda.length === 0) return null;
  return (
    <Group gap={4} data-testid="aktivitas-tanda">
      {[...new Set(tanda)].map((j) => (
        <Tooltip key={j} label={t(`aktivitas.tanda.${j}.ket`)} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
          <Badge color="yellow.8" variant="light" size="sm" radius="sm" leftSection={<IconAlertTriangle size={12} />} data-testid="tanda" data-jenis={j} tabIndex={0}>
            {t(`aktivitas.tanda.${j}.label`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

function Bukti({ bukti }: { bukti: Aktivitas['bukti'] }) {
  const { t } = useTranslation();
  if (bukti.length === 0) return null;
  return (
    <Group gap={6} data-testid="aktivitas-bukti">
      {bukti.map((b) => {
        if (b.jenis === 'tautan' && b.url)
          return (
            <Anchor key={b.id} href={b.url} target="_blank" rel="noopener noreferrer" size="xs" data-testid="bukti-tautan" style={{ maxWidth: '100%' }}>
              <Group gap={4} wrap="nowrap">
                <IconLink size={14} />
                <Text span size="xs" truncate="end" maw={220}>
                  {b.nama || b.url}
                </Text>
              </Group>
            </Anchor>
          );
        const url = buktiUrl(b);
        if (b.mime?.startsWith('image/') && url)
          return (
            <Anchor key={b.id} href={url} target="_blank" rel="noopener" aria-label={b.nama} data-testid="bukti-foto">
              <img src={buktiUrl(b, true) ?? url} alt={b.nama} width={56} height={56} loading="lazy" style={{ objectFit: 'cover', borderRadius: 8, display: 'block', border: '1px solid var(--mantine-color-gray-3)' }} />
            </Anchor>
          );
        return (
          <Anchor key={b.id} href={url ?? undefined} target="_blank" rel="noopener" size="xs" data-testid="bukti-berkas">
            <Group gap={4} wrap="nowrap">
              <IconFile size={14} />
              <Text span size="xs" truncate="end" maw={200}>
                {b.nama || t('aktivitas.kartu.berkas')}
              </Text>
            </Group>
          </Anchor>
        );
      })}
    </Group>
  );
}

/**
 * One activity as a card: time and length, status in colour (a coloured edge too, readable at a glance), the text,
 * the output, the evidence, the atasan's note, and the feedback thread behind a tap.
 */
export function AktivitasKartu({
  aktivitas: a,
  kiri,
  aksi,
  judul,
  sorot,
  tampilTanda,
}: {
  aktivitas: Aktivitas;
  kiri?: ReactNode;
  aksi?: ReactNode;
  /** e.g. the pegawai's name and date in the atasan's queue */
  judul?: ReactNode;
  /** "Baru": just arrived through the live stream */
  sorot?: boolean;
  tampilTanda?: boolean;
}) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  const warna = WARNA_STATUS[a.status];
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="aktivitas-item"
      data-id={a.id}
      data-status={a.status}
      data-baru={sorot ? 'true' : undefined}
      style={{
        borderLeft: `4px solid var(--mantine-color-${warna}-6)`,
        background: sorot ? 'var(--mantine-color-cendana-0)' : undefined,
        transition: 'background 1.2s ease',
      }}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        {kiri}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {judul}
          <Group justify="space-between" gap={6} wrap="nowrap" align="flex-start">
            <Group gap={6} wrap="wrap">
              <Text fw={700} size="sm" ff="monospace" data-testid="aktivitas-jam">
                {a.jamMulai}–{a.jamSelesai}
              </Text>
              <Text size="xs" c="dimmed">
                {formatMenit(a.menit, t('aktivitas.jamSingkat'))}
              </Text>
              {sorot ? (
                <Badge size="xs" color="cendana.7" data-testid="aktivitas-baru">
                  {t('aktivitas.antrian.baru')}
                </Badge>
              ) : null}
            </Group>
            <StatusBadge status={a.status} />
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="aktivitas-uraian-teks">
            {a.uraian}
          </Text>
          {a.rhkUraian ? (
            <Text size="xs" c="dimmed" lineClamp={2} data-testid="aktivitas-rhk-teks">
              {t('aktivitas.kartu.rhk')}: {a.rhkUraian}
            </Text>
          ) : null}
          {a.volume !== null || a.lokasi ? (
            <Group gap="sm">
              {a.volume !== null ? (
                <Text size="xs" c="dimmed" data-testid="aktivitas-output">
                  {t('aktivitas.kartu.output')}: {a.volume.toLocaleString('id-ID')} {a.satuan ?? ''}
                </Text>
              ) : null}
              {a.lokasi ? (
                <Group gap={2} wrap="nowrap">
                  <IconMapPin size={12} color="var(--mantine-color-dimmed)" />
                  <Text size="xs" c="dimmed" truncate="end">
                    {a.lokasi}
                  </Text>
                </Group>
              ) : null}
            </Group>
          ) : null}
          {tampilTanda ? <TandaBadges tanda={a.tanda} /> : null}
          <Bukti bukti={a.bukti} />
          {a.catatanPenilai ? (
            <Alert color={warna} variant="light" p={8} title={t('aktivitas.kartu.catatanAtasan')} data-testid="aktivitas-catatan">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {a.catatanPenilai}
              </Text>
            </Alert>
          ) : null}
          <Group justify="space-between" gap="xs" wrap="wrap">
            <UnstyledButton onClick={() => setBuka((b) => !b)} aria-expanded={buka} data-testid="umpan-balik-buka">
              <Group gap={4} wrap="nowrap">
                <IconMessageCircle size={16} color="var(--mantine-color-kupang-7)" />
                <Text size="xs" c="kupang.8" fw={500}>
                  {a.jumlahUmpanBalik > 0 ? t('aktivitas.umpanBalik.jumlah', { count: a.jumlahUmpanBalik }) : t('aktivitas.umpanBalik.judul')}
                </Text>
              </Group>
            </UnstyledButton>
            {aksi ? <Group gap={6}>{aksi}</Group> : null}
          </Group>
          <Collapse expanded={buka}>
            <Box pt={4}>{buka ? <UmpanBalikThread aktivitasId={a.id} /> : null}</Box>
          </Collapse>
        </Stack>
      </Group>
    </Paper>
  );
}
