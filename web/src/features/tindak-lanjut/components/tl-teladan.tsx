// ASN teladan candidates of a period (issue 6: "proposed from the data and confirmed by the pimpinan"): ranked by the
// server with domain/tindak-lanjut.ts urutkanKandidatTeladan; each card says why (predikat, approved minutes,
// perilaku) and confirming opens a short form.
import { Badge, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAward, IconTrophy } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useBuatTindakLanjut } from '../api/buat-tindak-lanjut.ts';
import type { KandidatTeladan } from '../api/get-kandidat.ts';
import type { PeriodePenilaian } from '../api/get-periode.ts';
import { durasi, hariIniWita } from './tl-format.ts';
import { BagianKandidat, KartuKandidat } from './tl-kandidat.tsx';

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
    <BagianKandidat
      awalan="tl-teladan"
      ikon={<IconAward size={20} aria-hidden />}
      judul={t('tindakLanjut.teladan.judul')}
      ket={t('tindakLanjut.teladan.ket')}
      kosong={t('tindakLanjut.teladan.kosong')}
      items={items}
      kartu={(k) => (
        <KartuKandidat
          key={k.pegawai.pegawaiId}
          pegawai={k.pegawai}
          predikat={k.predikat}
          data-testid={`tl-teladan-kandidat-${k.pegawai.pegawaiId}`}
          data-peringkat={k.peringkat}
          lencana={
            <Badge variant="filled" color={k.peringkat === 1 ? 'yellow' : 'gray'} size="sm">
              {t('tindakLanjut.teladan.peringkat', { n: k.peringkat })}
            </Badge>
          }
          keterangan={<Text size="xs">{t('tindakLanjut.teladan.menit', { durasi: durasi(t, k.menitDisetujui) })}</Text>}
          tambahan={
            k.ratingPerilakuKerja ? (
              <Text size="xs" c="dimmed">
                {t('tindakLanjut.teladan.perilaku', { rating: t(`tindakLanjut.rating.${k.ratingPerilakuKerja}`) })}
              </Text>
            ) : null
          }
          aksi={
            k.tindakLanjutId ? (
              <Badge color="teal" leftSection={<IconTrophy size={12} />} data-testid={`tl-teladan-sudah-${k.pegawai.pegawaiId}`}>
                {t('tindakLanjut.teladan.sudah')}
              </Badge>
            ) : k.bolehTetapkan ? (
              <Button size="xs" onClick={() => setDipilih(k)} data-testid={`tl-teladan-tetapkan-${k.pegawai.pegawaiId}`}>
                {t('tindakLanjut.teladan.tetapkan')}
              </Button>
            ) : null
          }
        />
      )}
    >
      {dipilih ? <TetapkanModal kandidat={dipilih} periode={periode} onClose={() => setDipilih(null)} /> : null}
    </BagianKandidat>
  );
}
