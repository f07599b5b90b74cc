import { Alert, Blockquote, Button, Card, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconGavel, IconLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatWaktu } from '../../../utils/format.ts';
import type { KalibrasiPapan } from '../api/get-kalibrasi-papan.ts';
import { useTetapkanKalibrasi } from '../api/tetapkan-kalibrasi.ts';
import { jumlahSebaran, statusKurva, URUTAN_KURVA, WARNA_PREDIKAT, warnaCss } from './format.ts';
import { SebaranBatang } from './sebaran-batang.tsx';

/**
 * Penetapan of an open unit (the pimpinan only): what still blocks it (server's hambatan), the justification — required
 * and highlighted when the distribution deviates with n at or above the instansi's minimum — and a confirmation that
 * says the result becomes final and that each pegawai may object within the instansi's window (papan.hariKeberatan). A stale board (DATA.KONFLIK) is reloaded and the typed text kept.
 */
export function PenetapanBagian({ papan, adaSimulasi }: { papan: KalibrasiPapan; adaSimulasi: boolean }) {
  const { t } = useTranslation();
  const modalLebar = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const tetapkan = useTetapkanKalibrasi();
  const [justifikasi, setJustifikasi] = useState('');
  const [wajibKosong, setWajibKosong] = useState(false);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [konflik, setKonflik] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  const teksRef = useRef<HTMLTextAreaElement>(null);
  const bisa = papan.hambatan.length === 0 && papan.versi !== null;

  const buka = () => {
    setKonflik(false);
    setGalat(null);
    if (papan.perluJustifikasi && !justifikasi.trim()) {
      setWajibKosong(true);
      teksRef.current?.focus();
      return;
    }
    setKonfirmasi(true);
  };

  const kirim = () => {
    if (papan.versi === null) return;
    setGalat(null);
    tetapkan.mutate(
      { periodeId: papan.periode.id, unitId: papan.unit.id, body: { versi: papan.versi, justifikasi: justifikasi.trim() || null } },
      {
        onSuccess: () => {
          setKonfirmasi(false);
          notifications.show({ color: 'teal', message: t('kalibrasi.penetapan.berhasil', { unit: papan.unit.nama }) });
        },
        onError: (e) => {
          if (isApiError(e, 'DATA.KONFLIK')) {
            setKonfirmasi(false);
            setKonflik(true);
          } else setGalat(e);
        },
      },
    );
  };

  return (
    <Card padding="md" data-testid="penetapan">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconGavel size={18} style={{ flexShrink: 0 }} />
          <Text fw={650} size="sm">
            {t('kalibrasi.penetapan.judul')}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('kalibrasi.penetapan.ket')}
        </Text>
        {papan.hambatan.length > 0 ? (
          <Alert color="orange" variant="light" icon={<IconLock size={20} />} title={t('kalibrasi.penetapan.hambatan')} p="sm">
            <List size="sm" spacing={4} data-testid="kalibrasi-hambatan">
              {papan.hambatan.map((h) => (
                <List.Item key={h}>{h}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Group gap={6} wrap="nowrap" c="teal.8">
            <IconCircleCheck size={18} style={{ flexShrink: 0 }} />
            <Text size="sm">{t('kalibrasi.penetapan.siap')}</Text>
          </Group>
        )}
        {konflik ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} withCloseButton onClose={() => setKonflik(false)} data-testid="penetapan-konflik" role="alert">
            {t('kalibrasi.penetapan.konflik')}
          </Alert>
        ) : null}
        <Textarea
          ref={teksRef}
          label={t('kalibrasi.penetapan.justifikasi')}
          description={papan.perluJustifikasi ? t('kalibrasi.penetapan.justifikasiKetWajib', { n: papan.jumlahDinilai }) : t('kalibrasi.penetapan.justifikasiKet')}
          value={justifikasi}
          onChange={(e) => {
            setJustifikasi(e.currentTarget.value);
            setWajibKosong(false);
          }}
          required={papan.perluJustifikasi}
          error={wajibKosong ? t('kalibrasi.penetapan.justifikasiWajib') : undefined}
          autosize
          minRows={papan.perluJustifikasi ? 4 : 2}
          maxLength={4000}
          styles={papan.perluJustifikasi && !wajibKosong ? { input: { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 } } : undefined}
          data-testid="penetapan-justifikasi"
          data-wajib={papan.perluJustifikasi ? 'true' : 'false'}
        />
        {adaSimulasi ? (
          <Text size="xs" c="orange.8">
            {t('kalibrasi.penetapan.simulasiAktif')}
          </Text>
        ) : null}
        <Button color="teal" leftSection={<IconGavel size={18} />} disabled={!bisa} onClick={buka} data-testid="penetapan-tetapkan">
          {t('kalibrasi.penetapan.tetapkan')}
        </Button>
      </Stack>

      <Modal opened={konfirmasi} onClose={() => setKonfirmasi(false)} title={t('kalibrasi.penetapan.konfirmasiJudul')} centered fullScreen={!modalLebar}>
        <Stack gap="sm">
          <Text size="sm">{t('kalibrasi.penetapan.konfirmasiTeks', { n: papan.jumlahDinilai, unit: papan.unit.nama, periode: papan.periode.nama })}</Text>
          <Alert color="blue" variant="light" p="sm">
            <Text size="sm">{t('kalibrasi.penetapan.konfirmasiKeberatan', { hari: papan.hariKeberatan })}</Text>
          </Alert>
          <Text size="sm">{t('kalibrasi.penetapan.konfirmasiKurva', { status: t(`kalibrasi.status.${statusKurva(papan.kurva)}`) })}</Text>
          {justifikasi.trim() ? (
            <Blockquote p="sm" color="gray" style={{ whiteSpace: 'pre-wrap', fontSize: 'var(--mantine-font-size-sm)' }}>
              {justifikasi.trim()}
            </Blockquote>
          ) : null}
          {galat ? <ApiErrorAlert error={galat} testId="penetapan-galat" /> : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setKonfirmasi(false)}>
              {t('umum.batal')}
            </Button>
            <Button color="teal" loading={tetapkan.isPending} onClick={kirim} data-testid="penetapan-konfirmasi" data-autofocus>
              {t('kalibrasi.penetapan.konfirmasi')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** After penetapan: when and by whom, the justification, and the distribution as it was finalised. */
export function DitetapkanBagian({ papan }: { papan: KalibrasiPapan }) {
  const { t, i18n } = useTranslation();
  const waktu = papan.ditetapkanPada ? formatWaktu(papan.ditetapkanPada, i18n.language) : '';
  const sebaran = papan.sebaranPenetapan;
  return (
    <Card padding="md" data-testid="kalibrasi-status" data-status="ditetapkan" style={{ borderLeft: '4px solid var(--mantine-color-dark-6)' }}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconLock size={18} style={{ flexShrink: 0 }} />
          <Text fw={650} size="sm">
            {t('kalibrasi.ditetapkan.judul')}
          </Text>
        </Group>
        <Text size="sm" data-testid="kalibrasi-ditetapkan-oleh">
          {papan.ditetapkanOleh ? t('kalibrasi.ditetapkan.oleh', { waktu, nama: papan.ditetapkanOleh }) : t('kalibrasi.ditetapkan.tanpaNama', { waktu })}
        </Text>
        <Stack gap={2}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('kalibrasi.ditetapkan.justifikasi')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={papan.justifikasi ? undefined : 'dimmed'} data-testid="kalibrasi-justifikasi">
            {papan.justifikasi ?? t('kalibrasi.ditetapkan.tanpaJustifikasi')}
          </Text>
        </Stack>
        {sebaran ? (
          <Stack gap={6} data-testid="kalibrasi-sebaran-penetapan" data-n={jumlahSebaran(sebaran)}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('kalibrasi.ditetapkan.sebaran')} ({jumlahSebaran(sebaran)})
            </Text>
            <SebaranBatang sebaran={sebaran} size="lg" />
            <Stack gap={2}>
              {URUTAN_KURVA.map((p) => (
                <Group key={p} gap="xs" wrap="nowrap" justify="space-between" data-predikat={p} data-jumlah={sebaran[p]}>
                  <Group gap={6} wrap="nowrap">
                    <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, flexShrink: 0, background: warnaCss(WARNA_PREDIKAT[p]) }} />
                    <Text size="sm">{t(`kalibrasi.predikat.${p}`)}</Text>
                  </Group>
                  <Text size="sm" fw={700}>
                    {sebaran[p]}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Stack>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('kalibrasi.ditetapkan.keberatan', { hari: papan.hariKeberatan })}
        </Text>
      </Stack>
    </Card>
  );
}
