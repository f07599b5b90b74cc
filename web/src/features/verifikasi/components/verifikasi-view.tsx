import { Alert, Anchor, Box, Button, Card, Container, Grid, Group, Loader, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconFileCertificate, IconLogin, IconRefreshAlert, IconSearch, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { Brand } from '../../../components/ui/brand.tsx';
import { LanguageSwitch } from '../../../components/ui/language-switch.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useVerifikasi, type Verifikasi } from '../api/get-verifikasi.ts';
import { rapikanKode } from '../kode.ts';

/** An instant as "29 November 2026 10.05" in WITA, the zone of Kota Kupang. */
function waktuWita(iso: string, bahasa: string): string {
  return new Intl.DateTimeFormat(bahasa === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Makassar',
  }).format(new Date(iso));
}

function FormKode({ awal, memeriksa, onCek }: { awal: string; memeriksa: boolean; onCek: (kode: string) => void }) {
  const { t } = useTranslation();
  const [nilai, setNilai] = useState(() => rapikanKode(awal) ?? awal);
  // a malformed code in the link says so at once
  const [galat, setGalat] = useState<string | null>(() => (awal && !rapikanKode(awal) ? t('verifikasi.kodeTidakValid') : null));

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const kode = rapikanKode(nilai);
    if (!kode) {
      setGalat(t('verifikasi.kodeTidakValid'));
      return;
    }
    setGalat(null);
    setNilai(kode);
    onCek(kode);
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('verifikasi.label')}
          description={t('verifikasi.petunjuk')}
          placeholder={t('verifikasi.placeholder')}
          value={nilai}
          onChange={(e) => {
            setNilai(e.currentTarget.value);
            setGalat(null);
          }}
          error={galat}
          size="md"
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em', textTransform: 'uppercase' } }}
          data-testid="verifikasi-kode"
        />
        <Button type="submit" size="md" leftSection={<IconSearch size={18} />} loading={memeriksa} data-testid="verifikasi-cek">
          {t('verifikasi.cek')}
        </Button>
      </Stack>
    </form>
  );
}

function Baris({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid gap={4} align="baseline">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>{children}</Grid.Col>
    </Grid>
  );
}

/** The answer, in plain words first, then what the document is about. */
function KartuHasil({ d }: { d: Verifikasi }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const berlaku = d.status === 'berlaku';
  const warna = berlaku ? 'green' : 'orange';
  return (
    <Card shadow="sm" data-testid="verifikasi-hasil" data-status={d.status} role="status" style={{ borderTop: `5px solid var(--mantine-color-${warna}-7)` }}>
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={52} radius="xl" variant="light" color={warna}>
            {berlaku ? <IconShieldCheck size={30} /> : <IconRefreshAlert size={30} />}
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={2} fz={{ base: 19, sm: 22 }} lh={1.25} c={`${warna}.9`} data-testid="verifikasi-status">
              {berlaku ? t('verifikasi.berlakuJudul') : t('verifikasi.digantiJudul', { waktu: t('verifikasi.waktu', { waktu: waktuWita(d.digantiPada ?? d.diterbitkanPada, bahasa) }) })}
            </Title>
            <Text size="sm" c="dark.6">
              {berlaku ? t('verifikasi.berlakuTeks') : t('verifikasi.digantiTeks')}
            </Text>
          </Stack>
        </Group>
        <Stack gap="xs">
          <Baris label={t('verifikasi.kolom.kode')}>
            <Text ff="monospace" fw={700} style={{ letterSpacing: '0.06em' }}>
              {d.kode}
            </Text>
          </Baris>
          <Baris label={t('verifikasi.kolom.jenis')}>
            <Text>{t(`verifikasi.jenis.${d.jenis}`)}</Text>
          </Baris>
          <Baris label={t('verifikasi.kolom.judul')}>
            <Text fw={600}>{d.judul}</Text>
          </Baris>
          <Baris label={t('verifikasi.kolom.pegawai')}>
            <Text>{d.pegawaiNama}</Text>
            {d.nipTersamar ? (
              <Text size="sm" ff="monospace" c="dimmed" title={t('verifikasi.nipTersamar')}>
                {t('verifikasi.kolom.nip')} {d.nipTersamar}
              </Text>
            ) : null}
          </Baris>
          <Baris label={t('verifikasi.kolom.instansi')}>
            <Text>{d.instansi}</Text>
          </Baris>
          <Baris label={t('verifikasi.kolom.ringkasan')}>
            <Text size="sm">{d.ringkasan}</Text>
          </Baris>
          <Baris label={t('verifikasi.kolom.diterbitkan')}>
            <Text size="sm">{t('verifikasi.waktu', { waktu: waktuWita(d.diterbitkanPada, bahasa) })}</Text>
          </Baris>
        </Stack>
      </Stack>
    </Card>
  );
}

