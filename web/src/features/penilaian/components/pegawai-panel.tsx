// Small pieces of the realisasi editor: the list of indicators still without realisasi,
// the refleksi field, the conflict notice and the "leave with unsaved changes?" dialog.
import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DaftarPeriksa } from '../../../components/ui/daftar-periksa.tsx';
import { ID_REFLEKSI } from './pegawai-draf.ts';
import { ModalTinggalkan } from '../../../components/ui/jaga-perubahan.tsx';

export type Kosong = { indikatorId: string; teks: string; field: string };

/** What still stops the submission: every indicator without realisasi, each with a jump to its field. */
export function DaftarKosong({ kosong }: { kosong: readonly Kosong[] }) {
  const { t } = useTranslation();
  return (
    <DaftarPeriksa
      butir={kosong.map((k) => ({ kunci: k.indikatorId, teks: k.teks, field: k.field, data: { 'data-indikator-id': k.indikatorId } }))}
      id="penilaian-kosong"
      testId="penilaian-kosong"
      testIdLengkap="penilaian-lengkap"
      judul={t('penilaian.kosong.judul', { count: kosong.length })}
      teksLengkap={t('penilaian.kosong.lengkap')}
      teksLompat={t('penilaian.kosong.isi')}
    />
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
    <ModalTinggalkan
      opened={opened}
      onTetap={onTetap}
      onPergi={onPergi}
      teks={{ judul: t('penilaian.tinggalkan.judul'), ket: t('penilaian.tinggalkan.ket'), tetap: t('penilaian.tinggalkan.tetap'), pergi: t('penilaian.tinggalkan.pergi') }}
      testIdPrefix="penilaian"
    />
  );
}
