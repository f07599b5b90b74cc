import { Alert, Button, Card, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK } from '../../../../../domain/berakhlak.ts';
import { penilaianPdfHref, type PenilaianDetail } from '../api/get-penilaian.ts';
import { labelRating } from './pegawai-format.ts';
import { PredikatBadge, RatingBadge } from './pegawai-lencana.tsx';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

const NAMA_NILAI = new Map(BERAKHLAK.map((n) => [n.kode, n.nama]));

function Rating({ judul, rating, testId }: { judul: string; rating: PenilaianDetail['ratingHasilKerja']; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {judul}
      </Text>
      {rating ? (
        <Group>
          <RatingBadge rating={rating} size="lg" testId={testId} />
        </Group>
      ) : (
        <Text size="sm" c="dimmed" data-testid={testId}>
          {t('umum.kosong')}
        </Text>
      )}
    </Stack>
  );
}

/** Why the rating hasil kerja differs from the system's proposal (the penilai's reason), or the kepala unit rule. */
function AlasanRating({ d }: { d: PenilaianDetail }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as TFn;
  const usulan = d.usulanRatingHasilKerja;
  if (!d.ratingHasilKerja || !usulan) return null;
  if (usulan.alasan === 'CAPAIAN_KINERJA_ORGANISASI') {
    return (
      <Text size="sm" c="dimmed" data-testid="penilaian-rating-organisasi">
        {t('penilaian.hasil.organisasi')}
      </Text>
    );
  }
  if (usulan.rating === d.ratingHasilKerja) return null;
  return (
    <Paper withBorder p="xs" data-testid="penilaian-alasan-rating">
      <Text size="sm">{t('penilaian.hasil.berbeda', { usulan: labelRating(tt, i18n.language, usulan.rating) })}</Text>
      {d.alasanRatingHasilKerja ? (
        <Text size="sm" fs="italic" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          “{d.alasanRatingHasilKerja}”
        </Text>
      ) : null}
    </Paper>
  );
}

function UmpanBalik({ label, judul, teks, testId, badge }: { label: string; judul?: string; teks: string | null; testId: string; badge?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid={testId} data-ada={teks ? 'ya' : 'tidak'}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={700}>
          {label}
        </Text>
        {badge}
      </Group>
      {judul ? (
        <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {judul}
        </Text>
      ) : null}
      <Text size="sm" c={teks ? undefined : 'dimmed'} fs={teks ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {teks ?? t('penilaian.hasil.tanpaUmpanBalik')}
      </Text>
    </Stack>
  );
}

/** The Dokumen Evaluasi Kinerja Pegawai: a draft (watermarked) while dinilai, official once ditetapkan. */
function TautanPdf({ d }: { d: PenilaianDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Button
        component="a"
        href={penilaianPdfHref(d.id)}
        target="_blank"
        rel="noopener"
        variant="default"
        leftSection={<IconDownload size={16} />}
        style={{ alignSelf: 'flex-start' }}
        data-testid="penilaian-pdf"
        data-draf={d.status === 'dinilai' ? 'ya' : 'tidak'}
      >
        {t('penilaian.hasil.pdf')}
      </Button>
      {d.status === 'dinilai' ? (
        <Text size="xs" c="dimmed" data-testid="penilaian-pdf-draf">
          {t('penilaian.hasil.pdfDraf')}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * The result of the evaluation (from dinilai on): the two ratings, the predikat that follows from the matrix
 * (DOMAIN.md §2.3), why the rating hasil kerja differs from the proposal, the penilai's umpan balik per RHK and per
 * BerAKHLAK value, and the Dokumen Evaluasi. While dinilai the result may still change (calibration).
 */
export function HasilPenilaian({ d }: { d: PenilaianDetail }) {
  const { t } = useTranslation();
  const perilakuBerisi = d.perilaku.filter((p) => p.umpanBalik);
  return (
    <Card padding="md" data-testid="penilaian-hasil" data-status={d.status} component="section" aria-labelledby="penilaian-hasil-judul">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="lg" id="penilaian-hasil-judul">
            {t('penilaian.hasil.judul')}
          </Title>
          {d.predikat ? <PredikatBadge predikat={d.predikat} size="xl" testId="penilaian-predikat" /> : null}
        </Group>
        {d.status === 'dinilai' ? (
          <Alert color="grape" variant="light" icon={<IconInfoCircle size={18} />} p="xs" data-testid="penilaian-hasil-sementara">
            <Text size="sm">{t('penilaian.hasil.sementara')}</Text>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap="sm">
            <Rating judul={t('penilaian.hasil.ratingHasil')} rating={d.ratingHasilKerja} testId="penilaian-rating-hasil" />
            <AlasanRating d={d} />
          </Stack>
          <Rating judul={t('penilaian.hasil.ratingPerilaku')} rating={d.ratingPerilakuKerja} testId="penilaian-rating-perilaku" />
        </SimpleGrid>

        <Divider />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
          <Stack gap="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('penilaian.hasil.umpanBalikRhk')}
            </Text>
            {d.rhk.map((r, i) => (
              <UmpanBalik
                key={r.id}
                label={t('penilaian.rhk.ke', { n: i + 1 })}
                judul={r.uraian}
                teks={r.umpanBalik}
                testId={`umpan-balik-${r.id}`}
                badge={r.penilaian ? <RatingBadge rating={r.penilaian} /> : null}
              />
            ))}
          </Stack>
          <Stack gap="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('penilaian.hasil.umpanBalikPerilaku')}
            </Text>
            {perilakuBerisi.length === 0 ? (
              <Text size="sm" c="dimmed" fs="italic">
                {t('penilaian.hasil.tanpaUmpanBalik')}
              </Text>
            ) : (
              perilakuBerisi.map((p) => <UmpanBalik key={p.nilai} label={NAMA_NILAI.get(p.nilai) ?? p.nilai} teks={p.umpanBalik} testId={`umpan-balik-perilaku-${p.nilai}`} />)
            )}
          </Stack>
        </SimpleGrid>

        <Divider />
        <TautanPdf d={d} />
      </Stack>
    </Card>
  );
}
