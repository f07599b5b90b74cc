// Riwayat kinerja (issue 6: "the pegawai's own page shows the history of their predikat, ratings, feedback and
// documents"): a step chart of the predikat over time, then per year the tahunan evaluation with the periodic predikat
// beside it as context (DOMAIN.md §2.3), and every evaluation with its ratings, the penilai's umpan balik (expandable;
// the server leaves it out until the viewer may see it), the Dokumen Evaluasi codes, keberatan and tindak lanjut.
//
// Embedded (D1's "Penilaian saya" page, a pegawai's profile): fetches its own data. Links are plain relative paths
// unless given: `/penilaian/<id>` for an evaluation, `/verifikasi/<kode>` for the public document check.
import { Anchor, Badge, Box, Button, Card, Collapse, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconFileCertificate, IconGavel, IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TindakLanjut } from '../../../../../contracts/tindak-lanjut.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { type PenilaianRiwayat, useRiwayat } from '../api/get-riwayat.ts';
import { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';
import { RiwayatGrafik } from './riwayat-grafik.tsx';
import { riwayatTanggal, riwayatTanggalWita } from './riwayat-format.ts';

interface Tautan {
  penilaian: (id: string) => string;
  verifikasi: (kode: string) => string;
}

const TAUTAN_BAWAAN: Tautan = {
  penilaian: (id) => `/penilaian/${encodeURIComponent(id)}`,
  verifikasi: (kode) => `/verifikasi/${encodeURIComponent(kode)}`,
};

function PredikatBadge({ item, size = 'sm' }: { item: PenilaianRiwayat; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (!item.predikat) {
    return (
      <Badge variant="outline" color="gray" size={size} data-testid="riwayat-predikat" data-predikat="">
        {t('riwayat.belumPredikat')}
      </Badge>
    );
  }
  return (
    <Badge variant="filled" color={WARNA_PREDIKAT[item.predikat]} size={size} data-testid="riwayat-predikat" data-predikat={item.predikat}>
      {t(`tindakLanjut.predikat.${item.predikat}`)}
    </Badge>
  );
}

function TindakLanjutBadge({ tl }: { tl: TindakLanjut }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={tl.jenis === 'penghargaan' ? 'grape' : 'cyan'} size="sm" leftSection={<IconHeartHandshake size={12} />} data-testid="riwayat-tindak-lanjut" data-kategori={tl.kategori} data-status={tl.status}>
      {t(`tindakLanjut.kategori.${tl.kategori}`)} · {t(`tindakLanjut.status.${tl.status}`)}
    </Badge>
  );
}

function UmpanBalik({ item }: { item: PenilaianRiwayat }) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  if (item.umpanBalik.length === 0) return null;
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        px={0}
        onClick={() => setBuka((b) => !b)}
        rightSection={buka ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        aria-expanded={buka}
        data-testid={`riwayat-umpan-balik-${item.penilaianId}`}
      >
        {buka ? t('riwayat.umpanBalik.sembunyi') : t('riwayat.umpanBalik.tampil', { count: item.umpanBalik.length })}
      </Button>
      <Collapse expanded={buka}>
        <Stack gap={6} mt={4}>
          {item.umpanBalik.map((u) => (
            <Box key={u.rhkId} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }} data-testid="riwayat-umpan-balik-rhk">
              <Text size="xs" fw={600}>
                {u.uraian}
              </Text>
              {u.penilaian ? (
                <Text size="xs" c="dimmed">
                  {t(`tindakLanjut.rating.${u.penilaian}`)}
                </Text>
              ) : null}
              <Text size="sm">{u.umpanBalik ?? t('riwayat.umpanBalik.kosong')}</Text>
            </Box>
          ))}
        </Stack>
      </Collapse>
    </Box>
  );
}

