import { Alert, Badge, Box, Button, Card, Grid, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEye, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Predikat } from '../../../../../domain/predikat.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatTanggal, formatWaktu } from '../../../utils/format.ts';
import { useKalibrasiPapan, type KalibrasiPapan } from '../api/get-kalibrasi-papan.ts';
import { useUbahPredikatOrganisasi } from '../api/ubah-predikat-organisasi.ts';
import { dihitungKurva, kurvaSimulasi, sebaranSimulasi } from './format.ts';
import { KurvaBagian } from './kurva-bagian.tsx';
import { PegawaiKalibrasi } from './pegawai-kalibrasi.tsx';
import { DitetapkanBagian, PenetapanBagian } from './penetapan-bagian.tsx';
import { PredikatOrganisasiPilih } from './predikat-organisasi-pilih.tsx';
import { StatusKurvaBadge } from './status-kurva-badge.tsx';

type Props = { periodeId: string; unitId: string; daftarHref: (periodeId?: string) => string };

/**
 * /kalibrasi/:periodeId/:unitId — the calibration board of one unit: its predikat organisasi (editable by the
 * pimpinan above it while open), the curve of the live distribution against the bounds of that predikat with each
 * bound explained, the pegawai with their ratings and a what-if move per person (browser only, DOMAIN.md §2.4), and
 * the penetapan. Admin BKPPD and auditor (and anyone without bolehKelola) read it without controls.
 */
export function KalibrasiPapanView({ periodeId, unitId, daftarHref }: Props) {
  const papan = useKalibrasiPapan(periodeId, unitId);
  if (papan.isPending) return <LoadingView />;
  if (papan.isError) {
    if (isApiError(papan.error, 'DATA.TIDAK_DITEMUKAN') || isApiError(papan.error, 'VALIDASI.GAGAL')) return <StatusView kind="tidak-ditemukan" homeHref={daftarHref(periodeId)} />;
    if (isApiError(papan.error, 'AKSES.DITOLAK')) return <StatusView kind="ditolak" homeHref={daftarHref(periodeId)} />;
    return <ErrorAlert error={papan.error} onRetry={() => void papan.refetch()} />;
  }
  return <Papan papan={papan.data} daftarHref={daftarHref(periodeId)} />;
}

function Papan({ papan, daftarHref }: { papan: KalibrasiPapan; daftarHref: string }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const terbuka = papan.status === 'terbuka';
  const kelola = papan.bolehKelola && terbuka;

  // what-if moves (penilaianId → predikat): only rows the curve counts, and only real moves after a reload
  const [pindahMentah, setPindah] = useState<Record<string, Predikat>>({});
  const asli = new Map(papan.items.filter(dihitungKurva).map((i) => [i.penilaianId, i.predikat] as const));
  const pindah = kelola ? Object.fromEntries(Object.entries(pindahMentah).filter(([id, ke]) => asli.has(id) && asli.get(id) !== ke)) : {};
  const jumlahPindah = Object.keys(pindah).length;
  const sebaran = jumlahPindah > 0 ? sebaranSimulasi(papan.items, pindah) : papan.sebaran;
  const kurva = jumlahPindah > 0 && papan.predikatOrganisasi && papan.kurva ? kurvaSimulasi(papan.predikatOrganisasi, sebaran, papan.kurva.nMinimum) : papan.kurva;
  const onPindah = (id: string, ke: Predikat | null) =>
    setPindah((s) => {
      const baru = { ...s };
      if (ke) baru[id] = ke;
      else delete baru[id];
      return baru;
    });

  const kurvaBagian = (
    <KurvaBagian
      predikatOrganisasi={papan.predikatOrganisasi}
      sebaran={sebaran}
      kurva={kurva}
      sebenarnya={jumlahPindah > 0 ? { sebaran: papan.sebaran, kurva: papan.kurva } : null}
      jumlahPindah={jumlahPindah}
      onReset={() => setPindah({})}
    />
  );
  // open: the pimpinan's penetapan block (nothing for readers); finalised: when, by whom, with what justification
  let penetapan = null;
  if (!terbuka) penetapan = <DitetapkanBagian papan={papan} />;
  else if (papan.bolehKelola) penetapan = <PenetapanBagian papan={papan} adaSimulasi={jumlahPindah > 0} />;
  const pegawai = <PegawaiKalibrasi items={papan.items} bolehSimulasi={kelola} pindah={pindah} onPindah={onPindah} wide={wide} />;

  return (
    <Stack gap="md" data-testid="kalibrasi-papan" data-status={papan.status} data-boleh-kelola={papan.bolehKelola ? 'true' : 'false'}>
      <Box>
        <Button component={Link} to={daftarHref} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} />} mb="xs" data-testid="kalibrasi-kembali">
          {t('kalibrasi.papan.kembali')}
        </Button>
        <PageHeader title={papan.unit.nama} description={`${t('kalibrasi.papan.judul')} · ${papan.periode.nama}`} />
      </Box>
      {/* after penetapan nobody manages the unit any more; the penetapan block says so */}
      {terbuka && !papan.bolehKelola ? (
        <Alert color="gray" variant="light" icon={<IconEye size={20} />} data-testid="kalibrasi-hanya-baca" p="sm">
          <Text size="sm">{t('kalibrasi.papan.hanyaBaca')}</Text>
        </Alert>
      ) : null}
      <Kepala papan={papan} kelola={kelola} />
      {wide ? (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7 }}>{kurvaBagian}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>{penetapan}</Grid.Col>
        </Grid>
      ) : (
        kurvaBagian
      )}
      {pegawai}
      {!wide ? penetapan : null}
    </Stack>
  );
}

