import { Alert, Badge, Button, Card, Grid, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconCalendarStats, IconPencil } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext, useSearchParams } from 'react-router';
import type { Me } from '../../../../../contracts/auth.ts';
import { HARI_BATAS_BAWAAN, JENIS_PERIODIK, namaPeriode, susunPeriodePenilaian, type JenisPeriodik } from '../../../../../domain/penilaian.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { hasPeran } from '../../../lib/authorization.ts';
import { issueMessage, type FieldErrors } from '../../../lib/form-errors.ts';
import { usePeriodePenilaian, type PeriodePenilaian } from '../api/get-periode-penilaian.ts';
import { usePeriodeSkp, type SkpPeriode } from '../api/periode-skp.ts';
import { PeriodePenilaianBaru, useSusunPeriodePenilaian } from '../api/susun-periode-penilaian.ts';
import { formatRentang, formatTanggalPendek, hariIniWita } from './penilai-format.ts';
import { PeriodePengaturan } from './periode-pengaturan.tsx';
import { PeriodePenilaianUbah } from './periode-penilaian-ubah.tsx';

/** The signed-in account's roles (the protected layout hands the account down as the outlet context). */
function useBolehKelola(): boolean {
  return hasPeran(useOutletContext<Me | undefined>()?.peran ?? [], 'admin_bkppd');
}

