import { Alert, Box, Button, Group, List, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PermintaanMasukDetail, REKAN_BATAS } from '../../../../../contracts/rekan.ts';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from '../../../../../domain/berakhlak.ts';
import type { Rating } from '../../../../../domain/predikat.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useIsiPermintaanRekan } from '../api/rekan-isi.ts';
import { usePermintaanRekan } from '../api/rekan-permintaan.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';
import { kunciNilai, URUTAN_RATING } from './rekan-format.ts';

type IsiNilai = { rating: Rating | null; masukan: string };
export type DrafRekan = { nilai: Record<NilaiBerakhlak, IsiNilai>; catatan: string };

export function drafDari(d: PermintaanMasukDetail): DrafRekan {
  const nilai = Object.fromEntries(NILAI_BERAKHLAK.map((k) => [k, { rating: null, masukan: '' }])) as DrafRekan['nilai'];
  for (const n of d.nilai) nilai[n.nilai] = { rating: n.rating, masukan: n.masukan ?? '' };
  return { nilai, catatan: d.catatan ?? '' };
}

const samaDraf = (a: DrafRekan, b: DrafRekan) => a.catatan.trim() === b.catatan.trim() && NILAI_BERAKHLAK.every((k) => a.nilai[k].rating === b.nilai[k].rating && a.nilai[k].masukan.trim() === b.nilai[k].masukan.trim());

const kosong = (d: DrafRekan) => !d.catatan.trim() && NILAI_BERAKHLAK.every((k) => d.nilai[k].rating === null && !d.nilai[k].masukan.trim());

/** Three toggle buttons: choosing the chosen one again clears the rating (a rating is optional). */
function PilihRating({ nilai, value, onChange, disabled }: { nilai: NilaiBerakhlak; value: Rating | null; onChange: (r: Rating | null) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" role="group" aria-label={`${t('rekan.saya.ratingLabel')}: ${t(kunciNilai(nilai))}`}>
      {URUTAN_RATING.map((r) => (
        <Button
          key={r}
          size="compact-sm"
          variant={value === r ? 'filled' : 'light'}
          color={value === r ? WARNA_RATING[r] : 'gray'}
          aria-pressed={value === r}
          disabled={disabled}
          title={t(`rekan.rating.${r}`)}
          onClick={() => onChange(value === r ? null : r)}
          data-testid={`rekan-rating-${nilai}-${r}`}
        >
          {t(`rekan.rating.${r}`)}
        </Button>
      ))}
    </Group>
  );
}

/**
 * The colleague's answer to one request: the 7 BerAKHLAK values with their official panduan perilaku (Indonesian, from
 * the server), an optional rating and text per value, and a general note. The typed answer is a local draft on top of
 * the last saved version; a DATA.KONFLIK keeps it on screen until the colleague chooses to reload.
 */
