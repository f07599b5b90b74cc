import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalValid } from '../../../../../domain/kalender.ts';
import { masalahTanggalPeriode, type MasalahTanggalPeriode } from '../../../../../domain/penilaian.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import type { PeriodePenilaian } from '../api/get-periode-penilaian.ts';
import { useUbahPeriodePenilaian } from '../api/ubah-periode-penilaian.ts';

const FIELDS = ['tanggalMulai', 'tanggalSelesai', 'batasRealisasi', 'batasPenilaian'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Edit one evaluation period: its days (only while no record uses it — the server answers PERIODE_DIPAKAI, records
 * keep the days they evaluate) and its deadlines (always). Checked as typed with the domain's rule (inside the SKP
 * period, deadlines after the end, in order); carries the versi read.
 */
export function PeriodePenilaianUbah({ periode: p, skp, onClose }: { periode: PeriodePenilaian; skp: { mulai: string; selesai: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lebar = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const [isi, setIsi] = useState<Record<Field, string>>({ tanggalMulai: p.tanggalMulai, tanggalSelesai: p.tanggalSelesai, batasRealisasi: p.batasRealisasi, batasPenilaian: p.batasPenilaian });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const mutation = useUbahPeriodePenilaian({
    onSuccess: (data) => {
      notifications.show({ color: 'teal', message: t('penilaianPenilai.periode.tersimpan', { nama: data.nama }) });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'PENILAIAN.TANGGAL_TIDAK_VALID')) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
      else if (isApiError(error, 'PENILAIAN.PERIODE_DIPAKAI')) setErrors({ tanggalMulai: t('penilaianPenilai.periode.dipakaiField') });
    },
  });
  const set = (f: Field) => (v: string) => {
    setIsi((s) => ({ ...s, [f]: v }));
    setErrors((e) => ({ ...e, [f]: undefined }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const galat: FieldErrors<Field> = {};
    for (const f of FIELDS) if (!tanggalValid(isi[f])) galat[f] = t('penilaianPenilai.periode.tanggalTidakValid');
    if (Object.keys(galat).length === 0 && skp) {
      for (const m of masalahTanggalPeriode(isi, skp)) {
        const f = m.path as Field;
        galat[f] ??= t(`penilaianPenilai.periode.masalah.${m.kode satisfies MasalahTanggalPeriode}`);
      }
    }
    if (Object.keys(galat).length) {
      setErrors(galat);
      return;
    }
    mutation.mutate({ id: p.id, body: { versi: p.versi, ...isi } });
  };

  const tampilGalatUmum = mutation.isError && !isApiError(mutation.error, 'PENILAIAN.TANGGAL_TIDAK_VALID') && !isApiError(mutation.error, 'PENILAIAN.PERIODE_DIPAKAI');
  const input = (f: Field, testId: string, batas?: { min?: string; max?: string }) => (
    <TextInput type="date" label={t(`penilaianPenilai.periode.kolom.${f}`)} value={isi[f]} onChange={(e) => set(f)(e.currentTarget.value)} error={errors[f]} required min={batas?.min} max={batas?.max} data-testid={testId} />
  );
  return (
    <Modal opened onClose={onClose} title={t('penilaianPenilai.periode.ubahJudul', { nama: p.nama })} centered fullScreen={!lebar} size="lg">
      <form onSubmit={submit} noValidate data-testid="periode-penilaian-ubah-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('penilaianPenilai.periode.ubahKet')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {input('tanggalMulai', 'periode-ubah-mulai', { min: skp?.mulai, max: skp?.selesai })}
            {input('tanggalSelesai', 'periode-ubah-selesai', { min: skp?.mulai, max: skp?.selesai })}
            {input('batasRealisasi', 'periode-ubah-batas-realisasi')}
            {input('batasPenilaian', 'periode-ubah-batas-penilaian')}
          </SimpleGrid>
          {isApiError(mutation.error, 'DATA.KONFLIK') ? (
            <Alert color="red" variant="light" data-testid="periode-ubah-konflik">
              {t('penilaianPenilai.periode.konflik')}
            </Alert>
          ) : tampilGalatUmum ? (
            <ApiErrorAlert error={mutation.error} testId="periode-ubah-galat" />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('umum.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="periode-ubah-simpan">
              {t('penilaianPenilai.periode.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
