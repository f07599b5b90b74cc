import { Button, Checkbox, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JabatanBaru, JabatanUbah, JENJANG_FUNGSIONAL, KELAS_JABATAN, type JabatanItem } from '../../../../../contracts/jabatan.ts';
import { JENIS_JABATAN } from '../../../../../contracts/kepegawaian.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { SearchSelect, type SearchOption } from '../../../components/ui/search-select.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useCreateJabatan } from '../api/create-jabatan.ts';
import { useJabatanList } from '../api/get-jabatan-list.ts';
import { useUnitPilihan } from '../api/get-unit-pilihan.ts';
import { useUpdateJabatan } from '../api/update-jabatan.ts';

const FIELDS = ['nama', 'jenis', 'jenjang', 'kelasJabatan', 'unitId', 'atasanJabatanId', 'kepalaUnit'] as const;
type Field = (typeof FIELDS)[number];

type Isian = {
  nama: string;
  jenis: string | null;
  jenjang: string | null;
  kelasJabatan: number | null;
  unitId: string | null;
  atasanJabatanId: string | null;
  kepalaUnit: boolean;
};

/** Search of the jabatan above: by its name or its unit's name, served page by page. */
function AtasanPicker({ value, selected, onChange, error, kecuali }: { value: string | null; selected: SearchOption | null; onChange: (v: string | null, o: SearchOption | null) => void; error?: string | undefined; kecuali?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(selected?.label ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // while the field shows the chosen label, list from scratch rather than only that one name
  const q = selected && debounced === selected.label ? '' : debounced;
  const query = useJabatanList({ q: q || undefined, page: 1, pageSize: 20 });
  const options = (query.data?.items ?? []).filter((j) => j.id !== kecuali).map((j) => ({ value: j.id, label: j.nama, description: j.unit }));
  return (
    <SearchSelect
      label={t('jabatan.atasan')}
      description={t('jabatan.atasanKet')}
      placeholder={t('jabatan.atasanCari')}
      value={value}
      selected={selected}
      onChange={onChange}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={query.isFetching}
      error={error}
      testId="jabatan-atasan"
    />
  );
}

/** Create or edit a jabatan. The contract's schema checks it as you submit (jenjang only for fungsional, kelas 1–17). */
export function JabatanFormModal({ opened, jabatan, unitAwal, onClose }: { opened: boolean; jabatan: JabatanItem | null; unitAwal?: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const units = useUnitPilihan();
  const [v, setV] = useState<Isian>({
    nama: jabatan?.nama ?? '',
    jenis: jabatan?.jenis ?? null,
    jenjang: jabatan?.jenjang ?? null,
    kelasJabatan: jabatan?.kelasJabatan ?? null,
    unitId: jabatan?.unitId ?? unitAwal ?? null,
    atasanJabatanId: jabatan?.atasanJabatanId ?? null,
    kepalaUnit: jabatan?.kepalaUnit ?? false,
  });
  const [atasan, setAtasan] = useState<SearchOption | null>(jabatan?.atasanJabatanId ? { value: jabatan.atasanJabatanId, label: jabatan.atasanJabatan ?? '' } : null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const onError = (error: Error) => {
    if (isApiError(error, 'DATA.KONFLIK')) {
      notifications.show({ color: 'orange', title: t('jabatan.konflikJudul'), message: t('errors.DATA.KONFLIK'), autoClose: 8000 });
      onClose();
      return;
    }
    if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
  };
  const onSuccess = () => {
    notifications.show({ color: 'teal', message: t('jabatan.tersimpan', { nama: v.nama.trim() }) });
    onClose();
  };
  const create = useCreateJabatan({ onSuccess, onError });
  const update = useUpdateJabatan({ onSuccess, onError });
  const mutation = jabatan ? update : create;

  const set = <K extends keyof Isian>(field: K, value: Isian[K]) => {
    setV((prev) => ({
      ...prev,
      [field]: value,
      // jenjang belongs to fungsional posts only; the Kepala Daerah has no atasan
      ...(field === 'jenis' && value !== 'fungsional' ? { jenjang: null } : {}),
      ...(field === 'jenis' && value === 'kepala_daerah' ? { atasanJabatanId: null } : {}),
    }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  // an empty choice (null) fails the enum/uuid check: for the user that is simply "required"
  const wajib = (issue: { code: string }) => (issue.code === 'invalid_value' || issue.code === 'invalid_type' || issue.code === 'invalid_format' ? t('validasi.wajib') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (jabatan) {
      const parsed = JabatanUbah.safeParse({ ...v, versi: jabatan.versi });
      if (parsed.success) update.mutate({ ...parsed.data, id: jabatan.id });
      else setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS, wajib));
    } else {
      const parsed = JabatanBaru.safeParse(v);
      if (parsed.success) create.mutate(parsed.data);
      else setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS, wajib));
    }
  };

  const unitData = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.jalurNama.length ? `${u.nama} — ${u.jalurNama[0]}` : u.nama }));

  return (
    <Modal opened={opened} onClose={onClose} title={jabatan ? t('jabatan.ubahJudul') : t('jabatan.tambahJudul')} fullScreen={!wide} centered size="lg">
      <form onSubmit={submit} noValidate data-testid="jabatan-form">
        <Stack gap="md">
          <TextInput label={t('jabatan.nama')} value={v.nama} onChange={(e) => set('nama', e.currentTarget.value)} error={errors.nama} required data-autofocus data-testid="jabatan-nama" />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('jabatan.jenis')}
              data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) }))}
              value={v.jenis}
              onChange={(value) => set('jenis', value)}
              error={errors.jenis}
              required
              miw={200}
              data-testid="jabatan-jenis"
              comboboxProps={{ withinPortal: true }}
            />
            {v.jenis === 'fungsional' ? (
              <Select
                label={t('jabatan.jenjang')}
                data={JENJANG_FUNGSIONAL.map((j) => ({ value: j, label: t(`jenjang.${j}`) }))}
                value={v.jenjang}
                onChange={(value) => set('jenjang', value)}
                error={errors.jenjang}
                required
                miw={180}
                data-testid="jabatan-jenjang"
                comboboxProps={{ withinPortal: true }}
              />
            ) : null}
            <NumberInput
              label={t('jabatan.kelas')}
              description={t('jabatan.kelasKet', KELAS_JABATAN)}
              value={v.kelasJabatan ?? ''}
              onChange={(value) => set('kelasJabatan', typeof value === 'number' ? value : value === '' ? null : Number(value))}
              min={KELAS_JABATAN.min}
              max={KELAS_JABATAN.max}
              allowDecimal={false}
              clampBehavior="none"
              error={errors.kelasJabatan}
              miw={120}
              data-testid="jabatan-kelas"
            />
          </Group>
          <Select
            label={t('jabatan.unit')}
            placeholder={t('jabatan.unitCari')}
            data={unitData}
            value={v.unitId}
            onChange={(value) => set('unitId', value)}
            error={errors.unitId}
            searchable
            required
            limit={50}
            nothingFoundMessage={t('komponen.tidakAdaPilihan')}
            disabled={units.isPending}
            data-testid="jabatan-unit"
            comboboxProps={{ withinPortal: true }}
          />
          {v.jenis !== 'kepala_daerah' ? (
            <AtasanPicker
              value={v.atasanJabatanId}
              selected={atasan}
              kecuali={jabatan?.id}
              onChange={(value, option) => {
                set('atasanJabatanId', value);
                setAtasan(option);
              }}
              error={errors.atasanJabatanId}
            />
          ) : null}
          <Checkbox
            label={t('jabatan.kepalaUnit')}
            description={t('jabatan.kepalaUnitKet')}
            checked={v.kepalaUnit}
            onChange={(e) => set('kepalaUnit', e.currentTarget.checked)}
            error={errors.kepalaUnit}
            data-testid="jabatan-kepala"
          />
          {mutation.error && !isApiError(mutation.error, 'DATA.KONFLIK') && Object.values(errors).every((e) => !e) ? <ApiErrorAlert error={mutation.error} testId="jabatan-form-error" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('umum.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="jabatan-simpan">
              {t('komponen.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
