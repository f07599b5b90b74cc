import { ActionIcon, Alert, Badge, Button, Card, Grid, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileCertificate, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPeran } from '../../../lib/authorization.ts';
import { issueMessage } from '../../../lib/form-errors.ts';
import { usePeriodeSkp } from '../api/get-periode.ts';
import { usePerjanjianKinerja, type PerjanjianKinerja } from '../api/get-perjanjian-kinerja.ts';
import { useUnitPohon } from '../api/get-unit.ts';
import { PerjanjianKinerjaUbah, useUpdatePerjanjianKinerja } from '../api/update-perjanjian-kinerja.ts';
import { grupUnit, tahunPeriodeBawaan, tahunSekarang } from './format.ts';
import { usePeranSaya } from './peran.ts';
import { UnitSelect } from './unit-pilihan.tsx';

type Baris = { kunci: number; id?: string; sasaran: string; indikator: string; target: string };
const KOLOM = ['sasaran', 'indikator', 'target'] as const;
type Kolom = (typeof KOLOM)[number];

let kunciBerikut = 1;
const barisDari = (pk: PerjanjianKinerja): Baris[] => pk.sasaran.map((s) => ({ kunci: kunciBerikut++, id: s.id, sasaran: s.sasaran, indikator: s.indikator, target: s.target }));
const isiSama = (a: readonly Baris[], b: readonly Baris[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]?.id && KOLOM.every((k) => x[k].trim() === b[i]?.[k].trim()));

/**
 * The Perjanjian Kinerja of a unit for a year: the sasaran strategis with their indicator and target that the head of
 * the unit signs. JPT / kepala unit RHK in the SKP derive from these rows (DOMAIN.md §2.1). The pimpinan OPD writes
 * those of their OPD and its sub-units, the admin BKPPD any unit; the auditor reads.
 */
