import { Alert, Autocomplete, Button, Code, CopyButton, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowsExchange, IconCheck, IconCopy, IconKey, IconPencil, IconUserCog } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import { STATUS_TANPA_AKSES } from '../../../../../domain/status-pegawai.ts';
import { STATUS_PEGAWAI, type PegawaiProfil } from '../../../../../contracts/kepegawaian.ts';
import { JENIS_MUTASI, MutasiBody, PegawaiUbah, StatusBody } from '../../../../../contracts/pegawai.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatNip, formatTanggal } from '../../../utils/format.ts';
import { useAkunPegawai } from '../api/get-akun-pegawai.ts';
import { useMutasiPegawai } from '../api/mutasi-pegawai.ts';
import { useResetPasswordPegawai } from '../api/reset-password-pegawai.ts';
import { useUbahStatusPegawai } from '../api/ubah-status-pegawai.ts';
import { useUpdatePegawai } from '../api/update-pegawai.ts';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from './golongan.ts';
import { JabatanPicker } from './jabatan-picker.tsx';

type Aksi = 'ubah' | 'mutasi' | 'status' | 'reset' | null;

function Dialog({ opened, onClose, title, children }: { opened: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  return (
    <Modal opened={opened} onClose={onClose} title={title} fullScreen={!wide} centered size="lg">
      {children}
    </Modal>
  );
}

/**
 * What every admin form does with a refusal: 409 DATA.KONFLIK → "Data telah diubah oleh pengguna lain…", close (the
 * mutation hooks have already reloaded the pegawai), the admin reopens with fresh data; field errors → the fields.
 */
function usePenangananGalat<F extends string>(fields: readonly F[], setErrors: (e: FieldErrors<F>) => void, onClose: () => void) {
  const { t } = useTranslation();
  return (error: Error) => {
    if (isApiError(error, 'DATA.KONFLIK')) {
      notifications.show({ color: 'orange', title: t('kelolaPegawai.konflikJudul'), message: t('errors.DATA.KONFLIK'), autoClose: 8000 });
      onClose();
      return;
    }
    if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, fields));
  };
}

const galatUmum = (error: Error | null, errors: Record<string, string | undefined>) => !!error && !isApiError(error, 'DATA.KONFLIK') && Object.values(errors).every((e) => !e);

const UBAH_FIELDS = ['nama', 'gelarDepan', 'gelarBelakang', 'golongan', 'email', 'telepon'] as const;

