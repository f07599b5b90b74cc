import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatNip } from '../../../utils/format.ts';
import { OverrideBaru, useCreateOverride } from '../api/create-override.ts';
import type { PegawaiOpsi } from '../api/search-pegawai.ts';
import { FormErrorAlert, serverErrors, terjemahIsu } from './form-feedback.tsx';
import { PegawaiPicker } from './pegawai-picker.tsx';

const FIELDS = ['pegawaiId', 'penilaiId', 'atasanPenilaiId', 'mulai', 'selesai', 'alasan'] as const;
type Field = (typeof FIELDS)[number];

export const ALASAN_MIN = 10;
const ALASAN_MAX = 500;

export type PegawaiDinilai = { pegawaiId: string; namaLengkap: string; nip: string | null; jabatan: string | null };

/**
 * A penilai khusus for one pegawai and period: penilai, optional atasan penilai, from, optional until, and a reason
 * of at least 10 characters. Checked with the contract's OverrideBaru before sending.
 */
export function OverrideForm({
  pegawai,
  mulaiAwal,
  onDone,
  onCancel,
}: {
  pegawai: PegawaiDinilai;
  mulaiAwal: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [penilai, setPenilai] = useState<PegawaiOpsi | null>(null);
  const [atasan, setAtasan] = useState<PegawaiOpsi | null>(null);
  const [mulai, setMulai] = useState(mulaiAwal);
  const [selesai, setSelesai] = useState('');
  const [alasan, setAlasan] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const mutation = useCreateOverride();

  const clear = (field: Field) => setErrors((e) => ({ ...e, [field]: undefined }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      pegawaiId: pegawai.pegawaiId,
      penilaiId: penilai?.id ?? '',
      atasanPenilaiId: atasan?.id ?? null,
      mulai,
      selesai: selesai || null,
      alasan,
    };
    const parsed = OverrideBaru.safeParse(values);
    const next: FieldErrors<Field> = parsed.success
      ? {}
      : zodFieldErrors(t, parsed.error.issues, FIELDS, (issue) =>
          issue.path[0] === 'alasan' && issue.code === 'too_small' ? t('penilai.formKhusus.alasanMinimal', { min: ALASAN_MIN }) : terjemahIsu(t, values)(issue),
        );
    if (atasan && penilai && atasan.id === penilai.id) next.atasanPenilaiId = t('penilai.validasi.atasanSamaDenganPenilai');
    if (atasan && atasan.id === pegawai.pegawaiId) next.atasanPenilaiId = t('penilai.validasi.dirinyaSendiri');
    setErrors(next);
    if (!parsed.success || Object.values(next).some(Boolean)) return;
    mutation.mutate(parsed.data, {
      onSuccess: () => onDone(),
      onError: (error) => setErrors(serverErrors(error, FIELDS)),
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="override-form">
      <Stack gap="md">
        {mutation.error ? <FormErrorAlert error={mutation.error} testId="override-error" /> : null}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('penilai.formKhusus.untuk')}
          </Text>
          <Paper withBorder p="xs" bg="gray.0" data-testid="override-pegawai" data-id={pegawai.pegawaiId}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconUser size={18} color="var(--mantine-color-kupang-7)" style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {pegawai.namaLengkap}
                </Text>
                <Text size="xs" ff="monospace" c="dimmed">
                  {pegawai.nip ? formatNip(pegawai.nip) : t('penilai.kartu.tanpaNip')}
                </Text>
                {pegawai.jabatan ? (
                  <Text size="xs" c="dimmed">
                    {pegawai.jabatan}
                  </Text>
                ) : null}
              </Stack>
            </Group>
          </Paper>
          {errors.pegawaiId ? (
            <Text size="xs" c="red">
              {errors.pegawaiId}
            </Text>
          ) : null}
        </Stack>
        <PegawaiPicker
          label={t('penilai.formKhusus.penilai')}
          value={penilai}
          onChange={(p) => {
            setPenilai(p);
            clear('penilaiId');
          }}
          error={errors.penilaiId}
          required
          excludeIds={[pegawai.pegawaiId]}
          testId="override-penilai"
        />
        <PegawaiPicker
          label={t('penilai.formKhusus.atasanPenilai')}
          description={t('penilai.formKhusus.atasanPetunjuk')}
          value={atasan}
          onChange={(p) => {
            setAtasan(p);
            clear('atasanPenilaiId');
          }}
          error={errors.atasanPenilaiId}
          excludeIds={[pegawai.pegawaiId, ...(penilai ? [penilai.id] : [])]}
          testId="override-atasan"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('penilai.formKhusus.mulai')}
            value={mulai}
            onChange={(e) => {
              setMulai(e.currentTarget.value);
              clear('mulai');
            }}
            error={errors.mulai}
            required
            data-testid="override-mulai"
          />
          <TextInput
            type="date"
            label={t('penilai.formKhusus.selesai')}
            description={t('penilai.formKhusus.selesaiPetunjuk')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={selesai}
            min={mulai || undefined}
            onChange={(e) => {
              setSelesai(e.currentTarget.value);
              clear('selesai');
            }}
            error={errors.selesai}
            data-testid="override-selesai"
          />
        </SimpleGrid>
        <Textarea
          label={t('penilai.formKhusus.alasan')}
          description={`${t('penilai.formKhusus.alasanPetunjuk', { min: ALASAN_MIN })} (${alasan.trim().length}/${ALASAN_MAX})`}
          placeholder={t('penilai.formKhusus.alasanPlaceholder')}
          value={alasan}
          onChange={(e) => {
            setAlasan(e.currentTarget.value);
            clear('alasan');
          }}
          error={errors.alasan}
          required
          autosize
          minRows={3}
          maxRows={8}
          maxLength={ALASAN_MAX}
          data-testid="override-alasan"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="override-batal">
            {t('umum.batal')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="override-simpan">
            {t('penilai.formKhusus.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
