import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconClipboardCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatTanggal } from '../../../utils/format.ts';
import type { PenilaianRingkas, PeriodeSaya } from '../api/get-penilaian-saya.ts';
import { formatRentang, periodeBerjalan, sisaHari, teksSisaHari, warnaSisaHari } from './pegawai-format.ts';
import { PredikatBadge, StatusPenilaianBadge } from './pegawai-lencana.tsx';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

/** Codes the server answers when an evaluation cannot be opened: said in the card, next to the button. */
const KODE_BUKA = ['PENILAIAN.SKP_BELUM_DISETUJUI', 'PENILAIAN.BELUM_MULAI', 'PENILAIAN.BATAS_REALISASI_LEWAT', 'PENILAIAN.BATAS_PENILAIAN_LEWAT'];

/** The date a deadline refusal names (server details: tanggalMulai / batasRealisasi / batasPenilaian). */
function tanggalGalat(galat: unknown): { kunci: 'tanggalMulai' | 'batasRealisasi' | 'batasPenilaian'; tanggal: string } | null {
  if (!isApiError(galat) || typeof galat.details !== 'object' || galat.details === null) return null;
  for (const kunci of ['tanggalMulai', 'batasRealisasi', 'batasPenilaian'] as const) {
    const v = (galat.details as Record<string, unknown>)[kunci];
    if (typeof v === 'string') return { kunci, tanggal: v };
  }
  return null;
}

function Tenggat({ label, tanggal, testId, tampilSisa }: { label: string; tanggal: string; testId: string; tampilSisa: boolean }) {
  const { t, i18n } = useTranslation();
  const sisa = sisaHari(tanggal);
  return (
    <Stack gap={0} data-testid={testId} data-sisa={sisa}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {formatTanggal(tanggal, i18n.language)}
        </Text>
        {tampilSisa ? (
          <Badge size="sm" variant="light" color={warnaSisaHari(sisa)} radius="sm">
            {teksSisaHari(t as unknown as TFn, sisa)}
          </Badge>
        ) : null}
      </Group>
    </Stack>
  );
}

function BarisPenilaian({ p, href, banyak }: { p: PenilaianRingkas; href: string; banyak: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" data-testid="penilaian-periode-record" data-status={p.status} data-id={p.id}>
      <Group gap={6} wrap="wrap">
        <StatusPenilaianBadge status={p.status} />
        {p.predikat ? <PredikatBadge predikat={p.predikat} /> : null}
        {banyak ? (
          <Text size="xs" c="dimmed">
            {formatRentang(p.tanggalMulai, p.tanggalSelesai, i18n.language)}
          </Text>
        ) : null}
      </Group>
      <Button component={Link} to={href} size="sm" variant="light" rightSection={<IconChevronRight size={16} />} data-testid="penilaian-lihat">
        {p.status === 'draft' || p.status === 'dikembalikan' ? t('penilaian.saya.isi') : t('penilaian.saya.lihat')}
      </Button>
    </Group>
  );
}

/**
 * One evaluation period: its dates and deadlines (days left in WITA), my record(s) with status and predikat, and the
 * button that opens (creates) my evaluation — or the link to it once open. A refusal by the server is shown here.
 */
export function PeriodeKartu({
  item,
  penilaianHref,
  onBuka,
  membuka,
  galat,
}: {
  item: PeriodeSaya;
  penilaianHref: (id: string) => string;
  onBuka: () => void;
  membuka: boolean;
  galat: unknown;
}) {
  const { t, i18n } = useTranslation();
  const { periode, penilaian } = item;
  const hariIni = periodeBerjalan(periode);
  const belumMulai = sisaHari(periode.tanggalMulai) > 0;
  // opening is possible until the batas realisasi (DOMAIN.md §2.3 deadlines); the server has the last word
  const lewat = sisaHari(periode.batasRealisasi) < 0;
  const kodeGalat = isApiError(galat) ? galat.code : null;
  const tanggalDitolak = tanggalGalat(galat);
  return (
    <Card
      padding="md"
      data-testid="penilaian-periode"
      data-periode-id={periode.id}
      data-jenis={periode.jenis}
      data-berjalan={hariIni ? 'ya' : 'tidak'}
      style={{ borderLeft: `4px solid var(--mantine-color-${hariIni ? 'kupang-5' : 'gray-3'})` }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} fz="md" data-testid="penilaian-periode-nama">
              {periode.nama}
            </Title>
            <Text size="sm" c="dimmed">
              {formatRentang(periode.tanggalMulai, periode.tanggalSelesai, i18n.language)}
            </Text>
          </Stack>
          <Badge size="sm" variant={periode.jenis === 'tahunan' ? 'filled' : 'light'} color={periode.jenis === 'tahunan' ? 'cendana' : 'gray'} radius="sm" style={{ flexShrink: 0 }}>
            {t(`penilaian.jenisPeriode.${periode.jenis}`)}
          </Badge>
        </Group>

        <SimpleGrid cols={2} spacing="xs">
          <Tenggat label={t('penilaian.saya.batasRealisasi')} tanggal={periode.batasRealisasi} testId="penilaian-batas-realisasi" tampilSisa={!belumMulai} />
          <Tenggat label={t('penilaian.saya.batasPenilaian')} tanggal={periode.batasPenilaian} testId="penilaian-batas-penilaian" tampilSisa={!belumMulai} />
        </SimpleGrid>

        {penilaian.length > 0 ? (
          <Stack gap="xs">
            {penilaian.map((p) => (
              <BarisPenilaian key={p.id} p={p} href={penilaianHref(p.id)} banyak={penilaian.length > 1} />
            ))}
          </Stack>
        ) : (
          <Stack gap="xs">
            {belumMulai || lewat ? (
              <Text size="xs" c="dimmed">
                {belumMulai ? t('penilaian.saya.belumMulai', { tanggal: formatTanggal(periode.tanggalMulai, i18n.language) }) : t('penilaian.saya.batasLewat')}
              </Text>
            ) : null}
            <Button
              size={belumMulai || lewat ? 'sm' : 'md'}
              variant={belumMulai || lewat ? 'default' : 'filled'}
              leftSection={<IconClipboardCheck size={18} />}
              onClick={onBuka}
              loading={membuka}
              style={{ alignSelf: 'flex-start' }}
              data-testid="penilaian-buka"
            >
              {t('penilaian.saya.buka')}
            </Button>
          </Stack>
        )}

        {galat ? (
          <Alert color={kodeGalat && KODE_BUKA.includes(kodeGalat) ? 'orange' : 'red'} variant="light" icon={<IconInfoCircle size={18} />} p="xs" data-testid="penilaian-buka-galat" data-code={kodeGalat ?? undefined} role="alert">
            <Text size="sm">{errorMessage(t, galat)}</Text>
            {tanggalDitolak ? (
              <Text size="sm" fw={600}>
                {t(`penilaian.saya.galatTanggal.${tanggalDitolak.kunci}`, { tanggal: formatTanggal(tanggalDitolak.tanggal, i18n.language) })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
