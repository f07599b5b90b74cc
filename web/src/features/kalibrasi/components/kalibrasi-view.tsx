import { Box, Button, Card, Group, NativeSelect, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChartDots, IconChevronRight, IconCornerDownRight, IconHierarchy2 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { formatAngka } from '../../../utils/format.ts';
import { useKalibrasiDaftar, type KalibrasiDaftar, type KalibrasiUnit } from '../api/get-kalibrasi-daftar.ts';
import { usePeriodePenilaian } from '../api/get-periode-penilaian.ts';
import { jumlahSebaran, pilihPeriodeBawaan, urutkanPeriode } from './format.ts';
import { KurvaChart } from './kurva-chart.tsx';
import { PredikatOrganisasiPilih } from './predikat-organisasi-pilih.tsx';
import { SebaranBatang } from './sebaran-batang.tsx';
import { StatusKurvaBadge } from './status-kurva-badge.tsx';

type PapanHref = (periodeId: string, unitId: string) => string;

/**
 * /kalibrasi: the units a pimpinan calibrates in an evaluation period (the units below the posts they lead; every unit
 * for the Wali Kota, and read-only for admin BKPPD and auditor), as an indented tree — a table on a desktop, cards on
 * a phone — each with its predikat organisasi (chosen here), how many are rated, its distribution, whether it fits
 * the curve, and the way to its calibration board. The distribution of all listed units is on top. `?periode=` keeps
 * the chosen period; without it the most recent period that has started opens.
 */
export function KalibrasiView({ papanHref }: { papanHref: PapanHref }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const periode = usePeriodePenilaian();
  const daftarPeriode = useMemo(() => urutkanPeriode(periode.data ?? []), [periode.data]);
  const periodeId = params.get('periode') ?? pilihPeriodeBawaan(daftarPeriode, tanggalWita(new Date()));
  const daftar = useKalibrasiDaftar(periodeId);
  const data = daftar.data;
  const cari = params.get('q') ?? '';
  const adaPenilaian = params.get('ada') === '1';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (q) => {
        if (value) q.set(key, value);
        else q.delete(key);
        return q;
      },
      { replace: true },
    );
  const tampil = useMemo(() => saring(data?.units ?? [], cari, adaPenilaian), [data, cari, adaPenilaian]);

  return (
    <Stack gap="md" data-testid="kalibrasi">
      <PageHeader
        title={t('kalibrasi.judul')}
        description={t('kalibrasi.deskripsi')}
        actions={
          daftarPeriode.length > 0 ? (
            <NativeSelect
              label={t('kalibrasi.periode')}
              data={daftarPeriode.map((p) => ({ value: p.id, label: p.nama }))}
              value={periodeId ?? ''}
              onChange={(e) => setParam('periode', e.currentTarget.value)}
              w={{ base: '100%', xs: 220 }}
              data-testid="kalibrasi-periode"
            />
          ) : null
        }
      />
      {periode.isError ? <ErrorAlert error={periode.error} onRetry={() => void periode.refetch()} /> : null}
      {periode.isSuccess && daftarPeriode.length === 0 ? (
        <Card data-testid="kalibrasi-tanpa-periode">
          <Text size="sm" c="dimmed" ta="center">
            {t('kalibrasi.periodeKosong')}
          </Text>
        </Card>
      ) : null}
      {(periodeId && daftar.isPending) || (!periodeId && periode.isPending) ? <LoadingView /> : null}
      {daftar.isError ? <ErrorAlert error={daftar.error} onRetry={() => void daftar.refetch()} /> : null}
      {data ? (
        <div style={{ opacity: daftar.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
          {data.units.length === 0 ? (
            <Kosong />
          ) : (
            <Stack gap="md">
              <SebaranKota data={data} />
              <Stack gap="xs" component="section" aria-labelledby="kalibrasi-unit-judul">
                <Title order={2} fz="md" id="kalibrasi-unit-judul">
                  {t('kalibrasi.daftar.judul')} ({tampil.length === data.units.length ? data.units.length : `${tampil.length}/${data.units.length}`})
                </Title>
                {data.units.length > BATAS_SARING || cari || adaPenilaian ? (
                  <Group gap="md" align="center" wrap="wrap">
                    <Box style={{ flex: '1 1 16rem' }}>
                      <SearchBox value={cari} onChange={(v) => setParam('q', v || null)} placeholder={t('kalibrasi.daftar.cari')} label={t('kalibrasi.daftar.cari')} testId="kalibrasi-cari" />
                    </Box>
                    <Switch checked={adaPenilaian} onChange={(e) => setParam('ada', e.currentTarget.checked ? '1' : null)} label={t('kalibrasi.daftar.adaPenilaian')} data-testid="kalibrasi-ada-penilaian" />
                  </Group>
                ) : null}
                {tampil.length === 0 ? (
                  <Card padding="md">
                    <Text size="sm" c="dimmed" ta="center" data-testid="kalibrasi-tidak-cocok">
                      {t('kalibrasi.daftar.tidakCocok')}
                    </Text>
                  </Card>
                ) : wide ? (
                  <Tabel units={tampil} periodeId={data.periode.id} papanHref={papanHref} />
                ) : (
                  <Kartu units={tampil} periodeId={data.periode.id} papanHref={papanHref} />
                )}
              </Stack>
            </Stack>
          )}
        </div>
      ) : null}
    </Stack>
  );
}

// above this many units (a kepala dinas has dozens, the wali kota hundreds) the list gets a search and a filter
const BATAS_SARING = 12;

/** Units whose name contains the words typed (any order) and, when asked, only those with evaluations. */
function saring(units: KalibrasiUnit[], cari: string, adaPenilaian: boolean): KalibrasiUnit[] {
  const kata = cari.toLowerCase().split(/\s+/).filter(Boolean);
  return units.filter((u) => (!adaPenilaian || u.jumlahPenilaian > 0) && kata.every((k) => u.unit.nama.toLowerCase().includes(k)));
}

function Kosong() {
  const { t } = useTranslation();
  return (
    <Card padding="lg" data-testid="kalibrasi-kosong">
      <Group gap="sm" wrap="nowrap" align="flex-start" c="dimmed">
        <IconHierarchy2 size={28} style={{ flexShrink: 0 }} />
        <Text size="sm">{t('kalibrasi.daftar.kosong')}</Text>
      </Group>
    </Card>
  );
}

function SebaranKota({ data }: { data: KalibrasiDaftar }) {
  const { t, i18n } = useTranslation();
  const n = jumlahSebaran(data.sebaran);
  return (
    <Card padding="md" data-testid="kalibrasi-sebaran" data-n={n}>
      <Group gap="xs" mb={4} wrap="nowrap">
        <IconChartDots size={18} style={{ flexShrink: 0 }} />
        <Text fw={650} size="sm">
          {t('kalibrasi.sebaran.judul')} · {data.periode.nama}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {n > 0 ? t('kalibrasi.sebaran.ket', { n: formatAngka(n, i18n.language), unit: data.units.length }) : t('kalibrasi.sebaran.kosong')}
      </Text>
      <KurvaChart sebaran={data.sebaran} judul={t('kalibrasi.sebaran.judul')} testId="kalibrasi-sebaran-chart" />
    </Card>
  );
}

/** The unit's name, indented by its depth in the tree. */
function NamaUnit({ unit, langkah }: { unit: KalibrasiUnit['unit']; langkah: number }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" pl={Math.min(unit.kedalaman, 5) * langkah}>
      {unit.kedalaman > 0 ? <IconCornerDownRight size={14} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0, marginTop: 3 }} aria-hidden /> : null}
      <Text size="sm" fw={unit.kedalaman === 0 ? 700 : 600} lh={1.35}>
        {unit.nama}
      </Text>
    </Group>
  );
}

