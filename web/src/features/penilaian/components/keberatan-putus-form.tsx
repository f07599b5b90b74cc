// The atasan penilai's decision (DOMAIN.md §2.5): tetap or ubah with reasons. With `ubah` the new ratings start at the
// original ones and the predikat that will follow is shown live from the same matrix the server uses
// (domain/predikat.ts predikatKinerja); at least one rating must differ (domain/keberatan.ts periksaKeputusanKeberatan).
import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeberatanDetail } from '../../../../../contracts/keberatan.ts';
import { type KeputusanKeberatan, periksaKeputusanKeberatan } from '../../../../../domain/keberatan.ts';
import { predikatKinerja, type Rating } from '../../../../../domain/predikat.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePutusKeberatan } from '../api/keberatan-putus.ts';

import { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';
import { KeberatanPilihRating } from './keberatan-pilih-rating.tsx';

export function KeberatanPutusForm({ k, muatUlang }: { k: KeberatanDetail; muatUlang: () => void }) {
  const { t } = useTranslation();
  const [keputusan, setKeputusan] = useState<KeputusanKeberatan | null>(null);
  const [hasil, setHasil] = useState<Rating>(k.ratingHasilKerjaSemula);
  const [perilaku, setPerilaku] = useState<Rating>(k.ratingPerilakuKerjaSemula);
  const [alasan, setAlasan] = useState('');
  const [konflik, setKonflik] = useState(false);
  const putus = usePutusKeberatan();
  if (!k.aksi.includes('putus')) return null;

  const ubah = keputusan === 'ubah';
  const semula = { ratingHasilKerja: k.ratingHasilKerjaSemula, ratingPerilakuKerja: k.ratingPerilakuKerjaSemula };
  const periksa = keputusan ? periksaKeputusanKeberatan({ keputusan, ...(ubah ? { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku } : {}), alasan }, semula) : null;
  const belumBerubah = ubah && hasil === semula.ratingHasilKerja && perilaku === semula.ratingPerilakuKerja;
  const predikat = ubah ? predikatKinerja(hasil, perilaku) : k.predikatSemula;

  const kirim = async () => {
    if (!keputusan) return;
    setKonflik(false);
    try {
      await putus.mutateAsync({ keberatanId: k.id, body: { versi: k.versi, keputusan, ...(ubah ? { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku } : {}), alasan: alasan.trim() } });
    } catch (e) {
      if (isApiError(e, 'DATA.KONFLIK')) {
        setKonflik(true);
        muatUlang();
      }
    }
  };

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="keberatan-putus-judul" data-testid="keberatan-putus-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (periksa?.ok) void kirim();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Group gap={8} wrap="nowrap">
            <IconGavel size={20} />
            <Title order={2} fz="md" id="keberatan-putus-judul">
              {t('keberatan.detail.putusJudul')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('keberatan.detail.putusKet')}
          </Text>
          <SegmentedControl
            fullWidth
            value={keputusan ?? ''}
            onChange={(v) => setKeputusan(v === 'tetap' || v === 'ubah' ? v : null)}
            aria-label={t('keberatan.detail.keputusanLabel')}
            data={[
              { value: 'tetap', label: <span data-testid="keberatan-keputusan-tetap">{t('keberatan.detail.tetap')}</span> },
              { value: 'ubah', label: <span data-testid="keberatan-keputusan-ubah">{t('keberatan.detail.ubah')}</span> },
            ]}
          />
          {ubah ? (
            <Stack gap="sm">
              <KeberatanPilihRating label={t('keberatan.umum.ratingHasil')} nilai={hasil} semula={semula.ratingHasilKerja} onPilih={setHasil} testIdPrefix="keberatan-rating-hasil" />
              <KeberatanPilihRating label={t('keberatan.umum.ratingPerilaku')} nilai={perilaku} semula={semula.ratingPerilakuKerja} onPilih={setPerilaku} testIdPrefix="keberatan-rating-perilaku" />
              {belumBerubah ? (
                <Text size="sm" c="orange.8">
                  {t('keberatan.detail.belumBerubah')}
                </Text>
              ) : null}
            </Stack>
          ) : null}
          {keputusan ? (
            <Group gap={6}>
              <Text size="sm">{ubah ? t('keberatan.detail.predikatBaru') : t('keberatan.detail.predikatTetap')}</Text>
              <Badge color={WARNA_PREDIKAT[predikat]} variant="filled" size="lg" radius="sm" tt="none" data-testid="keberatan-predikat-baru" data-predikat={predikat}>
                {t(`keberatan.predikat.${predikat}`)}
              </Badge>
            </Group>
          ) : null}
          <Textarea
            label={t('keberatan.umum.alasanKeputusan')}
            description={t('keberatan.detail.alasanKeputusanKet')}
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={4000}
            data-testid="keberatan-alasan-keputusan"
          />
          {konflik ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} role="alert" data-testid="keberatan-konflik">
              {t('keberatan.umum.konflik')}
            </Alert>
          ) : null}
          {putus.error && !konflik ? <ApiErrorAlert error={putus.error} testId="keberatan-putus-galat" /> : null}
          <Button type="submit" color={ubah ? 'orange' : 'teal'} fullWidth leftSection={<IconGavel size={18} />} disabled={!periksa?.ok} loading={putus.isPending} data-testid="keberatan-putus">
            {t('keberatan.detail.putus')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
