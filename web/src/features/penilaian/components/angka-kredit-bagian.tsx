// The angka kredit of one evaluation (DOMAIN.md §2.6), embedded in the evaluation's detail page. Only jabatan
// fungsional have one: for everybody else (and while it loads, so the common case never flashes a box) it renders
// nothing. The calculation is shown in the reader's language: (months/12) × % predikat × koefisien = AK.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../i18n/error-message.ts';
import { type AngkaKreditPenilaian, useAngkaKredit } from '../api/get-angka-kredit.ts';

function Fakta({ label, nilai, testId }: { label: string; nilai: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {nilai}
      </Text>
    </Stack>
  );
}

function IsiAngkaKredit({ ak }: { ak: AngkaKreditPenilaian & { jenjang: NonNullable<AngkaKreditPenilaian['jenjang']>; bulan: number } }) {
  const { t, i18n } = useTranslation();
  const angka = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 3 });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fakta label={t('angkaKredit.jenjang')} nilai={t(`angkaKredit.namaJenjang.${ak.jenjang}`)} testId="angka-kredit-jenjang" />
        <Fakta label={t('angkaKredit.bulan')} nilai={t('angkaKredit.bulanNilai', { count: ak.bulan })} testId="angka-kredit-bulan" />
        <Fakta label={t('angkaKredit.koefisien')} nilai={ak.koefisien === null ? '-' : angka.format(ak.koefisien)} testId="angka-kredit-koefisien" />
        <Fakta label={t('angkaKredit.predikat')} nilai={ak.predikat ? `${t(`angkaKredit.namaPredikat.${ak.predikat}`)} (${ak.persenPredikat ?? '-'}%)` : '-'} testId="angka-kredit-predikat" />
      </SimpleGrid>
      {ak.angkaKredit !== null && ak.persenPredikat !== null && ak.koefisien !== null ? (
        <Group gap="sm" align="baseline" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('angkaKredit.nilai')}
          </Text>
          <Text size="xl" fw={700} data-testid="angka-kredit-nilai">
            {angka.format(ak.angkaKredit)}
          </Text>
          <Text size="sm" ff="monospace" data-testid="angka-kredit-rumus">
            {t('angkaKredit.rumus', { bulan: ak.bulan, persen: ak.persenPredikat, koefisien: angka.format(ak.koefisien), hasil: angka.format(ak.angkaKredit) })}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed" data-testid="angka-kredit-belum">
          {t('angkaKredit.belumAda')}
        </Text>
      )}
    </Stack>
  );
}

export function AngkaKreditBagian({ penilaianId }: { penilaianId: string }) {
  const { t } = useTranslation();
  const q = useAngkaKredit(penilaianId);
  if (q.isError) {
    return (
      <Alert color="red" variant="light" title={t('angkaKredit.gagal')} data-testid="angka-kredit-galat">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(t, q.error)}</Text>
          <Button size="xs" variant="white" color="red" onClick={() => void q.refetch()}>
            {t('umum.cobaLagi')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const ak = q.data;
  if (!ak?.berlaku || ak.jenjang === null || ak.bulan === null) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="angka-kredit">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4}>{t('angkaKredit.judul')}</Title>
          <Text size="xs" c="dimmed">
            {t('angkaKredit.pengantar')}
          </Text>
        </Stack>
        <IsiAngkaKredit ak={{ ...ak, jenjang: ak.jenjang, bulan: ak.bulan }} />
      </Stack>
    </Paper>
  );
}
