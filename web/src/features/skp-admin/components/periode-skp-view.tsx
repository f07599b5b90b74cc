import { Badge, Button, Card, Grid, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Spoiler, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconCalendarStats, IconLock, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalValid } from '../../../../../domain/kalender.ts';
import { PENDEKATAN_SKP, type PendekatanSkp } from '../../../../../domain/skp.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPeran } from '../../../lib/authorization.ts';
import { issueMessage, serverFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatTanggal } from '../../../utils/format.ts';
import { SkpPeriodeBaru, useCreatePeriodeSkp } from '../api/create-periode.ts';
import { usePeriodeSkp, type SkpPeriode } from '../api/get-periode.ts';
import { useUnitPilihan } from '../api/get-unit.ts';
import { useUpdatePeriodeSkp } from '../api/update-periode.ts';
import { grupUnit, tahunPeriodeBawaan } from './format.ts';
import { usePeranSaya } from './peran.ts';
import { UnitMultiSelect } from './unit-pilihan.tsx';

/**
 * SKP periods (DOMAIN.md §2.1: one SKP per pegawai per period, normally 1 January – 31 December). The admin BKPPD opens
 * the year's period — for the whole instansi or for chosen units with their sub-units — and closes or reopens it; the
 * auditor sees the same list without the form and the buttons.
 */
export function PeriodeSkpView() {
  const { t } = useTranslation();
  const canEdit = hasPeran(usePeranSaya(), 'admin_bkppd');
  const periode = usePeriodeSkp();
  const list = periode.data ?? [];
  return (
    <>
      <PageHeader title={t('skpAdmin.periode.judul')} description={t(canEdit ? 'skpAdmin.periode.deskripsi' : 'skpAdmin.periode.deskripsiBaca')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: canEdit ? 7 : 12 }} order={{ base: list.length ? 1 : 2, md: 1 }}>
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('skpAdmin.periode.daftar')}
            </Title>
            {periode.isPending ? <LoadingView /> : null}
            {periode.isError ? <ErrorAlert error={periode.error} onRetry={() => void periode.refetch()} /> : null}
            {periode.isSuccess && list.length === 0 ? (
              <Card data-testid="periode-kosong">
                <Group gap="sm" c="dimmed" wrap="nowrap">
                  <IconCalendarStats size={22} style={{ flexShrink: 0 }} />
                  <Text size="sm">{t(canEdit ? 'skpAdmin.periode.kosong' : 'skpAdmin.periode.kosongBaca')}</Text>
                </Group>
              </Card>
            ) : null}
            {list.map((p) => (
              <PeriodeKartu key={p.id} periode={p} canEdit={canEdit} />
            ))}
          </Stack>
        </Grid.Col>
        {canEdit ? (
          <Grid.Col span={{ base: 12, md: 5 }} order={{ base: list.length ? 2 : 1, md: 2 }}>
            <PeriodeBaruForm periodeAda={list} />
          </Grid.Col>
        ) : null}
      </Grid>
    </>
  );
}

function Cakupan({ periode }: { periode: SkpPeriode }) {
  const { t } = useTranslation();
  if (periode.unitIds === null) {
    return (
      <Text size="sm" data-testid={`periode-${periode.tahun}-cakupan`}>
        {t('skpAdmin.periode.seluruhInstansi')}
      </Text>
    );
  }
  return (
    <Spoiler maxHeight={44} showLabel={t('skpAdmin.periode.lihatSemuaUnit', { count: periode.unitNama.length })} hideLabel={t('umum.tutup')} styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}>
      <Text size="sm" data-testid={`periode-${periode.tahun}-cakupan`}>
        {periode.unitNama.join(' · ')}
      </Text>
    </Spoiler>
  );
}