function Dokumen({ item, tautan }: { item: PenilaianRiwayat; tautan: Tautan }) {
  const { t } = useTranslation();
  if (item.dokumen.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('riwayat.dokumen.judul')}
      </Text>
      {item.dokumen.map((d) => (
        <Group key={d.kode} gap={6} wrap="wrap" data-testid="riwayat-dokumen" data-kode={d.kode} data-status={d.status}>
          <IconFileCertificate size={16} aria-hidden />
          <Anchor component={Link} to={tautan.verifikasi(d.kode)} size="sm" ff="monospace" aria-label={t('riwayat.dokumen.verifikasi', { kode: d.kode })}>
            {d.kode}
          </Anchor>
          <Badge size="xs" variant="light" color={d.status === 'berlaku' ? 'teal' : 'gray'}>
            {t(`riwayat.dokumen.${d.status}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('riwayat.dokumen.versi', { versi: d.versi })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function Keberatan({ item }: { item: PenilaianRiwayat }) {
  const { t } = useTranslation();
  const k = item.keberatan;
  if (!k) return null;
  const keputusan = k.keputusan === 'ubah' && k.predikatBaru ? t('riwayat.keberatan.keputusan.ubah', { predikat: t(`tindakLanjut.predikat.${k.predikatBaru}`) }) : k.keputusan === 'tetap' ? t('riwayat.keberatan.keputusan.tetap') : null;
  return (
    <Badge variant="light" color={k.status === 'diputus' ? 'indigo' : 'orange'} size="sm" leftSection={<IconGavel size={12} />} data-testid="riwayat-keberatan" data-status={k.status} style={{ textTransform: 'none' }}>
      {t('riwayat.keberatan.label', { status: t(`riwayat.keberatan.status.${k.status}`) })}
      {keputusan ? ` · ${keputusan}` : ''}
    </Badge>
  );
}

function ItemRiwayat({ item, tautan }: { item: PenilaianRiwayat; tautan: Tautan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sebagian = item.tanggalMulai !== item.periode.tanggalMulai || item.tanggalSelesai !== item.periode.tanggalSelesai;
  return (
    <Stack gap={6} py="xs" data-testid="riwayat-item" data-penilaian-id={item.penilaianId} data-status={item.status}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={tautan.penilaian(item.penilaianId)} fw={600} size="sm" aria-label={`${t('riwayat.lihatDetail')}: ${item.periode.nama}`}>
            {item.periode.nama}
          </Anchor>
          <Text size="xs" c="dimmed">
            {sebagian ? `${t('riwayat.rentang', { mulai: riwayatTanggal(item.tanggalMulai, lng), selesai: riwayatTanggal(item.tanggalSelesai, lng) })} · ` : ''}
            {t(`riwayat.status.${item.status}`)}
            {item.ditetapkanPada ? ` · ${t('riwayat.ditetapkan', { tanggal: riwayatTanggalWita(item.ditetapkanPada, lng) })}` : ''}
          </Text>
        </Stack>
        <PredikatBadge item={item} />
      </Group>
      {item.ratingHasilKerja || item.ratingPerilakuKerja ? (
        <Text size="xs">
          {t('riwayat.ratingHasil')}: <b>{item.ratingHasilKerja ? t(`tindakLanjut.rating.${item.ratingHasilKerja}`) : '–'}</b>
          {' · '}
          {t('riwayat.ratingPerilaku')}: <b>{item.ratingPerilakuKerja ? t(`tindakLanjut.rating.${item.ratingPerilakuKerja}`) : '–'}</b>
        </Text>
      ) : null}
      {item.penilaiNama ? (
        <Text size="xs" c="dimmed">
          {t('riwayat.penilai', { nama: item.penilaiNama })}
        </Text>
      ) : null}
      {item.keberatan || item.tindakLanjut.length ? (
        <Group gap={6} wrap="wrap">
          <Keberatan item={item} />
          {item.tindakLanjut.map((tl) => (
            <TindakLanjutBadge key={tl.id} tl={tl} />
          ))}
        </Group>
      ) : null}
      <Dokumen item={item} tautan={tautan} />
      <UmpanBalik item={item} />
    </Stack>
  );
}

function TahunKartu({ tahun, tahunan, periodik, tautan }: { tahun: number; tahunan: PenilaianRiwayat[]; periodik: PenilaianRiwayat[]; tautan: Tautan }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="riwayat-tahun" data-tahun={tahun}>
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('riwayat.tahun', { tahun })}
        </Title>
        {/* the tahunan predikat first, the periodic ones beside it as context (DOMAIN.md §2.3) */}
        <Box p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }} data-testid="riwayat-ringkas-tahun">
          <Group gap="lg" align="flex-start" wrap="wrap">
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t('riwayat.tahunan')}
              </Text>
              {tahunan.length ? (
                <Group gap={4}>
                  {tahunan.map((i) => (
                    <PredikatBadge key={i.penilaianId} item={i} size="lg" />
                  ))}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('riwayat.belumTahunan')}
                </Text>
              )}
            </Stack>
            {periodik.length ? (
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t('riwayat.konteksPeriodik')}
                </Text>
                <Group gap={4} wrap="wrap">
                  {periodik.map((i) => (
                    <Badge key={i.penilaianId} variant="light" color={i.predikat ? WARNA_PREDIKAT[i.predikat] : 'gray'} size="sm" style={{ textTransform: 'none' }}>
                      {t(`riwayat.singkat.${i.periode.jenis}`, { nomor: i.periode.nomor, tahun: i.periode.tahun })}: {i.predikat ? t(`tindakLanjut.predikat.${i.predikat}`) : '–'}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            {t('riwayat.tahunanKet')}
          </Text>
        </Box>
        <Stack gap={0}>
          {[...periodik, ...tahunan].map((i, n) => (
            <Box key={i.penilaianId}>
              {n > 0 ? <Divider /> : null}
              <ItemRiwayat item={i} tautan={tautan} />
            </Box>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

export function RiwayatKinerja({
  pegawaiId,
  tautanPenilaian,
  tautanVerifikasi,
  sembunyikanBilaKosong = false,
}: {
  pegawaiId?: string;
  tautanPenilaian?: (id: string) => string;
  tautanVerifikasi?: (kode: string) => string;
  /** render nothing (instead of an empty-state line) when there is no history */
  sembunyikanBilaKosong?: boolean;
}) {
  const { t } = useTranslation();
  const q = useRiwayat(pegawaiId ?? null);
  const tautan: Tautan = { penilaian: tautanPenilaian ?? TAUTAN_BAWAAN.penilaian, verifikasi: tautanVerifikasi ?? TAUTAN_BAWAAN.verifikasi };
  if (q.isPending) return <LoadingView />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const { tahun, tindakLanjutLain } = q.data;
  const kosong = tahun.length === 0 && tindakLanjutLain.length === 0;
  if (kosong && sembunyikanBilaKosong) return null;
  const semua = tahun.flatMap((y) => [...y.periodik, ...y.tahunan]);
  return (
    <Stack gap="md" data-testid="riwayat-kinerja">
      <Stack gap={2}>
        <Title order={2} fz="lg">
          {t('riwayat.judul')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('riwayat.ket')}
        </Text>
      </Stack>
      {kosong ? (
        <Card padding="md" data-testid="riwayat-kosong">
          <Text size="sm" c="dimmed" ta="center">
            {t('riwayat.kosong')}
          </Text>
        </Card>
      ) : null}
      {semua.some((i) => i.predikat) ? (
        <Card withBorder padding="sm">
          <RiwayatGrafik items={semua} />
        </Card>
      ) : null}
      {tahun.map((y) => (
        <TahunKartu key={y.tahun} tahun={y.tahun} tahunan={y.tahunan} periodik={y.periodik} tautan={tautan} />
      ))}
      {tindakLanjutLain.length ? (
        <Card withBorder padding="md" data-testid="riwayat-tindak-lanjut-lain">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('riwayat.tindakLanjut.lain')}
            </Text>
            {tindakLanjutLain.map((tl) => (
              <Group key={tl.id} gap={6} wrap="wrap">
                <TindakLanjutBadge tl={tl} />
                <Text size="sm">{tl.uraian}</Text>
              </Group>
            ))}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
