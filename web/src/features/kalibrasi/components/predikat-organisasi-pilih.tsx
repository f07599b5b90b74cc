import { Alert, Button, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useIsFetching } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi } from '../../../../../domain/kurva.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { kalibrasiQueryKey } from '../api/query-keys.ts';
import { useUbahPredikatOrganisasi } from '../api/ubah-predikat-organisasi.ts';

type Props = {
  periodeId: string;
  unit: { id: string; nama: string };
  nilai: PredikatOrganisasi | null;
  versi: number | null;
  /** the note to keep with the predikat (the board knows it; the list does not and sends none) */
  catatan?: string | null;
  testId: string;
  label?: string;
};

/**
 * The predikat organisasi of a unit, saved as soon as it is chosen (with the versi that was read). When someone else
 * changed it meanwhile (DATA.KONFLIK) the choice stays on screen, the page reloads the unit, and the pimpinan either
 * saves their choice again over the fresh versi or keeps the current one.
 */
export function PredikatOrganisasiPilih({ periodeId, unit, nilai, versi, catatan, testId, label }: Props) {
  const { t } = useTranslation();
  const ubah = useUbahPredikatOrganisasi();
  const memuat = useIsFetching({ queryKey: kalibrasiQueryKey }) > 0;
  const [pilihan, setPilihan] = useState<PredikatOrganisasi | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);
  const nama = (p: PredikatOrganisasi | null) => (p ? t(`kalibrasi.predikatOrganisasi.${p}`) : t('kalibrasi.daftar.belumDitentukan'));

  const simpan = (p: PredikatOrganisasi) => {
    setPilihan(p);
    setKonflik(false);
    setGalat(null);
    ubah.mutate(
      { periodeId, unitId: unit.id, body: { versi, predikatOrganisasi: p, ...(catatan === undefined ? {} : { catatan }) } },
      {
        onSuccess: () => {
          setPilihan(null);
          notifications.show({ color: 'teal', message: t('kalibrasi.pilih.tersimpan', { unit: unit.nama, predikat: nama(p) }) });
        },
        onError: (e) => {
          if (isApiError(e, 'DATA.KONFLIK')) {
            setKonflik(true);
          } else {
            setPilihan(null);
            setGalat(errorMessage(t, e));
          }
        },
      },
    );
  };

  const data = [
    ...(nilai === null && pilihan === null ? [{ value: '', label: t('kalibrasi.pilih.kosong'), disabled: true }] : []),
    ...PREDIKAT_ORGANISASI.map((p) => ({ value: p, label: nama(p) })),
  ];

  return (
    <Stack gap={6}>
      <NativeSelect
        label={label}
        aria-label={label ? undefined : t('kalibrasi.pilih.label', { unit: unit.nama })}
        data={data}
        value={pilihan ?? nilai ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value as PredikatOrganisasi;
          if (v && v !== (pilihan ?? nilai)) simpan(v);
        }}
        disabled={ubah.isPending}
        rightSection={ubah.isPending ? <Loader size={14} /> : undefined}
        error={galat}
        miw={170}
        data-testid={testId}
        data-nilai={nilai ?? ''}
      />
      {konflik && pilihan ? (
        <Alert color="orange" variant="light" p="xs" data-testid={`${testId}-konflik`} role="alert">
          <Stack gap={6}>
            <Text size="xs">{t('kalibrasi.pilih.konflik', { sekarang: nama(nilai), pilihan: nama(pilihan) })}</Text>
            <Group gap={6}>
              <Button size="compact-xs" color="orange" disabled={memuat} loading={ubah.isPending} onClick={() => simpan(pilihan)}>
                {t('kalibrasi.pilih.simpanLagi')}
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  setPilihan(null);
                  setKonflik(false);
                }}
              >
                {t('kalibrasi.pilih.batal')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
