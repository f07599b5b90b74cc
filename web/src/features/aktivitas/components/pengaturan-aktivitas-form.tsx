import { Alert, Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { PengaturanAktivitas, type PengaturanAktivitasData, type PengaturanAktivitasIsian, usePengaturanAktivitas, useUpdatePengaturanAktivitas } from '../api/pengaturan-aktivitas.ts';

const FIELDS = ['menitTargetHarian', 'menitPeringatanHarian', 'jamBatasPengajuan', 'hariToleransiLuring'] as const;
type Field = (typeof FIELDS)[number];
type Isian = Record<Field, number | string>;

/** Allowed range and DOMAIN.md §2.2 default of each field (the contract checks the range again). */
const ATURAN: Record<Field, { min: number; max: number; bawaan: number }> = {
  menitTargetHarian: { min: 60, max: 720, bawaan: 300 },
  menitPeringatanHarian: { min: 60, max: 1440, bawaan: 600 },
  jamBatasPengajuan: { min: 0, max: 23, bawaan: 10 },
  hariToleransiLuring: { min: 0, max: 30, bawaan: 7 },
};

/**
 * Admin BKPPD sets the instansi's aktivitas rules: target minutes per working day, the daily warning threshold, the
 * submission deadline hour and the offline tolerance. The auditor sees the same form read-only.
 */
export function PengaturanAktivitasForm({ canEdit }: { canEdit: boolean }) {
  const query = usePengaturanAktivitas();
  if (query.isPending) return <LoadingView />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Formulir awal={query.data} canEdit={canEdit} />;
}

function Formulir({ awal, canEdit }: { awal: PengaturanAktivitasData; canEdit: boolean }) {
  const { t } = useTranslation();
  const [v, setV] = useState<Isian>({
    menitTargetHarian: awal.menitTargetHarian,
    menitPeringatanHarian: awal.menitPeringatanHarian,
    jamBatasPengajuan: awal.jamBatasPengajuan,
    hariToleransiLuring: awal.hariToleransiLuring,
  });
  const [bawaan, setBawaan] = useState(awal.bawaan);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const mutation = useUpdatePengaturanAktivitas({
    onSuccess: (data) => {
      setErrors({});
      setBawaan(data.bawaan);
      setV({ menitTargetHarian: data.menitTargetHarian, menitPeringatanHarian: data.menitPeringatanHarian, jamBatasPengajuan: data.jamBatasPengajuan, hariToleransiLuring: data.hariToleransiLuring });
      notifications.show({ color: 'teal', message: t('aktivitas.pengaturan.tersimpan') });
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
    },
  });

  const rentang = (issue: z.core.$ZodIssue) => {
    const field = String(issue.path[0] ?? '') as Field;
    const a = ATURAN[field];
    return a ? t('aktivitas.pengaturan.rentang', { min: a.min, max: a.max }) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const angka = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? Number.NaN : Number(x));
    const parsed = PengaturanAktivitas.safeParse(Object.fromEntries(FIELDS.map((f) => [f, angka(v[f])])));
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS, rentang));
      return;
    }
    const body: PengaturanAktivitasIsian = parsed.data;
    if (body.menitPeringatanHarian < body.menitTargetHarian) {
      setErrors({ menitPeringatanHarian: t('aktivitas.pengaturan.peringatanDiBawahTarget', { target: body.menitTargetHarian }) });
      return;
    }
    mutation.mutate(body);
  };

  const field = (f: Field) => (
    <NumberInput
      key={f}
      label={t(`aktivitas.pengaturan.${f}.label`)}
      description={t(`aktivitas.pengaturan.${f}.ket`, { bawaan: ATURAN[f].bawaan, min: ATURAN[f].min, max: ATURAN[f].max })}
      value={v[f]}
      onChange={(value) => {
        setV((prev) => ({ ...prev, [f]: value }));
        setErrors((e) => ({ ...e, [f]: undefined }));
      }}
      min={ATURAN[f].min}
      max={ATURAN[f].max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      suffix={` ${t(`aktivitas.pengaturan.${f}.satuan`)}`}
      error={errors[f]}
      disabled={!canEdit}
      required
      data-testid={`pengaturan-${f}`}
    />
  );

  return (
    <Card withBorder padding="lg" maw={720}>
      <form onSubmit={submit} noValidate data-testid="pengaturan-aktivitas-form">
        <Stack gap="md">
          {bawaan ? (
            <Alert color="gray" data-testid="pengaturan-bawaan">
              {t('aktivitas.pengaturan.masihBawaan')}
            </Alert>
          ) : null}
          {FIELDS.map(field)}
          {!canEdit ? (
            <Text size="sm" c="dimmed" data-testid="pengaturan-hanya-baca">
              {t('aktivitas.pengaturan.hanyaBaca')}
            </Text>
          ) : null}
          {mutation.isError && !(isApiError(mutation.error) && mutation.error.fieldIssues.length) ? <ApiErrorAlert error={mutation.error} testId="pengaturan-error" /> : null}
          {canEdit ? (
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending} data-testid="pengaturan-simpan">
                {t('aktivitas.pengaturan.simpan')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
