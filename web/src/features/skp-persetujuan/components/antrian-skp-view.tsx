import { Alert, Anchor, Badge, Box, Card, Group, NativeSelect, Paper, SimpleGrid, Stack, Tabs, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconHierarchy3, IconInbox, IconLockOpen } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useAntrianSkp, type BawahanSkp } from '../api/get-antrian-skp.ts';
import { usePeriode } from '../api/get-periode.ts';
import { formatLalu, formatWaktuWita, keputusanDariState, tautan, type KeputusanTerakhir } from './format.ts';
import { MatriksPeranHasilPanel } from './matriks-peran-hasil.tsx';
import { StatusSkpBadge } from './status-skp-badge.tsx';

const TABS = ['antrian', 'matriks'] as const;
type Tab = (typeof TABS)[number];

function Ringkasan({ label, nilai, warna, testId }: { label: string; nilai: number; warna: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} data-nilai={nilai} style={{ borderLeft: `4px solid var(--mantine-color-${warna}-6)` }}>
      <Text fz={{ base: 24, sm: 28 }} fw={700} lh={1.1} c={nilai > 0 ? `${warna}.8` : 'dimmed'}>
        {nilai}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
    </Paper>
  );
}

/** One bawahan as a tappable row (to the review page) when they have an SKP; a plain row when they have none. */
function BarisPegawai({ item, testId, keterangan, kanan }: { item: BawahanSkp; testId: string; keterangan?: ReactNode; kanan?: ReactNode }) {
  const { t } = useTranslation();
  const isi = (
    <Group gap="sm" wrap="nowrap" justify="space-between" align="center">
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text fw={600} size="sm" lh={1.3}>
          {item.pegawai.nama}
        </Text>
        {item.pegawai.jabatan ? (
          <Text size="xs" c="dimmed" lh={1.3} lineClamp={2}>
            {item.pegawai.jabatan}
          </Text>
        ) : null}
        {keterangan}
      </Stack>
      <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
        {kanan}
        {item.skpId ? <IconChevronRight size={18} color="var(--mantine-color-gray-6)" aria-hidden /> : null}
      </Group>
    </Group>
  );
  if (!item.skpId) {
    return (
      <Box px="md" py="sm" data-testid={testId} data-status="belum_ada">
        {isi}
      </Box>
    );
  }
  return (
    <UnstyledButton
      component={Link}
      to={tautan.tinjau(item.skpId)}
      px="md"
      py="sm"
      display="block"
      aria-label={t('skpPersetujuan.bawahan.lihat', { nama: item.pegawai.nama })}
      data-testid={testId}
      data-status={item.status ?? undefined}
    >
      {isi}
    </UnstyledButton>
  );
}

