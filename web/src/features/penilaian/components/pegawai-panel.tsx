// Small pieces of the realisasi editor: the notification helper, the list of indicators still without realisasi,
// the refleksi field, the conflict notice and the "leave with unsaved changes?" dialog.
import { Alert, Anchor, Button, Card, Group, Modal, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ID_REFLEKSI } from './pegawai-draf.ts';

/** A short message at the top (the bottom bar with Simpan / Ajukan would cover the usual bottom notifications). */
export function beriTahu(color: 'teal' | 'red' | 'orange', message: string, autoClose = color === 'teal' ? 4000 : 8000): void {
  notifications.show({ color, message, position: 'top-center', autoClose });
}

/** Brings a field into view and puts the cursor in it (above the sticky bar on a phone). */
export function lompatKe(field: string) {
  const el = document.getElementById(field);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
}

export type Kosong = { indikatorId: string; teks: string; field: string };

/** What still stops the submission: every indicator without realisasi, each with a jump to its field. */
export function DaftarKosong({ kosong }: { kosong: readonly Kosong[] }) {
  const { t } = useTranslation();
  if (kosong.length === 0) {
    return (
      <Paper withBorder p="sm" data-testid="penilaian-lengkap" style={{ borderLeft: '4px solid var(--mantine-color-teal-6)' }}>
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" size="md" radius="xl">
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Text size="sm">{t('penilaian.kosong.lengkap')}</Text>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" id="penilaian-kosong" data-testid="penilaian-kosong" data-jumlah={kosong.length} style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }} role="status">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="orange" size="md" radius="xl">
            <IconAlertCircle size={18} />
          </ThemeIcon>
          <Text fw={700} size="sm">
            {t('penilaian.kosong.judul', { count: kosong.length })}
          </Text>
        </Group>
        <Stack gap={6} component="ul" m={0} pl="md">
          {kosong.map((k) => (
            <Text key={k.indikatorId} component="li" size="sm" data-testid="penilaian-kosong-item" data-indikator-id={k.indikatorId}>
              {k.teks}{' '}
              <Anchor component="button" type="button" size="sm" onClick={() => lompatKe(k.field)}>
                {t('penilaian.kosong.isi')}
              </Anchor>
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** The pegawai's self-reflection on the period: a text field for the owner while editable, read-only otherwise. */
export function Refleksi({ nilai, bisaUbah, galat, onUbah }: { nilai: string; bisaUbah: boolean; galat?: string; onUbah: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card padding="md" component="section" aria-labelledby="penilaian-refleksi-judul">
      <Stack gap="xs">
        <Title order={2} fz="lg" id="penilaian-refleksi-judul">
          {t('penilaian.refleksi.judul')}
        </Title>
        {bisaUbah ? (
          <Textarea
            id={ID_REFLEKSI}
            aria-labelledby="penilaian-refleksi-judul"
            description={t('penilaian.refleksi.ket')}
            placeholder={t('penilaian.refleksi.ph')}
            value={nilai}
            onChange={(e) => onUbah(e.currentTarget.value)}
            error={galat}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={4000}
            data-testid="refleksi"
          />
        ) : (
          <Text size="sm" c={nilai.trim() ? undefined : 'dimmed'} fs={nilai.trim() ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="refleksi">
            {nilai.trim() || t('penilaian.refleksi.kosong')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Somebody changed the record meanwhile: what was typed stays on screen until the pegawai reloads. */
export function KonflikAlert({ memuat, onMuatUlang }: { memuat: boolean; onMuatUlang: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert id="penilaian-konflik" color="red" variant="light" title={t('penilaian.konflik.judul')} data-testid="penilaian-konflik" data-code="DATA.KONFLIK" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.DATA.KONFLIK')}</Text>
        <Text size="sm">{t('penilaian.konflik.ket')}</Text>
        <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} loading={memuat} onClick={onMuatUlang} data-testid="penilaian-muat-ulang">
          {t('penilaian.konflik.muatUlang')}
        </Button>
      </Stack>
    </Alert>
  );
}

export function TinggalkanModal({ opened, onTetap, onPergi }: { opened: boolean; onTetap: () => void; onPergi: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onTetap} title={t('penilaian.tinggalkan.judul')} centered size="sm">
      <Stack gap="md">
        <Text size="sm">{t('penilaian.tinggalkan.ket')}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onTetap} data-testid="penilaian-tinggalkan-batal">
            {t('penilaian.tinggalkan.tetap')}
          </Button>
          <Button color="red" onClick={onPergi} data-testid="penilaian-tinggalkan-ya">
            {t('penilaian.tinggalkan.pergi')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