function UbahDataForm({ profil, onClose }: { profil: PegawaiProfil; onClose: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    nama: profil.nama,
    gelarDepan: profil.gelarDepan ?? '',
    gelarBelakang: profil.gelarBelakang ?? '',
    golongan: profil.golongan ?? '',
    email: profil.email ?? '',
    telepon: profil.telepon ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<(typeof UBAH_FIELDS)[number]>>({});
  const onError = usePenangananGalat(UBAH_FIELDS, setErrors, onClose);
  const update = useUpdatePegawai({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('kelolaPegawai.tersimpan') });
      onClose();
    },
    onError,
  });
  const set = (field: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PegawaiUbah.safeParse({ ...v, versi: profil.versi });
    if (parsed.success) update.mutate({ ...parsed.data, id: profil.id });
    else setErrors(zodFieldErrors(t, parsed.error.issues, UBAH_FIELDS));
  };
  return (
    <form onSubmit={submit} noValidate data-testid="ubah-form">
      <Stack gap="md">
        <TextInput label={t('kelolaPegawai.nama')} value={v.nama} onChange={(e) => set('nama')(e.currentTarget.value)} error={errors.nama} required data-autofocus data-testid="ubah-nama" />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('kelolaPegawai.gelarDepan')} value={v.gelarDepan} onChange={(e) => set('gelarDepan')(e.currentTarget.value)} error={errors.gelarDepan} miw={140} data-testid="ubah-gelar-depan" />
          <TextInput label={t('kelolaPegawai.gelarBelakang')} value={v.gelarBelakang} onChange={(e) => set('gelarBelakang')(e.currentTarget.value)} error={errors.gelarBelakang} miw={140} data-testid="ubah-gelar-belakang" />
          <Autocomplete
            label={t('profil.golongan')}
            data={profil.jenisAsn === 'PNS' ? GOLONGAN_PNS : GOLONGAN_PPPK}
            value={v.golongan}
            onChange={set('golongan')}
            error={errors.golongan}
            miw={120}
            data-testid="ubah-golongan"
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="email" label={t('kelolaPegawai.email')} value={v.email} onChange={(e) => set('email')(e.currentTarget.value)} error={errors.email} miw={200} data-testid="ubah-email" />
          <TextInput type="tel" label={t('kelolaPegawai.telepon')} value={v.telepon} onChange={(e) => set('telepon')(e.currentTarget.value)} error={errors.telepon} miw={160} data-testid="ubah-telepon" />
        </Group>
        {galatUmum(update.error, errors) ? <ApiErrorAlert error={update.error} testId="ubah-error" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('umum.batal')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="ubah-simpan">
            {t('komponen.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const MUTASI_FIELDS = ['jabatanId', 'tanggal', 'jenis', 'nomorSk', 'keterangan'] as const;

function MutasiForm({ profil, onClose }: { profil: PegawaiProfil; onClose: () => void }) {
  const { t } = useTranslation();
  const [jabatanId, setJabatanId] = useState<string | null>(null);
  const [v, setV] = useState({ tanggal: tanggalWita(new Date()), jenis: 'mutasi' as string, nomorSk: '', keterangan: '' });
  const [errors, setErrors] = useState<FieldErrors<(typeof MUTASI_FIELDS)[number]>>({});
  const onError = usePenangananGalat(MUTASI_FIELDS, setErrors, onClose);
  const mutasi = useMutasiPegawai({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('kelolaPegawai.mutasiOk') });
      onClose();
    },
    onError,
  });
  const set = (field: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = MutasiBody.safeParse({ ...v, jabatanId, versi: profil.versi });
    if (parsed.success) mutasi.mutate({ ...parsed.data, id: profil.id });
    else setErrors(zodFieldErrors(t, parsed.error.issues, MUTASI_FIELDS, (i) => (i.code === 'invalid_type' || i.code === 'invalid_format' ? t('validasi.wajib') : undefined)));
  };
  return (
    <form onSubmit={submit} noValidate data-testid="mutasi-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('kelolaPegawai.mutasiSekarang', { jabatan: profil.jabatan?.nama ?? t('umum.kosong'), unit: profil.unit?.nama ?? t('umum.kosong') })}
        </Text>
        <JabatanPicker
          label={t('kelolaPegawai.jabatanBaru')}
          placeholder={t('kelolaPegawai.jabatanCari')}
          value={jabatanId}
          onChange={(id) => {
            setJabatanId(id);
            setErrors((e) => ({ ...e, jabatanId: undefined }));
          }}
          kecuali={profil.jabatan?.id}
          error={errors.jabatanId}
          testId="mutasi-jabatan"
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="date" label={t('kelolaPegawai.tanggalMutasi')} description={t('kelolaPegawai.tanggalMutasiKet')} value={v.tanggal} onChange={(e) => set('tanggal')(e.currentTarget.value)} error={errors.tanggal} required miw={180} data-testid="mutasi-tanggal" />
          <Select
            label={t('kelolaPegawai.jenisMutasi')}
            data={JENIS_MUTASI.map((j) => ({ value: j, label: t(`kelolaPegawai.jenisRiwayat.${j}`) }))}
            value={v.jenis}
            onChange={(value) => set('jenis')(value ?? 'mutasi')}
            allowDeselect={false}
            error={errors.jenis}
            miw={160}
            data-testid="mutasi-jenis"
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <TextInput label={t('kelolaPegawai.nomorSk')} placeholder="800/123/BKPPD/2026" value={v.nomorSk} onChange={(e) => set('nomorSk')(e.currentTarget.value)} error={errors.nomorSk} data-testid="mutasi-nomor-sk" />
        <Textarea label={t('kelolaPegawai.keterangan')} value={v.keterangan} onChange={(e) => set('keterangan')(e.currentTarget.value)} error={errors.keterangan} autosize minRows={2} data-testid="mutasi-keterangan" />
        {galatUmum(mutasi.error, errors) ? <ApiErrorAlert error={mutasi.error} testId="mutasi-error" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('umum.batal')}
          </Button>
          <Button type="submit" loading={mutasi.isPending} data-testid="mutasi-simpan">
            {t('kelolaPegawai.simpanMutasi')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const STATUS_FIELDS = ['status', 'sejak', 'keterangan'] as const;

function StatusForm({ profil, onClose }: { profil: PegawaiProfil; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const [v, setV] = useState({ status: profil.status as string, sejak: tanggalWita(new Date()), keterangan: '' });
  const [errors, setErrors] = useState<FieldErrors<(typeof STATUS_FIELDS)[number]>>({});
  const onError = usePenangananGalat(STATUS_FIELDS, setErrors, onClose);
  const ubah = useUbahStatusPegawai({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('kelolaPegawai.statusOk') });
      onClose();
    },
    onError,
  });
  const set = (field: keyof typeof v) => (value: string) => {
    setV((p) => ({ ...p, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = StatusBody.safeParse({ ...v, versi: profil.versi });
    if (parsed.success) ubah.mutate({ ...parsed.data, id: profil.id });
    else setErrors(zodFieldErrors(t, parsed.error.issues, STATUS_FIELDS));
  };
  const mengakhiriAkses = STATUS_TANPA_AKSES.has(v.status);
  return (
    <form onSubmit={submit} noValidate data-testid="status-form">
      <Stack gap="md">
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('kelolaPegawai.statusBaru')}
            data={STATUS_PEGAWAI.map((s) => ({ value: s, label: t(`statusPegawai.${s}`) }))}
            value={v.status}
            onChange={(value) => set('status')(value ?? profil.status)}
            allowDeselect={false}
            error={errors.status}
            miw={180}
            data-testid="status-pilih"
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput type="date" label={t('kelolaPegawai.berlakuSejak')} value={v.sejak} onChange={(e) => set('sejak')(e.currentTarget.value)} error={errors.sejak} required miw={180} data-testid="status-tanggal" />
        </Group>
        {mengakhiriAkses ? (
          // DOMAIN: pegawai who leave lose access on that date; their records stay (kepegawaian issue)
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={t('kelolaPegawai.aksesBerakhirJudul')} data-testid="status-peringatan">
            {t('kelolaPegawai.aksesBerakhir', { nama: profil.namaLengkap, tanggal: formatTanggal(v.sejak, bahasa) || v.sejak })}
          </Alert>
        ) : null}
        <Textarea label={t('kelolaPegawai.keterangan')} value={v.keterangan} onChange={(e) => set('keterangan')(e.currentTarget.value)} error={errors.keterangan} autosize minRows={2} data-testid="status-keterangan" />
        {galatUmum(ubah.error, errors) ? <ApiErrorAlert error={ubah.error} testId="status-error" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('umum.batal')}
          </Button>
          <Button type="submit" color={mengakhiriAkses ? 'red' : undefined} loading={ubah.isPending} data-testid="status-simpan">
            {mengakhiriAkses ? t('kelolaPegawai.simpanStatusAkhir') : t('komponen.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResetPassword({ profil, onClose }: { profil: PegawaiProfil; onClose: () => void }) {
  const { t } = useTranslation();
  const akun = useAkunPegawai(profil.nip);
  const reset = useResetPasswordPegawai();
  if (reset.data) {
    return (
      <Stack gap="md" data-testid="reset-hasil">
        <Text size="sm">{t('akun.hasilTeks', { nama: profil.namaLengkap, username: formatNip(profil.nip, profil.jenisAsn) })}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code fz="lg" px="md" py="xs" style={{ flex: 1, wordBreak: 'break-all' }} data-testid="reset-password-sementara">
            {reset.data.passwordSementara}
          </Code>
          <CopyButton value={reset.data.passwordSementara}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy} data-testid="reset-salin">
                {copied ? t('umum.tersalin') : t('umum.salin')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Alert color="orange" variant="light">
          {t('akun.hasilCatatan')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="reset-tutup">
            {t('umum.tutup')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid="reset-konfirmasi">
      <Text size="sm">{t('akun.resetTeks', { nama: profil.namaLengkap, username: formatNip(profil.nip, profil.jenisAsn) })}</Text>
      {STATUS_TANPA_AKSES.has(profil.status) ? (
        <Alert color="orange" variant="light">
          {t('kelolaPegawai.resetTanpaAkses')}
        </Alert>
      ) : null}
      {akun.isError ? <ApiErrorAlert error={akun.error} testId="reset-error" /> : null}
      {akun.isSuccess && !akun.data ? <Alert color="red">{t('kelolaPegawai.akunTidakAda')}</Alert> : null}
      {reset.error ? <ApiErrorAlert error={reset.error} testId="reset-error" /> : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('umum.batal')}
        </Button>
        <Button color="orange" loading={reset.isPending || akun.isPending} disabled={!akun.data} onClick={() => akun.data && reset.mutate({ akunId: akun.data.id })} data-testid="reset-konfirmasi-ya">
          {t('akun.resetYa')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The admin's actions on one pegawai: edit data, mutasi, status (ending access), reset password. */
export function PegawaiAksi({ profil }: { profil: PegawaiProfil }) {
  const { t } = useTranslation();
  const [aksi, setAksi] = useState<Aksi>(null);
  const close = () => setAksi(null);
  const keluar = STATUS_TANPA_AKSES.has(profil.status);
  const judul = { ubah: t('kelolaPegawai.ubahData'), mutasi: t('kelolaPegawai.mutasi'), status: t('kelolaPegawai.ubahStatus'), reset: t('akun.resetJudul') };
  return (
    <>
      <Group gap="xs" wrap="wrap" data-testid="pegawai-aksi">
        <Button variant="light" size="sm" leftSection={<IconPencil size={16} />} onClick={() => setAksi('ubah')} data-testid="pegawai-aksi-ubah">
          {t('kelolaPegawai.ubahData')}
        </Button>
        <Button variant="light" size="sm" leftSection={<IconArrowsExchange size={16} />} onClick={() => setAksi('mutasi')} disabled={keluar} data-testid="pegawai-aksi-mutasi">
          {t('kelolaPegawai.mutasi')}
        </Button>
        <Button variant="light" size="sm" leftSection={<IconUserCog size={16} />} onClick={() => setAksi('status')} data-testid="pegawai-aksi-status">
          {t('kelolaPegawai.ubahStatus')}
        </Button>
        {profil.nip ? (
          <Button variant="light" color="orange" size="sm" leftSection={<IconKey size={16} />} onClick={() => setAksi('reset')} data-testid="pegawai-aksi-reset">
            {t('akun.reset')}
          </Button>
        ) : null}
      </Group>
      {/* each opening mounts a fresh form from the profile on screen (whose versi the server will check) */}
      <Dialog opened={aksi !== null} onClose={close} title={aksi ? judul[aksi] : ''}>
        {aksi === 'ubah' ? <UbahDataForm profil={profil} onClose={close} /> : null}
        {aksi === 'mutasi' ? <MutasiForm profil={profil} onClose={close} /> : null}
        {aksi === 'status' ? <StatusForm profil={profil} onClose={close} /> : null}
        {aksi === 'reset' ? <ResetPassword profil={profil} onClose={close} /> : null}
      </Dialog>
    </>
  );
}
