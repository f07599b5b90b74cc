import { Alert, Badge, Box, Button, Card, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarTime, IconChevronRight, IconInbox } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { formatNip } from '../../../utils/format.ts';
import { usePenilaianBawahan, type PenilaianBawahanItem } from '../api/get-penilaian-bawahan.ts';
import { usePeriodePenilaian, type PeriodePenilaian } from '../api/get-periode-penilaian.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';
import { formatRentang, formatTanggalPendek, formatWaktuWita, hariIniWita, periodeBawaan, selisihHari, WARNA_PREDIKAT, WARNA_STATUS } from './penilai-format.ts';
import { PenilaiSebaran } from './penilai-sebaran.tsx';

// above this many bawahan (a kepala dinas rates dozens) the list gets a name search
const BATAS_CARI = 10;

const kunciItem = (b: PenilaianBawahanItem) => b.penilaianId ?? b.skpId ?? b.pegawai.pegawaiId;

function PilihPeriode({ periode, nilai, onPilih }: { periode: PeriodePenilaian[]; nilai: string; onPilih: (id: string) => void }) {
  const { t } = useTranslation();
  // grouped by year, newest first (the server's order)
  const grup = new Map<number, PeriodePenilaian[]>();
  for (const p of periode) grup.set(p.tahun, [...(grup.get(p.tahun) ?? []), p]);
  return (
    <NativeSelect
      label={t('penilaianPenilai.bawahan.periode')}
      value={nilai}
      onChange={(e) => onPilih(e.currentTarget.value)}
      data={[...grup.entries()].map(([tahun, ps]) => ({ group: String(tahun), items: ps.map((p) => ({ value: p.id, label: p.nama })) }))}
      w={{ base: '100%', xs: 240 }}
      data-testid="penilaian-periode-pilih"
    />
  );
}