function Menunggu({ items }: { items: BawahanSkp[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="skp-menunggu-judul">
      <Group gap="xs">
        <Title order={2} fz="md" id="skp-menunggu-judul">
          {t('skpPersetujuan.menunggu.judul')}
        </Title>
        {items.length > 0 ? (
          <Badge color="blue" variant="filled" size="sm" circle>
            {items.length}
          </Badge>
        ) : null}
      </Group>
      {items.length === 0 ? (
        <Card padding="md" data-testid="skp-menunggu-kosong">
          <Group gap="xs" justify="center" c="dimmed">
            <IconInbox size={18} />
            <Text size="sm">{t('skpPersetujuan.menunggu.kosong')}</Text>
          </Group>
        </Card>
      ) : (
        <Card padding={0} style={{ borderLeft: '4px solid var(--mantine-color-blue-6)' }}>
          {items.map((b, i) => (
            <Box key={b.pegawai.pegawaiId} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
              <BarisPegawai
                item={b}
                testId={`skp-menunggu-${b.pegawai.pegawaiId}`}
                keterangan={
                  b.status === 'minta_buka' ? (
                    <Group gap={4} wrap="nowrap" align="flex-start" c="grape.8">
                      <IconLockOpen size={14} style={{ flexShrink: 0, marginTop: 2 }} />
                      <Text size="xs" c="grape.8" lineClamp={3}>
                        {t('skpPersetujuan.menunggu.mintaBuka', { alasan: b.alasanBuka ?? '' })}
                      </Text>
                    </Group>
                  ) : b.diajukanPada ? (
                    <Tooltip label={formatWaktuWita(b.diajukanPada, i18n.language)} events={{ hover: true, focus: true, touch: true }}>
                      <Text size="xs" c="blue.8" w="fit-content">
                        {t('skpPersetujuan.menunggu.diajukan', { waktu: formatLalu(b.diajukanPada, i18n.language) })}
                        {' · '}
                        {t('skpPersetujuan.bawahan.jumlahRhk', { count: b.jumlahRhk })}
                      </Text>
                    </Tooltip>
                  ) : null
                }
                kanan={<StatusSkpBadge status={b.status} />}
              />
            </Box>
          ))}
        </Card>
      )}
    </Stack>
  );
}

// above this many bawahan (a kepala dinas has dozens) the list gets a name search
const BATAS_CARI = 10;

function SemuaBawahan({ items }: { items: BawahanSkp[] }) {
  const { t } = useTranslation();
  const [cari, setCari] = useState('');
  const kata = cari.trim().toLowerCase();
  const tampil = kata ? items.filter((b) => b.pegawai.nama.toLowerCase().includes(kata) || (b.pegawai.jabatan ?? '').toLowerCase().includes(kata)) : items;
  return (
    <Stack gap="xs" component="section" aria-labelledby="skp-bawahan-judul">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={2} fz="md" id="skp-bawahan-judul">
          {t('skpPersetujuan.bawahan.judul')} ({items.length})
        </Title>
        {items.length > BATAS_CARI ? (
          <Box w={{ base: '100%', xs: 280 }}>
            <SearchBox value={cari} onChange={setCari} placeholder={t('skpPersetujuan.bawahan.cari')} label={t('skpPersetujuan.bawahan.cari')} testId="skp-bawahan-cari" />
          </Box>
        ) : null}
      </Group>
      {items.length === 0 || tampil.length === 0 ? (
        <Card padding="md">
          <Text size="sm" c="dimmed" ta="center">
            {items.length === 0 ? t('skpPersetujuan.bawahan.kosong') : t('skpPersetujuan.bawahan.tidakDitemukan')}
          </Text>
        </Card>
      ) : (
        <Card padding={0}>
          {tampil.map((b, i) => (
            <Box key={b.pegawai.pegawaiId} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
              <BarisPegawai
                item={b}
                testId={`skp-bawahan-${b.pegawai.pegawaiId}`}
                keterangan={
                  b.skpId ? (
                    <Text size="xs" c="dimmed">
                      {t('skpPersetujuan.bawahan.jumlahRhk', { count: b.jumlahRhk })}
                    </Text>
                  ) : null
                }
                kanan={<StatusSkpBadge status={b.skpId ? b.status : null} />}
              />
            </Box>
          ))}
        </Card>
      )}
    </Stack>
  );
}

/** The decision just taken on the review page (the penilai lands back here): what happened, the new status, a link. */
function KeputusanBaru({ keputusan, onClose }: { keputusan: KeputusanTerakhir; onClose: () => void }) {
  const { t } = useTranslation();
  const ok = keputusan.aksi === 'setujui' || keputusan.aksi === 'terima_buka';
  return (
    <Alert color={ok ? 'teal' : 'orange'} variant="light" withCloseButton onClose={onClose} data-testid="skp-keputusan-terakhir">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="sm">{t(`skpPersetujuan.tinjau.hasil.${keputusan.aksi}`, { nama: keputusan.nama })}</Text>
        <Group gap="xs" wrap="nowrap">
          <StatusSkpBadge status={keputusan.status} testId="skp-status" />
          <Anchor component={Link} to={tautan.tinjau(keputusan.skpId)} size="sm">
            {t('umum.lihat')}
          </Anchor>
        </Group>
      </Group>
    </Alert>
  );
}

/**
 * /persetujuan-skp: the penilai's SKP work for a period. Counts on top; tab "Antrian" lists the SKPs waiting for a
 * decision (submitted, or asking to be reopened) and then every bawahan with their SKP status; tab "Matriks peran
 * hasil" shows how the bawahan's RHK hang off the penilai's own RHK and assigns an RHK to many bawahan at once.
 * Period and tab are kept in the URL (?periode=&tab=matriks).
 */
export function AntrianSkpView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const periodeParam = params.get('periode');
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'antrian';
  const location = useLocation();
  const navigate = useNavigate();
  const keputusan = keputusanDariState(location.state);
  const periode = usePeriode();
  const antrian = useAntrianSkp(periodeParam);
  const data = antrian.data;

  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      // keep the "decision just taken" note while switching tab or period
      { replace: true, state: location.state as unknown },
    );

  const daftarPeriode = [...(periode.data ?? [])].sort((a, b) => b.tahun - a.tahun);
  const bawahan = data?.bawahan ?? [];
  const hitung = {
    menunggu: data?.menunggu.length ?? 0,
    disetujui: bawahan.filter((b) => b.skpId && b.status === 'disetujui').length,
    proses: bawahan.filter((b) => b.skpId && (b.status === 'draft' || b.status === 'dikembalikan')).length,
    belumAda: bawahan.filter((b) => !b.skpId || !b.status).length,
  };

  return (
    <Stack gap="md" data-testid="skp-antrian">
      <PageHeader
        title={t('skpPersetujuan.judul')}
        description={t('skpPersetujuan.deskripsi')}
        actions={
          daftarPeriode.length > 1 ? (
            <NativeSelect
              label={t('skpPersetujuan.periode')}
              value={periodeParam ?? data?.periode?.id ?? ''}
              onChange={(e) => setParam('periode', e.currentTarget.value || null)}
              data={daftarPeriode.map((p) => ({ value: p.id, label: t(p.status === 'tutup' ? 'skpPersetujuan.periodeOpsiTutup' : 'skpPersetujuan.periodeOpsi', { tahun: p.tahun }) }))}
              w={{ base: '100%', xs: 180 }}
              data-testid="skp-periode"
            />
          ) : data?.periode ? (
            <Badge size="lg" variant="light" data-testid="skp-periode-aktif">
              {t('skpPersetujuan.periode')} {data.periode.tahun}
            </Badge>
          ) : null
        }
      />

      {keputusan ? <KeputusanBaru keputusan={keputusan} onClose={() => void navigate({ search: location.search }, { replace: true, state: null })} /> : null}
      {antrian.isPending ? <LoadingView /> : null}
      {antrian.isError ? <ErrorAlert error={antrian.error} onRetry={() => void antrian.refetch()} /> : null}
      {data && !data.periode ? (
        <Alert color="gray" variant="light" data-testid="skp-tanpa-periode">
          {t('skpPersetujuan.tanpaPeriode')}
        </Alert>
      ) : null}

      {data?.periode ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" data-testid="skp-ringkasan">
            <Ringkasan label={t('skpPersetujuan.ringkasan.menunggu')} nilai={hitung.menunggu} warna="blue" testId="ringkasan-menunggu" />
            <Ringkasan label={t('skpPersetujuan.ringkasan.disetujui')} nilai={hitung.disetujui} warna="teal" testId="ringkasan-disetujui" />
            <Ringkasan label={t('skpPersetujuan.ringkasan.proses')} nilai={hitung.proses} warna="gray" testId="ringkasan-proses" />
            <Ringkasan label={t('skpPersetujuan.ringkasan.belumAda')} nilai={hitung.belumAda} warna="red" testId="ringkasan-belum-ada" />
          </SimpleGrid>

          <Tabs value={tab} onChange={(v) => setParam('tab', v && v !== 'antrian' ? v : null)} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="antrian" leftSection={<IconInbox size={16} />} data-testid="skp-tab-antrian">
                {t('skpPersetujuan.tab.antrian')}
              </Tabs.Tab>
              <Tabs.Tab value="matriks" leftSection={<IconHierarchy3 size={16} />} data-testid="skp-tab-matriks">
                {t('skpPersetujuan.tab.matriks')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="antrian">
              <Stack gap="lg">
                <Menunggu items={data.menunggu} />
                <SemuaBawahan items={bawahan} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="matriks">
              <MatriksPeranHasilPanel skpSayaId={data.skpSayaId} bawahan={bawahan} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </Stack>
  );
}
