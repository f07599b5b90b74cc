import { Alert, Badge, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconBuildingCommunity, IconBulb, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../../domain/predikat.ts';
import type { PenilaianDetail } from '../api/get-penilaian.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';
import type { Usulan } from './penilai-draf.ts';
import { PilihRating } from './penilai-pilih-rating.tsx';

/** The system's proposal in words: the rating and why (DOMAIN.md §2.3 guidance), marked provisional while RHK are unjudged. */
function TeksUsulan({ usulan, server, kotor }: { usulan: Usulan; server: PenilaianDetail['usulanRatingHasilKerja']; kotor: boolean }) {
  const { t } = useTranslation();
  const berbedaDariServer = kotor && server && server.rating !== usulan.rating;
  return (
    <Alert color="blue" variant="light" icon={<IconBulb size={18} />} p="sm" data-testid="usulan-rating" data-rating={usulan.rating} data-sementara={usulan.sementara ? 'ya' : 'tidak'}>
      <Stack gap={4}>
        <Group gap={6}>
          <Text size="sm">{t('penilaianPenilai.usulan.judul')}</Text>
          <Badge color={WARNA_RATING[usulan.rating]} variant="filled" tt="none">
            {t(`penilaianPenilai.rating.${usulan.rating}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(`penilaianPenilai.usulan.alasan.${usulan.alasan}`)}</Text>
        {usulan.sementara ? (
          <Text size="xs" c="orange.8">
            {t('penilaianPenilai.usulan.sementara', { count: usulan.belumDinilai })}
          </Text>
        ) : null}
        {kotor ? (
          <Text size="xs" c="dimmed">
            {berbedaDariServer ? t('penilaianPenilai.usulan.belumDisimpanBeda', { rating: t(`penilaianPenilai.rating.${server.rating}`) }) : t('penilaianPenilai.usulan.belumDisimpan')}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/**
 * Rating hasil kerja: the proposal computed live from the judgements, the penilai's choice, and the reason that becomes
 * required (and is highlighted) when the choice departs from the proposal. For the pimpinan of a unit whose capaian
 * kinerja organisasi is known the rating is that one and cannot be chosen (DOMAIN.md §2.3).
 */
export function PenilaiRatingHasil({
  detail,
  usulan,
  kotor,
  rating,
  alasan,
  onRating,
  onAlasan,
  wajibAlasan,
  bisaUbah,
  galatRating,
  galatAlasan,
}: {
  detail: PenilaianDetail;
  usulan: Usulan;
  kotor: boolean;
  rating: Rating | null;
  alasan: string;
  onRating: (r: Rating) => void;
  onAlasan: (teks: string) => void;
  wajibAlasan: boolean;
  bisaUbah: boolean;
  galatRating: string | null;
  galatAlasan: string | null;
}) {
  const { t } = useTranslation();
  const organisasi = detail.ratingHasilOrganisasi;
  const berbeda = !!rating && rating !== usulan.rating && !organisasi;
  return (
    <Card padding="md" id="rating-hasil-kerja" data-testid="rating-hasil-kerja" data-nilai={rating ?? ''}>
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('penilaianPenilai.rating.hasilJudul')}
        </Title>
        {organisasi ? (
          <Alert color="grape" variant="light" icon={<IconBuildingCommunity size={18} />} p="sm" data-testid="rating-hasil-organisasi" data-rating={organisasi}>
            <Text size="sm">{t('penilaianPenilai.rating.organisasiTetap', { rating: t(`penilaianPenilai.rating.${organisasi}`) })}</Text>
          </Alert>
        ) : (
          <>
            {detail.kepalaUnit ? (
              <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} p="sm" data-testid="rating-hasil-organisasi-belum">
                <Text size="sm">{t('penilaianPenilai.rating.organisasiBelum')}</Text>
              </Alert>
            ) : null}
            <TeksUsulan usulan={usulan} server={detail.usulanRatingHasilKerja} kotor={kotor} />
          </>
        )}
        {bisaUbah || organisasi ? (
          <PilihRating
            nilai={rating}
            onPilih={onRating}
            testIdPrefix="rating-hasil-kerja"
            label={t('penilaianPenilai.rating.hasil')}
            disabled={!bisaUbah || !!organisasi}
            error={galatRating}
            ditandai={organisasi ? null : usulan.rating}
          />
        ) : (
          <NilaiTetap label={t('penilaianPenilai.rating.hasil')} rating={rating} testId="rating-hasil-kerja-nilai" />
        )}
        {bisaUbah && !organisasi && (berbeda || alasan.trim()) ? (
          <Textarea
            id="alasan-rating-hasil"
            label={t('penilaianPenilai.rating.alasan')}
            description={wajibAlasan ? t('penilaianPenilai.rating.alasanKetWajib') : berbeda ? t('penilaianPenilai.rating.alasanKetSementara') : t('penilaianPenilai.rating.alasanKetTidakPerlu')}
            required={wajibAlasan}
            withAsterisk={wajibAlasan}
            value={alasan}
            onChange={(e) => onAlasan(e.currentTarget.value)}
            error={galatAlasan}
            autosize
            minRows={3}
            maxLength={2000}
            styles={wajibAlasan && !alasan.trim() ? { input: { borderColor: 'var(--mantine-color-orange-6)', background: 'var(--mantine-color-orange-0)' } } : undefined}
            data-testid="alasan-rating-hasil"
            data-wajib={wajibAlasan ? 'ya' : 'tidak'}
          />
        ) : !bisaUbah && detail.alasanRatingHasilKerja ? (
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed">
              {t('penilaianPenilai.rating.alasan')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="alasan-rating-hasil">
              {detail.alasanRatingHasilKerja}
            </Text>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** A saved rating shown read-only. */
export function NilaiTetap({ label, rating, testId }: { label: string; rating: Rating | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} data-testid={testId} data-nilai={rating ?? ''}>
      <Text size="sm" c="dimmed">
        {label}:
      </Text>
      {rating ? (
        <Badge color={WARNA_RATING[rating]} variant="light" tt="none">
          {t(`penilaianPenilai.rating.${rating}`)}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          {t('umum.kosong')}
        </Text>
      )}
    </Group>
  );
}
