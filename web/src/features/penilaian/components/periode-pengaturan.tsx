import { Alert, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PENGATURAN_PENILAIAN_BAWAAN } from '../../../../../contracts/pengaturan-penilaian.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { usePengaturanPenilaian, type PengaturanPenilaianData } from '../api/get-pengaturan-penilaian.ts';
import { PengaturanPenilaian, useUbahPengaturanPenilaian } from '../api/ubah-pengaturan-penilaian.ts';
import { formatWaktuWita } from './penilai-format.ts';

const FIELDS = ['hariKeberatan', 'nMinimumKurva'] as const;
type Field = (typeof FIELDS)[number];
type Isian = Record<Field, number | string>;

/** Allowed range of each field (the contract checks it again), its i18n key and test id. */
const ATURAN: Record<Field, { min: number; max: number; kunci: 'hariKeberatan' | 'nMinimum'; testId: string }> = {
  hariKeberatan: { min: 1, max: 60, kunci: 'hariKeberatan', testId: 'pengaturan-hari-keberatan' },
  nMinimumKurva: { min: 1, max: 50, kunci: 'nMinimum', testId: 'pengaturan-n-minimum' },
};

/**
 * The instansi's penilaian settings on /periode-penilaian (DOMAIN.md §2.4–2.5): the keberatan window in calendar days
 * after the predikat is finalised, and the number of rated pegawai from which a unit's kurva distribusi is judged.
 * Admin BKPPD saves them; the auditor sees the same card read-only.
 */
export function PeriodePengaturan({ bolehUbah }: { bolehUbah: boolean }) {
  const { t } = useTranslation();
  const query = usePengaturanPenilaian();
  return (
    <Card padding="lg" data-testid="pengaturan-penilaian">
      <Stack gap="md">
        <Group gap="xs">
          <IconAdjustments size={20} />
          <Title order={2} fz="lg">
            {t('penilaianPenilai.pengaturan.judul')}
          </Title>
        </Group>
        {query.isPending ? <LoadingView /> : null}
        {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isSuccess ? <Formulir awal={query.data} bolehUbah={bolehUbah} /> : null}
      </Stack>
    </Card>
  );
}

function Formulir({ awal, bolehUbah }: { awal: PengaturanPenilaianData; bolehUbah: boolean }) {
  const { t, i18n } = useTranslation();
  const [v, setV] = useState<Isian>({ hariKeberatan: awal.hariKeberatan, nMinimumKurva: awal.nMinimumKurva });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const mutation = useUbahPengaturanPenilaian({
    onSuccess: (data) => {
      setErrors({});
      setV({ hariKeberatan: data.hariKeberatan, nMinimumKurva: data.nMinimumKurva });
      notifications.show({ color: 'teal', message: t('penilaianPenilai.pengaturan.tersimpan') });
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
    },
  });

  const rentang = (issue: z.core.$ZodIssue) => {
    const a = ATURAN[String(issue.path[0] ?? '') as Field];
    return a ? t('penilaianPenilai.pengaturan.rentang', { min: a.min, max: a.max }) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const angka = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? Number.NaN : Number(x));
    const parsed = PengaturanPenilaian.safeParse({ hariKeberatan: angka(v.hariKeberatan), nMinimumKurva: angka(v.nMinimumKurva) });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS, rentang));
      return;
    }
    mutation.mutate(parsed.data);
  };

  const field = (f: Field) => {
    const a = ATURAN[f];
    return (
      <NumberInput
        key={f}
        label={t(`penilaianPenilai.pengaturan.${a.kunci}.label`)}
        description={t(`penilaianPenilai.pengaturan.${a.kunci}.ket`, { bawaan: PENGATURAN_PENILAIAN_BAWAAN[f], min: a.min, max: a.max })}
        value={v[f]}
        onChange={(value) => {
          setV((prev) => ({ ...prev, [f]: value }));
          setErrors((e) => ({ ...e, [f]: undefined }));
        }}
        min={a.min}
        max={a.max}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        suffix={` ${t(`penilaianPenilai.pengaturan.${a.kunci}.satuan`)}`}
        error={errors[f]}
        disabled={!bolehUbah}
        required={bolehUbah}
        data-testid={a.testId}
      />
    );
  };

  const tersimpan = mutation.data ?? awal;
  return (
    <form onSubmit={submit} noValidate data-testid="pengaturan-penilaian-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed" data-testid="pengaturan-penilaian-status">
          {tersimpan.bawaan || !tersimpan.diubahPada
            ? t('penilaianPenilai.pengaturan.bawaan')
            : t('penilaianPenilai.pengaturan.diubah', { waktu: formatWaktuWita(tersimpan.diubahPada, i18n.language) })}
        </Text>
        {FIELDS.map(field)}
        {!bolehUbah ? (
          <Alert color="gray" variant="light" p="sm" data-testid="pengaturan-hanya-baca">
            {t('penilaianPenilai.pengaturan.hanyaBaca')}
          </Alert>
        ) : null}
        {mutation.isError && !(isApiError(mutation.error) && mutation.error.fieldIssues.length) ? <ApiErrorAlert error={mutation.error} testId="pengaturan-galat" /> : null}
        {bolehUbah ? (
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} data-testid="pengaturan-simpan">
              {t('penilaianPenilai.pengaturan.simpan')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
