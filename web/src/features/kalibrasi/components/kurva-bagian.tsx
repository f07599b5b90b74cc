import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconFlask, IconRestore, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PredikatOrganisasi } from '../../../../../domain/kurva.ts';
import { statusKurva, WARNA_STATUS_KURVA, type BatasKurva, type Kurva, type Sebaran } from './format.ts';
import { KurvaChart } from './kurva-chart.tsx';

type Props = {
  predikatOrganisasi: PredikatOrganisasi | null;
  /** what the chart shows: the real distribution, or the simulated one while a what-if is active */
  sebaran: Sebaran;
  kurva: Kurva | null;
  /** the real distribution and curve while a simulation is shown (null: no simulation) */
  sebenarnya: { sebaran: Sebaran; kurva: Kurva | null } | null;
  jumlahPindah: number;
  onReset: () => void;
};

/**
 * The curve of the board: the chart (current or simulated distribution against the bounds of the predikat
 * organisasi), its status in words, and each bound with the server's explanation (or, during a simulation, the same
 * explanation computed in the browser by domain/kurva.ts) and whether it is met.
 */
export function KurvaBagian({ predikatOrganisasi, sebaran, kurva, sebenarnya, jumlahPindah, onReset }: Props) {
  const { t } = useTranslation();
  const simulasi = sebenarnya !== null;
  const judul = predikatOrganisasi ? t('kalibrasi.kurva.judulPredikat', { predikat: t(`kalibrasi.predikatOrganisasi.${predikatOrganisasi}`) }) : t('kalibrasi.kurva.judul');
  const n = kurva?.n ?? Object.values(sebaran).reduce((a, b) => a + b, 0);
  return (
    <Card padding="md" data-testid="kurva" data-simulasi={simulasi ? 'true' : 'false'} style={simulasi ? { outline: '2px dashed var(--mantine-color-orange-5)', outlineOffset: -2 } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text fw={650} size="sm" style={{ flex: '1 1 14rem' }}>
            {judul}
          </Text>
          <Badge variant="default" radius="sm" tt="none">
            {t('kalibrasi.kurva.n', { n })}
          </Badge>
        </Group>
        {simulasi ? (
          <Alert color="orange" variant="light" icon={<IconFlask size={20} />} title={t('kalibrasi.kurva.simulasi')} data-testid="whatif-label" p="sm">
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t('kalibrasi.kurva.simulasiKet', { n: jumlahPindah })}</Text>
              <Text size="xs" c="dimmed" data-testid="whatif-sebenarnya">
                {t('kalibrasi.kurva.sebenarnya', { status: t(`kalibrasi.status.${statusKurva(sebenarnya.kurva)}`) })}
              </Text>
              <Button size="xs" variant="white" color="orange" leftSection={<IconRestore size={16} />} onClick={onReset} data-testid="whatif-reset">
                {t('kalibrasi.kurva.reset')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <KurvaChart sebaran={sebaran} batas={kurva?.batas ?? []} pembanding={sebenarnya?.sebaran ?? null} judul={simulasi ? `${judul} — ${t('kalibrasi.kurva.simulasi')}` : judul} testId="kurva-chart" />
        <StatusKurva kurva={kurva} simulasi={simulasi} />
        {kurva ? (
          <Stack gap={6} component="section" aria-label={t('kalibrasi.kurva.batasJudul')}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('kalibrasi.kurva.batasJudul')}
              {simulasi ? ` · ${t('kalibrasi.kurva.simulasi')}` : ''}
            </Text>
            {kurva.batas.map((b) => (
              <BatasItem key={`${b.jenis}-${b.predikat.join('+')}`} b={b} />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function StatusKurva({ kurva, simulasi }: { kurva: Kurva | null; simulasi: boolean }) {
  const { t } = useTranslation();
  const s = statusKurva(kurva);
  // the threshold is the instansi's setting (pengaturan penilaian), carried by the curve
  const minimum = kurva?.nMinimum;
  const ket = s === 'hanya_informasi' && kurva && !kurva.sesuai ? t('kalibrasi.statusKet.hanyaInformasiMenyimpang', { minimum }) : t(`kalibrasi.statusKet.${s}`, { minimum });
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="kurva-status" data-status={s} data-simulasi={simulasi ? 'true' : 'false'} style={{ borderLeft: `4px solid var(--mantine-color-${WARNA_STATUS_KURVA[s]}-6)` }}>
      <Stack gap={4} align="flex-start">
        <Badge color={WARNA_STATUS_KURVA[s]} variant="filled" radius="sm" tt="none">
          {t(`kalibrasi.status.${s}`)}
        </Badge>
        <Text size="sm">{ket}</Text>
      </Stack>
    </Paper>
  );
}

function BatasItem({ b }: { b: BatasKurva }) {
  const { t } = useTranslation();
  const predikat = b.predikat.map((p) => t(`kalibrasi.predikat.${p}`)).join(' + ');
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="kurva-batas" data-terpenuhi={b.terpenuhi ? 'true' : 'false'} data-jenis={b.jenis}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <ThemeIcon size={22} radius="xl" color={b.terpenuhi ? 'teal' : 'red'} variant="light" style={{ flexShrink: 0 }} aria-hidden>
          {b.terpenuhi ? <IconCheck size={14} /> : <IconX size={14} />}
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} justify="space-between" wrap="wrap">
            <Text size="sm" fw={600}>
              {t(`kalibrasi.kurva.ringkas.${b.jenis}`, { predikat, batas: b.batasJumlah, jumlah: b.jumlah })}
            </Text>
            <Badge size="xs" color={b.terpenuhi ? 'teal' : 'red'} variant="light" radius="sm" tt="none">
              {b.terpenuhi ? t('kalibrasi.kurva.terpenuhi') : t('kalibrasi.kurva.tidakTerpenuhi')}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" data-testid="kurva-batas-penjelasan">
            {b.penjelasan}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
