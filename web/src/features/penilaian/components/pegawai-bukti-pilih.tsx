import { Alert, Button, Checkbox, Drawer, Group, Modal, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatTanggal } from '../../../utils/format.ts';
import type { AktivitasBukti } from '../api/get-bukti.ts';
import { formatDurasi } from './pegawai-format.ts';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

function BarisAktivitas({ a, dipilih, onUbah }: { a: AktivitasBukti; dipilih: boolean; onUbah: (v: boolean) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" bg={dipilih ? 'kupang.0' : undefined} data-testid="bukti-baris" data-id={a.id}>
      <Checkbox
        checked={dipilih}
        onChange={(e) => onUbah(e.currentTarget.checked)}
        data-testid={`bukti-aktivitas-${a.id}`}
        styles={{ body: { alignItems: 'flex-start' }, labelWrapper: { flex: 1, minWidth: 0 } }}
        label={
          <Stack gap={2}>
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600}>
                {formatTanggal(a.tanggal, i18n.language)}
              </Text>
              <Text size="sm" c="dimmed">
                {a.jamMulai}–{a.jamSelesai} · {formatDurasi(t as unknown as TFn, a.menit)}
              </Text>
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {a.uraian}
            </Text>
            {a.volume !== null ? (
              <Text size="xs" c="dimmed">
                {t('penilaian.bukti.volume', { volume: a.volume, satuan: a.satuan ?? '' })}
              </Text>
            ) : null}
          </Stack>
        }
      />
    </Paper>
  );
}

function IsiPilih({
  aktivitas,
  awal,
  onSimpan,
  onBatal,
}: {
  aktivitas: readonly AktivitasBukti[];
  awal: readonly string[];
  onSimpan: (ids: string[]) => void;
  onBatal: () => void;
}) {
  const { t } = useTranslation();
  const [pilih, setPilih] = useState<Set<string>>(() => new Set(awal));
  const menit = aktivitas.filter((a) => pilih.has(a.id)).reduce((n, a) => n + a.menit, 0);
  const ubah = (id: string, v: boolean) =>
    setPilih((s) => {
      const baru = new Set(s);
      if (v) baru.add(id);
      else baru.delete(id);
      return baru;
    });
  const semua = aktivitas.length > 0 && aktivitas.every((a) => pilih.has(a.id));
  return (
    <Stack gap="sm">
      {aktivitas.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="bukti-kosong">
          {t('penilaian.bukti.kosong')}
        </Alert>
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" data-testid="bukti-ringkas">
              {t('penilaian.bukti.dipilih', { count: pilih.size, durasi: formatDurasi(t as unknown as TFn, menit) })}
            </Text>
            <Button size="compact-sm" variant="subtle" onClick={() => setPilih(semua ? new Set() : new Set(aktivitas.map((a) => a.id)))} data-testid="bukti-pilih-semua">
              {semua ? t('penilaian.bukti.kosongkan') : t('penilaian.bukti.pilihSemua')}
            </Button>
          </Group>
          <Stack gap="xs">
            {aktivitas.map((a) => (
              <BarisAktivitas key={a.id} a={a} dipilih={pilih.has(a.id)} onUbah={(v) => ubah(a.id, v)} />
            ))}
          </Stack>
        </>
      )}
      <Group
        justify="flex-end"
        gap="xs"
        pt="xs"
        style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Button variant="default" onClick={onBatal} data-testid="bukti-batal">
          {t('umum.batal')}
        </Button>
        <Button leftSection={<IconCheck size={16} />} onClick={() => onSimpan([...pilih])} disabled={aktivitas.length === 0} data-testid="bukti-simpan">
          {t('penilaian.bukti.simpan')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The evidence picker of one indicator: the approved aktivitas of the evaluated days linked to the indicator's RHK, with
 * date, time, minutes and description, as checkboxes. A modal on a wide screen, a bottom drawer on a phone. The choice
 * goes into the editor's draft (saved with "Simpan").
 */
export function BuktiPilih({
  opened,
  judul,
  aktivitas,
  memuat,
  galat,
  onCobaLagi,
  awal,
  onSimpan,
  onTutup,
}: {
  opened: boolean;
  judul: string;
  aktivitas: readonly AktivitasBukti[];
  memuat: boolean;
  galat: unknown;
  onCobaLagi: () => void;
  awal: readonly string[];
  onSimpan: (ids: string[]) => void;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const lebar = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const isi = memuat ? (
    <LoadingView minHeight={120} />
  ) : galat ? (
    <ErrorAlert error={galat} onRetry={onCobaLagi} />
  ) : (
    <IsiPilih aktivitas={aktivitas} awal={awal} onSimpan={onSimpan} onBatal={onTutup} />
  );
  const title = (
    <Stack gap={0}>
      <Text fw={700}>{t('penilaian.bukti.judul')}</Text>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {judul}
      </Text>
    </Stack>
  );
  if (lebar) {
    return (
      <Modal opened={opened} onClose={onTutup} title={title} size="lg" centered scrollAreaComponent={ScrollArea.Autosize} data-testid="bukti-dialog">
        {opened ? isi : null}
      </Modal>
    );
  }
  return (
    <Drawer opened={opened} onClose={onTutup} title={title} position="bottom" size="90%" data-testid="bukti-dialog">
      {opened ? isi : null}
    </Drawer>
  );
}