export function PerjanjianKinerjaView() {
  const { t } = useTranslation();
  const peran = usePeranSaya();
  const canEdit = hasPeran(peran, 'admin_bkppd', 'pimpinan_opd');
  const pohon = useUnitPohon();
  const periode = usePeriodeSkp();
  const [params, setParams] = useSearchParams();
  const [kotor, setKotor] = useState(false);
  const [pindahKe, setPindahKe] = useState<{ unit: string | null; tahun: number } | null>(null);

  const units = useMemo(() => (pohon.data?.items ?? []).filter((u) => u.kedalaman >= 1), [pohon.data]);
  const { data: dataUnit, opsi } = useMemo(() => grupUnit(t, units), [t, units]);
  const unitParam = params.get('unit');
  // a pimpinan OPD starts at their OPD; the admin chooses
  const unitId = unitParam && units.some((u) => u.id === unitParam) ? unitParam : pohon.data?.lingkup === 'opd' ? units[0]?.id : undefined;
  const tahunParam = Number(params.get('tahun'));
  const tahun = Number.isInteger(tahunParam) && tahunParam >= 2020 && tahunParam <= 2100 ? tahunParam : tahunPeriodeBawaan();
  const pilihanTahun = useMemo(() => {
    const s = new Set<number>([tahun]);
    const kini = tahunSekarang();
    for (let y = kini + 1; y >= kini - 2; y--) s.add(y);
    for (const p of periode.data ?? []) s.add(p.tahun);
    return [...s].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
  }, [tahun, periode.data]);

  const terapkan = (unit: string | null, th: number) => {
    setKotor(false);
    setParams(
      (q) => {
        if (unit) q.set('unit', unit);
        else q.delete('unit');
        q.set('tahun', String(th));
        return q;
      },
      { replace: true },
    );
  };
  const pindah = (unit: string | null, th: number) => {
    if (kotor) setPindahKe({ unit, tahun: th });
    else terapkan(unit, th);
  };

  return (
    <>
      <PageHeader title={t('skpAdmin.pk.judul')} description={t('skpAdmin.pk.deskripsi')} />
      <Stack gap="md">
        {pohon.isError ? <ErrorAlert error={pohon.error} onRetry={() => void pohon.refetch()} /> : null}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <div style={{ flex: '1 1 18rem', maxWidth: 560 }}>
            <UnitSelect
              label={t('skpAdmin.pk.unit')}
              placeholder={t('skpAdmin.pk.unitPlaceholder')}
              data={dataUnit}
              opsi={opsi}
              loading={pohon.isPending}
              value={unitId ?? null}
              onChange={(v) => pindah(v, tahun)}
              testId="pk-unit"
            />
          </div>
          <NativeSelect label={t('skpAdmin.pk.tahun')} data={pilihanTahun} value={String(tahun)} onChange={(e) => pindah(unitId ?? null, Number(e.currentTarget.value))} w={120} data-testid="pk-tahun" />
        </Group>
        {!unitId ? (
          pohon.isPending ? (
            <LoadingView />
          ) : (
            <Card data-testid="pk-pilih-unit">
              <Group gap="sm" c="dimmed" wrap="nowrap">
                <IconFileCertificate size={22} style={{ flexShrink: 0 }} />
                <Text size="sm">{t('skpAdmin.pk.pilihUnit')}</Text>
              </Group>
            </Card>
          )
        ) : (
          <Isi key={`${unitId}/${tahun}`} unitId={unitId} tahun={tahun} canEdit={canEdit} onKotor={setKotor} />
        )}
      </Stack>
      <Modal opened={pindahKe !== null} onClose={() => setPindahKe(null)} title={t('skpAdmin.pk.buangJudul')} centered>
        <Stack gap="md">
          <Text size="sm">{t('skpAdmin.pk.buangTeks')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPindahKe(null)} data-testid="pk-buang-batal">
              {t('umum.batal')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (pindahKe) terapkan(pindahKe.unit, pindahKe.tahun);
                setPindahKe(null);
              }}
              data-testid="pk-buang-ya"
            >
              {t('skpAdmin.pk.buang')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Isi({ unitId, tahun, canEdit, onKotor }: { unitId: string; tahun: number; canEdit: boolean; onKotor: (kotor: boolean) => void }) {
  const query = usePerjanjianKinerja(unitId, tahun);
  if (query.isPending) return <LoadingView />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return canEdit ? <Editor awal={query.data} onKotor={onKotor} refetch={query.refetch} /> : <Baca pk={query.data} />;
}

function Judul({ pk, jumlah }: { pk: PerjanjianKinerja; jumlah: number }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" gap="xs">
      <Stack gap={2}>
        <Title order={2} fz="lg">
          {t('skpAdmin.pk.judulUnit', { unit: pk.unit, tahun: pk.tahun })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('skpAdmin.pk.jumlahSasaran', { count: jumlah })}
        </Text>
      </Stack>
      <Badge variant="light" color={pk.versi === null ? 'gray' : 'teal'} data-testid="pk-versi">
        {pk.versi === null ? t('skpAdmin.pk.belumDisimpan') : t('skpAdmin.pk.versi', { versi: pk.versi })}
      </Badge>
    </Group>
  );
}

/** Read-only (auditor): a table on a desktop, cards on a phone. */
function Baca({ pk }: { pk: PerjanjianKinerja }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  return (
    <Stack gap="sm" data-testid="pk-baca">
      <Judul pk={pk} jumlah={pk.sasaran.length} />
      {pk.sasaran.length === 0 ? (
        <Card>
          <Text size="sm" c="dimmed" data-testid="pk-kosong">
            {t('skpAdmin.pk.kosong', { unit: pk.unit, tahun: pk.tahun })}
          </Text>
        </Card>
      ) : wide ? (
        <Card padding={0}>
          <Table striped verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('skpAdmin.pk.sasaran')}</Table.Th>
                <Table.Th>{t('skpAdmin.pk.indikator')}</Table.Th>
                <Table.Th>{t('skpAdmin.pk.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pk.sasaran.map((s, i) => (
                <Table.Tr key={s.id} data-testid={`pk-sasaran-${i}`}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{s.sasaran}</Table.Td>
                  <Table.Td>{s.indikator}</Table.Td>
                  <Table.Td>{s.target}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ) : (
        pk.sasaran.map((s, i) => (
          <Card key={s.id} padding="sm" data-testid={`pk-sasaran-${i}`}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('skpAdmin.pk.sasaranKe', { n: i + 1 })}
            </Text>
            <Text size="sm" fw={600}>
              {s.sasaran}
            </Text>
            <Text size="sm">{s.indikator}</Text>
            <Text size="sm" c="dimmed">
              {t('skpAdmin.pk.target')}: {s.target}
            </Text>
          </Card>
        ))
      )}
      <Text size="xs" c="dimmed">
        {t('skpAdmin.pk.hanyaBaca')}
      </Text>
    </Stack>
  );
}

/** `sasaran.2.target` or `body.sasaran.2.target` → "2.target". */
function kunciGalat(path: string): string | null {
  const m = /sasaran[./](\d+)[./](sasaran|indikator|target)$/.exec(path);
  return m ? `${m[1]}.${m[2]}` : null;
}

function Editor({ awal, onKotor, refetch }: { awal: PerjanjianKinerja; onKotor: (kotor: boolean) => void; refetch: () => Promise<{ data?: PerjanjianKinerja | undefined }> }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  // `dasar` is what the server holds as far as we know (its versi is sent with the save)
  const [dasar, setDasar] = useState(awal);
  const [baris, setBaris] = useState<Baris[]>(() => barisDari(awal));
  const [barisDasar, setBarisDasar] = useState<Baris[]>(baris);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [konflik, setKonflik] = useState<'ada' | 'dimuat' | null>(null);
  const [memuat, setMemuat] = useState(false);
  // a new row gets the cursor; rows already there keep theirs
  const [fokus, setFokus] = useState<number | null>(null);
  const kotor = !isiSama(baris, barisDasar);

  // leaving the page with unsaved rows asks first
  useEffect(() => {
    if (!kotor) return;
    const tahan = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', tahan);
    return () => window.removeEventListener('beforeunload', tahan);
  }, [kotor]);

  const ubah = (next: Baris[], dasarBaru: Baris[] = barisDasar) => {
    setBaris(next);
    onKotor(!isiSama(next, dasarBaru));
  };

  const mutation = useUpdatePerjanjianKinerja({
    onSuccess: (data) => {
      const b = barisDari(data);
      setDasar(data);
      setBarisDasar(b);
      setGalat({});
      setKonflik(null);
      ubah(b, b);
      notifications.show({ color: 'teal', message: t('skpAdmin.pk.tersimpan', { unit: data.unit, tahun: data.tahun }) });
    },
    onError: (error) => {
      if (isApiError(error, 'DATA.KONFLIK')) setKonflik('ada');
      else if (isApiError(error)) {
        const g: Record<string, string> = {};
        for (const issue of error.fieldIssues) {
          const k = kunciGalat(issue.path);
          if (k && !g[k]) g[k] = issue.message;
        }
        setGalat(g);
      }
    },
  });

  const muatUlang = async () => {
    setMemuat(true);
    try {
      const r = await refetch();
      if (r.data) {
        // keep what the user typed; from now on it is saved over the newest version. Rows whose sasaran the other
        // user deleted are sent as new ones.
        const ada = new Set(r.data.sasaran.map((s) => s.id));
        const b = barisDari(r.data);
        setDasar(r.data);
        setBarisDasar(b);
        ubah(
          baris.map((x) => (x.id && !ada.has(x.id) ? { ...x, id: undefined } : x)),
          b,
        );
        setKonflik('dimuat');
        mutation.reset();
      }
    } finally {
      setMemuat(false);
    }
  };

  const pakaiTersimpan = () => {
    const b = barisDari(dasar);
    setBarisDasar(b);
    setGalat({});
    setKonflik(null);
    ubah(b, b);
  };

  const set = (i: number, k: Kolom, v: string) => {
    ubah(baris.map((b, j) => (j === i ? { ...b, [k]: v } : b)));
    setGalat((g) => ({ ...g, [`${i}.${k}`]: '' }));
  };
  const tambah = () => {
    const kunci = kunciBerikut++;
    setFokus(kunci);
    ubah([...baris, { kunci, sasaran: '', indikator: '', target: '' }]);
  };
  const hapus = (i: number) => {
    ubah(baris.filter((_, j) => j !== i));
    // messages are keyed by position: they no longer match after a removal
    setGalat({});
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { unitId: dasar.unitId, tahun: dasar.tahun, versi: dasar.versi, sasaran: baris.map((b) => ({ ...(b.id ? { id: b.id } : {}), sasaran: b.sasaran, indikator: b.indikator, target: b.target })) };
    const parsed = PerjanjianKinerjaUbah.safeParse(body);
    mutation.reset();
    if (!parsed.success) {
      const g: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const [a, i, k] = issue.path;
        if (a !== 'sasaran' || typeof i !== 'number' || typeof k !== 'string' || g[`${i}.${k}`]) continue;
        const kosong = !baris[i]?.[k as Kolom]?.trim();
        g[`${i}.${k}`] = kosong ? t('validasi.wajib') : issueMessage(t, issue);
      }
      setGalat(g);
      if (Object.keys(g).length) return;
    }
    setGalat({});
    mutation.mutate(parsed.success ? parsed.data : body);
  };

  const jumlahGalat = Object.values(galat).filter(Boolean).length;
  // a refusal not shown beside a field (e.g. a sasaran id that no longer exists) is shown as a whole
  const lainGalat = mutation.isError && !isApiError(mutation.error, 'DATA.KONFLIK') && jumlahGalat === 0;

  return (
    <form onSubmit={submit} noValidate data-testid="pk-form">
      <Stack gap="sm">
        <Judul pk={dasar} jumlah={baris.length} />
        {baris.length === 0 ? (
          <Card data-testid="pk-kosong">
            <Text size="sm" c="dimmed">
              {t(dasar.versi === null ? 'skpAdmin.pk.kosongIsi' : 'skpAdmin.pk.kosongTersimpan', { unit: dasar.unit, tahun: dasar.tahun })}
            </Text>
          </Card>
        ) : null}
        {baris.map((b, i) => (
          <Card key={b.kunci} padding="sm" data-testid={`pk-sasaran-${i}`}>
            <Group justify="space-between" mb={4} wrap="nowrap">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('skpAdmin.pk.sasaranKe', { n: i + 1 })}
              </Text>
              <Tooltip label={t('skpAdmin.pk.hapus')}>
                <ActionIcon variant="subtle" color="red" onClick={() => hapus(i)} aria-label={t('skpAdmin.pk.hapusKe', { n: i + 1 })} data-testid={`pk-sasaran-${i}-hapus`}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Textarea
                  label={t('skpAdmin.pk.sasaran')}
                  placeholder={t('skpAdmin.pk.sasaranContoh')}
                  value={b.sasaran}
                  onChange={(e) => set(i, 'sasaran', e.currentTarget.value)}
                  error={galat[`${i}.sasaran`] || undefined}
                  autosize
                  minRows={wide ? 2 : 1}
                  maxLength={1000}
                  required
                  autoFocus={fokus === b.kunci}
                  data-testid={`pk-sasaran-${i}-sasaran`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Textarea
                  label={t('skpAdmin.pk.indikator')}
                  placeholder={t('skpAdmin.pk.indikatorContoh')}
                  value={b.indikator}
                  onChange={(e) => set(i, 'indikator', e.currentTarget.value)}
                  error={galat[`${i}.indikator`] || undefined}
                  autosize
                  minRows={wide ? 2 : 1}
                  maxLength={1000}
                  required
                  data-testid={`pk-sasaran-${i}-indikator`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('skpAdmin.pk.target')}
                  placeholder={t('skpAdmin.pk.targetContoh')}
                  value={b.target}
                  onChange={(e) => set(i, 'target', e.currentTarget.value)}
                  error={galat[`${i}.target`] || undefined}
                  maxLength={200}
                  required
                  data-testid={`pk-sasaran-${i}-target`}
                />
              </Grid.Col>
            </Grid>
          </Card>
        ))}
        {jumlahGalat ? (
          <Text size="sm" c="red.7" data-testid="pk-galat-isian">
            {t('validasi.periksaIsian')}
          </Text>
        ) : null}
        {lainGalat ? <ApiErrorAlert error={mutation.error} testId="pk-galat" /> : null}
        {konflik === 'ada' ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title={t('skpAdmin.pk.konflikJudul')} data-testid="pk-konflik">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('skpAdmin.pk.konflikTeks')}</Text>
              <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} loading={memuat} onClick={() => void muatUlang()} data-testid="pk-muat-ulang">
                {t('skpAdmin.pk.muatUlang')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {konflik === 'dimuat' ? (
          <Alert color="blue" variant="light" title={t('skpAdmin.pk.dimuatJudul')} data-testid="pk-dimuat" withCloseButton onClose={() => setKonflik(null)}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('skpAdmin.pk.dimuatTeks', { count: dasar.sasaran.length })}</Text>
              {dasar.sasaran.length ? (
                <Stack gap={2} component="ol" m={0} pl="md">
                  {dasar.sasaran.map((s) => (
                    <Text key={s.id} size="xs" component="li">
                      {s.sasaran} — {s.indikator} ({s.target})
                    </Text>
                  ))}
                </Stack>
              ) : null}
              <Button size="xs" variant="white" onClick={pakaiTersimpan} data-testid="pk-pakai-tersimpan">
                {t('skpAdmin.pk.pakaiTersimpan')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <Group justify="space-between" gap="sm">
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={tambah} disabled={baris.length >= 50} data-testid="pk-tambah">
            {t('skpAdmin.pk.tambah')}
          </Button>
          <Group gap="sm">
            {kotor ? (
              <Text size="xs" c="orange.8" data-testid="pk-belum-disimpan">
                {t('skpAdmin.pk.adaPerubahan')}
              </Text>
            ) : null}
            <Button type="submit" loading={mutation.isPending} disabled={konflik === 'ada'} data-testid="pk-simpan">
              {t('skpAdmin.pk.simpan')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
