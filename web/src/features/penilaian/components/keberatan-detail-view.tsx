// /keberatan/:id — one keberatan (DOMAIN.md §2.5) for each of its people: the pegawai follows it and answers the
// question; the penilai answers here too (they reach it from their keberatan list); the atasan pejabat penilai asks
// both sides and decides (tetap / ubah with the live predikat that will follow). Others in scope read it. Every write
// carries the versi that was read; when someone else changed it meanwhile the page reloads it and keeps what was typed.
import { Alert, Anchor, Box, Button, Card, Grid, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconDownload, IconMessageQuestion, IconSend } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { API_BASE, isApiError } from '../../../lib/api-client.ts';
import { formatNip, formatTanggal, formatWaktu } from '../../../utils/format.ts';
import { type KeberatanDetail, useKeberatan } from '../api/keberatan-detail.ts';
import { useMintaPenjelasan } from '../api/keberatan-minta-penjelasan.ts';

import { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';
import { KeberatanPutusForm } from './keberatan-putus-form.tsx';
import { KeberatanAlasan, KeberatanJawabForm, KeberatanKeputusan, KeberatanKlarifikasi, KeberatanStatusBadge } from './keberatan-ringkas.tsx';

export interface TautanKeberatanDetail {
  /** the keberatan list (null for a viewer without it: the pegawai goes back to their evaluation instead) */
  daftarHref: string | null;
  berandaHref: string;
  /** the evaluation objected to (read-only for the atasan penilai) */
  penilaianHref?: (penilaianId: string) => string;
}

function Baris({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} lh={1.35} component="div">
        {children}
      </Text>
    </Box>
  );
}

