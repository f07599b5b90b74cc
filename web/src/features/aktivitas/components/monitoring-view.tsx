import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Card, Drawer, Group, SimpleGrid, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { tanggalValid, tanggalWita } from '../../../../../domain/kalender.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { type MonitoringUnit, useMonitoring } from '../api/get-monitoring.ts';
import { type MonitoringPegawai, useMonitoringPegawai } from '../api/get-monitoring-pegawai.ts';

function formatJam(jam: number | null, lng: string): string {
  if (jam === null) return '—';
  if (jam < 1) return lng === 'en' ? '< 1 h' : '< 1 jam';
  if (jam < 48) return `${Math.round(jam)} ${lng === 'en' ? 'h' : 'jam'}`;
  return `${Math.round(jam / 24)} ${lng === 'en' ? 'days' : 'hari'}`;
}

function PegawaiBaris({ p }: { p: MonitoringPegawai }) {
  const { t, i18n } = useTranslation();
  const jam = Math.floor(p.menit / 60);
  const menit = p.menit % 60;
  const durasi = jam === 0 ? t('aktivitas.monitoring.durasiMenit', { menit }) : menit === 0 ? t('aktivitas.monitoring.durasiJam', { jam }) : t('aktivitas.monitoring.durasiJamMenit', { jam, menit });
  return (
    <Card padding="sm" withBorder data-testid={`monitoring-pegawai-${p.pegawaiId}`}>
      <Stack gap={6}>
        <div>
          <Text size="sm" fw={600}>
            {p.nama}
          </Text>
          <Text size="xs" c="dimmed">
            {[p.nip, p.jabatan].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs" wrap="wrap">
          {!p.aktif ? (
            <Badge color="gray" variant="light" size="sm" tt="none">
              {t('aktivitas.monitoring.tidakAktif')}
            </Badge>
          ) : p.sudahMengisi ? (
            <Badge color="teal" variant="light" size="sm" tt="none" data-testid="monitoring-badge-sudah">
              {t('aktivitas.monitoring.sudahBadge', { count: p.jumlahAktivitas, durasi })}
            </Badge>
          ) : (
            <Badge color="red" variant="light" size="sm" tt="none" data-testid="monitoring-badge-belum">
              {t('aktivitas.monitoring.belumBadge')}
            </Badge>
          )}
          {p.menunggu > 0 ? (
            <Text size="xs" fw={600} c={p.menungguTerlamaJam !== null && p.menungguTerlamaJam >= 24 ? 'orange.8' : 'blue.8'} data-testid="monitoring-badge-menunggu">
              {t('aktivitas.monitoring.menungguPegawai', { count: p.menunggu, umur: formatJam(p.menungguTerlamaJam, i18n.language) })}
            </Text>
          ) : null}
        </Group>
        {p.penilaiMenunggu.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('aktivitas.monitoring.penilaiMenunggu', { nama: p.penilaiMenunggu.join(', ') })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The names behind one unit row; full screen on a phone. */
function PegawaiUnitDrawer({ unit, tanggal, onClose }: { unit: MonitoringUnit | null; tanggal: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const data = useMonitoringPegawai(unit?.unitId ?? null, tanggal);
  const tanggalTampil = new Date(`${tanggal}T00:00:00Z`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <Drawer
      opened={!!unit}
      onClose={onClose}
      position="right"
      size={wide ? 'lg' : '100%'}
      title={
        <Text fw={650} size="lg" component="span">
          {unit ? t('aktivitas.monitoring.daftarJudul', { unit: unit.unit }) : ''}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('aktivitas.monitoring.tutup'), ...{ 'data-testid': 'monitoring-pegawai-tutup' } }}
      data-testid="monitoring-daftar-pegawai"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('aktivitas.monitoring.daftarKet', { tanggal: tanggalTampil })}
        </Text>
        {unit ? (
          <Group gap="xs">
            <Badge color="red" variant="light" tt="none">{`${t('aktivitas.monitoring.belum')}: ${unit.belumMengisi}`}</Badge>
            <Badge color="teal" variant="light" tt="none">{`${t('aktivitas.monitoring.sudah')}: ${unit.sudahMengisi}`}</Badge>
            <Badge color="blue" variant="light" tt="none">{`${t('aktivitas.monitoring.menunggu')}: ${unit.menunggu}`}</Badge>
          </Group>
        ) : null}
        {data.isPending ? <LoadingView /> : null}
        {data.isError ? <ErrorAlert error={data.error} onRetry={() => void data.refetch()} /> : null}
        {data.data?.pegawai.map((p) => <PegawaiBaris key={p.pegawaiId} p={p} />)}
        {data.data && data.data.pegawai.length === 0 ? (
          <Text c="dimmed" ta="center" size="sm" p="lg">
            {t('aktivitas.monitoring.daftarKosong')}
          </Text>
        ) : null}
      </Stack>
    </Drawer>
  );
}

/**
 * The pimpinan OPD's view of one day: per unit who filed and who did not (a stacked bar per unit, quicker to read
 * than numbers), how many activities wait for their atasan and how old the oldest is.
 */
export function MonitoringView() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('aktivitas.monitoring.judul'));
  const [params, setParams] = useSearchParams();
  const hariIni = tanggalWita(new Date());
  const p = params.get('tanggal');
  const tanggal = p && tanggalValid(p) && p <= hariIni ? p : hariIni;
  const data = useMonitoring(tanggal);
  const [dibuka, setDibuka] = useState<MonitoringUnit | null>(null);
  const units = data.data?.units ?? [];
  const total = units.reduce(
    (n, u) => ({ pegawai: n.pegawai + u.jumlahPegawai, sudah: n.sudah + u.sudahMengisi, belum: n.belum + u.belumMengisi, menunggu: n.menunggu + u.menunggu }),
    { pegawai: 0, sudah: 0, belum: 0, menunggu: 0 },
  );
  const chart = units.map((u) => ({ unit: u.unit.length > 28 ? `${u.unit.slice(0, 27)}…` : u.unit, sudah: u.sudahMengisi, belum: u.belumMengisi }));
  const angka = [
    { key: 'pegawai', label: t('aktivitas.monitoring.pegawai'), value: total.pegawai, color: undefined },
    { key: 'sudah', label: t('aktivitas.monitoring.sudah'), value: total.sudah, color: 'teal' },
    { key: 'belum', label: t('aktivitas.monitoring.belum'), value: total.belum, color: 'red' },
    { key: 'menunggu', label: t('aktivitas.monitoring.menunggu'), value: total.menunggu, color: 'blue' },
  ];
  return (
    <Stack gap="md" data-testid="monitoring">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 16rem' }}>
          <Text component="h1" fz={{ base: 24, sm: 28 }} fw={650} m={0} data-testid="page-title">
            {t('aktivitas.monitoring.judul')}
          </Text>
          <Text c="dimmed" size="sm">
            {t('aktivitas.monitoring.deskripsi')}
          </Text>
        </Stack>
        <TextInput
          type="date"
          label={t('aktivitas.monitoring.tanggal')}
          value={tanggal}
          max={hariIni}
          onChange={(e) =>
            setParams(
              (q) => {
                const v = e.currentTarget.value;
                if (v && v !== hariIni) q.set('tanggal', v);
                else q.delete('tanggal');
                return q;
              },
              { replace: true },
            )
          }
          data-testid="monitoring-tanggal"
        />
      </Group>
      {data.isPending ? <LoadingView /> : null}
      {data.isError ? <ErrorAlert error={data.error} onRetry={() => void data.refetch()} /> : null}
      {data.data ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {angka.map((a) => (
              <Card key={a.key} padding="sm" data-testid={`monitoring-total-${a.key}`}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  {a.label}
                </Text>
                <Text fz={26} fw={700} c={a.color}>
                  {a.value.toLocaleString('id-ID')}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          {units.length > 0 ? (
            <Card padding="md" data-testid="monitoring-chart">
              <Text fw={600} size="sm" mb="sm">
                {t('aktivitas.monitoring.grafik')}
              </Text>
              <BarChart
                h={Math.max(160, units.length * 36 + 40)}
                data={chart}
                dataKey="unit"
                orientation="vertical"
                type="percent"
                withLegend
                legendProps={{ verticalAlign: 'bottom' }}
                yAxisProps={{ width: 150 }}
                gridAxis="none"
                series={[
                  { name: 'sudah', label: t('aktivitas.monitoring.sudah'), color: 'teal.6' },
                  { name: 'belum', label: t('aktivitas.monitoring.belum'), color: 'red.4' },
                ]}
              />
            </Card>
          ) : null}
          <Card padding={0}>
            <Table.ScrollContainer minWidth={520}>
              <Table striped highlightOnHover verticalSpacing="xs" data-testid="monitoring-tabel">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('aktivitas.monitoring.unit')}</Table.Th>
                    <Table.Th ta="right">{t('aktivitas.monitoring.sudah')}</Table.Th>
                    <Table.Th ta="right">{t('aktivitas.monitoring.belum')}</Table.Th>
                    <Table.Th ta="right">{t('aktivitas.monitoring.menunggu')}</Table.Th>
                    <Table.Th ta="right">{t('aktivitas.monitoring.terlama')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {units.map((u) => (
                    <Table.Tr key={u.unitId} data-testid="monitoring-unit" data-unit-id={u.unitId} onClick={() => setDibuka(u)} style={{ cursor: 'pointer' }}>
                      <Table.Td>
                        {/* the focusable part of the row: Enter/Space click it and the click reaches the row */}
                        <UnstyledButton data-testid={`monitoring-unit-${u.unitId}`} aria-label={t('aktivitas.monitoring.bukaUnit', { unit: u.unit })} aria-haspopup="dialog">
                          <Text size="sm" c="blue.8" td="underline">
                            {u.unit}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t('aktivitas.monitoring.dariPegawai', { count: u.jumlahPegawai })}
                          </Text>
                        </UnstyledButton>
                      </Table.Td>
                      <Table.Td ta="right">{u.sudahMengisi}</Table.Td>
                      <Table.Td ta="right">
                        <Text span size="sm" c={u.belumMengisi > 0 ? 'red.7' : undefined} fw={u.belumMengisi > 0 ? 600 : undefined}>
                          {u.belumMengisi}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{u.menunggu}</Table.Td>
                      <Table.Td ta="right">
                        {u.menungguTerlamaJam !== null && u.menungguTerlamaJam >= 24 ? (
                          <Badge color="orange" variant="light" size="sm">
                            {formatJam(u.menungguTerlamaJam, i18n.language)}
                          </Badge>
                        ) : (
                          formatJam(u.menungguTerlamaJam, i18n.language)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {units.length === 0 ? (
              <Text c="dimmed" ta="center" size="sm" p="lg" data-testid="monitoring-kosong">
                {t('aktivitas.monitoring.kosong')}
              </Text>
            ) : null}
          </Card>
        </>
      ) : null}
      <PegawaiUnitDrawer unit={dibuka} tanggal={tanggal} onClose={() => setDibuka(null)} />
    </Stack>
  );
}
