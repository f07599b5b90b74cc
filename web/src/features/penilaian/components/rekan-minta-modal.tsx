import { Alert, Badge, Box, Button, Checkbox, CloseButton, Group, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REKAN_BATAS, type RekanKandidat } from '../../../../../contracts/rekan.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatNip } from '../../../utils/format.ts';
import { useRekanKandidat } from '../api/rekan-kandidat.ts';
import { useMintaRekan } from '../api/rekan-minta.ts';

type Props = { penilaianId: string; opened: boolean; onClose: () => void };

/** The items a REKAN.TIDAK_VALID / REKAN.SUDAH_DIMINTA refusal names (details path `rekanIds.<i>`), with the reason. */
function alasanPerItem(error: unknown, dikirim: readonly RekanKandidat[]): string[] {
  if (!isApiError(error)) return [];
  return error.fieldIssues.flatMap((d) => {
    const i = Number(/^rekanIds\.(\d+)$/.exec(d.path)?.[1] ?? NaN);
    const k = Number.isInteger(i) ? dikirim[i] : undefined;
    return k ? [`${k.nama}: ${d.message}`] : [];
  });
}

/**
 * Picking colleagues to ask: a search over the active pegawai of the pegawai's OPD (the server's candidate list, same
 * unit first), a checkbox per person, the chosen ones kept as chips while the search changes, then one request.
 */
export function RekanMintaModal({ penilaianId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const ponsel = useMediaQuery('(max-width: 36em)');
  const [cari, setCari] = useState('');
  const [q] = useDebouncedValue(cari.trim(), 250);
  const kandidat = useRekanKandidat(penilaianId, q, opened);
  const [dipilih, setDipilih] = useState<RekanKandidat[]>([]);
  const minta = useMintaRekan();
  const [dikirim, setDikirim] = useState<RekanKandidat[]>([]);

  const penuh = dipilih.length >= REKAN_BATAS.rekanPerPermintaan;
  const terpilih = new Set(dipilih.map((k) => k.pegawaiId));
  const ganti = (k: RekanKandidat, pilih: boolean) => setDipilih((d) => (pilih ? [...d, k] : d.filter((x) => x.pegawaiId !== k.pegawaiId)));

  const tutup = () => {
    setCari('');
    setDipilih([]);
    minta.reset();
    onClose();
  };

  const kirim = () => {
    setDikirim(dipilih);
    minta.mutate(
      { penilaianId, rekanIds: dipilih.map((k) => k.pegawaiId) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('rekan.modal.terkirim', { count: dipilih.length }) });
          tutup();
        },
      },
    );
  };

  const rincian = minta.error ? alasanPerItem(minta.error, dikirim) : [];

  return (
    <Modal opened={opened} onClose={tutup} title={t('rekan.modal.judul')} fullScreen={!!ponsel} size="lg" centered={!ponsel} data-testid="rekan-minta-modal">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('rekan.modal.ket')}
        </Text>
        <SearchBox value={cari} onChange={setCari} placeholder={t('rekan.modal.cari')} label={t('rekan.modal.cari')} busy={kandidat.isFetching} testId="rekan-cari" />
        {dipilih.length ? (
          <Group gap={6} data-testid="rekan-terpilih">
            <Text size="sm" fw={600}>
              {t('rekan.modal.terpilih', { count: dipilih.length })}
            </Text>
            {dipilih.map((k) => (
              <Badge key={k.pegawaiId} variant="light" pr={2} rightSection={<CloseButton size="xs" aria-label={t('rekan.modal.hapus', { nama: k.nama })} onClick={() => ganti(k, false)} />}>
                {k.nama}
              </Badge>
            ))}
          </Group>
        ) : null}
        {penuh ? (
          <Text size="xs" c="orange.8">
            {t('rekan.modal.maks')}
          </Text>
        ) : null}
        {kandidat.isError ? <ErrorAlert error={kandidat.error} onRetry={() => void kandidat.refetch()} /> : null}
        {kandidat.isPending && !kandidat.isError ? <Loader size="sm" /> : null}
        {kandidat.data ? (
          <ScrollArea.Autosize mah={ponsel ? undefined : 360} type="auto" offsetScrollbars>
            <Stack gap={4} data-testid="rekan-kandidat">
              {kandidat.data.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="rekan-kandidat-kosong">
                  {t('rekan.modal.kosong')}
                </Text>
              ) : null}
              {kandidat.data.map((k) => (
                <Checkbox
                  key={k.pegawaiId}
                  checked={k.sudahDiminta || terpilih.has(k.pegawaiId)}
                  disabled={k.sudahDiminta || (penuh && !terpilih.has(k.pegawaiId))}
                  onChange={(e) => ganti(k, e.currentTarget.checked)}
                  data-testid={`rekan-pilih-${k.pegawaiId}`}
                  py={6}
                  label={
                    // phrasing content only: this sits inside the checkbox's <label>
                    <Box component="span" display="block">
                      <Group gap={6} wrap="wrap" component="span">
                        <Text size="sm" fw={600} component="span">
                          {k.nama}
                        </Text>
                        {k.sudahDiminta ? (
                          <Badge size="xs" variant="light" color="gray" component="span">
                            {t('rekan.modal.sudahDiminta')}
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="xs" c="dimmed" component="span" display="block">
                        {[k.jabatan, k.unit].filter(Boolean).join(' · ')}
                      </Text>
                      {k.nip ? (
                        <Text size="xs" c="dimmed" ff="monospace" component="span" display="block">
                          {formatNip(k.nip)}
                        </Text>
                      ) : null}
                    </Box>
                  }
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        ) : null}
        {minta.error ? (
          <Stack gap={4}>
            <ApiErrorAlert error={minta.error} testId="rekan-minta-galat" />
            {rincian.length ? (
              <Alert color="red" variant="outline" p="xs">
                {rincian.map((r) => (
                  <Text key={r} size="sm">
                    {r}
                  </Text>
                ))}
              </Alert>
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={tutup}>
            {t('rekan.modal.batal')}
          </Button>
          <Button leftSection={<IconSend size={16} />} disabled={dipilih.length === 0} loading={minta.isPending} onClick={kirim} data-testid="rekan-kirim">
            {t('rekan.modal.kirim')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
