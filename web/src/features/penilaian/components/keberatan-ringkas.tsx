// Blocks shared by the pegawai's section on the evaluation page and the keberatan page: the status badge, the
// objection itself, the question with both sides' answers, the answer box of the viewer, and the decision.
import { Alert, Badge, Box, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconGavel, IconMessageQuestion, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeberatanDetail } from '../../../../../contracts/keberatan.ts';
import type { StatusKeberatan } from '../../../../../domain/keberatan.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatWaktu } from '../../../utils/format.ts';
import { useJawabPenjelasan } from '../api/keberatan-jawab.ts';
import { teksKeputusan, type TFn, WARNA_STATUS_KEBERATAN } from './keberatan-format.ts';

export function KeberatanStatusBadge({ status, size = 'md' }: { status: StatusKeberatan; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA_STATUS_KEBERATAN[status]} variant="light" size={size} radius="sm" tt="none" data-testid="keberatan-status" data-status={status}>
      {t(`keberatan.status.${status}`)}
    </Badge>
  );
}

function Teks({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <Box>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </Text>
    </Box>
  );
}

/** The objection as filed: reasons and evidence. */
export function KeberatanAlasan({ k }: { k: KeberatanDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      <Teks label={t('keberatan.umum.alasan')} testId="keberatan-alasan-teks">
        {k.alasan}
      </Teks>
      {k.bukti ? <Teks label={t('keberatan.umum.bukti')}>{k.bukti}</Teks> : null}
      <Text size="xs" c="dimmed">
        {t('keberatan.umum.diajukanPada', { waktu: formatWaktu(k.diajukanPada, i18n.language) })}
      </Text>
    </Stack>
  );
}

/** The atasan penilai's question and both answers (an empty one says so). Nothing before a question was asked. */
export function KeberatanKlarifikasi({ k }: { k: KeberatanDetail }) {
  const { t } = useTranslation();
  if (!k.pertanyaan) return null;
  const jawaban = (label: string, teks: string | null, testId: string) => (
    <Box>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {teks ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
          {teks}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic" data-testid={testId}>
          {t('keberatan.umum.belumDijawab')}
        </Text>
      )}
    </Box>
  );
  return (
    <Stack gap="xs">
      <Alert color="orange" variant="light" icon={<IconMessageQuestion size={20} />} title={t('keberatan.umum.pertanyaan')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="keberatan-pertanyaan-teks">
          {k.pertanyaan}
        </Text>
      </Alert>
      {jawaban(t('keberatan.umum.penjelasanPegawai'), k.penjelasanPegawai, 'keberatan-penjelasan-pegawai')}
      {k.penilaian.penilai ? jawaban(t('keberatan.umum.penjelasanPenilai'), k.penjelasanPenilai, 'keberatan-penjelasan-penilai') : null}
    </Stack>
  );
}

/**
 * The viewer's answer box (pegawai or penilai, while explanations are asked). What was typed stays when the keberatan
 * changed meanwhile (DATA.KONFLIK): the keberatan is reloaded and the user sends again with the new versi.
 */
export function KeberatanJawabForm({ k, muatUlang }: { k: KeberatanDetail; muatUlang: () => void }) {
  const { t } = useTranslation();
  const sendiri = k.peranSaya === 'pegawai' ? k.penjelasanPegawai : k.penjelasanPenilai;
  const [teks, setTeks] = useState(sendiri ?? '');
  const [galat, setGalat] = useState<unknown>(null);
  const [konflik, setKonflik] = useState(false);
  const jawab = useJawabPenjelasan();
  if (!k.aksi.includes('jawab')) return null;
  const kirim = async () => {
    setGalat(null);
    setKonflik(false);
    try {
      await jawab.mutateAsync({ keberatanId: k.id, body: { versi: k.versi, penjelasan: teks.trim() } });
      notifications.show({ color: 'teal', message: t('keberatan.umum.penjelasanTerkirim') });
    } catch (e) {
      if (isApiError(e, 'DATA.KONFLIK')) {
        setKonflik(true);
        muatUlang();
      } else setGalat(e);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (teks.trim()) void kirim();
      }}
      noValidate
    >
      <Stack gap="xs">
        <Textarea
          label={t('keberatan.umum.penjelasanAnda')}
          description={t('keberatan.umum.penjelasanAndaKet')}
          value={teks}
          onChange={(e) => setTeks(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={4000}
          required
          data-testid="keberatan-penjelasan"
        />
        {konflik ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} role="alert" data-testid="keberatan-konflik">
            {t('keberatan.umum.konflik')}
          </Alert>
        ) : null}
        {galat ? <ApiErrorAlert error={galat} testId="keberatan-penjelasan-galat" /> : null}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconSend size={16} />} disabled={!teks.trim()} loading={jawab.isPending} data-testid="keberatan-penjelasan-kirim">
            {sendiri ? t('keberatan.umum.perbaruiPenjelasan') : t('keberatan.umum.kirimPenjelasan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The decision in one sentence, its reasons, who decided and when. Nothing before the decision. */
export function KeberatanKeputusan({ k }: { k: KeberatanDetail }) {
  const { t, i18n } = useTranslation();
  const kalimat = teksKeputusan(t as unknown as TFn, k);
  if (k.status !== 'diputus' || !kalimat) return null;
  return (
    <Card withBorder padding="md" radius="md" bg="var(--mantine-color-teal-light)" data-testid="keberatan-keputusan" data-keputusan={k.keputusan ?? ''}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconGavel size={20} style={{ flexShrink: 0, marginTop: 2 }} />
          <Title order={3} fz="md" lh={1.35}>
            {kalimat}
          </Title>
        </Group>
        {k.alasanKeputusan ? <Teks label={t('keberatan.umum.alasanKeputusan')}>{k.alasanKeputusan}</Teks> : null}
        <Text size="xs" c="dimmed">
          {t('keberatan.umum.diputusOleh', { nama: k.diputusOleh?.nama ?? '—', waktu: formatWaktu(k.diputusPada, i18n.language) })} · {t('keberatan.umum.final')}
        </Text>
      </Stack>
    </Card>
  );
}
