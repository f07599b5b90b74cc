// ASN teladan candidates of a period (issue 6: "proposed from the data and confirmed by the pimpinan"): ranked by the
// server with domain/tindak-lanjut.ts urutkanKandidatTeladan; each card says why (predikat, approved minutes,
// perilaku) and confirming opens a short form.
import { Badge, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAward, IconTrophy } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useBuatTindakLanjut } from '../api/buat-tindak-lanjut.ts';
import type { KandidatTeladan } from '../api/get-kandidat.ts';
import type { PeriodePenilaian } from '../api/get-periode.ts';
import { durasi, hariIniWita, WARNA_PREDIKAT } from './tl-format.ts';

function TetapkanModal({ kandidat, periode, onClose }: { kandidat: KandidatTeladan; periode: PeriodePenilaian; onClose: () => void }) {
  const { t } = useTranslation();
  const [uraian, setUraian] = useState(() => t('tindakLanjut.teladan.uraianBawaan', { periode: periode.nama }));
  const [tanggal, setTanggal] = useState(hariIniWita);
  const mutation = useBuatTindakLanjut({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('tindakLanjut.teladan.berhasil', { nama: kandidat.pegawai.nama, periode: periode.nama }) });
      onClose();
    },
  });
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ pegawaiId: kandidat.pegawai.pegawaiId, penilaianId: kandidat.penilaianId, periodeId: periode.id, jenis: 'penghargaan', kategori: 'asn_teladan', uraian, tanggalMulai: tanggal });
  };
  return (
    <Modal opened onClose={onClose} title={t('tindakLanjut.teladan.modalJudul')} fullScreen={false} size="md" data-testid="tl-teladan-modal">
      <form onSubmit={kirim} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('tindakLanjut.teladan.modalKet', { nama: kandidat.pegawai.nama, predikat: t(`tindakLanjut.predikat.${kandidat.predikat}`), durasi: durasi(t, kandidat.menitDisetujui), periode: periode.nama })}
          </Text>
          <Textarea label={t('tindakLanjut.teladan.uraian')} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} autosize minRows={3} maxLength={2000} required data-testid="tl-teladan-uraian" />
          <TextInput type="date" label={t('tindakLanjut.teladan.tanggal')} value={tanggal} onChange={(e) => setTanggal(e.currentTarget.value)} required data-testid="tl-teladan-tanggal" />
          {mutation.isError ? <ApiErrorAlert error={mutation.error} testId="tl-teladan-galat" /> : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('tindakLanjut.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={uraian.trim().length < 3 || !tanggal} leftSection={<IconTrophy size={16} />} data-testid="tl-teladan-simpan">
              {t('tindakLanjut.teladan.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function TeladanBagian({ items, periode }: { items: KandidatTeladan[]; periode: PeriodePenilaian }) {
  const { t } = useTranslation();
  const [dipilih, setDipilih] = useState<KandidatTeladan | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="tl-teladan-judul">
      <Group gap="xs">
        <IconAward size={20} aria-hidden />
        <Title order={2} fz="md" id="tl-teladan-judul">
          {t('tindakLanjut.teladan.judul')}
        </Title>
      </Group>
      <Text size="xs" c="dimmed">
        {t('tindakLanjut.teladan.ket')}
      </Text>
      {items.length === 0 ? (
        <Card padding="md" data-testid="tl-teladan-kosong">
          <Text size="sm" c="dimmed" ta="center">
            {t('tindakLanjut.teladan.kosong')}
          </Text>
        </Card>
      ) : (
        items.map((k) => (
          <Card key={k.pegawai.pegawaiId} padding="sm" withBorder data-testid={`tl-teladan-kandidat-${k.pegawai.pegawaiId}`} data-peringkat={k.peringkat}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Group gap={6} wrap="wrap">
                  <Badge variant="filled" color={k.peringkat === 1 ? 'yellow' : 'gray'} size="sm">
                    {t('tindakLanjut.teladan.peringkat', { n: k.peringkat })}
                  </Badge>
                  <Text fw={600} size="sm">
                    {k.pegawai.nama}
                  </Text>
                </Group>
                {k.pegawai.jabatan || k.pegawai.unit ? (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {[k.pegawai.jabatan, k.pegawai.unit].filter(Boolean).join(' · ')}
                  </Text>
                ) : null}
                <Group gap={6} wrap="wrap">
                  <Badge color={WARNA_PREDIKAT[k.predikat]} variant="light" size="sm">
                    {t(`tindakLanjut.predikat.${k.predikat}`)}
                  </Badge>
                  <Text size="xs">{t('tindakLanjut.teladan.menit', { durasi: durasi(t, k.menitDisetujui) })}</Text>
                </Group>
                {k.ratingPerilakuKerja ? (
                  <Text size="xs" c="dimmed">
                    {t('tindakLanjut.teladan.perilaku', { rating: t(`tindakLanjut.rating.${k.ratingPerilakuKerja}`) })}
                  </Text>
                ) : null}
              </Stack>
              {k.tindakLanjutId ? (
                <Badge color="teal" leftSection={<IconTrophy size={12} />} data-testid={`tl-teladan-sudah-${k.pegawai.pegawaiId}`}>
                  {t('tindakLanjut.teladan.sudah')}
                </Badge>
              ) : k.bolehTetapkan ? (
                <Button size="xs" onClick={() => setDipilih(k)} data-testid={`tl-teladan-tetapkan-${k.pegawai.pegawaiId}`}>
                  {t('tindakLanjut.teladan.tetapkan')}
                </Button>
              ) : null}
            </Group>
          </Card>
        ))
      )}
      {dipilih ? <TetapkanModal kandidat={dipilih} periode={periode} onClose={() => setDipilih(null)} /> : null}
    </Stack>
  );
}
