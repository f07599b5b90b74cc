import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSkp, type SkpDetail } from '../api/get-skp.ts';
import { PerilakuKerja } from './perilaku-kerja.tsx';
import { RhkBaca } from './rhk-baca.tsx';
import { SkpEditor } from './skp-editor.tsx';
import { SkpKepala } from './skp-kepala.tsx';
import { TAUTAN_BAWAAN, type Tautan } from './tautan.ts';

/** An SKP that cannot be edited here (submitted, approved, closed) or that belongs to somebody else. */
function SkpBaca({ skp, tautan }: { skp: SkpDetail; tautan: Tautan }) {
  const { t } = useTranslation();
  const ket = skp.peranSaya === 'pemilik' ? t(`skp.detail.hanyaBacaPemilik.${skp.status}`) : t(`skp.detail.hanyaBaca.${skp.peranSaya}`);
  return (
    <Stack gap="md" data-testid="skp-baca">
      <SkpKepala skp={skp} tautan={tautan} />
      {ket ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
          <Text size="sm">{ket}</Text>
        </Alert>
      ) : null}
      <Card padding="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('skp.pendekatan.label')}
        </Text>
        <Text fw={600} data-testid="skp-pendekatan" data-value={skp.pendekatan}>
          {t(`skp.pendekatan.${skp.pendekatan}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`skp.pendekatan.ket_${skp.pendekatan}`)}
        </Text>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="skp-hasil-kerja-judul">
        <Title order={2} fz="lg" id="skp-hasil-kerja-judul">
          {t('skp.hasilKerja.judul')}
        </Title>
        {skp.rhk.length === 0 ? (
          <Card padding="lg">
            <Text size="sm" c="dimmed" ta="center">
              {t('skp.hasilKerja.kosongBaca')}
            </Text>
          </Card>
        ) : (
          skp.rhk.map((r, i) => <RhkBaca key={r.id} rhk={r} i={i} tanpaTautan={skp.tanpaTautan} />)
        )}
      </Stack>
      <PerilakuKerja ekspektasi={skp.ekspektasi} />
    </Stack>
  );
}

/**
 * /skp/:id — the owner edits a draft or returned SKP; everyone else (and the owner in other statuses) reads it.
 * Which one is the server's call: `peranSaya` and the actions it offers (`aksi` holds 'ubah' when editable).
 */
export function SkpDetailView({ tautan = TAUTAN_BAWAAN }: { tautan?: Tautan }) {
  const { id = '' } = useParams();
  const skp = useSkp(id);
  if (skp.isPending) return <LoadingView />;
  if (skp.isError) {
    // an id that is not an SKP id at all (400) is as unknown as a missing one
    if (isApiError(skp.error) && (skp.error.status === 404 || skp.error.status === 400)) {
      return <StatusView kind="tidak-ditemukan" homeHref={tautan.berandaHref()} />;
    }
    if (isApiError(skp.error) && skp.error.status === 403) return <StatusView kind="ditolak" homeHref={tautan.berandaHref()} />;
    return <ErrorAlert error={skp.error} onRetry={() => void skp.refetch()} />;
  }
  const data = skp.data;
  const bisaUbah = data.peranSaya === 'pemilik' && data.aksi.includes('ubah');
  return bisaUbah ? <SkpEditor key={data.id} skp={data} muatUlang={() => skp.refetch()} tautan={tautan} /> : <SkpBaca skp={data} tautan={tautan} />;
}
