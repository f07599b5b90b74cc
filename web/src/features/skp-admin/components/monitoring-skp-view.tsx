import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Breadcrumbs, Button, Card, Group, NativeSelect, Progress, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronRight, IconFileSpreadsheet, IconReportAnalytics } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatAngka } from '../../../utils/format.ts';
import { monitoringSkpXlsxHref, useMonitoringSkp, type MonitoringSkpTotal, type MonitoringSkpUnit } from '../api/get-monitoring-skp.ts';
import { usePeriodeSkp } from '../api/get-periode.ts';
import { useUnitPilihan } from '../api/get-unit.ts';
import { KOLOM_STATUS, WARNA_GRAFIK, WARNA_STATUS, namaPendek, persen, type KolomStatus } from './format.ts';

/** `?periode=&unit=` with one of them changed (the other kept), as a link target. */
function cari(params: URLSearchParams, ubah: { periode?: string | null; unit?: string | null }): string {
  const q = new URLSearchParams(params);
  for (const [k, v] of Object.entries(ubah)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return s ? `?${s}` : '?';
}

/**
 * How far the SKP of a period are, per unit: the pimpinan OPD sees the units of their OPD, admin BKPPD, auditor and
 * Wali Kota the whole instansi. A unit with sub-units opens them (`?unit=`), with a breadcrumb back. The stacked bars
 * say at a glance where SKP are still missing or waiting; the numbers are below (a table on a desktop, cards on a
 * phone) and in the Excel download.
 */
export function MonitoringSkpView() {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const periodeId = params.get('periode') ?? undefined;
  const unitId = params.get('unit') ?? undefined;
  const daftarPeriode = usePeriodeSkp();
  const atas = useMonitoringSkp({ periodeId, unitId });
  // a pimpinan of one OPD gets one row at the top: open it straight away (their "all units" are its sub-units)
  const satuOpd = !unitId && atas.data?.units.length === 1 && atas.data.units[0]!.adaSubunit ? atas.data.units[0]!.unitId : undefined;
  const dalam = useMonitoringSkp({ periodeId, unitId: satuOpd }, { enabled: !!satuOpd });
  const query = satuOpd ? dalam : atas;
  const unitTampil = unitId ?? satuOpd;
  const data = query.data;
  const periodeAktif = periodeId ?? data?.periode?.id;
  // the row of the pegawai placed directly in the unit opened (not in a sub-unit) carries the unit's own id
  const units = useMemo(
    () => (data?.units ?? []).map((u) => (data?.induk && u.unitId === data.induk.unitId ? { ...u, unit: t('skpAdmin.monitoring.langsung', { unit: data.induk.unit }) } : u)),
    [data, t],
  );

  const pilihanPeriode = (daftarPeriode.data ?? []).map((p) => ({
    value: p.id,
    label: p.status === 'tutup' ? t('skpAdmin.monitoring.periodeDitutup', { tahun: p.tahun }) : String(p.tahun),
  }));

  return (
    <Stack gap="md" data-testid="monitoring-skp">
      <PageHeader
        title={t('skpAdmin.monitoring.judul')}
        description={t('skpAdmin.monitoring.deskripsi')}
        actions={
          <Group gap="sm" align="flex-end" wrap="wrap">
            {pilihanPeriode.length ? (
              <NativeSelect
                label={t('skpAdmin.monitoring.periode')}
                data={pilihanPeriode}
                value={periodeAktif ?? ''}
                onChange={(e) =>
                  setParams(
                    (q) => {
                      q.set('periode', e.currentTarget.value);
                      return q;
                    },
                    { replace: true },
                  )
                }
                miw={140}
                data-testid="monitoring-skp-periode"
              />
            ) : null}
            <Button
              component="a"
              href={monitoringSkpXlsxHref({ periodeId: periodeAktif, unitId: unitTampil })}
              download
              variant="light"
              leftSection={<IconFileSpreadsheet size={18} />}
              disabled={!data?.periode}
              data-testid="monitoring-skp-ekspor"
            >
              {t('skpAdmin.monitoring.ekspor')}
            </Button>
          </Group>
        }
      />
      {query.isPending ? <LoadingView /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && !data.periode ? (
        <Card data-testid="monitoring-skp-tanpa-periode">
          <Group gap="sm" c="dimmed" wrap="nowrap" align="flex-start">
            <IconReportAnalytics size={24} style={{ flexShrink: 0 }} />
            <Stack gap={2}>
              <Text fw={600}>{t('skpAdmin.monitoring.tanpaPeriode')}</Text>
              <Text size="sm">{t('skpAdmin.monitoring.tanpaPeriodeKet')}</Text>
            </Stack>
          </Group>
        </Card>
      ) : null}
      {data?.periode ? (
        <>
          <Jejak params={params} unitId={unitTampil} induk={data.induk} puncak={!!satuOpd} />
          <Ringkasan total={data.total} />
          {units.length > 0 ? <Grafik units={units} wide={wide} /> : null}
          <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {units.length === 0 ? (
              <Card>
                <Text c="dimmed" ta="center" size="sm" data-testid="monitoring-skp-kosong">
                  {t('skpAdmin.monitoring.kosong')}
                </Text>
              </Card>
            ) : wide ? (
              <Tabel units={units} total={data.total} params={params} bahasa={i18n.language} />
            ) : (
              <Kartu units={units} params={params} />
            )}
          </div>
        </>
      ) : null}
    </Stack>
  );
}

/** "Semua unit › Dinas Kesehatan › Bidang P2P": the way back up from a drilled-down unit. */
function Jejak({ params, unitId, induk, puncak }: { params: URLSearchParams; unitId: string | undefined; induk: { unitId: string; unit: string } | null; puncak: boolean }) {
  const { t } = useTranslation();
  const pilihan = useUnitPilihan();
  const rantai = useMemo(() => {
    if (!unitId) return [];
    const byId = new Map((pilihan.data?.items ?? []).map((u) => [u.id, u]));
    const hasil: { id: string; nama: string }[] = [];
    let u = byId.get(unitId);
    // ancestors below the instansi root (the top of the list is "Semua unit")
    while (u && u.kedalaman >= 1 && hasil.length < 12) {
      hasil.unshift({ id: u.id, nama: u.nama });
      u = u.indukId ? byId.get(u.indukId) : undefined;
    }
    if (hasil.length === 0 && induk) hasil.push({ id: induk.unitId, nama: induk.unit });
    return hasil;
  }, [pilihan.data, unitId, induk]);
  if (!unitId) return null;
  return (
    <Breadcrumbs separator={<IconChevronRight size={14} />} separatorMargin={6} data-testid="monitoring-skp-jejak" style={{ flexWrap: 'wrap', rowGap: 4 }}>
      {puncak ? null : (
        <Anchor component={Link} to={cari(params, { unit: null })} size="sm" data-testid="monitoring-skp-jejak-atas">
          {t('skpAdmin.monitoring.semuaUnit')}
        </Anchor>
      )}
      {rantai.map((r, i) =>
        i === rantai.length - 1 ? (
          <Text key={r.id} size="sm" fw={600}>
            {induk?.unitId === r.id ? induk.unit : r.nama}
          </Text>
        ) : (
          <Anchor key={r.id} component={Link} to={cari(params, { unit: r.id })} size="sm">
            {r.nama}
          </Anchor>
        ),
      )}
    </Breadcrumbs>
  );
}

function Ringkasan({ total }: { total: MonitoringSkpTotal }) {
  const { t, i18n } = useTranslation();
  const pct = persen(total.disetujui, total.jumlahPegawai);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="monitoring-skp-ringkasan">
      <Card padding="sm">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('skpAdmin.monitoring.pegawai')}
        </Text>
        <Text fz={26} fw={700}>
          {formatAngka(total.jumlahPegawai, i18n.language)}
        </Text>
      </Card>
      {KOLOM_STATUS.map((k) => (
        <Card key={k} padding="sm" data-testid={`monitoring-skp-total-${k}`}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t(`skpAdmin.status.${k}`)}
          </Text>
          <Group gap={6} align="baseline">
            <Text fz={26} fw={700} c={k === 'draft' ? undefined : `${WARNA_STATUS[k]}.7`}>
              {formatAngka(total[k], i18n.language)}
            </Text>
            {k === 'disetujui' ? (
              <Text size="sm" c="dimmed">
                {pct} %
              </Text>
            ) : null}
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Grafik({ units, wide }: { units: MonitoringSkpUnit[]; wide: boolean }) {
  const { t } = useTranslation();
  const pilihan = useUnitPilihan();
  const singkatan = useMemo(() => new Map((pilihan.data?.items ?? []).map((u) => [u.id, u.singkatan])), [pilihan.data]);
  // the axis wraps a label over two lines
  const max = wide ? 40 : 28;
  const data = units.map((u) => ({ unit: namaPendek(u.unit, singkatan.get(u.unitId), max, !wide), ...Object.fromEntries(KOLOM_STATUS.map((k) => [k, u[k]])) }));
  return (
    <Card padding="md" data-testid="monitoring-skp-grafik">
      <Text fw={600} size="sm" mb="sm">
        {t('skpAdmin.monitoring.grafik')}
      </Text>
      <BarChart
        h={Math.max(170, units.length * (wide ? 34 : 36) + (wide ? 70 : 110))}
        data={data}
        dataKey="unit"
        orientation="vertical"
        type="stacked"
        withLegend
        // in the order of the stack (recharts sorts the legend by name otherwise)
        legendProps={{ verticalAlign: 'bottom', height: wide ? 30 : 84, itemSorter: (item) => KOLOM_STATUS.indexOf(item.dataKey as KolomStatus) }}
        yAxisProps={{ width: wide ? 230 : 136, interval: 0, tick: { fontSize: wide ? 12 : 11 } }}
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        maxBarWidth={22}
        series={KOLOM_STATUS.map((k) => ({ name: k, label: t(`skpAdmin.status.${k}`), color: WARNA_GRAFIK[k] }))}
      />
    </Card>
  );
}

/** The share of each status as one bar (the same colours as the chart); the approved share is what counts. */
function BatangStatus({ u, size = 'md' }: { u: MonitoringSkpTotal; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Progress.Root size={size} aria-label={t('skpAdmin.monitoring.persen')}>
      {KOLOM_STATUS.map((k) =>
        u[k] > 0 ? (
          <Tooltip key={k} label={`${t(`skpAdmin.status.${k}`)}: ${u[k]}`} withArrow>
            <Progress.Section value={(u[k] / Math.max(1, u.jumlahPegawai)) * 100} color={WARNA_GRAFIK[k]} />
          </Tooltip>
        ) : null,
      )}
    </Progress.Root>
  );
}

function NamaUnit({ u, params }: { u: MonitoringSkpUnit; params: URLSearchParams }) {
  const { t } = useTranslation();
  if (!u.adaSubunit) {
    return (
      <Text size="sm" fw={500}>
        {u.unit}
      </Text>
    );
  }
  const spasi = u.unit.lastIndexOf(' ');
  const awal = u.unit.slice(0, spasi + 1);
  const akhir = u.unit.slice(spasi + 1);
  return (
    <Anchor component={Link} to={cari(params, { unit: u.unitId })} size="sm" fw={600} aria-label={t('skpAdmin.monitoring.lihatSubunit', { unit: u.unit })} data-testid={`monitoring-skp-buka-${u.unitId}`}>
      {awal}
      {/* the last word and the chevron stay on one line */}
      <span style={{ whiteSpace: 'nowrap' }}>
        {akhir}
        <IconChevronRight size={14} style={{ verticalAlign: 'middle', marginLeft: 2 }} />
      </span>
    </Anchor>
  );
}

function Persen({ u }: { u: MonitoringSkpTotal }) {
  const pct = persen(u.disetujui, u.jumlahPegawai);
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Progress value={pct} color="teal" size="sm" w={56} aria-hidden />
      <Text size="sm" fw={600} miw={48} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {pct} %
      </Text>
    </Group>
  );
}

// number columns shrink to their content; the unit name takes the rest of the width
const SEMPIT = { width: '1%', whiteSpace: 'nowrap', fontSize: 'var(--mantine-font-size-xs)' } as const;

const KOLOM_TABEL = ['draft', 'diajukan', 'dikembalikan', 'disetujui', 'belumAda'] as const satisfies readonly KolomStatus[];

function Angka({ k, n }: { k: KolomStatus; n: number }) {
  const { i18n } = useTranslation();
  const sorot = n > 0 && (k === 'belumAda' || k === 'dikembalikan');
  return (
    <Text span size="sm" c={sorot ? `${WARNA_STATUS[k]}.7` : n === 0 ? 'dimmed' : undefined} fw={sorot ? 600 : undefined}>
      {formatAngka(n, i18n.language)}
    </Text>
  );
}

function Tabel({ units, total, params, bahasa }: { units: MonitoringSkpUnit[]; total: MonitoringSkpTotal; params: URLSearchParams; bahasa: string }) {
  const { t } = useTranslation();
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs" horizontalSpacing="sm" fz="sm" data-testid="monitoring-skp-tabel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={240}>{t('skpAdmin.monitoring.unit')}</Table.Th>
              <Table.Th ta="right" style={SEMPIT}>
                {t('skpAdmin.monitoring.pegawai')}
              </Table.Th>
              {KOLOM_TABEL.map((k) => (
                <Table.Th key={k} ta="right" style={SEMPIT}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <span aria-hidden style={{ width: 8, height: 8, borderRadius: 2, background: `var(--mantine-color-${WARNA_GRAFIK[k].replace('.', '-')})` }} />
                    {t(k === 'belumAda' ? 'skpAdmin.monitoring.belumAdaSingkat' : `skpAdmin.status.${k}`)}
                  </Group>
                </Table.Th>
              ))}
              <Table.Th ta="right" style={SEMPIT}>
                {t('skpAdmin.monitoring.persen')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.unitId} data-testid={`monitoring-skp-${u.unitId}`}>
                <Table.Td>
                  <Stack gap={4}>
                    <NamaUnit u={u} params={params} />
                    <BatangStatus u={u} size="sm" />
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{formatAngka(u.jumlahPegawai, bahasa)}</Table.Td>
                {KOLOM_TABEL.map((k) => (
                  <Table.Td key={k} ta="right">
                    <Angka k={k} n={u[k]} />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Persen u={u} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="monitoring-skp-total" fw={700} style={{ borderTop: '2px solid var(--mantine-color-default-border)' }}>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {t('skpAdmin.monitoring.total')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatAngka(total.jumlahPegawai, bahasa)}</Table.Td>
              {KOLOM_TABEL.map((k) => (
                <Table.Td key={k} ta="right">
                  {formatAngka(total[k], bahasa)}
                </Table.Td>
              ))}
              <Table.Td>
                <Persen u={total} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Kartu({ units, params }: { units: MonitoringSkpUnit[]; params: URLSearchParams }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="monitoring-skp-kartu">
      {units.map((u) => (
        <Card key={u.unitId} padding="sm" data-testid={`monitoring-skp-${u.unitId}`}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <NamaUnit u={u} params={params} />
                <Text size="xs" c="dimmed">
                  {t('skpAdmin.monitoring.jumlahPegawai', { count: u.jumlahPegawai })}
                </Text>
              </Stack>
              <Badge variant="light" color="teal" size="lg" style={{ flexShrink: 0 }}>
                {persen(u.disetujui, u.jumlahPegawai)} %
              </Badge>
            </Group>
            <BatangStatus u={u} size="lg" />
            <Group gap={6}>
              {KOLOM_STATUS.filter((k) => u[k] > 0).map((k) => (
                <Badge key={k} size="sm" variant="light" color={WARNA_STATUS[k]} radius="sm" data-testid={`monitoring-skp-${u.unitId}-${k}`}>
                  {t(`skpAdmin.status.${k}`)} {u[k]}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
