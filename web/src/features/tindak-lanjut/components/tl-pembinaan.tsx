// Pembinaan candidates of a period (DOMAIN.md §2.6, PP 30/2019: pejabat below target get a 6-month improvement plan):
// finalised Butuh Perbaikan / Kurang / Sangat Kurang without a rencana perbaikan yet. The form defaults to a rencana
// perbaikan and shows its end (6 months later, domain/tindak-lanjut.ts — the server applies the same rule).
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClipboardHeart, IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalValid } from '../../../../../domain/kalender.ts';
import { KATEGORI_PER_JENIS, tanggalSelesaiRencanaPerbaikan } from '../../../../../domain/tindak-lanjut.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useBuatTindakLanjut } from '../api/buat-tindak-lanjut.ts';
import type { KandidatPembinaan } from '../api/get-kandidat.ts';
import type { PeriodePenilaian } from '../api/get-periode.ts';
import { formatTanggal } from './tl-format.ts';
import { BagianKandidat, KartuKandidat } from './tl-kandidat.tsx';

type KategoriPembinaan = (typeof KATEGORI_PER_JENIS.pembinaan)[number];

function BuatModal({ kandidat, periode, onClose }: { kandidat: KandidatPembinaan; periode: PeriodePenilaian; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const predikat = t(`tindakLanjut.predikat.${kandidat.predikat}`);
  const [kategori, setKategori] = useState<KategoriPembinaan>('rencana_perbaikan');
  const [uraian, setUraian] = useState(() => t('tindakLanjut.pembinaan.uraianBawaan', { predikat, periode: periode.nama }));
  const [mulai, setMulai] = useState(kandidat.usulanTanggalMulai);
  const [selesai, setSelesai] = useState('');
  const rencana = kategori === 'rencana_perbaikan';
  const akhirRencana = tanggalValid(mulai) ? tanggalSelesaiRencanaPerbaikan(mulai) : null;
  const mutation = useBuatTindakLanjut({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('tindakLanjut.pembinaan.berhasil', { nama: kandidat.pegawai.nama }) });
      onClose();
    },
  });
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({
      pegawaiId: kandidat.pegawai.pegawaiId,
      penilaianId: kandidat.penilaianId,
      periodeId: periode.id,
      jenis: 'pembinaan',
      kategori,
      uraian,
      tanggalMulai: mulai,
      // a rencana perbaikan always runs 6 months: the server fills the end in
      tanggalSelesai: rencana || !selesai ? null : selesai,
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('tindakLanjut.pembinaan.modalJudul')} size="md" data-testid="tl-pembinaan-modal">
      <form onSubmit={kirim} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('tindakLanjut.pembinaan.modalKet', { nama: kandidat.pegawai.nama, predikat, periode: periode.nama })}</Text>
          <NativeSelect
            label={t('tindakLanjut.pembinaan.kategori')}
            value={kategori}
            onChange={(e) => setKategori(e.currentTarget.value as KategoriPembinaan)}
            data={KATEGORI_PER_JENIS.pembinaan.map((k) => ({ value: k, label: t(`tindakLanjut.kategori.${k}`) }))}
            data-testid="tl-pembinaan-kategori"
          />
          <Textarea label={t('tindakLanjut.pembinaan.uraian')} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} autosize minRows={3} maxLength={2000} required data-testid="tl-pembinaan-uraian" />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('tindakLanjut.pembinaan.tanggalMulai')} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} required data-testid="tl-pembinaan-mulai" />
            {rencana ? null : (
              <TextInput
                type="date"
                label={t('tindakLanjut.pembinaan.tanggalSelesai')}
                description={t('tindakLanjut.pembinaan.tanggalSelesaiKet')}
                value={selesai}
                min={mulai || undefined}
                onChange={(e) => setSelesai(e.currentTarget.value)}
                data-testid="tl-pembinaan-selesai"
              />
            )}
          </SimpleGrid>
          {rencana && akhirRencana ? (
            <Text size="sm" c="blue.8" data-testid="tl-pembinaan-enam-bulan" data-tanggal={akhirRencana}>
              {t('tindakLanjut.pembinaan.enamBulan', { tanggal: formatTanggal(akhirRencana, i18n.language) })}
            </Text>
          ) : null}
          {mutation.isError ? <ApiErrorAlert error={mutation.error} testId="tl-pembinaan-galat" /> : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('tindakLanjut.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={uraian.trim().length < 3 || !tanggalValid(mulai)} data-testid="tl-pembinaan-simpan">
              {t('tindakLanjut.pembinaan.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PembinaanBagian({ items, periode }: { items: KandidatPembinaan[]; periode: PeriodePenilaian }) {
  const { t, i18n } = useTranslation();
  const [dipilih, setDipilih] = useState<KandidatPembinaan | null>(null);
  return (
    <BagianKandidat
      awalan="tl-pembinaan"
      ikon={<IconClipboardHeart size={20} aria-hidden />}
      judul={t('tindakLanjut.pembinaan.judul')}
      ket={t('tindakLanjut.pembinaan.ket')}
      kosong={t('tindakLanjut.pembinaan.kosong')}
      items={items}
      kartu={(k) => (
        <KartuKandidat
          key={k.pegawai.pegawaiId}
          pegawai={k.pegawai}
          predikat={k.predikat}
          data-testid={`tl-pembinaan-kandidat-${k.pegawai.pegawaiId}`}
          keterangan={
            <Text size="xs" c="dimmed">
              {t('tindakLanjut.pembinaan.enamBulan', { tanggal: formatTanggal(k.usulanTanggalSelesai, i18n.language) })}
            </Text>
          }
          aksi={
            k.bolehBuat ? (
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDipilih(k)} data-testid={`tl-pembinaan-buat-${k.pegawai.pegawaiId}`}>
                {t('tindakLanjut.pembinaan.buat')}
              </Button>
            ) : null
          }
        />
      )}
    >
      {dipilih ? <BuatModal kandidat={dipilih} periode={periode} onClose={() => setDipilih(null)} /> : null}
    </BagianKandidat>
  );
}
