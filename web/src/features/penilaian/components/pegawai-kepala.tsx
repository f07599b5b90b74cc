import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconInfoCircle, IconMessage2, IconStars } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KartuOrang } from '../../../components/ui/kartu-orang.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { formatTanggal } from '../../../utils/format.ts';
import type { PenilaianDetail } from '../api/get-penilaian.ts';
import { formatRentang } from './pegawai-format.ts';
import { StatusPenilaianBadge } from './pegawai-lencana.tsx';
import type { TautanPenilaian } from './pegawai-tautan.ts';

/** Where the head has no penilai or atasan penilai. */
function Tanpa({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {children}
    </Text>
  );
}

/** What the status means for the reader, in one sentence (the owner's wording differs from the others'). */
function keteranganStatus(d: PenilaianDetail, t: (k: string) => string): string {
  if (d.peranSaya === 'pemilik') {
    if ((d.status === 'draft' || d.status === 'dikembalikan') && !d.aksi.includes('isi_realisasi')) return t('penilaian.detail.ketTertutup');
    return t(`penilaian.detail.ketPemilik.${d.status}`);
  }
  return t(`penilaian.detail.ketLain.${d.peranSaya}`);
}

/**
 * The head of one evaluation: the period and the days evaluated, the pegawai, their penilai and atasan penilai, the
 * status, and for the penilai reading it a link to the rating page (when the route offers one).
 */
export function KepalaPenilaian({ d, tautan }: { d: PenilaianDetail; tautan: TautanPenilaian }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('penilaian.detail.judul', { periode: d.periode.nama }));
  const tt = t as unknown as (k: string) => string;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={d.peranSaya === 'pemilik' ? tautan.penilaianSayaHref() : tautan.berandaHref()} size="sm" data-testid="kembali">
        <Group gap={4} wrap="nowrap">
          <IconChevronLeft size={16} />
          {d.peranSaya === 'pemilik' ? t('penilaian.detail.kembali') : t('umum.kembali')}
        </Group>
      </Anchor>
      <Card padding="md" data-testid="penilaian-kepala" data-status={d.status} data-peran={d.peranSaya}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
              <Title order={1} fz={{ base: 22, sm: 26 }} data-testid="page-title">
                {t('penilaian.detail.judul', { periode: d.periode.nama })}
              </Title>
              <Text size="sm" c="dimmed" data-testid="penilaian-hari">
                {t('penilaian.detail.hariDinilai', { rentang: formatRentang(d.tanggalMulai, d.tanggalSelesai, i18n.language) })}
              </Text>
            </Stack>
            <StatusPenilaianBadge status={d.status} size="lg" testId="penilaian-status" />
          </Group>
          <Text size="sm" c="dimmed">
            {keteranganStatus(d, tt)}
          </Text>
          {d.diajukanPada || d.dinilaiPada ? (
            <Group gap="md" wrap="wrap">
              {d.diajukanPada ? (
                <Text size="xs" c="dimmed">
                  {t('penilaian.detail.diajukanPada', { tanggal: formatTanggal(d.diajukanPada.slice(0, 10), i18n.language) })}
                </Text>
              ) : null}
              {d.dinilaiPada ? (
                <Text size="xs" c="dimmed">
                  {t('penilaian.detail.dinilaiPada', { tanggal: formatTanggal(d.dinilaiPada.slice(0, 10), i18n.language) })}
                </Text>
              ) : null}
            </Group>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
            <KartuOrang judul={t('penilaian.detail.pegawai')} orang={d.pegawai} testId="penilaian-pegawai" />
            <KartuOrang judul={t('penilaian.detail.penilai')} orang={d.penilai} kosong={<Tanpa>{t('penilaian.detail.tanpaPenilai')}</Tanpa>} testId="penilaian-penilai" />
            <KartuOrang judul={t('penilaian.detail.atasanPenilai')} orang={d.atasanPenilai} kosong={<Tanpa>{t('penilaian.detail.tanpaAtasanPenilai')}</Tanpa>} testId="penilaian-atasan-penilai" />
          </SimpleGrid>
          {d.kepalaUnit ? (
            <Alert color="cendana" variant="light" icon={<IconInfoCircle size={18} />} p="xs" data-testid="penilaian-kepala-unit">
              <Text size="sm">{t('penilaian.detail.kepalaUnit')}</Text>
            </Alert>
          ) : null}
          {d.peranSaya === 'penilai' && tautan.nilaiHref ? (
            <Button component={Link} to={tautan.nilaiHref(d.id)} variant="light" leftSection={<IconStars size={16} />} style={{ alignSelf: 'flex-start' }} data-testid="penilaian-ke-nilai">
              {t('penilaian.detail.keNilai')}
            </Button>
          ) : null}
        </Stack>
      </Card>
      {d.catatanPenilai && d.status === 'dikembalikan' ? (
        <Alert color="orange" variant="light" icon={<IconMessage2 size={18} />} title={t('penilaian.detail.catatanPenilai')} data-testid="catatan-penilai" role="status">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {d.catatanPenilai}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