/**
 * Public page (no login, outside the app frame): anyone holding a printed document checks its verification code.
 * A code in the link (/verifikasi/ABCD-EFGH-JKMN, e.g. from the QR code) is checked right away.
 */
export function VerifikasiView() {
  const { t } = useTranslation();
  useDocumentTitle(t('verifikasi.judul'));
  const navigate = useNavigate();
  const { kode: kodeUrl = '' } = useParams();
  const kode = kodeUrl ? rapikanKode(kodeUrl) : null;
  const hasil = useVerifikasi(kode);

  const cek = (k: string) => {
    if (k === kode) void hasil.refetch();
    else void navigate(paths.verifikasi.getHref(k));
  };

  return (
    <Box mih="100dvh" bg="linear-gradient(160deg, var(--mantine-color-kupang-0) 0%, var(--mantine-color-gray-0) 50%, var(--mantine-color-cendana-0) 100%)">
      <Container size={640} py={{ base: 'md', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
        <Group justify="space-between" mb={{ base: 'lg', sm: 'xl' }} wrap="nowrap">
          <Brand />
          <LanguageSwitch size="xs" />
        </Group>
        <Stack gap="lg">
          <Card shadow="sm">
            <Stack gap="md">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon size={40} radius="md" variant="light">
                  <IconFileCertificate size={24} />
                </ThemeIcon>
                <div>
                  <Title order={1} fz={{ base: 22, sm: 26 }}>
                    {t('verifikasi.judul')}
                  </Title>
                  <Text size="sm" c="dimmed" mt={4}>
                    {t('verifikasi.pengantar')}
                  </Text>
                </div>
              </Group>
              {/* keyed by the link's code: following another link starts the form afresh */}
              <FormKode key={kodeUrl} awal={kodeUrl} memeriksa={hasil.isFetching} onCek={cek} />
            </Stack>
          </Card>

          {hasil.isLoading ? (
            <Group gap="sm" justify="center" c="dimmed">
              <Loader size="sm" />
              <Text size="sm">{t('verifikasi.memeriksa')}</Text>
            </Group>
          ) : null}
          {hasil.data && !hasil.isError ? <KartuHasil d={hasil.data} /> : null}
          {isApiError(hasil.error, 'DOKUMEN.KODE_TIDAK_DIKENAL') ? (
            <Alert color="red" variant="light" icon={<IconShieldX size={22} />} title={t('verifikasi.tidakDikenalJudul')} data-testid="verifikasi-tidak-dikenal" role="alert">
              <Text size="sm">{t('verifikasi.tidakDikenalTeks', { kode })}</Text>
            </Alert>
          ) : hasil.error ? (
            <ApiErrorAlert error={hasil.error} testId="verifikasi-galat" />
          ) : null}

          <Group justify="center">
            <Anchor component={Link} to={paths.masuk.getHref()} size="sm">
              <Group gap={6} wrap="nowrap">
                <IconLogin size={16} />
                {t('verifikasi.masuk')}
              </Group>
            </Anchor>
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}
