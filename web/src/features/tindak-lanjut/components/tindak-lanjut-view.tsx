// Tindak lanjut (DOMAIN.md §2.6, issue 6): for a pimpinan, per evaluation period, the ASN teladan candidates proposed
// from the data (to confirm), the pembinaan candidates below target (to plan), and the period's records with their
// status. The period is kept in the URL (?periode=) so a reload or a shared link shows the same period.
import { Alert, NativeSelect, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useKandidat } from '../api/get-kandidat.ts';
import { type PeriodePenilaian, usePeriodePenilaian } from '../api/get-periode.ts';
import { CatatanBagian } from './tl-catatan.tsx';
import { hariIniWita } from './tl-format.ts';
import { PembinaanBagian } from './tl-pembinaan.tsx';
import { TeladanBagian } from './tl-teladan.tsx';

/** The period to show first: the most recently started one (a quarter before its year's tahunan on the same start). */
function periodeBawaan(periode: readonly PeriodePenilaian[], hariIni: string): PeriodePenilaian | null {
  const mulai = periode.filter((p) => p.tanggalMulai <= hariIni);
  const calon = mulai.length ? mulai : periode;
  return [...calon].sort((a, b) => b.tanggalMulai.localeCompare(a.tanggalMulai) || Number(a.jenis === 'tahunan') - Number(b.jenis === 'tahunan'))[0] ?? null;
}

export function TindakLanjutView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const periodeQ = usePeriodePenilaian();
  const daftar = periodeQ.data ?? [];
  const periode = daftar.find((p) => p.id === params.get('periode')) ?? periodeBawaan(daftar, hariIniWita());
  const kandidat = useKandidat(periode?.id ?? null);

  const pilihPeriode = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('periode', id);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader title={t('tindakLanjut.judul')} description={t('tindakLanjut.ket')} />
      {periodeQ.isPending ? (
        <LoadingView />
      ) : periodeQ.isError ? (
        <ErrorAlert error={periodeQ.error} onRetry={() => void periodeQ.refetch()} />
      ) : !periode ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />} data-testid="tl-periode-kosong">
          {t('tindakLanjut.periodeKosong')}
        </Alert>
      ) : (
        <>
          <NativeSelect
            label={t('tindakLanjut.periode')}
            value={periode.id}
            onChange={(e) => pilihPeriode(e.currentTarget.value)}
            data={daftar.map((p) => ({ value: p.id, label: p.nama }))}
            maw={{ base: '100%', xs: 320 }}
            data-testid="tl-periode"
          />
          {kandidat.isPending ? (
            <LoadingView />
          ) : kandidat.isError ? (
            <ErrorAlert error={kandidat.error} onRetry={() => void kandidat.refetch()} />
          ) : (
            <Stack gap="xl" style={{ opacity: kandidat.isPlaceholderData ? 0.6 : 1 }} aria-busy={kandidat.isPlaceholderData}>
              {kandidat.data.bolehCatat ? null : (
                <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />} data-testid="tl-hanya-baca">
                  {t('tindakLanjut.hanyaBaca')}
                </Alert>
              )}
              <TeladanBagian items={kandidat.data.teladan} periode={kandidat.data.periode} />
              <PembinaanBagian items={kandidat.data.pembinaan} periode={kandidat.data.periode} />
              <CatatanBagian items={kandidat.data.catatan} />
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
