import { Box, Card, NativeSelect, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useBukaPenilaian } from '../api/buka-penilaian.ts';
import { usePenilaianSaya } from '../api/get-penilaian-saya.ts';
import { usePeriodeSkp } from '../api/periode-skp.ts';
import { periodeBerjalan } from './pegawai-format.ts';
import { PeriodeKartu } from './pegawai-periode-kartu.tsx';
import { TAUTAN_PENILAIAN_BAWAAN, type TautanPenilaian } from './pegawai-tautan.ts';
import { PermintaanRekanSaya } from './permintaan-rekan-saya.tsx';
import { RiwayatKinerja } from './riwayat-kinerja.tsx';

/** SKP year select, shown only when the instansi has more than one SKP period (`?skp=` keeps the choice). */
function PilihTahun({ nilai, onPilih }: { nilai: string; onPilih: (id: string) => void }) {
  const { t } = useTranslation();
  const periode = usePeriodeSkp();
  const daftar = periode.data ?? [];
  if (daftar.length < 2) return null;
  return (
    <NativeSelect
      label={t('penilaian.saya.tahunSkp')}
      value={nilai}
      onChange={(e) => onPilih(e.currentTarget.value)}
      data={daftar.map((p) => ({ value: p.id, label: t('penilaian.saya.opsiTahun', { tahun: p.tahun }) }))}
      maw={260}
      data-testid="penilaian-skp-periode"
    />
  );
}

/**
 * "Penilaian saya": the evaluation periods of an SKP year (default: the current one) as cards with their deadlines and
 * my record(s); opening a period creates my evaluation on the server and goes to it. Below: the requests for rekan
 * kerja input addressed to me and my history of predikat (components of their own, empty when there is nothing).
 */
export function PenilaianSayaView({ tautan = TAUTAN_PENILAIAN_BAWAAN }: { tautan?: TautanPenilaian }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const skpPeriodeId = params.get('skp');
  const saya = usePenilaianSaya(skpPeriodeId);
  const buka = useBukaPenilaian();
  const [galat, setGalat] = useState<{ periodeId: string; error: unknown } | null>(null);

  const klikBuka = (periodeId: string) => {
    setGalat(null);
    buka.mutate(
      { periodeId },
      {
        onSuccess: (hasil) => {
          // one record (the usual case): straight to it; several SKP segments: stay, the card lists them
          const [satu, ...lain] = hasil.penilaian;
          if (satu && lain.length === 0) void navigate(tautan.penilaianHref(satu.id));
        },
        onError: (error) => setGalat({ periodeId, error }),
      },
    );
  };

  const pilihTahun = (id: string) =>
    setParams(
      (p) => {
        p.set('skp', id);
        return p;
      },
      { replace: true },
    );

  const data = saya.data;
  // the periods the pegawai works on now come first (a phone shows them without scrolling past the year's history)
  const berjalan = data?.periode.filter((p) => periodeBerjalan(p.periode)) ?? [];
  const lainnya = data?.periode.filter((p) => !periodeBerjalan(p.periode)) ?? [];
  const tahunTampil = skpPeriodeId ?? data?.periode[0]?.periode.skpPeriodeId ?? '';

  return (
    <Stack gap="md" data-testid="penilaian-saya">
      <PageHeader title={t('penilaian.saya.judul')} description={t('penilaian.saya.ket')} actions={<PilihTahun nilai={tahunTampil} onPilih={pilihTahun} />} />
      {saya.isPending ? <LoadingView /> : null}
      {saya.isError ? <ErrorAlert error={saya.error} onRetry={() => void saya.refetch()} /> : null}
      {data && data.periode.length === 0 ? (
        <Card padding="xl" data-testid="penilaian-periode-kosong">
          <Stack align="center" gap="sm" ta="center">
            <ThemeIcon size={56} radius="xl" variant="light" color="gray">
              <IconCalendarOff size={30} />
            </ThemeIcon>
            <Title order={2} fz="lg">
              {t('penilaian.saya.kosong')}
            </Title>
            <Text size="sm" c="dimmed" maw={460}>
              {t('penilaian.saya.kosongKet')}
            </Text>
          </Stack>
        </Card>
      ) : null}
      {[
        { kunci: 'berjalan', judul: t('penilaian.saya.berjalan'), items: berjalan },
        { kunci: 'lainnya', judul: t('penilaian.saya.lainnya'), items: lainnya },
      ].map((g) =>
        g.items.length > 0 ? (
          <Stack gap="sm" key={g.kunci} data-testid={`penilaian-periode-${g.kunci}`}>
            {berjalan.length > 0 && lainnya.length > 0 ? (
              <Title order={2} fz="md">
                {g.judul}
              </Title>
            ) : null}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
              {g.items.map((item) => (
                <PeriodeKartu
                  key={item.periode.id}
                  item={item}
                  penilaianHref={tautan.penilaianHref}
                  onBuka={() => klikBuka(item.periode.id)}
                  membuka={buka.isPending && buka.variables?.periodeId === item.periode.id}
                  galat={galat?.periodeId === item.periode.id ? galat.error : null}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ) : null,
      )}

      <PermintaanRekanSaya />
      <Box component="section" data-testid="penilaian-riwayat" mt="md">
        <RiwayatKinerja tautanPenilaian={tautan.penilaianHref} tautanVerifikasi={tautan.verifikasiHref} />
      </Box>
    </Stack>
  );
}