function Identitas({ k, penilaianHref }: { k: KeberatanDetail; penilaianHref?: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const p = k.penilaian;
  const predikat = (pr: keyof typeof WARNA_PREDIKAT) => (
    <Text span fw={650} c={`${WARNA_PREDIKAT[pr]}.8`}>
      {t(`keberatan.predikat.${pr}`)}
    </Text>
  );
  return (
    <Card withBorder padding="md" radius="md" data-testid="keberatan-identitas">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Box style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <Title order={2} fz={{ base: 18, sm: 20 }} lh={1.3}>
              {p.pegawai.nama}
            </Title>
            {p.pegawai.nip ? (
              <Text size="sm" ff="monospace" c="dimmed">
                {formatNip(p.pegawai.nip)}
              </Text>
            ) : null}
            <Text size="sm" c="dimmed">
              {[p.pegawai.jabatan, p.pegawai.unit].filter(Boolean).join(' · ')}
            </Text>
          </Box>
          <KeberatanStatusBadge status={k.status} size="lg" />
        </Group>
        <Text size="xs" c="dimmed" data-testid="keberatan-peran">
          {t(`keberatan.peran.${k.peranSaya}`)}
        </Text>
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Baris label={t('keberatan.detail.periode')}>{p.periode.nama}</Baris>
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Baris label={t('keberatan.detail.ditetapkanPada')}>{formatWaktu(p.ditetapkanPada, i18n.language) || '—'}</Baris>
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Baris label={t('keberatan.detail.batasPengajuan')}>{formatTanggal(k.tanggalTerakhir, i18n.language)}</Baris>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Baris label={t('keberatan.detail.penilai')}>{p.penilai?.nama ?? '—'}</Baris>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Baris label={t('keberatan.detail.atasanPenilai')}>{p.atasanPenilai?.nama ?? '—'}</Baris>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Baris label={t('keberatan.umum.predikatSemula')}>
              <span data-testid="keberatan-predikat-semula">{predikat(k.predikatSemula)}</span>
              <Text span size="xs" c="dimmed">
                {' '}
                ({t(`keberatan.ratingSingkat.${k.ratingHasilKerjaSemula}`)} × {t(`keberatan.ratingSingkat.${k.ratingPerilakuKerjaSemula}`)})
              </Text>
            </Baris>
          </Grid.Col>
          {p.predikat && p.predikat !== k.predikatSemula ? (
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Baris label={t('keberatan.umum.predikatSekarang')}>
                <span data-testid="keberatan-predikat-sekarang">{predikat(p.predikat)}</span>
              </Baris>
            </Grid.Col>
          ) : null}
        </Grid>
        <Group gap="md">
          {penilaianHref ? (
            <Anchor component={Link} to={penilaianHref(p.id)} size="sm" data-testid="keberatan-lihat-penilaian">
              {t('keberatan.detail.lihatPenilaian')}
            </Anchor>
          ) : null}
          {k.status === 'diputus' ? (
            <Button component="a" href={`${API_BASE}/penilaian/${encodeURIComponent(p.id)}/pdf`} target="_blank" rel="noopener" variant="default" size="xs" leftSection={<IconDownload size={16} />} data-testid="keberatan-pdf">
              {t('keberatan.umum.unduhDokumen')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** The atasan penilai's question to both sides (once; the decision may follow at any time). */
function MintaPenjelasan({ k, muatUlang }: { k: KeberatanDetail; muatUlang: () => void }) {
  const { t } = useTranslation();
  const [teks, setTeks] = useState('');
  const [konflik, setKonflik] = useState(false);
  const minta = useMintaPenjelasan();
  if (!k.aksi.includes('minta_penjelasan')) return null;
  const kirim = async () => {
    setKonflik(false);
    try {
      await minta.mutateAsync({ keberatanId: k.id, body: { versi: k.versi, pertanyaan: teks.trim() } });
      notifications.show({ color: 'teal', message: t('keberatan.detail.mintaTerkirim') });
    } catch (e) {
      if (isApiError(e, 'DATA.KONFLIK')) {
        setKonflik(true);
        muatUlang();
      }
    }
  };
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="keberatan-minta-judul">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (teks.trim()) void kirim();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Group gap={8} wrap="nowrap">
            <IconMessageQuestion size={20} />
            <Title order={2} fz="md" id="keberatan-minta-judul">
              {t('keberatan.detail.mintaJudul')}
            </Title>
          </Group>
          <Textarea
            label={t('keberatan.umum.pertanyaan')}
            description={t('keberatan.detail.mintaKet')}
            value={teks}
            onChange={(e) => setTeks(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={4000}
            data-testid="keberatan-pertanyaan"
          />
          {konflik ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} role="alert" data-testid="keberatan-konflik">
              {t('keberatan.umum.konflik')}
            </Alert>
          ) : null}
          {minta.error && !konflik ? <ApiErrorAlert error={minta.error} testId="keberatan-minta-galat" /> : null}
          <Group justify="flex-end">
            <Button type="submit" variant="light" leftSection={<IconSend size={16} />} disabled={!teks.trim()} loading={minta.isPending} data-testid="keberatan-minta-penjelasan">
              {t('keberatan.detail.mintaKirim')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Isi({ k, muatUlang, tautan }: { k: KeberatanDetail; muatUlang: () => void; tautan: TautanKeberatanDetail }) {
  const { t } = useTranslation();
  const lebar = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const utama = (
    <Stack gap="md">
      <Identitas k={k} penilaianHref={tautan.penilaianHref} />
      <Card withBorder padding="md" radius="md">
        <KeberatanAlasan k={k} />
      </Card>
      {k.pertanyaan ? (
        <Card withBorder padding="md" radius="md">
          <Stack gap="sm">
            <KeberatanKlarifikasi k={k} />
            <KeberatanJawabForm k={k} muatUlang={muatUlang} />
          </Stack>
        </Card>
      ) : null}
      <KeberatanKeputusan k={k} />
    </Stack>
  );
  // the atasan penilai's forms: beside the record on a wide screen, below it on a phone
  const tindakan = (
    <Stack gap="md">
      <MintaPenjelasan k={k} muatUlang={muatUlang} />
      <KeberatanPutusForm k={k} muatUlang={muatUlang} />
    </Stack>
  );
  const adaTindakan = k.aksi.includes('minta_penjelasan') || k.aksi.includes('putus');
  const kembali =
    k.peranSaya === 'pegawai' && tautan.penilaianHref
      ? { href: tautan.penilaianHref(k.penilaian.id), label: t('keberatan.detail.kembaliPenilaian') }
      : tautan.daftarHref
        ? { href: tautan.daftarHref, label: t('keberatan.detail.kembali') }
        : null;
  return (
    <Box data-testid="keberatan-detail" data-peran={k.peranSaya} data-status={k.status}>
      {kembali ? (
        <Button component={Link} to={kembali.href} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} />} mb="xs" data-testid="keberatan-kembali">
          {kembali.label}
        </Button>
      ) : null}
      <PageHeader title={t('keberatan.detail.judul')} description={`${k.penilaian.pegawai.nama} · ${k.penilaian.periode.nama}`} />
      {lebar && adaTindakan ? (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>{utama}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }} style={{ position: 'sticky', top: 72 }}>
            {tindakan}
          </Grid.Col>
        </Grid>
      ) : (
        <Stack gap="md">
          {utama}
          {adaTindakan ? tindakan : null}
        </Stack>
      )}
    </Box>
  );
}

export function KeberatanDetailView({ tautan }: { tautan: TautanKeberatanDetail }) {
  const { id = '' } = useParams();
  const q = useKeberatan(id);
  if (q.isPending) return <LoadingView />;
  if (q.isError) {
    if (isApiError(q.error, 'DATA.TIDAK_DITEMUKAN') || isApiError(q.error, 'VALIDASI.GAGAL')) return <StatusView kind="tidak-ditemukan" homeHref={tautan.daftarHref ?? tautan.berandaHref} />;
    return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  }
  return <Isi key={q.data.id} k={q.data} muatUlang={() => void q.refetch()} tautan={tautan} />;
}