function PeriodeKartu({ periode: p, canEdit }: { periode: SkpPeriode; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<'status' | 'ubah' | null>(null);
  const buka = p.status === 'buka';
  return (
    <Card padding="md" data-testid={`periode-${p.tahun}`} data-status={p.status}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="sm" align="center">
            <Text fz={26} fw={700} lh={1}>
              {p.tahun}
            </Text>
            <Badge color={buka ? 'teal' : 'gray'} variant={buka ? 'light' : 'outline'} data-testid={`periode-${p.tahun}-status`}>
              {t(`skpAdmin.periode.status.${p.status}`)}
            </Badge>
          </Group>
          {canEdit ? (
            <Group gap="xs">
              <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setDialog('ubah')} data-testid={`periode-${p.tahun}-ubah`}>
                {t('skpAdmin.periode.ubah')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color={buka ? 'red' : 'teal'}
                leftSection={buka ? <IconLock size={14} /> : <IconLockOpen size={14} />}
                onClick={() => setDialog('status')}
                data-testid={`periode-${p.tahun}-${buka ? 'tutup' : 'buka'}`}
              >
                {t(buka ? 'skpAdmin.periode.tutup' : 'skpAdmin.periode.buka')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={6}>
          <Keterangan label={t('skpAdmin.periode.tanggal')}>
            {formatTanggal(p.tanggalMulai, i18n.language)} – {formatTanggal(p.tanggalSelesai, i18n.language)}
          </Keterangan>
          <Keterangan label={t('skpAdmin.periode.pendekatanBawaan')}>{t(`skpAdmin.pendekatan.${p.pendekatanBawaan}`)}</Keterangan>
        </SimpleGrid>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('skpAdmin.periode.cakupan')}
          </Text>
          <Cakupan periode={p} />
        </Stack>
      </Stack>
      {dialog === 'status' ? <KonfirmasiStatus periode={p} onClose={() => setDialog(null)} /> : null}
      {dialog === 'ubah' ? <UbahPeriode periode={p} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}

function Keterangan({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** Close or reopen, after saying what it means for the pegawai. */
function KonfirmasiStatus({ periode: p, onClose }: { periode: SkpPeriode; onClose: () => void }) {
  const { t } = useTranslation();
  const tutup = p.status === 'buka';
  const mutation = useUpdatePeriodeSkp({
    onSuccess: (data) => {
      notifications.show({ color: 'teal', message: t(data.status === 'tutup' ? 'skpAdmin.periode.ditutupPesan' : 'skpAdmin.periode.dibukaPesan', { tahun: data.tahun }) });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t(tutup ? 'skpAdmin.periode.konfirmasiTutup' : 'skpAdmin.periode.konfirmasiBuka', { tahun: p.tahun })} centered>
      <Stack gap="md">
        <Text size="sm">{t(tutup ? 'skpAdmin.periode.konfirmasiTutupTeks' : 'skpAdmin.periode.konfirmasiBukaTeks', { tahun: p.tahun })}</Text>
        {mutation.isError ? <ApiErrorAlert error={mutation.error} testId="periode-status-galat" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="periode-batal">
            {t('umum.batal')}
          </Button>
          <Button
            color={tutup ? 'red' : 'teal'}
            loading={mutation.isPending}
            onClick={() => mutation.mutate({ id: p.id, versi: p.versi, pendekatanBawaan: p.pendekatanBawaan, unitIds: p.unitIds, status: tutup ? 'tutup' : 'buka' })}
            data-testid="periode-konfirmasi"
          >
            {t(tutup ? 'skpAdmin.periode.tutup' : 'skpAdmin.periode.buka')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function usePilihanPendekatan() {
  const { t } = useTranslation();
  return PENDEKATAN_SKP.map((p) => ({ value: p, label: t(`skpAdmin.pendekatan.${p}`) }));
}

function useOpsiUnit() {
  const { t } = useTranslation();
  const units = useUnitPilihan();
  const { data, opsi } = useMemo(() => grupUnit(t, units.data?.items ?? []), [t, units.data]);
  return { data, opsi, loading: units.isPending, error: units.error };
}

/** The default approach and the unit scope of an existing period. */
function UbahPeriode({ periode: p, onClose }: { periode: SkpPeriode; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const pendekatanPilihan = usePilihanPendekatan();
  const unit = useOpsiUnit();
  const [pendekatan, setPendekatan] = useState<PendekatanSkp>(p.pendekatanBawaan);
  const [unitIds, setUnitIds] = useState<string[]>(p.unitIds ?? []);
  const mutation = useUpdatePeriodeSkp({
    onSuccess: (data) => {
      notifications.show({ color: 'teal', message: t('skpAdmin.periode.tersimpan', { tahun: data.tahun }) });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ id: p.id, versi: p.versi, pendekatanBawaan: pendekatan, unitIds: unitIds.length ? unitIds : null, status: p.status });
  };
  return (
    <Modal opened onClose={onClose} title={t('skpAdmin.periode.ubahJudul', { tahun: p.tahun })} centered fullScreen={!wide} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NativeSelect
            label={t('skpAdmin.periode.form.pendekatan')}
            description={t('skpAdmin.periode.form.pendekatanKet')}
            data={pendekatanPilihan}
            value={pendekatan}
            onChange={(e) => setPendekatan(e.currentTarget.value as PendekatanSkp)}
            data-testid="periode-ubah-pendekatan"
          />
          <UnitMultiSelect
            label={t('skpAdmin.periode.form.unit')}
            description={t('skpAdmin.periode.form.unitKet')}
            placeholder={t('skpAdmin.periode.seluruhInstansi')}
            data={unit.data}
            opsi={unit.opsi}
            loading={unit.loading}
            value={unitIds}
            onChange={setUnitIds}
            dalamModal={!wide}
            testId="periode-ubah-unit"
          />
          {unit.error ? <ErrorAlert error={unit.error} /> : null}
          <Text size="xs" c="dimmed">
            {t('skpAdmin.periode.ubahKet')}
          </Text>
          {mutation.isError ? <ApiErrorAlert error={mutation.error} testId="periode-ubah-galat" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('umum.batal')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="periode-ubah-simpan">
              {t('skpAdmin.periode.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function tahunBelumAda(dari: number, periodeAda: readonly SkpPeriode[]): number {
  let y = dari;
  while (periodeAda.some((p) => p.tahun === y)) y++;
  return y;
}

const FIELDS = ['tahun', 'pendekatanBawaan', 'unitIds', 'tanggalMulai', 'tanggalSelesai'] as const;
type Field = (typeof FIELDS)[number];

function PeriodeBaruForm({ periodeAda }: { periodeAda: readonly SkpPeriode[] }) {
  const { t, i18n } = useTranslation();
  const pendekatanPilihan = usePilihanPendekatan();
  const unit = useOpsiUnit();
  // null: the default — this year (next year from December), or the first later year that has no period yet
  const [tahunIsian, setTahun] = useState<number | string | null>(null);
  const tahun = tahunIsian ?? tahunBelumAda(tahunPeriodeBawaan(), periodeAda);
  const [pendekatan, setPendekatan] = useState<PendekatanSkp>('kuantitatif');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [mulai, setMulai] = useState('');
  const [selesai, setSelesai] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const bersih = (f: Field) => setErrors((e) => ({ ...e, [f]: undefined }));

  const mutation = useCreatePeriodeSkp({
    onSuccess: (data) => {
      notifications.show({ color: 'teal', message: t('skpAdmin.periode.form.berhasil', { tahun: data.tahun }) });
      setErrors({});
      setUnitIds([]);
      setMulai('');
      setSelesai('');
      setTahun(null);
    },
    onError: (error) => {
      if (isApiError(error, 'SKP.PERIODE_SUDAH_ADA')) setErrors({ tahun: t('errors.SKP.PERIODE_SUDAH_ADA') });
      else if (isApiError(error, 'SKP.TANGGAL_DI_LUAR_TAHUN')) setErrors({ tanggalMulai: t('errors.SKP.TANGGAL_DI_LUAR_TAHUN') });
      else if (isApiError(error)) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
    },
  });

  const tahunAngka = typeof tahun === 'number' ? tahun : Number.NaN;
  const tahunSah = Number.isInteger(tahunAngka) && tahunAngka >= 2020 && tahunAngka <= 2100;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: FieldErrors<Field> = {};
    if (!tahunSah) e.tahun = t('skpAdmin.periode.form.tahunRentang');
    else if (periodeAda.some((p) => p.tahun === tahunAngka)) e.tahun = t('skpAdmin.periode.form.sudahAda', { tahun: tahunAngka });
    const cekTanggal = (v: string, f: 'tanggalMulai' | 'tanggalSelesai') => {
      if (!v) return;
      if (!tanggalValid(v)) e[f] = t('komponen.tanggalTidakValid');
      else if (tahunSah && !v.startsWith(`${tahunAngka}-`)) e[f] = t('skpAdmin.periode.form.tanggalDiLuarTahun', { tahun: tahunAngka });
    };
    cekTanggal(mulai, 'tanggalMulai');
    cekTanggal(selesai, 'tanggalSelesai');
    if (tahunSah && !e.tanggalMulai && !e.tanggalSelesai && (mulai || `${tahunAngka}-01-01`) >= (selesai || `${tahunAngka}-12-31`)) {
      e.tanggalSelesai = t('skpAdmin.periode.form.urutanTanggal');
    }
    if (Object.keys(e).length) {
      setErrors(e);
      return;
    }
    const parsed = SkpPeriodeBaru.safeParse({
      tahun: tahunAngka,
      tanggalMulai: mulai || undefined,
      tanggalSelesai: selesai || undefined,
      pendekatanBawaan: pendekatan,
      unitIds: unitIds.length ? unitIds : null,
    });
    if (!parsed.success) {
      const fe: FieldErrors<Field> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '') as Field;
        if (FIELDS.includes(f) && !fe[f]) fe[f] = issueMessage(t, issue);
      }
      setErrors(fe);
      return;
    }
    mutation.mutate(parsed.data);
  };

  const bawaanMulai = tahunSah ? formatTanggal(`${tahunAngka}-01-01`, i18n.language) : '1 Jan';
  const bawaanSelesai = tahunSah ? formatTanggal(`${tahunAngka}-12-31`, i18n.language) : '31 Des';

  return (
    <Card padding="lg" data-testid="periode-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="xs">
            <IconCalendarPlus size={20} />
            <Title order={2} fz="lg">
              {t('skpAdmin.periode.form.judul')}
            </Title>
          </Group>
          <NumberInput
            label={t('skpAdmin.periode.form.tahun')}
            value={tahun}
            onChange={(v) => {
              setTahun(v);
              bersih('tahun');
            }}
            min={2020}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            thousandSeparator={false}
            error={errors.tahun}
            required
            maw={200}
            data-testid="periode-tahun"
          />
          <NativeSelect
            label={t('skpAdmin.periode.form.pendekatan')}
            description={t('skpAdmin.periode.form.pendekatanKet')}
            data={pendekatanPilihan}
            value={pendekatan}
            onChange={(e) => setPendekatan(e.currentTarget.value as PendekatanSkp)}
            error={errors.pendekatanBawaan}
            data-testid="periode-pendekatan"
          />
          <UnitMultiSelect
            label={t('skpAdmin.periode.form.unit')}
            description={t('skpAdmin.periode.form.unitKet')}
            placeholder={t('skpAdmin.periode.seluruhInstansi')}
            data={unit.data}
            opsi={unit.opsi}
            loading={unit.loading}
            value={unitIds}
            onChange={(v) => {
              setUnitIds(v);
              bersih('unitIds');
            }}
            error={errors.unitIds}
            testId="periode-unit"
          />
          {unit.error ? <ErrorAlert error={unit.error} /> : null}
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              type="date"
              label={t('skpAdmin.periode.form.tanggalMulai')}
              value={mulai}
              min={tahunSah ? `${tahunAngka}-01-01` : undefined}
              max={tahunSah ? `${tahunAngka}-12-31` : undefined}
              onChange={(e) => {
                setMulai(e.currentTarget.value);
                bersih('tanggalMulai');
              }}
              error={errors.tanggalMulai}
              data-testid="periode-tanggal-mulai"
            />
            <TextInput
              type="date"
              label={t('skpAdmin.periode.form.tanggalSelesai')}
              value={selesai}
              min={tahunSah ? `${tahunAngka}-01-01` : undefined}
              max={tahunSah ? `${tahunAngka}-12-31` : undefined}
              onChange={(e) => {
                setSelesai(e.currentTarget.value);
                bersih('tanggalSelesai');
              }}
              error={errors.tanggalSelesai}
              data-testid="periode-tanggal-selesai"
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('skpAdmin.periode.form.tanggalKet', { mulai: bawaanMulai, selesai: bawaanSelesai })}
          </Text>
          {mutation.isError && Object.values(errors).every((v) => !v) ? (
            <ApiErrorAlert error={mutation.error} testId="periode-galat" />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} leftSection={<IconCalendarPlus size={16} />} data-testid="periode-buat">
              {t('skpAdmin.periode.form.buat')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
