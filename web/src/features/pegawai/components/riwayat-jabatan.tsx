import { Badge, Card, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconBriefcase, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JENIS_MUTASI } from '../../../../../contracts/pegawai.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatTanggal } from '../../../utils/format.ts';
import { useRiwayatJabatan } from '../api/get-riwayat-jabatan.ts';

const JENIS = ['awal', 'impor', ...JENIS_MUTASI] as const;

/** Who was where when (mutasi keeps the history): newest first, the current post marked. */
export function RiwayatJabatan({ pegawaiId }: { pegawaiId: string }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const query = useRiwayatJabatan(pegawaiId);
  if (query.isPending) return <LoadingView />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <Card data-testid="riwayat-kosong">
        <Group gap="sm" c="dimmed">
          <IconHistory size={22} />
          <Text>{t('kelolaPegawai.riwayatKosong')}</Text>
        </Group>
      </Card>
    );
  }
  const jenisLabel = (j: string) => ((JENIS as readonly string[]).includes(j) ? t(`kelolaPegawai.jenisRiwayat.${j as (typeof JENIS)[number]}`) : j);
  return (
    <Card>
      <Timeline active={0} bulletSize={26} lineWidth={2} data-testid="riwayat-jabatan">
        {query.data.map((r) => (
          <Timeline.Item key={r.id} bullet={<IconBriefcase size={14} />} data-testid="riwayat-item" data-jenis={r.jenis} data-selesai={r.selesai ?? ''}>
            <Stack gap={2}>
              <Group gap={6} wrap="wrap">
                <Text fw={600} size="sm" data-testid="riwayat-jabatan-nama">
                  {r.jabatan}
                </Text>
                {r.selesai === null ? (
                  <Badge size="xs" color="teal" variant="light">
                    {t('kelolaPegawai.sekarang')}
                  </Badge>
                ) : null}
                <Badge size="xs" variant="outline" color="gray">
                  {jenisLabel(r.jenis)}
                </Badge>
              </Group>
              <Text size="sm">{r.unit}</Text>
              <Text size="xs" c="dimmed" data-testid="riwayat-periode">
                {r.selesai
                  ? t('kelolaPegawai.periode', { mulai: formatTanggal(r.mulai, bahasa), selesai: formatTanggal(r.selesai, bahasa) })
                  : t('kelolaPegawai.sejak', { mulai: formatTanggal(r.mulai, bahasa) })}
              </Text>
              {r.nomorSk ? (
                <Text size="xs" c="dimmed">
                  {t('kelolaPegawai.nomorSkNilai', { nomor: r.nomorSk })}
                </Text>
              ) : null}
              {r.keterangan ? (
                <Text size="xs" c="dimmed" fs="italic">
                  {r.keterangan}
                </Text>
              ) : null}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
