// The keberatan section of the pegawai's evaluation page (DOMAIN.md §2.5), embedded by the evaluation page for a
// `ditetapkan` record: the filing deadline (WITA), the form (reasons and evidence; once), then the keberatan's status,
// the atasan penilai's question with the pegawai's answer box, and the decision. It fetches its own data and renders
// nothing while the record is not finalised and no keberatan exists, or for a viewer who has nothing to see here.
// No route is assumed: a link to the keberatan page is shown only when `keberatanHref` is given.
import { Alert, Anchor, Box, Button, Card, Collapse, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCalendarDue, IconInfoCircle, IconScale, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';
import { useAjukanKeberatan } from '../api/keberatan-ajukan.ts';
import { type KeberatanPenilaian, useKeberatanPenilaian } from '../api/keberatan-penilaian.ts';
import { formatHariTanggal, teksSisa, type TFn } from './keberatan-format.ts';
import { KeberatanAlasan, KeberatanJawabForm, KeberatanKeputusan, KeberatanKlarifikasi, KeberatanStatusBadge } from './keberatan-ringkas.tsx';

function Batas({ s }: { s: KeberatanPenilaian }) {
  const { t, i18n } = useTranslation();
  if (!s.batas) return null;
  const tanggal = formatHariTanggal(s.batas.tanggalTerakhir, i18n.language);
  if (s.alasanTidakBoleh === 'BATAS_LEWAT') {
    return (
      <Text size="sm" c="dimmed" data-testid="keberatan-batas" data-sisa={0}>
        {t('keberatan.bagian.lewat', { tanggal })}
      </Text>
    );
  }
  if (s.keberatan) return null;
  const sisa = s.batas.sisaHari;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconCalendarDue size={18} style={{ flexShrink: 0, marginTop: 2 }} color={`var(--mantine-color-${sisa <= 3 ? 'orange' : 'gray'}-7)`} />
      <Text size="sm" fw={500} data-testid="keberatan-batas" data-sisa={sisa}>
        {t('keberatan.bagian.batas', { tanggal, sisa: teksSisa(t as unknown as TFn, sisa) })}
      </Text>
    </Group>
  );
}

function FormAjukan({ penilaianId }: { penilaianId: string }) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  const [alasan, setAlasan] = useState('');
  const [bukti, setBukti] = useState('');
  const ajukan = useAjukanKeberatan();
  const kirim = async () => {
    try {
      await ajukan.mutateAsync({ penilaianId, alasan: alasan.trim(), bukti: bukti.trim() || null });
      notifications.show({ color: 'teal', message: t('keberatan.bagian.terkirim') });
    } catch {
      // shown below from the mutation's error; what was typed stays
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('keberatan.bagian.hak')}</Text>
      {!buka ? (
        <Group>
          <Button variant="light" color="orange" leftSection={<IconScale size={18} />} onClick={() => setBuka(true)} data-testid="keberatan-ajukan-buka">
            {t('keberatan.bagian.ajukanBuka')}
          </Button>
        </Group>
      ) : null}
      <Collapse expanded={buka}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (alasan.trim()) void kirim();
          }}
          noValidate
        >
          <Stack gap="sm">
            <Textarea
              label={t('keberatan.umum.alasan')}
              description={t('keberatan.bagian.alasanKet')}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              required
              autosize
              minRows={4}
              maxLength={4000}
              data-testid="keberatan-alasan"
            />
            <Textarea
              label={t('keberatan.umum.bukti')}
              description={t('keberatan.bagian.buktiKet')}
              value={bukti}
              onChange={(e) => setBukti(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
              data-testid="keberatan-bukti"
            />
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
              <Text size="xs">{t('keberatan.bagian.sekali')}</Text>
            </Alert>
            {ajukan.error ? <ApiErrorAlert error={ajukan.error} testId="keberatan-ajukan-galat" /> : null}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setBuka(false)} disabled={ajukan.isPending}>
                {t('keberatan.bagian.batal')}
              </Button>
              <Button type="submit" color="orange" leftSection={<IconSend size={16} />} disabled={!alasan.trim()} loading={ajukan.isPending} data-testid="keberatan-kirim">
                {t('keberatan.bagian.kirim')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Stack>
  );
}

export function KeberatanBagian({ penilaianId, keberatanHref }: { penilaianId: string; keberatanHref?: (id: string) => string }) {
  const { t } = useTranslation();
  const q = useKeberatanPenilaian(penilaianId);
  if (q.isPending) return null;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} title={t('keberatan.umum.judul')} />;
  const s = q.data;
  const k = s.keberatan;
  // only the pegawai is told about filing (alasanTidakBoleh is null for anyone else); nothing before penetapan
  const pemilikTanpaKeberatan = !k && s.batas !== null && (s.bolehAjukan || s.alasanTidakBoleh !== null);
  if (!k && !pemilikTanpaKeberatan) return null;

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="keberatan-judul" data-testid="keberatan-bagian">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={8} wrap="nowrap">
            <IconScale size={20} />
            <Title order={2} fz="md" id="keberatan-judul">
              {t('keberatan.umum.judul')}
            </Title>
          </Group>
          {k ? <KeberatanStatusBadge status={k.status} /> : null}
        </Group>
        <Batas s={s} />
        {!k && s.alasanTidakBoleh === 'TANPA_ATASAN_PENILAI' ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm">{t('keberatan.bagian.tanpaAtasan')}</Text>
          </Alert>
        ) : null}
        {!k && s.bolehAjukan ? <FormAjukan penilaianId={penilaianId} /> : null}
        {k ? (
          <Stack gap="sm">
            <KeberatanAlasan k={k} />
            <KeberatanKlarifikasi k={k} />
            <KeberatanJawabForm key={k.id} k={k} muatUlang={() => void q.refetch()} />
            {k.status !== 'diputus' ? (
              <Text size="sm" c="dimmed">
                {t('keberatan.bagian.menunggu')}
              </Text>
            ) : null}
            <KeberatanKeputusan k={k} />
            {keberatanHref ? (
              <Box>
                <Anchor component={Link} to={keberatanHref(k.id)} size="sm" data-testid="keberatan-lihat">
                  {t('keberatan.bagian.lihatDetail')}
                </Anchor>
              </Box>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
