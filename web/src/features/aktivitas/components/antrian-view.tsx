import { ActionIcon, Affix, Alert, Badge, Box, Button, Card, Checkbox, Collapse, Drawer, Group, List, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCalendarMonth, IconCheck, IconChevronLeft, IconChevronRight, IconFilter, IconFilterOff, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { STATUS_AKTIVITAS, type StatusAktivitas } from '../../../../../domain/aktivitas.ts';
import { tanggalValid, tanggalWita } from '../../../../../domain/kalender.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useAntrian } from '../api/get-antrian.ts';
import { useBawahan } from '../api/get-bawahan.ts';
import type { Aktivitas } from '../api/get-aktivitas-list.ts';
import { useRekap } from '../api/get-rekap.ts';
import { Keputusan, useKeputusan, type HasilKeputusan } from '../api/keputusan.ts';
import { aktivitasQueryKey } from '../api/query-keys.ts';
import { useAktivitasStream } from '../api/use-aktivitas-stream.ts';
import { AktivitasKartu } from './aktivitas-kartu.tsx';
import { formatBulan, formatTanggalPendek, tambahBulan } from './format.ts';
import { KalenderBulan } from './kalender-bulan.tsx';
import { ProgresMenit } from './status-badge.tsx';

type AksiCatatan = 'kembalikan' | 'tolak';
const STATUS_ANTRIAN = STATUS_AKTIVITAS.filter((s) => s !== 'draft');
const SOROT_MS = 10_000;

function KalenderBawahan({ pegawai, onClose }: { pegawai: { id: string; nama: string } | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const hariIni = tanggalWita(new Date());
  const [bulan, setBulan] = useState(hariIni.slice(0, 7));
  const rekap = useRekap(bulan, pegawai?.id, !!pegawai);
  return (
    <Drawer opened={!!pegawai} onClose={onClose} position="right" size="md" title={pegawai ? t('aktivitas.antrian.kalenderJudul', { nama: pegawai.nama }) : ''} data-testid="bawahan-kalender">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <ActionIcon variant="default" size="lg" onClick={() => setBulan(tambahBulan(bulan, -1))} aria-label={t('aktivitas.bulanSebelum')}>
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Text fw={600}>{formatBulan(bulan, i18n.language)}</Text>
          <ActionIcon variant="default" size="lg" onClick={() => setBulan(tambahBulan(bulan, 1))} disabled={bulan >= hariIni.slice(0, 7)} aria-label={t('aktivitas.bulanBerikut')}>
            <IconChevronRight size={18} />
          </ActionIcon>
        </Group>
        {rekap.isPending ? <LoadingView /> : null}
        {rekap.isError ? <ErrorAlert error={rekap.error} onRetry={() => void rekap.refetch()} /> : null}
        {rekap.data ? (
          <>
            <ProgresMenit disetujui={rekap.data.menitDisetujui} belum={rekap.data.menitBelumDisetujui} target={rekap.data.targetMenit} judul={t('aktivitas.ringkas.bulanIni')} testId="bawahan-kalender-progres" />
            <KalenderBulan rekap={rekap.data} hariIni={hariIni} />
          </>
        ) : null}
      </Stack>
    </Drawer>
  );
}

/**
 * The atasan's queue: bawahan's activities waiting for a decision, refreshed live from the SSE stream (new ones are
 * marked "Baru" for a few seconds). Approve many at once; return or reject one with a required note. Supervision
 * flags are shown as warnings with their meaning, never as a penalty. Per-item results of a bulk action are listed
 * (e.g. one already decided by another atasan).
 */
export function AntrianView() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('aktivitas.antrian.judul'));
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const pegawaiId = params.get('pegawai') ?? undefined;
  const dari = params.get('dari') && tanggalValid(params.get('dari')!) ? params.get('dari')! : undefined;
  const sampai = params.get('sampai') && tanggalValid(params.get('sampai')!) ? params.get('sampai')! : undefined;
  const statusParam = params.get('status');
  const status: StatusAktivitas = (STATUS_ANTRIAN as readonly string[]).includes(statusParam ?? '') ? (statusParam as StatusAktivitas) : 'diajukan';
  const filter = { pegawaiId, dari, sampai, status, pageSize: 100 };
  const antrian = useAntrian(filter);
  const bawahan = useBawahan();
  const keputusan = useKeputusan();
  const [pilih, setPilih] = useState<Set<string>>(new Set());
  const [catatanUntuk, setCatatanUntuk] = useState<{ aksi: AksiCatatan; item: Aktivitas } | null>(null);
  const [catatan, setCatatan] = useState('');
  const [catatanGalat, setCatatanGalat] = useState<string | null>(null);
  const [hasil, setHasil] = useState<{ items: HasilKeputusan['items']; nama: Map<string, string> } | null>(null);
  const [kalender, setKalender] = useState<{ id: string; nama: string } | null>(null);
  const [baru, setBaru] = useState<Map<string, number>>(new Map());
  const [saringanBuka, setSaringanBuka] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // a live event may concern the queue, an open umpan balik thread or a calendar: refresh every aktivitas query
  // that is on screen (as the pegawai's view does), not only the list
  const queryClient = useQueryClient();
  const segarkan = useCallback(() => void queryClient.invalidateQueries({ queryKey: aktivitasQueryKey }), [queryClient]);
  const streamStatus = useAktivitasStream({
    onPeristiwa: useCallback(
      (p) => {
        if (p.jenis === 'diajukan') setBaru((m) => new Map(m).set(p.aktivitasId, Date.now()));
        segarkan();
      },
      [segarkan],
    ),
    onTersambung: segarkan,
  });

  // "Baru" fades after a few seconds
  useEffect(() => {
    if (baru.size === 0) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setBaru((m) => new Map([...m].filter(([, at]) => Date.now() - at < SOROT_MS))), SOROT_MS);
    return () => clearTimeout(timer.current);
  }, [baru]);

  const items = useMemo(() => antrian.data?.items ?? [], [antrian.data]);
  const bisaDipilih = items.filter((a) => a.status === 'diajukan');
  // a selection only holds what is still in the list
  const terpilih = bisaDipilih.filter((a) => pilih.has(a.id));

  const setFilter = (key: string, value: string | null | undefined) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const putuskan = (aksi: 'setujui' | AksiCatatan, sasaran: Aktivitas[], teks?: string) => {
    const body = { aksi, catatan: teks ?? null, items: sasaran.map((a) => ({ id: a.id, versi: a.versi })) };
    const parsed = Keputusan.safeParse(body);
    if (!parsed.success) {
      setCatatanGalat(parsed.error.issues[0]?.message ?? t('validasi.wajib'));
      return;
    }
    const nama = new Map(sasaran.map((a) => [a.id, `${a.pegawaiNama} · ${a.jamMulai}–${a.jamSelesai}`]));
    keputusan.mutate(parsed.data, {
      onSuccess: (h) => {
        const gagal = h.items.filter((x) => !x.ok);
        const ok = h.items.length - gagal.length;
        setPilih(new Set());
        setCatatanUntuk(null);
        setCatatan('');
        if (ok > 0) notifications.show({ color: 'teal', message: t(`aktivitas.antrian.hasil.${aksi}`, { count: ok }) });
        setHasil(gagal.length > 0 ? { items: gagal, nama } : null);
      },
      onError: (error) => {
        if (catatanUntuk) setCatatanGalat(errorMessage(t, error));
        else notifications.show({ color: 'red', message: errorMessage(t, error) });
      },
    });
  };

  const adaFilter = !!(pegawaiId || dari || sampai || status !== 'diajukan');
  // on phones the filters fold away behind one button (the queue is what matters)
  const saringanTampil = wide || saringanBuka;
  const opsiBawahan = (bawahan.data ?? []).map((b) => ({ value: b.id, label: b.nama }));

  return (
    <Stack gap="md" data-testid="antrian" pb={!wide && terpilih.length > 0 ? 72 : 0}>
      <Group justify="space-between" align="flex-end" gap="xs" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 14rem' }}>
          <Text component="h1" fz={{ base: 24, sm: 28 }} fw={650} m={0} data-testid="page-title">
            {t('aktivitas.antrian.judul')}
          </Text>
          <Text c="dimmed" size="sm">
            {t('aktivitas.antrian.deskripsi')}
          </Text>
        </Stack>
        <Tooltip label={t(`aktivitas.antrian.stream.${streamStatus}Ket`)}>
          <Badge
            variant="dot"
            color={streamStatus === 'terhubung' ? 'teal' : streamStatus === 'menghubungkan' ? 'gray' : 'orange'}
            data-testid="antrian-live"
            data-status={streamStatus}
          >
            {t(`aktivitas.antrian.stream.${streamStatus}`)}
          </Badge>
        </Tooltip>
      </Group>

      {!wide ? (
        <Button variant="default" size="sm" leftSection={<IconFilter size={16} />} onClick={() => setSaringanBuka((b) => !b)} aria-expanded={saringanTampil} data-testid="antrian-saringan-toggle" style={{ alignSelf: 'flex-start' }}>
          {t('aktivitas.antrian.saring')}
          {adaFilter ? ' •' : ''}
        </Button>
      ) : null}
      <Collapse expanded={saringanTampil}>
      <Card padding="sm" data-testid="antrian-saringan">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs">
          <Select
            label={t('aktivitas.antrian.bawahan')}
            placeholder={t('aktivitas.antrian.semuaBawahan')}
            data={opsiBawahan}
            value={pegawaiId ?? null}
            onChange={(v) => setFilter('pegawai', v)}
            searchable
            clearable
            nothingFoundMessage={t('aktivitas.antrian.tidakAda')}
            data-testid="antrian-filter-pegawai"
          />
          <Select
            label={t('aktivitas.antrian.status')}
            data={STATUS_ANTRIAN.map((s) => ({ value: s, label: t(`aktivitas.status.${s}`) }))}
            value={status}
            onChange={(v) => setFilter('status', v === 'diajukan' ? null : v)}
            allowDeselect={false}
            data-testid="antrian-filter-status"
          />
          <TextInput type="date" label={t('aktivitas.antrian.dari')} value={dari ?? ''} max={sampai} onChange={(e) => setFilter('dari', e.currentTarget.value)} data-testid="antrian-filter-dari" />
          <TextInput type="date" label={t('aktivitas.antrian.sampai')} value={sampai ?? ''} min={dari} onChange={(e) => setFilter('sampai', e.currentTarget.value)} data-testid="antrian-filter-sampai" />
        </SimpleGrid>
        {adaFilter ? (
          <Group justify="flex-end" mt="xs">
            <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={14} />} onClick={() => setParams({}, { replace: true })} data-testid="antrian-filter-hapus">
              {t('aktivitas.antrian.hapusSaringan')}
            </Button>
          </Group>
        ) : null}
      </Card>
      </Collapse>

      {hasil ? (
        <Alert color="orange" variant="light" withCloseButton onClose={() => setHasil(null)} title={t('aktivitas.antrian.hasil.sebagian', { count: hasil.items.length })} data-testid="keputusan-hasil">
          <List size="sm" spacing={2}>
            {hasil.items.map((x) => (
              <List.Item key={x.id} data-testid="keputusan-hasil-item" data-id={x.id} data-code={x.code ?? undefined}>
                <Text span size="sm" fw={500}>
                  {hasil.nama.get(x.id) ?? x.id}
                </Text>
                {': '}
                {errorMessage(t, new ApiError(409, x.code ?? 'SISTEM.GALAT', x.message ?? ''))}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      {status === 'diajukan' && bisaDipilih.length > 0 ? (
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Checkbox
            label={t('aktivitas.antrian.pilihSemua', { count: bisaDipilih.length })}
            checked={terpilih.length === bisaDipilih.length}
            indeterminate={terpilih.length > 0 && terpilih.length < bisaDipilih.length}
            onChange={(e) => setPilih(e.currentTarget.checked ? new Set(bisaDipilih.map((a) => a.id)) : new Set())}
            data-testid="antrian-pilih-semua"
          />
          {wide ? (
            <Button leftSection={<IconCheck size={18} />} color="teal" disabled={terpilih.length === 0} loading={keputusan.isPending && !catatanUntuk} onClick={() => putuskan('setujui', terpilih)} data-testid="antrian-setujui">
              {t('aktivitas.antrian.setujuiN', { count: terpilih.length })}
            </Button>
          ) : null}
        </Group>
      ) : null}

      {antrian.isPending ? <LoadingView /> : null}
      {antrian.isError ? <ErrorAlert error={antrian.error} onRetry={() => void antrian.refetch()} /> : null}
      <Stack gap="sm" data-testid="antrian-list" data-total={antrian.data?.total}>
        {items.map((a) => (
          <AktivitasKartu
            key={a.id}
            aktivitas={a}
            sorot={baru.has(a.id)}
            tampilTanda
            kiri={
              a.status === 'diajukan' ? (
                <Checkbox
                  mt={2}
                  size="md"
                  aria-label={t('aktivitas.antrian.pilih')}
                  checked={pilih.has(a.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setPilih((s) => {
                      const n = new Set(s);
                      if (on) n.add(a.id);
                      else n.delete(a.id);
                      return n;
                    });
                  }}
                  data-testid="antrian-pilih"
                />
              ) : undefined
            }
            judul={
              <Group gap={6} wrap="wrap">
                <UnstyledButton onClick={() => setKalender({ id: a.pegawaiId, nama: a.pegawaiNama })} data-testid="antrian-pegawai" data-pegawai-id={a.pegawaiId}>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" fw={700} c="kupang.8">
                      {a.pegawaiNama}
                    </Text>
                    <IconCalendarMonth size={14} color="var(--mantine-color-kupang-7)" />
                  </Group>
                </UnstyledButton>
                <Text size="xs" c="dimmed">
                  {formatTanggalPendek(a.tanggal, i18n.language)}
                </Text>
              </Group>
            }
            aksi={
              a.status === 'diajukan' ? (
                <>
                  <Button size="compact-sm" variant="subtle" color="orange" leftSection={<IconArrowBackUp size={14} />} onClick={() => setCatatanUntuk({ aksi: 'kembalikan', item: a })} data-testid="antrian-kembalikan">
                    {t('aktivitas.antrian.kembalikan')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconX size={14} />} onClick={() => setCatatanUntuk({ aksi: 'tolak', item: a })} data-testid="antrian-tolak">
                    {t('aktivitas.antrian.tolak')}
                  </Button>
                  <Button size="compact-sm" color="teal" leftSection={<IconCheck size={14} />} loading={keputusan.isPending && keputusan.variables?.items.length === 1 && keputusan.variables.items[0]?.id === a.id} onClick={() => putuskan('setujui', [a])} data-testid="antrian-setujui-satu">
                    {t('aktivitas.antrian.setujui')}
                  </Button>
                </>
              ) : undefined
            }
          />
        ))}
        {antrian.isSuccess && items.length === 0 ? (
          <Card padding="lg" data-testid="antrian-kosong">
            <Text c="dimmed" ta="center" size="sm">
              {status === 'diajukan' ? t('aktivitas.antrian.kosong') : t('aktivitas.antrian.kosongSaringan')}
            </Text>
          </Card>
        ) : null}
        {antrian.data && antrian.data.total > items.length ? (
          <Text size="xs" c="dimmed" ta="center">
            {t('aktivitas.antrian.sebagian', { shown: items.length, total: antrian.data.total })}
          </Text>
        ) : null}
      </Stack>

      {!wide && terpilih.length > 0 ? (
        <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={150}>
          <Button fullWidth size="lg" radius="xl" color="teal" leftSection={<IconCheck size={20} />} loading={keputusan.isPending && !catatanUntuk} onClick={() => putuskan('setujui', terpilih)} data-testid="antrian-setujui" style={{ boxShadow: 'var(--mantine-shadow-lg)' }}>
            {t('aktivitas.antrian.setujuiN', { count: terpilih.length })}
          </Button>
        </Affix>
      ) : null}

      <Modal
        opened={!!catatanUntuk}
        onClose={() => {
          setCatatanUntuk(null);
          setCatatanGalat(null);
        }}
        title={catatanUntuk ? t(`aktivitas.antrian.${catatanUntuk.aksi}Judul`) : ''}
        centered
        fullScreen={!wide}
      >
        {catatanUntuk ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              putuskan(catatanUntuk.aksi, [catatanUntuk.item], catatan);
            }}
            noValidate
            data-testid="keputusan-form"
          >
            <Stack gap="sm">
              <Box>
                <Text size="sm" fw={600}>
                  {catatanUntuk.item.pegawaiNama} · {catatanUntuk.item.jamMulai}–{catatanUntuk.item.jamSelesai}
                </Text>
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {catatanUntuk.item.uraian}
                </Text>
              </Box>
              <Textarea
                label={t('aktivitas.antrian.catatan')}
                description={t('aktivitas.antrian.catatanKet')}
                value={catatan}
                onChange={(e) => {
                  setCatatan(e.currentTarget.value);
                  setCatatanGalat(null);
                }}
                error={catatanGalat}
                required
                autosize
                minRows={3}
                maxLength={1000}
                data-autofocus
                data-testid="keputusan-catatan"
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={() => setCatatanUntuk(null)}>
                  {t('umum.batal')}
                </Button>
                <Button type="submit" color={catatanUntuk.aksi === 'tolak' ? 'red' : 'orange'} loading={keputusan.isPending} data-testid="keputusan-kirim">
                  {t(`aktivitas.antrian.${catatanUntuk.aksi}`)}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Modal>

      <KalenderBawahan pegawai={kalender} onClose={() => setKalender(null)} />
    </Stack>
  );
}
