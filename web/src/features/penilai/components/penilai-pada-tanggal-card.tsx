import { Alert, Anchor, Card, DataList, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatNip, formatTanggal } from '../../../utils/format.ts';
import { usePenilaiPegawai, type PenilaiPegawai } from '../api/get-penilai-pegawai.ts';
import { SumberBadge } from './sumber-badge.tsx';
import { hariIniWita, tanggalValid } from './tanggal.ts';

type Penilai = NonNullable<PenilaiPegawai['pejabatPenilai']>;

function Pejabat({ penilai, href, testId }: { penilai: Penilai | null; href?: (id: string) => string; testId: string }) {
  const { t } = useTranslation();
  if (!penilai) {
    return (
      <Text c="dimmed" fs="italic" size="sm" data-testid={testId}>
        {t('penilai.kartu.tidakAda')}
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid={testId} data-pegawai-id={penilai.pegawaiId} data-sumber={penilai.sumber}>
      <Group gap="xs" wrap="wrap">
        {href ? (
          <Anchor component={Link} to={href(penilai.pegawaiId)} fw={600} size="sm">
            {penilai.namaLengkap}
          </Anchor>
        ) : (
          <Text fw={600} size="sm">
            {penilai.namaLengkap}
          </Text>
        )}
        <SumberBadge sumber={penilai.sumber} testId={`${testId}-sumber`} />
      </Group>
      <Text size="xs" ff="monospace" c="dimmed">
        {penilai.nip ? formatNip(penilai.nip) : t('penilai.kartu.tanpaNip')}
      </Text>
      {penilai.jabatan ? <Text size="sm">{penilai.jabatan}</Text> : null}
    </Stack>
  );
}

/**
 * "Who evaluates this pegawai on date D": Pejabat Penilai and Atasan Pejabat Penilai with where each comes from
 * (structure, Plt, Plh, penilai khusus) and the vacant posts skipped on the way up. The date starts at
 * `initialTanggal` (default: today WITA); `onTanggalChange` lets a screen keep it in its URL.
 */
export function PenilaiPadaTanggalCard({
  pegawaiId,
  initialTanggal,
  onTanggalChange,
  pegawaiHref,
}: {
  pegawaiId: string;
  initialTanggal?: string;
  onTanggalChange?: (tanggal: string) => void;
  pegawaiHref?: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 36em)', false, { getInitialValueInEffect: false });
  const [input, setInput] = useState(initialTanggal && tanggalValid(initialTanggal) ? initialTanggal : hariIniWita());
  const tanggal = tanggalValid(input) ? input : null;
  const [lastValid, setLastValid] = useState(tanggal ?? hariIniWita());
  if (tanggal && tanggal !== lastValid) setLastValid(tanggal);
  const query = usePenilaiPegawai(pegawaiId, tanggal ?? lastValid);
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const listProps = { labelWidth: '13rem', withDivider: true, orientation: wide ? 'horizontal' : 'vertical' } as const;

  return (
    <Card data-testid="penilai-card">
      <Group justify="space-between" align="flex-end" gap="sm" mb="md" wrap="wrap">
        <Group gap="xs" c="kupang.8">
          <IconUserCheck size={20} />
          <Title order={2} fz="md" c="dark">
            {t('penilai.kartu.judul')}
          </Title>
        </Group>
        <TextInput
          type="date"
          label={t('penilai.tanggal')}
          value={input}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setInput(value);
            if (tanggalValid(value)) onTanggalChange?.(value);
          }}
          error={tanggal ? undefined : t('penilai.tanggalTidakValid')}
          w={{ base: '100%', xs: 200 }}
          data-testid="penilai-tanggal"
        />
      </Group>
      {query.isPending ? (
        <LoadingView />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} data-tanggal={query.data.tanggal}>
          <Text size="xs" c="dimmed">
            {formatTanggal(query.data.tanggal, bahasa)}
          </Text>
          <DataList {...listProps}>
            <DataList.Item>
              <DataList.ItemLabel c="dimmed">{t('penilai.kartu.pejabatPenilai')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Pejabat penilai={query.data.pejabatPenilai} href={pegawaiHref} testId="penilai-pejabat" />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel c="dimmed">{t('penilai.kartu.atasanPejabatPenilai')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Pejabat penilai={query.data.atasanPejabatPenilai} href={pegawaiHref} testId="penilai-atasan" />
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          {query.data.lowonganDilewati.length > 0 ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title={t('penilai.kartu.lowonganJudul')} data-testid="penilai-lowongan">
              <Text size="sm" mb={4}>
                {t('penilai.kartu.lowonganTeks')}
              </Text>
              <List size="sm">
                {query.data.lowonganDilewati.map((j) => (
                  <List.Item key={j.jabatanId} data-testid="penilai-lowongan-item" data-jabatan-id={j.jabatanId}>
                    {j.nama}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}
