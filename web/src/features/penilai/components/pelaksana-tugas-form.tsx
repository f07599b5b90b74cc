import { Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { PelaksanaTugasBaru, useCreatePelaksanaTugas } from '../api/create-pelaksana-tugas.ts';
import type { PegawaiOpsi } from '../api/search-pegawai.ts';
import { FormErrorAlert, serverErrors, terjemahIsu } from './form-feedback.tsx';
import { PegawaiPicker } from './pegawai-picker.tsx';

const FIELDS = ['jabatanId', 'pegawaiId', 'jenis', 'mulai', 'selesai', 'nomorSk'] as const;
type Field = (typeof FIELDS)[number];

export type JabatanKosong = { jabatanId: string; nama: string };

/**
 * Plt/Plh for a vacant post: who, which kind, from–until, decree number. Checked with the contract's
 * PelaksanaTugasBaru before sending; the server's answers land on the field they concern.
 */
export function PelaksanaTugasForm({
  jabatan,
  mulaiAwal,
  onDone,
  onCancel,
}: {
  jabatan: JabatanKosong;
  mulaiAwal: string;
  onDone: (hasil: { jenis: 'plt' | 'plh'; pegawai: PegawaiOpsi }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [pegawai, setPegawai] = useState<PegawaiOpsi | null>(null);
  const [jenis, setJenis] = useState<'plt' | 'plh'>('plt');
  const [mulai, setMulai] = useState(mulaiAwal);
  const [selesai, setSelesai] = useState('');
  const [nomorSk, setNomorSk] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const mutation = useCreatePelaksanaTugas();

  const clear = (field: Field) => setErrors((e) => ({ ...e, [field]: undefined }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { jabatanId: jabatan.jabatanId, pegawaiId: pegawai?.id ?? '', jenis, mulai, selesai, nomorSk };
    const parsed = PelaksanaTugasBaru.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS, terjemahIsu(t, values)));
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data, {
      onSuccess: () => onDone({ jenis, pegawai: pegawai! }),
      onError: (error) => setErrors(serverErrors(error, FIELDS)),
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="plt-form">
      <Stack gap="md">
        {mutation.error ? <FormErrorAlert error={mutation.error} testId="plt-error" /> : null}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('penilai.formPlt.jabatan')}
          </Text>
          <Paper withBorder p="xs" bg="gray.0" data-testid="plt-jabatan" data-jabatan-id={jabatan.jabatanId}>
            <Group gap="xs" wrap="nowrap">
              <IconBriefcase size={18} color="var(--mantine-color-kupang-7)" style={{ flexShrink: 0 }} />
              <Text size="sm" fw={600}>
                {jabatan.nama}
              </Text>
            </Group>
          </Paper>
          {errors.jabatanId ? (
            <Text size="xs" c="red">
              {errors.jabatanId}
            </Text>
          ) : null}
        </Stack>
        <PegawaiPicker
          label={t('penilai.formPlt.pegawai')}
          value={pegawai}
          onChange={(p) => {
            setPegawai(p);
            clear('pegawaiId');
          }}
          error={errors.pegawaiId}
          required
          testId="plt-pegawai"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="plt-jenis-label">
            {t('penilai.formPlt.jenis')}
          </Text>
          <SegmentedControl
            aria-labelledby="plt-jenis-label"
            value={jenis}
            onChange={(v) => setJenis(v === 'plh' ? 'plh' : 'plt')}
            data={[
              { value: 'plt', label: <span data-testid="plt-jenis-plt">{t('penilai.jenis.plt')}</span> },
              { value: 'plh', label: <span data-testid="plt-jenis-plh">{t('penilai.jenis.plh')}</span> },
            ]}
            style={{ alignSelf: 'flex-start' }}
            data-testid="plt-jenis"
          />
          <Text size="xs" c="dimmed">
            {t('penilai.formPlt.jenisPetunjuk')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('penilai.formPlt.mulai')}
            value={mulai}
            onChange={(e) => {
              setMulai(e.currentTarget.value);
              clear('mulai');
            }}
            error={errors.mulai}
            required
            data-testid="plt-mulai"
          />
          <TextInput
            type="date"
            label={t('penilai.formPlt.selesai')}
            value={selesai}
            min={mulai || undefined}
            onChange={(e) => {
              setSelesai(e.currentTarget.value);
              clear('selesai');
            }}
            error={errors.selesai}
            required
            data-testid="plt-selesai"
          />
        </SimpleGrid>
        <TextInput
          label={t('penilai.formPlt.nomorSk')}
          placeholder={t('penilai.formPlt.nomorSkPlaceholder')}
          value={nomorSk}
          onChange={(e) => {
            setNomorSk(e.currentTarget.value);
            clear('nomorSk');
          }}
          error={errors.nomorSk}
          maxLength={100}
          data-testid="plt-nomor-sk"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="plt-batal">
            {t('umum.batal')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="plt-simpan">
            {t('penilai.formPlt.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
