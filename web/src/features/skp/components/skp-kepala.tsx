import { Alert, Anchor, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconChevronLeft, IconDownload, IconLockOpen, IconMessage2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { skpBerlaku } from '../../../../../domain/skp.ts';
import { KartuOrang } from '../../../components/ui/kartu-orang.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useAksiSkp } from '../api/aksi-skp.ts';
import { skpPdfHref, type SkpDetail } from '../api/get-skp.ts';
import { beriTahu } from '../../../lib/beri-tahu.ts';
import { formatRentang, formatWaktuSingkat } from './format.ts';
import { StatusSkpBadge } from './status-skp.tsx';
import type { Tautan } from './tautan.ts';

/** The PDF of the SKP: an official one once approved, a watermarked draft before. */
export function TombolPdf({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const resmi = skpBerlaku(skp.status) || (skp.status === 'ditutup' && skp.disetujuiPada !== null);
  return (
    <Button component="a" href={skpPdfHref(skp.id)} target="_blank" rel="noopener" variant="default" leftSection={<IconDownload size={16} />} style={{ flexGrow: 1 }} data-testid="skp-unduh-pdf">
      {resmi ? t('skp.detail.unduhPdf') : t('skp.detail.unduhDrafPdf')}
    </Button>
  );
}

/** tarik (diajukan → draft) and minta_buka (disetujui → minta_buka, with a reason), when the server offers them. */
function AksiPemilik({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const aksi = useAksiSkp();
  const [mintaBuka, setMintaBuka] = useState(false);
  const [alasan, setAlasan] = useState('');
  const [alasanGalat, setAlasanGalat] = useState<string | null>(null);

  const jalankan = (jenis: 'tarik' | 'minta_buka', catatan?: string) =>
    aksi.mutate(
      { id: skp.id, body: { aksi: jenis, versi: skp.versi, ...(catatan ? { catatan } : {}) } },
      {
        onSuccess: () => {
          setMintaBuka(false);
          setAlasan('');
          beriTahu('teal', t(jenis === 'tarik' ? 'skp.notif.ditarik' : 'skp.notif.mintaBuka'));
        },
        onError: (error) => beriTahu('red', errorMessage(t, error)),
      },
    );

  const kirimMintaBuka = () => {
    if (alasan.trim().length === 0) {
      setAlasanGalat(t('skp.aksi.alasanWajib'));
      return;
    }
    jalankan('minta_buka', alasan.trim());
  };

  return (
    <>
      {skp.aksi.includes('tarik') ? (
        <Button variant="light" color="gray" leftSection={<IconArrowBackUp size={16} />} loading={aksi.isPending} onClick={() => jalankan('tarik')} style={{ flexGrow: 1 }} data-testid="skp-tarik">
          {t('skp.aksi.tarik')}
        </Button>
      ) : null}
      {skp.aksi.includes('minta_buka') ? (
        <Button variant="light" leftSection={<IconLockOpen size={16} />} onClick={() => setMintaBuka(true)} style={{ flexGrow: 1 }} data-testid="skp-minta-buka">
          {t('skp.aksi.mintaBuka')}
        </Button>
      ) : null}
      <Modal opened={mintaBuka} onClose={() => setMintaBuka(false)} title={t('skp.aksi.mintaBukaJudul')} centered size="md">
        <Stack gap="md">
          <Text size="sm">{t('skp.aksi.mintaBukaKet')}</Text>
          <Textarea
            label={t('skp.aksi.alasan')}
            placeholder={t('skp.aksi.alasanPh')}
            value={alasan}
            onChange={(e) => {
              setAlasan(e.currentTarget.value);
              setAlasanGalat(null);
            }}
            error={alasanGalat}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
            data-testid="skp-catatan"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setMintaBuka(false)}>
              {t('umum.batal')}
            </Button>
            <Button loading={aksi.isPending} onClick={kirimMintaBuka} data-testid="skp-konfirmasi">
              {t('skp.aksi.kirimPermintaan')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * The top of an SKP: year, status with what it means, period, pegawai and pejabat penilai, the penilai's note
 * when it came back, the reason of a reopening request, the PDF and the owner's state changes.
 */
export function SkpKepala({ skp, tautan }: { skp: SkpDetail; tautan: Tautan }) {
  const { t, i18n } = useTranslation();
  const pemilik = skp.peranSaya === 'pemilik';
  const dikembalikan = skp.status === 'dikembalikan';
  return (
    <Stack gap="md">
      {pemilik ? (
        <Anchor component={Link} to={tautan.skpSayaHref()} size="sm" data-testid="kembali">
          <Group gap={4} component="span">
            <IconChevronLeft size={16} />
            {t('skp.judul')}
          </Group>
        </Anchor>
      ) : null}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={6} style={{ flex: '1 1 18rem', minWidth: 0 }}>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={1} fz={{ base: 24, sm: 28 }} data-testid="page-title">
              {t('skp.detail.judul', { tahun: skp.tahun })}
            </Title>
            <StatusSkpBadge status={skp.status} size="lg" testId="skp-status" />
          </Group>
          <Text size="sm" c="dimmed" data-testid="skp-periode">
            {formatRentang(skp.tanggalMulai, skp.tanggalSelesai, i18n.language)}
          </Text>
          <Text size="sm">{t(`skp.statusKet.${skp.status}`)}</Text>
        </Stack>
        <Group gap="xs" wrap="wrap" style={{ flex: '0 1 auto' }}>
          {pemilik ? <AksiPemilik skp={skp} /> : null}
          {skp.peranSaya === 'penilai' ? (
            <Button component={Link} to={tautan.tinjauHref(skp.id)} variant="light" style={{ flexGrow: 1 }}>
              {t('skp.detail.bukaTinjau')}
            </Button>
          ) : null}
          <TombolPdf skp={skp} />
        </Group>
      </Group>

      {dikembalikan && skp.catatanPenilai ? (
        <Alert color="orange" variant="filled" icon={<IconMessage2 size={22} />} title={t('skp.detail.catatanDikembalikan')} data-testid="skp-catatan-penilai">
          <Stack gap={4}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {skp.catatanPenilai}
            </Text>
            <Text size="xs" opacity={0.85}>
              {skp.penilai ? `${skp.penilai.nama} · ` : ''}
              {skp.diajukanPada ? t('skp.detail.catatanAtasPengajuan', { waktu: formatWaktuSingkat(skp.diajukanPada, i18n.language) }) : ''}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      {!dikembalikan && skp.catatanPenilai ? (
        <Alert color="gray" variant="light" icon={<IconMessage2 size={20} />} title={t('skp.detail.catatanPenilai')} data-testid="skp-catatan-penilai">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {skp.catatanPenilai}
          </Text>
        </Alert>
      ) : null}
      {skp.alasanBuka ? (
        <Alert color="grape" variant="light" icon={<IconLockOpen size={20} />} title={t('skp.detail.alasanBuka')} data-testid="skp-alasan-buka">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {skp.alasanBuka}
          </Text>
        </Alert>
      ) : null}

      <Card padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <KartuOrang judul={t('skp.detail.pegawai')} orang={skp.pegawai} testId="skp-pegawai" />
          <KartuOrang
            judul={t('skp.detail.penilai')}
            orang={skp.penilai}
            testId="skp-penilai"
            kosong={
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0, marginTop: 2 }} />
                <Text size="sm" c="orange.8">
                  {t('skp.detail.tanpaPenilai')}
                </Text>
              </Group>
            }
          />
        </SimpleGrid>
        {skp.diajukanPada || skp.disetujuiPada || skp.ditutupPada ? (
          <Text size="xs" c="dimmed" mt="sm">
            {[
              skp.diajukanPada ? t('skp.detail.diajukanPada', { waktu: formatWaktuSingkat(skp.diajukanPada, i18n.language) }) : null,
              skp.disetujuiPada ? t('skp.detail.disetujuiPada', { waktu: formatWaktuSingkat(skp.disetujuiPada, i18n.language) }) : null,
              skp.ditutupPada ? t('skp.detail.ditutupPada', { waktu: formatWaktuSingkat(skp.ditutupPada, i18n.language) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : null}
      </Card>
    </Stack>
  );
}