function PredikatUnit({ u, periodeId }: { u: KalibrasiUnit; periodeId: string }) {
  const { t } = useTranslation();
  if (u.bolehKelola && u.status === 'terbuka') {
    return <PredikatOrganisasiPilih periodeId={periodeId} unit={u.unit} nilai={u.predikatOrganisasi} versi={u.versi} testId={`predikat-organisasi-${u.unit.id}`} />;
  }
  return (
    <Text size="sm" c={u.predikatOrganisasi ? undefined : 'dimmed'} fw={u.predikatOrganisasi ? 600 : undefined} data-testid={`predikat-organisasi-teks-${u.unit.id}`}>
      {u.predikatOrganisasi ? t(`kalibrasi.predikatOrganisasi.${u.predikatOrganisasi}`) : t('kalibrasi.daftar.belumDitentukan')}
    </Text>
  );
}

function Jumlah({ u }: { u: KalibrasiUnit }) {
  const { t } = useTranslation();
  if (u.jumlahPenilaian === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('kalibrasi.daftar.tanpaPenilaian')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="xs">{t('kalibrasi.daftar.dinilai', { n: u.jumlahDinilai })}</Text>
      {u.jumlahBelumDinilai > 0 ? (
        <Text size="xs" c="orange.8" fw={600}>
          {t('kalibrasi.daftar.belumDinilai', { n: u.jumlahBelumDinilai })}
        </Text>
      ) : null}
    </Stack>
  );
}

