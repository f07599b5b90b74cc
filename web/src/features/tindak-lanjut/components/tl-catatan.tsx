// The tindak lanjut records of a period: what, for whom, when, status; an open record moves along its life
// (domain/tindak-lanjut.ts: direncanakan → berjalan → selesai, or dibatalkan; closing a pembinaan needs its outcome).
// A stale save (DATA.KONFLIK) keeps what was typed, shows the record's current status and saves on the fresh versi.
import { Alert, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusBerikut, type StatusTindakLanjut } from '../../../../../domain/tindak-lanjut.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import type { TindakLanjut } from '../api/get-kandidat.ts';
import { useUbahTindakLanjut } from '../api/ubah-tindak-lanjut.ts';
import { formatTanggal, WARNA_STATUS } from './tl-format.ts';

function UbahModal({ catatan, onClose }: { catatan: TindakLanjut; onClose: () => void }) {
  const { t } = useTranslation();
  // the status options are those of the record as first opened: a conflict must not silently change the choices
  const [awal] = useState(catatan.status);
  const [status, setStatus] = useState<StatusTindakLanjut>(catatan.status);
  const [uraian, setUraian] = useState(catatan.uraian);
  const [hasil, setHasil] = useState(catatan.hasil ?? '');
  const [selesai, setSelesai] = useState(catatan.tanggalSelesai ?? '');
  const mutation = useUbahTindakLanjut({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('tindakLanjut.catatan.berhasil') });
      onClose();
    },
  });
  const konflik = isApiError(mutation.error, 'DATA.KONFLIK');
  const pilihan = [awal, ...statusBerikut(awal)];
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ id: catatan.id, body: { versi: catatan.versi, status, uraian, hasil: hasil.trim() ? hasil : null, tanggalSelesai: selesai || null } });
  };
  return (
    <Modal opened onClose={onClose} title={t('tindakLanjut.catatan.modalJudul')} size="md" data-testid="tl-ubah-modal">
      <form onSubmit={kirim} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {catatan.pegawai.nama} · {t(`tindakLanjut.kategori.${catatan.kategori}`)}
          </Text>
          <NativeSelect
            label={t('tindakLanjut.catatan.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as StatusTindakLanjut)}
            data={pilihan.map((s) => ({ value: s, label: t(`tindakLanjut.status.${s}`) }))}
            data-testid="tl-ubah-status"
          />
          <Textarea label={t('tindakLanjut.catatan.uraian')} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} autosize minRows={2} maxLength={2000} data-testid="tl-ubah-uraian" />
          <Textarea
            label={t('tindakLanjut.catatan.hasilLabel')}
            description={catatan.jenis === 'pembinaan' ? t('tindakLanjut.catatan.hasilKet') : undefined}
            value={hasil}
            onChange={(e) => setHasil(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            required={catatan.jenis === 'pembinaan' && status === 'selesai'}
            data-testid="tl-ubah-hasil"
          />
          <TextInput type="date" label={t('tindakLanjut.catatan.tanggalSelesai')} value={selesai} min={catatan.tanggalMulai} onChange={(e) => setSelesai(e.currentTarget.value)} data-testid="tl-ubah-selesai" />
          {konflik ? (
            <Alert color="red" variant="light" title={t('errors.DATA.KONFLIK')} data-testid="tl-ubah-konflik" data-code="DATA.KONFLIK" role="alert">
              <Text size="sm">{catatan.bolehUbah ? t('tindakLanjut.catatan.konflik', { status: t(`tindakLanjut.status.${catatan.status}`) }) : t('tindakLanjut.catatan.akhir')}</Text>
            </Alert>
          ) : mutation.isError ? (
            <ApiErrorAlert error={mutation.error} testId="tl-ubah-galat" />
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('tindakLanjut.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={uraian.trim().length < 3 || !catatan.bolehUbah} data-testid="tl-ubah-simpan">
              {t('tindakLanjut.catatan.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Baris({ c, onUbah }: { c: TindakLanjut; onUbah: () => void }) {
  const { t, i18n } = useTranslation();
  const tgl = (d: string) => formatTanggal(d, i18n.language);
  return (
    <Card padding="sm" withBorder data-testid="tl-row" data-id={c.id} data-status={c.status} data-kategori={c.kategori}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm">
              {c.pegawai.nama}
            </Text>
            <Badge variant="light" color={c.jenis === 'penghargaan' ? 'grape' : 'cyan'} size="sm">
              {t(`tindakLanjut.kategori.${c.kategori}`)}
            </Badge>
            <Badge variant="dot" color={WARNA_STATUS[c.status]} size="sm" data-testid="tl-row-status">
              {t(`tindakLanjut.status.${c.status}`)}
            </Badge>
          </Group>
          <Text size="sm" lineClamp={3}>
            {c.uraian}
          </Text>
          <Text size="xs" c="dimmed">
            {c.tanggalSelesai ? t('tindakLanjut.catatan.rentang', { mulai: tgl(c.tanggalMulai), selesai: tgl(c.tanggalSelesai) }) : t('tindakLanjut.catatan.mulai', { tanggal: tgl(c.tanggalMulai) })}
            {c.dicatatOleh ? ` · ${t('tindakLanjut.catatan.oleh', { nama: c.dicatatOleh })}` : ''}
          </Text>
          {c.hasil ? (
            <Text size="xs" c="teal.8">
              {t('tindakLanjut.catatan.hasil', { hasil: c.hasil })}
            </Text>
          ) : null}
        </Stack>
        {c.bolehUbah ? (
          <Button size="xs" variant="default" onClick={onUbah} data-testid="tl-row-ubah">
            {t('tindakLanjut.catatan.ubah')}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}

export function CatatanBagian({ items }: { items: TindakLanjut[] }) {
  const { t } = useTranslation();
  const [dipilihId, setDipilihId] = useState<string | null>(null);
  // read from the latest list, so a refetch after a conflict brings the fresh versi and status into the open form
  const dipilih = dipilihId ? (items.find((c) => c.id === dipilihId) ?? null) : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="tl-catatan-judul">
      <Group gap="xs">
        <IconListCheck size={20} aria-hidden />
        <Title order={2} fz="md" id="tl-catatan-judul">
          {t('tindakLanjut.catatan.judul')} ({items.length})
        </Title>
      </Group>
      {items.length === 0 ? (
        <Card padding="md" data-testid="tl-catatan-kosong">
          <Text size="sm" c="dimmed" ta="center">
            {t('tindakLanjut.catatan.kosong')}
          </Text>
        </Card>
      ) : (
        items.map((c) => <Baris key={c.id} c={c} onUbah={() => setDipilihId(c.id)} />)
      )}
      {dipilih ? <UbahModal key={dipilih.id} catatan={dipilih} onClose={() => setDipilihId(null)} /> : null}
    </Stack>
  );
}