/** The period's days and the penilai's deadline, with how much time is left. */
function InfoPeriode({ periode }: { periode: PeriodePenilaian }) {
  const { t, i18n } = useTranslation();
  const sisa = selisihHari(periode.batasPenilaian);
  const belum = hariIniWita() < periode.tanggalMulai;
  return (
    <Paper withBorder p="sm" data-testid="penilaian-periode-info">
      <Group gap="lg" wrap="wrap" align="flex-start">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('penilaianPenilai.bawahan.hariDinilai')}
          </Text>
          <Text size="sm" fw={600}>
            {formatRentang(periode.tanggalMulai, periode.tanggalSelesai, i18n.language)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('penilaianPenilai.batas.realisasi')}
          </Text>
          <Text size="sm">{formatTanggalPendek(periode.batasRealisasi, i18n.language)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('penilaianPenilai.batas.penilaian')}
          </Text>
          <Group gap={6}>
            <Text size="sm" fw={600} data-testid="penilaian-batas-penilaian">
              {formatTanggalPendek(periode.batasPenilaian, i18n.language)}
            </Text>
            {belum ? (
              <Badge size="sm" variant="light" tt="none" color="gray">
                {t('penilaianPenilai.batas.belumMulai')}
              </Badge>
            ) : sisa < 0 ? (
              <Badge size="sm" variant="light" tt="none" color="red">
                {t('penilaianPenilai.batas.lewat')}
              </Badge>
            ) : (
              <Badge size="sm" variant="light" tt="none" color={sisa <= 3 ? 'orange' : 'blue'}>
                {sisa === 0 ? t('penilaianPenilai.batas.hariIni') : t('penilaianPenilai.batas.sisa', { count: sisa })}
              </Badge>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

export function StatusBawahanBadge({ item }: { item: Pick<PenilaianBawahanItem, 'status' | 'skpId' | 'penilaianId'> }) {
  const { t } = useTranslation();
  if (!item.skpId) {
    return (
      <Badge color="red" variant="outline" tt="none" data-testid="penilaian-bawahan-status" data-status="tanpa_skp">
        {t('penilaianPenilai.status.tanpaSkp')}
      </Badge>
    );
  }
  if (!item.penilaianId || !item.status) {
    return (
      <Badge color="gray" variant="outline" tt="none" data-testid="penilaian-bawahan-status" data-status="belum_dibuka">
        {t('penilaianPenilai.status.belumDibuka')}
      </Badge>
    );
  }
  return (
    <Badge color={WARNA_STATUS[item.status]} variant="light" tt="none" data-testid="penilaian-bawahan-status" data-status={item.status}>
      {t(`penilaianPenilai.status.${item.status}`)}
    </Badge>
  );
}

function BarisBawahan({ item, tautanNilai }: { item: PenilaianBawahanItem; tautanNilai: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const { pegawai } = item;
  const menunggu = item.status === 'diajukan';
  return (
    <Box px="md" py="sm" data-testid="penilaian-bawahan-row" data-pegawai-id={pegawai.pegawaiId} data-status={item.status ?? (item.skpId ? 'belum_dibuka' : 'tanpa_skp')}>
      <Group gap="sm" wrap="wrap" justify="space-between" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm" lh={1.3} data-testid="penilaian-bawahan-nama">
              {pegawai.nama}
            </Text>
            <StatusBawahanBadge item={item} />
          </Group>
          {pegawai.nip ? (
            <Text size="xs" c="dimmed" ff="monospace">
              {formatNip(pegawai.nip)}
            </Text>
          ) : null}
          {pegawai.jabatan ? (
            <Text size="xs" c="dimmed" lh={1.3} lineClamp={2}>
              {pegawai.jabatan}
            </Text>
          ) : null}
          {item.diajukanPada ? (
            <Text size="xs" c={menunggu ? 'blue.8' : 'dimmed'}>
              {t('penilaianPenilai.bawahan.diajukanPada', { waktu: formatWaktuWita(item.diajukanPada, i18n.language) })}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs" wrap="wrap" justify="flex-end" align="center" style={{ flex: '0 1 auto' }}>
          {item.ratingHasilKerja || item.ratingPerilakuKerja ? (
            <Stack gap={2} align="flex-end">
              {item.ratingHasilKerja ? (
                <Text size="xs">
                  <Text span size="xs" c="dimmed">
                    {t('penilaianPenilai.rating.hasilSingkat')}:{' '}
                  </Text>
                  <Text span size="xs" fw={600} c={`${WARNA_RATING[item.ratingHasilKerja]}.8`}>
                    {t(`penilaianPenilai.rating.${item.ratingHasilKerja}`)}
                  </Text>
                </Text>
              ) : null}
              {item.ratingPerilakuKerja ? (
                <Text size="xs">
                  <Text span size="xs" c="dimmed">
                    {t('penilaianPenilai.rating.perilakuSingkat')}:{' '}
                  </Text>
                  <Text span size="xs" fw={600} c={`${WARNA_RATING[item.ratingPerilakuKerja]}.8`}>
                    {t(`penilaianPenilai.rating.${item.ratingPerilakuKerja}`)}
                  </Text>
                </Text>
              ) : null}
            </Stack>
          ) : null}
          {item.predikat ? (
            <Badge color={WARNA_PREDIKAT[item.predikat]} variant="filled" tt="none" data-testid="penilaian-bawahan-predikat" data-predikat={item.predikat}>
              {t(`penilaianPenilai.predikat.${item.predikat}`)}
            </Badge>
          ) : null}
          {item.penilaianId ? (
            <Button
              component={Link}
              to={tautanNilai(item.penilaianId)}
              size="xs"
              variant={menunggu ? 'filled' : 'light'}
              rightSection={<IconChevronRight size={14} />}
              aria-label={t(menunggu ? 'penilaianPenilai.bawahan.nilaiLabel' : 'penilaianPenilai.bawahan.lihatLabel', { nama: pegawai.nama })}
              data-testid="penilaian-bawahan-buka"
            >
              {t(menunggu ? 'penilaianPenilai.bawahan.nilai' : 'penilaianPenilai.bawahan.lihat')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Box>
  );
}

function DaftarBawahan({ judul, items, tautanNilai, testId, aksen }: { judul: string; items: PenilaianBawahanItem[]; tautanNilai: (id: string) => string; testId: string; aksen?: string }) {
  return (
    <Stack gap="xs" component="section" data-testid={testId}>
      <Group gap="xs">
        <Title order={2} fz="md">
          {judul}
        </Title>
        <Badge variant={aksen ? 'filled' : 'light'} color={aksen ?? 'gray'} size="sm" circle>
          {items.length}
        </Badge>
      </Group>
      <Card padding={0} style={aksen ? { borderLeft: `4px solid var(--mantine-color-${aksen}-6)` } : undefined}>
        {items.map((b, i) => (
          <Box key={kunciItem(b)} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
            <BarisBawahan item={b} tautanNilai={tautanNilai} />
          </Box>
        ))}
      </Card>
    </Stack>
  );
}

function Ringkasan({ label, nilai, warna, testId }: { label: string; nilai: number; warna: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} data-nilai={nilai} style={{ borderLeft: `4px solid var(--mantine-color-${warna}-6)` }}>
      <Text fz={{ base: 22, sm: 26 }} fw={700} lh={1.1} c={nilai > 0 ? `${warna}.8` : 'dimmed'}>
        {nilai}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
    </Paper>
  );
}

function IsiPeriode({ periodeId, tautanNilai }: { periodeId: string; tautanNilai: (id: string) => string }) {
  const { t } = useTranslation();
  const bawahan = usePenilaianBawahan(periodeId);
  const [cari, setCari] = useState('');
  const data = bawahan.data;
  const { menunggu, lainnya, hitung } = useMemo(() => {
    const items = data?.items ?? [];
    const kata = cari.trim().toLowerCase();
    const cocok = (b: PenilaianBawahanItem) => !kata || b.pegawai.nama.toLowerCase().includes(kata) || (b.pegawai.nip ?? '').includes(kata.replace(/\s/g, '')) || (b.pegawai.jabatan ?? '').toLowerCase().includes(kata);
    // waiting for a rating first, the oldest submission on top; the rest keep the server's order (by name)
    const tunggu = items.filter((b) => b.status === 'diajukan' && cocok(b)).sort((a, b) => (a.diajukanPada ?? '').localeCompare(b.diajukanPada ?? ''));
    return {
      menunggu: tunggu,
      lainnya: items.filter((b) => b.status !== 'diajukan' && cocok(b)),
      hitung: {
        menunggu: items.filter((b) => b.status === 'diajukan').length,
        dinilai: items.filter((b) => b.status === 'dinilai' || b.status === 'ditetapkan').length,
        proses: items.filter((b) => b.status === 'draft' || b.status === 'dikembalikan').length,
        belum: items.filter((b) => !b.status).length,
      },
    };
  }, [data, cari]);

  if (bawahan.isError) return <ErrorAlert error={bawahan.error} onRetry={() => void bawahan.refetch()} />;
  if (!data) return <LoadingView />;
  const total = data.items.length;
  return (
    <Stack gap="md" style={{ opacity: bawahan.isPlaceholderData ? 0.6 : 1 }}>
      <InfoPeriode periode={data.periode} />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" data-testid="penilaian-ringkasan">
        <Ringkasan label={t('penilaianPenilai.ringkasan.menunggu')} nilai={hitung.menunggu} warna="blue" testId="ringkasan-menunggu" />
        <Ringkasan label={t('penilaianPenilai.ringkasan.dinilai')} nilai={hitung.dinilai} warna="teal" testId="ringkasan-dinilai" />
        <Ringkasan label={t('penilaianPenilai.ringkasan.proses')} nilai={hitung.proses} warna="gray" testId="ringkasan-proses" />
        <Ringkasan label={t('penilaianPenilai.ringkasan.belum')} nilai={hitung.belum} warna="red" testId="ringkasan-belum" />
      </SimpleGrid>
      <PenilaiSebaran sebaran={data.sebaran} />
      {total > BATAS_CARI ? (
        <Box w={{ base: '100%', xs: 320 }}>
          <SearchBox value={cari} onChange={setCari} placeholder={t('penilaianPenilai.bawahan.cari')} label={t('penilaianPenilai.bawahan.cari')} testId="penilaian-bawahan-cari" />
        </Box>
      ) : null}
      {total === 0 ? (
        <Card padding="lg" data-testid="penilaian-bawahan-kosong">
          <Group gap="xs" justify="center" c="dimmed">
            <IconInbox size={18} />
            <Text size="sm">{t('penilaianPenilai.bawahan.kosong')}</Text>
          </Group>
        </Card>
      ) : menunggu.length + lainnya.length === 0 ? (
        <Card padding="md">
          <Text size="sm" c="dimmed" ta="center">
            {t('penilaianPenilai.bawahan.tidakDitemukan')}
          </Text>
        </Card>
      ) : (
        <>
          {menunggu.length > 0 ? <DaftarBawahan judul={t('penilaianPenilai.bawahan.menunggu')} items={menunggu} tautanNilai={tautanNilai} testId="penilaian-bawahan-menunggu" aksen="blue" /> : null}
          {lainnya.length > 0 ? <DaftarBawahan judul={t('penilaianPenilai.bawahan.lainnya')} items={lainnya} tautanNilai={tautanNilai} testId="penilaian-bawahan-lainnya" /> : null}
        </>
      )}
    </Stack>
  );
}

/**
 * /penilaian-bawahan: the penilai's bawahan in one evaluation period (DOMAIN.md §2.3) — who waits for a rating (on
 * top, oldest submission first), who is still filling in, who has not opened their evaluation or has no approved SKP —
 * with each record's ratings and predikat and how the predikat are spread. The period is kept in `?periode=`; without
 * it the list opens on the period that started last.
 */
export function PenilaianBawahanView({ tautanNilai }: { tautanNilai: (penilaianId: string) => string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const periode = usePeriodePenilaian(null);
  const daftar = periode.data ?? [];
  const dipilih = daftar.find((p) => p.id === params.get('periode')) ?? periodeBawaan(daftar, hariIniWita());
  const pilih = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('periode', id);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" data-testid="penilaian-bawahan">
      <PageHeader
        title={t('penilaianPenilai.bawahan.judul')}
        description={t('penilaianPenilai.bawahan.deskripsi')}
        actions={daftar.length > 0 && dipilih ? <PilihPeriode periode={daftar} nilai={dipilih.id} onPilih={pilih} /> : null}
      />
      {periode.isPending ? <LoadingView /> : null}
      {periode.isError ? <ErrorAlert error={periode.error} onRetry={() => void periode.refetch()} /> : null}
      {periode.isSuccess && !dipilih ? (
        <Alert color="gray" variant="light" icon={<IconCalendarTime size={18} />} data-testid="penilaian-tanpa-periode">
          {t('penilaianPenilai.bawahan.tanpaPeriode')}
        </Alert>
      ) : null}
      {params.get('periode') && periode.isSuccess && !daftar.some((p) => p.id === params.get('periode')) ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('penilaianPenilai.bawahan.periodeTidakAda')}
        </Alert>
      ) : null}
      {dipilih ? <IsiPeriode periodeId={dipilih.id} tautanNilai={tautanNilai} /> : null}
    </Stack>
  );
}
