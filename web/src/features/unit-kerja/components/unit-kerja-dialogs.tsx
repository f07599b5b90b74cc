import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import { JENIS_UNIT, UnitKerjaBaru, UnitKerjaTutup, UnitKerjaUbah, type UnitKerjaNode } from '../../../../../contracts/unit-kerja.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useCloseUnitKerja } from '../api/close-unit-kerja.ts';
import { useCreateUnitKerja } from '../api/create-unit-kerja.ts';
import { useMoveUnitKerja } from '../api/move-unit-kerja.ts';
import { useUpdateUnitKerja } from '../api/update-unit-kerja.ts';
import { jenisUsulan, useJenisUnitLabel } from './jenis-unit.ts';

/** Long forms take the whole screen on phones. */
function Dialog({ opened, onClose, title, children }: { opened: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  return (
    <Modal opened={opened} onClose={onClose} title={title} fullScreen={!wide} centered size="lg">
      {children}
    </Modal>
  );
}

/** 409 DATA.KONFLIK: someone changed the unit meanwhile. Say so, close; the tree reloads (the mutation hooks invalidate it). */
function useKonflik(onClose: () => void) {
  const { t } = useTranslation();
  return (error: unknown): boolean => {
    if (!isApiError(error, 'DATA.KONFLIK')) return false;
    notifications.show({ color: 'orange', title: t('unitKerja.konflikJudul'), message: t('errors.DATA.KONFLIK'), autoClose: 8000 });
    onClose();
    return true;
  };
}

const FIELDS = ['kode', 'nama', 'singkatan', 'jenis'] as const;
type Field = (typeof FIELDS)[number];

/** Create a sub-unit under `induk` (or the instansi root when there is none yet), or rename `unit`. */
export function UnitFormModal({
  opened,
  induk,
  unit,
  onClose,
  onCreated,
}: {
  opened: boolean;
  induk: UnitKerjaNode | null;
  unit: UnitKerjaNode | null;
  onClose: () => void;
  onCreated: (indukId: string | null) => void;
}) {
  const { t } = useTranslation();
  const jenisLabel = useJenisUnitLabel();
  const [v, setV] = useState<Record<Field, string>>({
    kode: unit?.kode ?? (induk ? `${induk.kode}.` : ''),
    nama: unit?.nama ?? '',
    singkatan: unit?.singkatan ?? '',
    jenis: unit?.jenis ?? jenisUsulan(induk),
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const konflik = useKonflik(onClose);
  const onError = (error: Error) => {
    if (konflik(error)) return;
    if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
  };
  const create = useCreateUnitKerja({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('unitKerja.tersimpanBaru', { nama: v.nama.trim() }) });
      onCreated(induk?.id ?? null);
      onClose();
    },
    onError,
  });
  const update = useUpdateUnitKerja({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('unitKerja.tersimpan') });
      onClose();
    },
    onError,
  });
  const mutation = unit ? update : create;
  const adalahAkar = unit ? unit.indukId === null : induk === null;

  const set = (field: Field) => (value: string) => {
    setV((prev) => ({ ...prev, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // checked with the contract's schema (the server runs the same), then sent as parsed (kode upper-cased, trimmed)
    const isian = { kode: v.kode, nama: v.nama, singkatan: v.singkatan || null, jenis: v.jenis };
    if (unit) {
      const parsed = UnitKerjaUbah.safeParse({ ...isian, versi: unit.versi });
      if (parsed.success) update.mutate({ ...parsed.data, id: unit.id });
      else setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS));
    } else {
      const parsed = UnitKerjaBaru.safeParse({ ...isian, indukId: induk?.id ?? null });
      if (parsed.success) create.mutate(parsed.data);
      else setErrors(zodFieldErrors(t, parsed.error.issues, FIELDS));
    }
  };

  const jenisData = JENIS_UNIT.filter((j) => (adalahAkar ? j === 'pemda' : j !== 'pemda')).map((j) => ({ value: j, label: jenisLabel(j) }));

  return (
    <Dialog opened={opened} onClose={onClose} title={unit ? t('unitKerja.ubahJudul') : t('unitKerja.tambahJudul')}>
      <form onSubmit={submit} noValidate data-testid="unit-form">
        <Stack gap="md">
          {!unit && induk ? (
            <Text size="sm" c="dimmed" data-testid="unit-form-induk">
              {t('unitKerja.dibawah', { nama: induk.nama })}
              {induk.kedalaman === 0 ? ` ${t('unitKerja.akanJadiOpd')}` : ''}
            </Text>
          ) : null}
          <TextInput label={t('unitKerja.nama')} value={v.nama} onChange={(e) => set('nama')(e.currentTarget.value)} error={errors.nama} required data-autofocus data-testid="unit-nama" />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('unitKerja.kode')}
              description={t('unitKerja.kodeKet')}
              value={v.kode}
              onChange={(e) => set('kode')(e.currentTarget.value.toUpperCase())}
              error={errors.kode}
              required
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              miw={200}
              data-testid="unit-kode"
            />
            <TextInput label={t('unitKerja.singkatan')} value={v.singkatan} onChange={(e) => set('singkatan')(e.currentTarget.value)} error={errors.singkatan} miw={160} data-testid="unit-singkatan" />
          </Group>
          <Select
            label={t('unitKerja.jenis')}
            data={jenisData}
            value={v.jenis}
            onChange={(value) => set('jenis')(value ?? '')}
            error={errors.jenis}
            required
            allowDeselect={false}
            searchable
            data-testid="unit-jenis"
            comboboxProps={{ withinPortal: true }}
          />
          {mutation.error && !isApiError(mutation.error, 'DATA.KONFLIK') && Object.values(errors).every((e) => !e) ? <ApiErrorAlert error={mutation.error} testId="unit-form-error" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('umum.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="unit-simpan">
              {t('komponen.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** Every unit inside `unit`'s subtree (itself included), from the flat depth-first list. */
function subtreeIds(unit: UnitKerjaNode, items: UnitKerjaNode[]): Set<string> {
  const ids = new Set([unit.id]);
  for (const u of items) if (u.indukId && ids.has(u.indukId)) ids.add(u.id);
  return ids;
}

export function PindahUnitModal({
  opened,
  unit,
  items,
  onClose,
  onMoved,
}: {
  opened: boolean;
  unit: UnitKerjaNode | null;
  items: UnitKerjaNode[];
  onClose: () => void;
  onMoved: (indukId: string) => void;
}) {
  const { t } = useTranslation();
  const [indukId, setIndukId] = useState<string | null>(null);
  const konflik = useKonflik(onClose);
  const move = useMoveUnitKerja({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('unitKerja.dipindah') });
      if (indukId) onMoved(indukId);
      onClose();
    },
    onError: (e) => void konflik(e),
  });
  const byId = useMemo(() => new Map(items.map((u) => [u.id, u])), [items]);
  const sub = useMemo(() => (unit ? subtreeIds(unit, items) : new Set<string>()), [unit, items]);
  // the new parent may not be inside the moved subtree (the server refuses a loop too) nor closed
  const pilihan = items
    .filter((u) => unit && !sub.has(u.id) && u.id !== unit.indukId && !u.ditutupPada)
    .map((u) => ({ value: u.id, label: `${u.nama} (${u.kode})` }));
  const target = indukId ? byId.get(indukId) : undefined;
  const opdBaru = target ? (target.kedalaman === 0 ? unit?.nama : (byId.get(target.opdId ?? '')?.nama ?? target.nama)) : undefined;

  if (!unit) return null;
  return (
    <Dialog opened={opened} onClose={onClose} title={t('unitKerja.pindahJudul', { nama: unit.nama })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (indukId) move.mutate({ id: unit.id, versi: unit.versi, indukId });
        }}
        data-testid="unit-pindah-form"
      >
        <Stack gap="md">
          <Select
            label={t('unitKerja.indukBaru')}
            placeholder={t('unitKerja.indukBaruCari')}
            data={pilihan}
            value={indukId}
            onChange={setIndukId}
            searchable
            required
            nothingFoundMessage={t('komponen.tidakAdaPilihan')}
            limit={50}
            data-testid="unit-pindah-induk"
            comboboxProps={{ withinPortal: true }}
          />
          {target ? (
            <Alert color="kupang" variant="light" icon={<IconInfoCircle size={20} />} data-testid="unit-pindah-ringkasan">
              {t('unitKerja.pindahRingkasan', { count: sub.size - 1, nama: unit.nama, induk: target.nama, opd: opdBaru })}
            </Alert>
          ) : null}
          {move.error && !isApiError(move.error, 'DATA.KONFLIK') ? <ApiErrorAlert error={move.error} testId="unit-pindah-error" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('umum.batal')}
            </Button>
            <Button type="submit" loading={move.isPending} disabled={!indukId} data-testid="unit-pindah-simpan">
              {t('unitKerja.pindahkan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

export function TutupUnitModal({ opened, unit, onClose }: { opened: boolean; unit: UnitKerjaNode | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [tanggal, setTanggal] = useState(() => tanggalWita(new Date()));
  const [error, setError] = useState<string | undefined>();
  const konflik = useKonflik(onClose);
  const close = useCloseUnitKerja({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('unitKerja.ditutupOk', { nama: unit?.nama ?? '' }) });
      onClose();
    },
    onError: (e) => void konflik(e),
  });
  if (!unit) return null;
  return (
    <Dialog opened={opened} onClose={onClose} title={t('unitKerja.tutupJudul', { nama: unit.nama })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = UnitKerjaTutup.safeParse({ versi: unit.versi, tanggal });
          if (!parsed.success) {
            setError(t('komponen.tanggalTidakValid'));
            return;
          }
          close.mutate({ id: unit.id, ...parsed.data });
        }}
        noValidate
        data-testid="unit-tutup-form"
      >
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} data-testid="unit-tutup-peringatan">
            {t('unitKerja.tutupPeringatan')}
          </Alert>
          {unit.jumlahPegawai > 0 ? (
            <Text size="sm" c="red">
              {t('unitKerja.tutupMasihAda', { count: unit.jumlahPegawai })}
            </Text>
          ) : null}
          <TextInput
            type="date"
            label={t('unitKerja.tanggalTutup')}
            description={t('unitKerja.tanggalTutupKet')}
            value={tanggal}
            onChange={(e) => {
              setTanggal(e.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            required
            maw={240}
            data-testid="unit-tutup-tanggal"
          />
          {close.error && !isApiError(close.error, 'DATA.KONFLIK') ? <ApiErrorAlert error={close.error} testId="unit-tutup-error" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('umum.batal')}
            </Button>
            <Button type="submit" color="red" loading={close.isPending} data-testid="unit-tutup-simpan">
              {t('unitKerja.tutup')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