/** Unit, period, predikat organisasi (a select for the pimpinan while open), counts and the note on the predikat. */
function Kepala({ papan, kelola }: { papan: KalibrasiPapan; kelola: boolean }) {
  const { t, i18n } = useTranslation();
  const adaKepala = papan.items.some((i) => i.kepalaUnit);
  return (
    <Card padding="md" data-testid="kalibrasi-kepala">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={2} style={{ flex: '1 1 14rem' }}>
            <Text size="xs" c="dimmed">
              {t('kalibrasi.papan.periode')}
            </Text>
            <Text size="sm" fw={600}>
              {papan.periode.nama}
            </Text>
            <Text size="xs" c="dimmed">
              {formatTanggal(papan.periode.tanggalMulai, i18n.language)} – {formatTanggal(papan.periode.tanggalSelesai, i18n.language)}
            </Text>
          </Stack>
          <StatusKurvaBadge status={papan.status} kurva={papan.kurva} size="lg" testId="kalibrasi-status-badge" />
        </Group>
        <Grid gap="sm" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            {kelola ? (
              <PredikatOrganisasiPilih
                periodeId={papan.periode.id}
                unit={papan.unit}
                nilai={papan.predikatOrganisasi}
                versi={papan.versi}
                catatan={papan.catatanPredikat}
                label={t('kalibrasi.papan.predikatOrganisasi')}
                testId="kalibrasi-predikat-organisasi"
              />
            ) : (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('kalibrasi.papan.predikatOrganisasi')}
                </Text>
                <Text size="sm" fw={700} c={papan.predikatOrganisasi ? undefined : 'dimmed'} data-testid="kalibrasi-predikat-organisasi-teks">
                  {papan.predikatOrganisasi ? t(`kalibrasi.predikatOrganisasi.${papan.predikatOrganisasi}`) : t('kalibrasi.daftar.belumDitentukan')}
                </Text>
              </Stack>
            )}
            {papan.predikatPada ? (
              <Text size="xs" c="dimmed" mt={4} data-testid="kalibrasi-predikat-oleh">
                {t('kalibrasi.papan.predikatOleh', { nama: papan.predikatOleh ?? '—', waktu: formatWaktu(papan.predikatPada, i18n.language) })}
              </Text>
            ) : null}
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Group gap="xs">
              <Badge variant="light" color="teal" radius="sm" tt="none" size="lg" data-testid="kalibrasi-jumlah-dinilai" data-n={papan.jumlahDinilai}>
                {t('kalibrasi.papan.dinilai')}: {papan.jumlahDinilai}
              </Badge>
              <Badge variant="light" color={papan.jumlahBelumDinilai > 0 ? 'orange' : 'gray'} radius="sm" tt="none" size="lg" data-testid="kalibrasi-jumlah-belum" data-n={papan.jumlahBelumDinilai}>
                {t('kalibrasi.papan.belumDinilai')}: {papan.jumlahBelumDinilai}
              </Badge>
            </Group>
          </Grid.Col>
        </Grid>
        {kelola && papan.predikatOrganisasi ? (
          <CatatanPredikat papan={papan} />
        ) : papan.catatanPredikat ? (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('kalibrasi.papan.catatan')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="kalibrasi-catatan-teks">
              {papan.catatanPredikat}
            </Text>
          </Stack>
        ) : null}
        {adaKepala ? (
          <Group gap={6} wrap="nowrap" align="flex-start" c="dimmed">
            <IconInfoCircle size={16} style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="xs">{t('kalibrasi.papan.kepalaUnit')}</Text>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The note on the predikat organisasi, saved with the current predikat; a stale versi keeps the typed text. */
function CatatanPredikat({ papan }: { papan: KalibrasiPapan }) {
  const { t } = useTranslation();
  const ubah = useUbahPredikatOrganisasi();
  const server = papan.catatanPredikat ?? '';
  const [teks, setTeks] = useState(server);
  const [dasar, setDasar] = useState(server);
  const [galat, setGalat] = useState<string | null>(null);
  // follow the server while nothing was typed (a reload after someone else's change)
  if (server !== dasar) {
    if (teks === dasar) setTeks(server);
    setDasar(server);
  }
  const berubah = teks.trim() !== server.trim();
  const simpan = () => {
    if (!papan.predikatOrganisasi) return;
    setGalat(null);
    ubah.mutate(
      { periodeId: papan.periode.id, unitId: papan.unit.id, body: { versi: papan.versi, predikatOrganisasi: papan.predikatOrganisasi, catatan: teks.trim() || null } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('kalibrasi.papan.catatanTersimpan') }),
        onError: (e) => setGalat(isApiError(e, 'DATA.KONFLIK') ? `${errorMessage(t, e)} ${t('kalibrasi.penetapan.konflik')}` : errorMessage(t, e)),
      },
    );
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={t('kalibrasi.papan.catatan')}
        description={t('kalibrasi.papan.catatanKet')}
        value={teks}
        onChange={(e) => {
          setTeks(e.currentTarget.value);
          setGalat(null);
        }}
        error={galat}
        autosize
        minRows={2}
        maxLength={2000}
        data-testid="kalibrasi-catatan"
      />
      {berubah ? (
        <Group>
          <Button size="xs" variant="light" loading={ubah.isPending} onClick={simpan} data-testid="kalibrasi-catatan-simpan">
            {t('kalibrasi.papan.catatanSimpan')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