function TombolPapan({ u, href, penuh = false }: { u: KalibrasiUnit; href: string; penuh?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={href}
      variant="light"
      size={penuh ? 'sm' : 'xs'}
      fullWidth={penuh}
      rightSection={<IconChevronRight size={16} />}
      aria-label={t('kalibrasi.daftar.bukaLabel', { unit: u.unit.nama })}
      data-testid={`kalibrasi-buka-${u.unit.id}`}
    >
      {t('kalibrasi.daftar.buka')}
    </Button>
  );
}

function Tabel({ units, periodeId, papanHref }: { units: KalibrasiUnit[]; periodeId: string; papanHref: PapanHref }) {
  const { t } = useTranslation();
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover data-testid="kalibrasi-tabel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kalibrasi.daftar.unit')}</Table.Th>
              <Table.Th w={210}>{t('kalibrasi.daftar.predikatOrganisasi')}</Table.Th>
              <Table.Th w={140}>{t('kalibrasi.daftar.jumlah')}</Table.Th>
              <Table.Th w={150}>{t('kalibrasi.daftar.sebaran')}</Table.Th>
              <Table.Th w={150}>{t('kalibrasi.daftar.status')}</Table.Th>
              <Table.Th w={100} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.unit.id} data-testid={`kalibrasi-unit-${u.unit.id}`} data-status={u.status} data-kedalaman={u.unit.kedalaman}>
                <Table.Td>
                  <NamaUnit unit={u.unit} langkah={20} />
                </Table.Td>
                <Table.Td>
                  <PredikatUnit u={u} periodeId={periodeId} />
                </Table.Td>
                <Table.Td>
                  <Jumlah u={u} />
                </Table.Td>
                <Table.Td>
                  <SebaranBatang sebaran={u.sebaran} size="lg" />
                </Table.Td>
                <Table.Td>
                  <StatusKurvaBadge status={u.status} kurva={u.kurva} testId={`kalibrasi-unit-status-${u.unit.id}`} />
                </Table.Td>
                <Table.Td ta="right">
                  <TombolPapan u={u} href={papanHref(periodeId, u.unit.id)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Kartu({ units, periodeId, papanHref }: { units: KalibrasiUnit[]; periodeId: string; papanHref: PapanHref }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="kalibrasi-kartu">
      {units.map((u) => (
        <Box key={u.unit.id} pl={Math.min(u.unit.kedalaman, 3) * 12}>
          <Card padding="sm" data-testid={`kalibrasi-unit-${u.unit.id}`} data-status={u.status} data-kedalaman={u.unit.kedalaman}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <NamaUnit unit={u.unit} langkah={0} />
                <StatusKurvaBadge status={u.status} kurva={u.kurva} testId={`kalibrasi-unit-status-${u.unit.id}`} />
              </Group>
              <Box>
                <Text size="xs" c="dimmed" mb={2}>
                  {t('kalibrasi.daftar.predikatOrganisasi')}
                </Text>
                <PredikatUnit u={u} periodeId={periodeId} />
              </Box>
              <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
                <Jumlah u={u} />
                <Box style={{ flex: 1, maxWidth: 180 }}>
                  <SebaranBatang sebaran={u.sebaran} size="lg" />
                </Box>
              </Group>
              <TombolPapan u={u} href={papanHref(periodeId, u.unit.id)} penuh />
            </Stack>
          </Card>
        </Box>
      ))}
    </Stack>
  );
}