function Keterangan({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function BarisPeriode({ periode: p, skp, bolehUbah }: { periode: PeriodePenilaian; skp: SkpPeriode | undefined; bolehUbah: boolean }) {
  const { t, i18n } = useTranslation();
  const [ubah, setUbah] = useState(false);
  const hariIni = hariIniWita();
  const keadaan = hariIni < p.tanggalMulai ? 'belum' : hariIni <= p.tanggalSelesai ? 'berjalan' : hariIni <= p.batasPenilaian ? 'penilaian' : 'selesai';
  const warna = { belum: 'gray', berjalan: 'blue', penilaian: 'orange', selesai: 'teal' }[keadaan];
  return (
    <Card padding="md" data-testid="periode-penilaian-row" data-id={p.id} data-jenis={p.jenis} data-keadaan={keadaan} style={p.jenis === 'tahunan' ? { borderLeft: '4px solid var(--mantine-color-grape-6)' } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs">
            <Text fw={700} data-testid="periode-penilaian-nama">
              {p.nama}
            </Text>
            <Badge size="sm" variant="light" color={warna} tt="none">
              {t(`penilaianPenilai.periode.keadaan.${keadaan}`)}
            </Badge>
          </Group>
          {bolehUbah ? (
            <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setUbah(true)} data-testid="periode-penilaian-ubah">
              {t('penilaianPenilai.periode.ubah')}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" verticalSpacing={6}>
          <Keterangan label={t('penilaianPenilai.periode.kolom.hari')}>{formatRentang(p.tanggalMulai, p.tanggalSelesai, i18n.language)}</Keterangan>
          <Keterangan label={t('penilaianPenilai.periode.kolom.batasRealisasi')}>{formatTanggalPendek(p.batasRealisasi, i18n.language)}</Keterangan>
          <Keterangan label={t('penilaianPenilai.periode.kolom.batasPenilaian')}>{formatTanggalPendek(p.batasPenilaian, i18n.language)}</Keterangan>
        </SimpleGrid>
      </Stack>
      {ubah ? <PeriodePenilaianUbah periode={p} skp={skp ? { mulai: skp.tanggalMulai, selesai: skp.tanggalSelesai } : null} onClose={() => setUbah(false)} /> : null}
    </Card>
  );
}

const FIELDS = ['jenisPeriodik', 'hariBatasRealisasi', 'hariBatasPenilaian'] as const;
type Field = (typeof FIELDS)[number];

/** Generate the periods of the chosen SKP period; a preview of what will be created; confirmation when replacing. */
function SusunForm({ skp, ada }: { skp: SkpPeriode; ada: PeriodePenilaian[] }) {
  const { t, i18n } = useTranslation();
  const jenisAda = ada.find((p) => p.jenis !== 'tahunan')?.jenis;
  const [jenis, setJenis] = useState<JenisPeriodik>(jenisAda === 'bulanan' ? 'bulanan' : 'triwulanan');
  const [hariRealisasi, setHariRealisasi] = useState<number | string>(HARI_BATAS_BAWAAN.realisasi);
  const [hariPenilaian, setHariPenilaian] = useState<number | string>(HARI_BATAS_BAWAAN.penilaian);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [konfirmasi, setKonfirmasi] = useState(false);
  const mutation = useSusunPeriodePenilaian({
    onSuccess: (data) => {
      setKonfirmasi(false);
      notifications.show({ color: 'teal', message: t('penilaianPenilai.periode.susun.berhasil', { count: data.length, tahun: skp.tahun }) });
    },
    onError: () => setKonfirmasi(false),
  });

  const parsed = PeriodePenilaianBaru.safeParse({ skpPeriodeId: skp.id, jenisPeriodik: jenis, hariBatasRealisasi: hariRealisasi === '' ? undefined : hariRealisasi, hariBatasPenilaian: hariPenilaian === '' ? undefined : hariPenilaian });
  // what the server will create (the same domain rule), shown before the admin commits
  const rencana = parsed.success ? susunPeriodePenilaian(skp.tanggalMulai, skp.tanggalSelesai, parsed.data.jenisPeriodik, { realisasi: parsed.data.hariBatasRealisasi, penilaian: parsed.data.hariBatasPenilaian }) : [];

  const kirim = () => {
    if (parsed.success) mutation.mutate(parsed.data);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // an emptied field is a mistake, not a request for the default
    const kosong: FieldErrors<Field> = {};
    if (hariRealisasi === '') kosong.hariBatasRealisasi = t('validasi.wajib');
    if (hariPenilaian === '') kosong.hariBatasPenilaian = t('validasi.wajib');
    if (Object.keys(kosong).length) {
      setErrors(kosong);
      return;
    }
    if (!parsed.success) {
      const fe: FieldErrors<Field> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '') as Field;
        if (FIELDS.includes(f) && !fe[f]) fe[f] = f === 'hariBatasPenilaian' && issue.code === 'custom' ? t('penilaianPenilai.periode.susun.urutanHari') : issueMessage(t, issue);
      }
      setErrors(fe);
      return;
    }
    if (ada.length > 0) setKonfirmasi(true);
    else kirim();
  };
  const contoh = rencana[0];

  return (
    <Card padding="lg" data-testid="periode-penilaian-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="xs">
            <IconCalendarPlus size={20} />
            <Title order={2} fz="lg">
              {ada.length ? t('penilaianPenilai.periode.susun.judulUlang', { tahun: skp.tahun }) : t('penilaianPenilai.periode.susun.judul', { tahun: skp.tahun })}
            </Title>
          </Group>
          <NativeSelect
            label={t('penilaianPenilai.periode.susun.jenis')}
            description={t('penilaianPenilai.periode.susun.jenisKet')}
            data={JENIS_PERIODIK.map((j) => ({ value: j, label: t(`penilaianPenilai.periode.jenis.${j}`) }))}
            value={jenis}
            onChange={(e) => {
              setJenis(e.currentTarget.value as JenisPeriodik);
              setErrors({});
            }}
            error={errors.jenisPeriodik}
            data-testid="periode-penilaian-jenis"
          />
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput
              label={t('penilaianPenilai.periode.susun.hariRealisasi')}
              value={hariRealisasi}
              onChange={(v) => {
                setHariRealisasi(v);
                setErrors({});
              }}
              min={0}
              max={90}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={errors.hariBatasRealisasi}
              data-testid="periode-penilaian-hari-realisasi"
            />
            <NumberInput
              label={t('penilaianPenilai.periode.susun.hariPenilaian')}
              value={hariPenilaian}
              onChange={(v) => {
                setHariPenilaian(v);
                setErrors({});
              }}
              min={0}
              max={120}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={errors.hariBatasPenilaian}
              data-testid="periode-penilaian-hari-penilaian"
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('penilaianPenilai.periode.susun.hariKet')}
          </Text>
          {rencana.length > 0 && contoh ? (
            <Alert color="blue" variant="light" p="sm" data-testid="periode-penilaian-pratinjau" data-jumlah={rencana.length}>
              <Text size="sm">
                {t('penilaianPenilai.periode.susun.pratinjau', {
                  count: rencana.length,
                  daftar: rencana.map((r) => namaPeriode(r.jenis, r.nomor, skp.tahun)).join(', '),
                })}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t('penilaianPenilai.periode.susun.contoh', {
                  nama: namaPeriode(contoh.jenis, contoh.nomor, skp.tahun),
                  realisasi: formatTanggalPendek(contoh.batasRealisasi, i18n.language),
                  penilaian: formatTanggalPendek(contoh.batasPenilaian, i18n.language),
                })}
              </Text>
            </Alert>
          ) : null}
          {ada.length > 0 ? (
            <Text size="xs" c="orange.8">
              {t('penilaianPenilai.periode.susun.gantiKet')}
            </Text>
          ) : null}
          {mutation.isError ? <ApiErrorAlert error={mutation.error} testId="periode-penilaian-galat" /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending && !konfirmasi} leftSection={<IconCalendarPlus size={16} />} data-testid="periode-penilaian-susun">
              {ada.length ? t('penilaianPenilai.periode.susun.tombolUlang') : t('penilaianPenilai.periode.susun.tombol')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal opened={konfirmasi} onClose={() => setKonfirmasi(false)} title={t('penilaianPenilai.periode.susun.konfirmasiJudul', { tahun: skp.tahun })} centered>
        <Stack gap="md">
          <Text size="sm">{t('penilaianPenilai.periode.susun.konfirmasiTeks', { count: ada.length })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setKonfirmasi(false)}>
              {t('umum.batal')}
            </Button>
            <Button color="orange" loading={mutation.isPending} onClick={kirim} data-testid="periode-penilaian-susun-konfirmasi">
              {t('penilaianPenilai.periode.susun.tombolUlang')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function IsiSkp({ skp, bolehKelola }: { skp: SkpPeriode; bolehKelola: boolean }) {
  const { t } = useTranslation();
  const periode = usePeriodePenilaian(skp.id);
  const list = periode.data ?? [];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: bolehKelola ? 7 : 12 }} order={{ base: list.length ? 1 : 2, md: 1 }}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('penilaianPenilai.periode.daftar', { tahun: skp.tahun })}
          </Title>
          {periode.isPending ? <LoadingView /> : null}
          {periode.isError ? <ErrorAlert error={periode.error} onRetry={() => void periode.refetch()} /> : null}
          {periode.isSuccess && list.length === 0 ? (
            <Card data-testid="periode-penilaian-kosong">
              <Group gap="sm" c="dimmed" wrap="nowrap">
                <IconCalendarStats size={22} style={{ flexShrink: 0 }} />
                <Text size="sm">{t(bolehKelola ? 'penilaianPenilai.periode.kosong' : 'penilaianPenilai.periode.kosongBaca')}</Text>
              </Group>
            </Card>
          ) : null}
          {list.map((p) => (
            <BarisPeriode key={p.id} periode={p} skp={skp} bolehUbah={bolehKelola} />
          ))}
        </Stack>
      </Grid.Col>
      {bolehKelola && periode.isSuccess ? (
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: list.length ? 2 : 1, md: 2 }}>
          <SusunForm key={skp.id} skp={skp} ada={list} />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}

/**
 * /periode-penilaian: the evaluation periods of an SKP period (DOMAIN.md §2.3: periodik — triwulanan by default or
 * bulanan — and tahunan) with their days and deadlines. The admin BKPPD generates them (deadlines in days after each
 * period's end, defaults 10/20) and edits one (days while unused, deadlines always); the auditor reads. `?skp=` keeps
 * the SKP period chosen (default: the newest). Below them, the instansi's penilaian settings (keberatan window, minimum
 * n of the kurva; periode-pengaturan.tsx).
 */
export function PeriodePenilaianView() {
  const { t, i18n } = useTranslation();
  const bolehKelola = useBolehKelola();
  const [params, setParams] = useSearchParams();
  const skp = usePeriodeSkp();
  const daftar = useMemo(() => [...(skp.data ?? [])].sort((a, b) => b.tahun - a.tahun), [skp.data]);
  const dipilih = daftar.find((p) => p.id === params.get('skp')) ?? daftar[0];
  return (
    <Stack gap="md" data-testid="periode-penilaian">
      <PageHeader
        title={t('penilaianPenilai.periode.judul')}
        description={t(bolehKelola ? 'penilaianPenilai.periode.deskripsi' : 'penilaianPenilai.periode.deskripsiBaca')}
        actions={
          daftar.length > 0 && dipilih ? (
            <NativeSelect
              label={t('penilaianPenilai.periode.skp')}
              value={dipilih.id}
              onChange={(e) => setParams({ skp: e.currentTarget.value }, { replace: true })}
              data={daftar.map((p) => ({ value: p.id, label: t(p.status === 'tutup' ? 'penilaianPenilai.periode.skpOpsiTutup' : 'penilaianPenilai.periode.skpOpsi', { tahun: p.tahun }) }))}
              w={{ base: '100%', xs: 200 }}
              data-testid="periode-penilaian-skp"
            />
          ) : null
        }
      />
      {skp.isPending ? <LoadingView /> : null}
      {skp.isError ? <ErrorAlert error={skp.error} onRetry={() => void skp.refetch()} /> : null}
      {skp.isSuccess && !dipilih ? (
        <Alert color="gray" variant="light" icon={<IconCalendarStats size={18} />} data-testid="periode-penilaian-tanpa-skp">
          {t('penilaianPenilai.periode.tanpaSkp')}
        </Alert>
      ) : null}
      {dipilih ? (
        <>
          <Text size="sm" c="dimmed" data-testid="periode-penilaian-skp-rentang">
            {t('penilaianPenilai.periode.skpRentang', { rentang: formatRentang(dipilih.tanggalMulai, dipilih.tanggalSelesai, i18n.language) })}
          </Text>
          <IsiSkp skp={dipilih} bolehKelola={bolehKelola} />
        </>
      ) : null}
      <PeriodePengaturan bolehUbah={bolehKelola} />
    </Stack>
  );
}
