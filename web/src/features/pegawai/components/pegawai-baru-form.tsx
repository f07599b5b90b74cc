import { Alert, Autocomplete, Button, Card, Grid, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import { JENIS_ASN_BERNOMOR, PegawaiBaru } from '../../../../../contracts/pegawai.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useCreatePegawai } from '../api/create-pegawai.ts';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from './golongan.ts';
import { JabatanPicker } from './jabatan-picker.tsx';
import { NipInput } from './nip-input.tsx';

const FIELDS = ['nip', 'jenisAsn', 'nama', 'gelarDepan', 'gelarBelakang', 'golongan', 'email', 'telepon', 'jabatanId', 'tmtJabatan'] as const;
type Field = (typeof FIELDS)[number];
type JenisAsn = (typeof JENIS_ASN_BERNOMOR)[number];

function Bagian({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <Title order={2} fz="md" mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Card>
  );
}

/**
 * "Tambah pegawai": the NIP is checked as it is typed by the same domain rule the server applies, with the message
 * naming the wrong part; the jabatan is searched by name or unit. The account is created without a password.
 */
export function PegawaiBaruForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [jenisAsn, setJenisAsn] = useState<JenisAsn>('PNS');
  const [v, setV] = useState({ nip: '', nama: '', gelarDepan: '', gelarBelakang: '', golongan: '', email: '', telepon: '', tmtJabatan: tanggalWita(new Date()) });
  const [jabatanId, setJabatanId] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const create = useCreatePegawai({
    onSuccess: (r) => {
      notifications.show({ color: 'teal', title: t('kelolaPegawai.ditambahkan'), message: t('kelolaPegawai.ditambahkanKet'), autoClose: 8000 });
      onCreated(r.id);
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
    },
  });

  const set = (field: keyof typeof v) => (value: string) => {
    setV((prev) => ({ ...prev, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PegawaiBaru.safeParse({ ...v, jenisAsn, jabatanId });
    if (!parsed.success) {
      const wajib = (issue: { code: string }) => (issue.code === 'invalid_type' || issue.code === 'invalid_format' ? t('validasi.wajib') : undefined);
      setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS, wajib));
      return;
    }
    create.mutate(parsed.data);
  };

  const golongan = jenisAsn === 'PNS' ? GOLONGAN_PNS : GOLONGAN_PPPK;

  return (
    <form onSubmit={submit} noValidate data-testid="pegawai-form">
      <Stack gap="md">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Bagian title={t('kelolaPegawai.identitas')}>
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t('profil.jenisAsn')}
                </Text>
                <SegmentedControl
                  value={jenisAsn}
                  onChange={(value) => setJenisAsn(value as JenisAsn)}
                  data={JENIS_ASN_BERNOMOR.map((j) => ({ value: j, label: t(`jenisAsn.${j}`) }))}
                  fullWidth
                  data-testid="pegawai-jenis-asn"
                />
              </div>
              <NipInput label={jenisAsn === 'PNS' ? t('kelolaPegawai.nip') : t('kelolaPegawai.nipPppk')} value={v.nip} onChange={set('nip')} jenisAsn={jenisAsn} error={errors.nip} />
              <TextInput label={t('kelolaPegawai.nama')} description={t('kelolaPegawai.namaKet')} value={v.nama} onChange={(e) => set('nama')(e.currentTarget.value)} error={errors.nama} required data-testid="pegawai-nama" />
              <Group grow align="flex-start" wrap="wrap">
                <TextInput label={t('kelolaPegawai.gelarDepan')} placeholder="dr." value={v.gelarDepan} onChange={(e) => set('gelarDepan')(e.currentTarget.value)} error={errors.gelarDepan} miw={140} data-testid="pegawai-gelar-depan" />
                <TextInput label={t('kelolaPegawai.gelarBelakang')} placeholder="S.Kom." value={v.gelarBelakang} onChange={(e) => set('gelarBelakang')(e.currentTarget.value)} error={errors.gelarBelakang} miw={140} data-testid="pegawai-gelar-belakang" />
                <Autocomplete label={t('profil.golongan')} data={golongan} value={v.golongan} onChange={set('golongan')} error={errors.golongan} miw={120} data-testid="pegawai-golongan" comboboxProps={{ withinPortal: true }} />
              </Group>
            </Bagian>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <Bagian title={t('kelolaPegawai.jabatanAwal')}>
                <JabatanPicker
                  label={t('profil.jabatan')}
                  placeholder={t('kelolaPegawai.jabatanCari')}
                  value={jabatanId}
                  onChange={(id) => {
                    setJabatanId(id);
                    setErrors((e) => ({ ...e, jabatanId: undefined }));
                  }}
                  error={errors.jabatanId}
                  testId="pegawai-jabatan"
                />
                <TextInput type="date" label={t('kelolaPegawai.tmtJabatan')} description={t('kelolaPegawai.tmtJabatanKet')} value={v.tmtJabatan} onChange={(e) => set('tmtJabatan')(e.currentTarget.value)} error={errors.tmtJabatan} required maw={240} data-testid="pegawai-tmt" />
              </Bagian>
              <Bagian title={t('kelolaPegawai.kontak')}>
                <TextInput type="email" label={t('kelolaPegawai.email')} value={v.email} onChange={(e) => set('email')(e.currentTarget.value)} error={errors.email} data-testid="pegawai-email" />
                <TextInput type="tel" label={t('kelolaPegawai.telepon')} value={v.telepon} onChange={(e) => set('telepon')(e.currentTarget.value)} error={errors.telepon} data-testid="pegawai-telepon" />
              </Bagian>
            </Stack>
          </Grid.Col>
        </Grid>
        <Alert color="kupang" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('kelolaPegawai.akunKet')}
        </Alert>
        {create.error && Object.values(errors).every((e) => !e) ? <ApiErrorAlert error={create.error} testId="pegawai-form-error" /> : null}
        {Object.values(errors).some(Boolean) ? (
          <Text size="sm" c="red" data-testid="pegawai-form-periksa">
            {t('validasi.periksaIsian')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('umum.batal')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="pegawai-simpan">
            {t('kelolaPegawai.simpanBaru')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