export function RekanIsiForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = usePermintaanRekan(id);
  const isi = useIsiPermintaanRekan();
  const [draf, setDraf] = useState<DrafRekan | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [kosongDicoba, setKosongDicoba] = useState(false);
  const [memuatUlang, setMemuatUlang] = useState(false);

  if (detail.isPending) return <Skeleton height={160} radius="md" />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} title={t('rekan.saya.gagalMemuat')} />;
  const server = detail.data;
  const dasar = drafDari(server);
  const kini = draf ?? dasar;
  const berubah = draf !== null && !samaDraf(draf, dasar);
  const bisa = server.bolehIsi;

  const ubah = (f: (d: DrafRekan) => DrafRekan) => {
    setKosongDicoba(false);
    setDraf(f(kini));
  };
  const ubahNilai = (k: NilaiBerakhlak, v: Partial<IsiNilai>) => ubah((d) => ({ ...d, nilai: { ...d.nilai, [k]: { ...d.nilai[k], ...v } } }));

  const simpan = () => {
    if (kosong(kini)) {
      setKosongDicoba(true);
      return;
    }
    isi.mutate(
      {
        id,
        body: {
          versi: server.versi,
          nilai: NILAI_BERAKHLAK.filter((k) => kini.nilai[k].rating !== null || kini.nilai[k].masukan.trim()).map((k) => ({ nilai: k, rating: kini.nilai[k].rating, masukan: kini.nilai[k].masukan.trim() || null })),
          catatan: kini.catatan.trim() || null,
        },
      },
      {
        onSuccess: () => {
          setDraf(null);
          setKonflik(false);
          notifications.show({ color: 'teal', message: t('rekan.saya.tersimpan') });
        },
        onError: (error) => {
          if (isApiError(error, 'DATA.KONFLIK')) setKonflik(true);
        },
      },
    );
  };

  const muatUlang = async () => {
    setMemuatUlang(true);
    try {
      await detail.refetch();
      setDraf(null);
      setKonflik(false);
      isi.reset();
    } finally {
      setMemuatUlang(false);
    }
  };

  return (
    <Stack gap="md" data-testid={`rekan-form-${id}`}>
      {NILAI_BERAKHLAK.map((k, i) => {
        const uraian = server.nilai.find((n) => n.nilai === k);
        return (
          <Stack key={k} gap={6} pt={i > 0 ? 'sm' : 0} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined} data-testid={`rekan-nilai-${k}`}>
            <Box>
              <Text fw={650} size="sm">
                {i + 1}. {t(kunciNilai(k))}
              </Text>
              {uraian ? (
                <Text size="xs" c="dimmed" fs="italic" lang="id">
                  {uraian.definisi}
                </Text>
              ) : null}
            </Box>
            {uraian ? (
              <List size="xs" spacing={2} c="dark.6" withPadding lang="id" aria-label={t('rekan.saya.panduan')}>
                {uraian.panduan.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            ) : null}
            <PilihRating nilai={k} value={kini.nilai[k].rating} onChange={(r) => ubahNilai(k, { rating: r })} disabled={!bisa} />
            <Textarea
              aria-label={t('rekan.saya.masukanLabel', { nilai: t(kunciNilai(k)) })}
              placeholder={t('rekan.saya.masukanPlaceholder')}
              value={kini.nilai[k].masukan}
              onChange={(e) => ubahNilai(k, { masukan: e.currentTarget.value })}
              readOnly={!bisa}
              autosize
              minRows={1}
              maxRows={6}
              maxLength={REKAN_BATAS.masukan}
              data-testid={`rekan-masukan-${k}`}
            />
          </Stack>
        );
      })}
      <Textarea
        label={t('rekan.saya.catatanLabel')}
        value={kini.catatan}
        onChange={(e) => ubah((d) => ({ ...d, catatan: e.currentTarget.value }))}
        readOnly={!bisa}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={REKAN_BATAS.catatan}
        data-testid="rekan-catatan"
      />
      {kosongDicoba ? (
        <Alert color="orange" variant="light" data-testid="rekan-kosong-isi">
          {t('rekan.saya.kosongIsi')}
        </Alert>
      ) : null}
      {konflik ? (
        <Alert color="orange" variant="light" data-testid="rekan-konflik" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('rekan.saya.konflik')}</Text>
            <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} loading={memuatUlang} onClick={() => void muatUlang()} data-testid="rekan-muat-ulang">
              {t('rekan.saya.muatUlang')}
            </Button>
          </Stack>
        </Alert>
      ) : isi.error ? (
        <ApiErrorAlert error={isi.error} testId="rekan-galat" />
      ) : null}
      {bisa ? (
        <Group justify="space-between" gap="xs">
          <Text size="xs" c={berubah ? 'orange.8' : 'dimmed'}>
            {berubah ? t('rekan.saya.belumDisimpan') : ''}
          </Text>
          <Button leftSection={<IconDeviceFloppy size={16} />} loading={isi.isPending} onClick={simpan} data-testid="rekan-simpan">
            {t('rekan.saya.simpan')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
