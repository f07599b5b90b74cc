import { ActionIcon, Affix, Alert, Button, Card, Chip, Group, Modal, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconChevronLeft, IconChevronRight, IconCloudOff, IconEdit, IconPlus, IconRepeat, IconSend, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { transisiAktivitas } from '../../../../../domain/aktivitas.ts';
import { tambahHari, tanggalValid, tanggalWita } from '../../../../../domain/kalender.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useAksiAktivitas, type AksiPegawai } from '../api/aksi-aktivitas.ts';
import { useAktivitasList, type Aktivitas } from '../api/get-aktivitas-list.ts';
import { useRekap } from '../api/get-rekap.ts';
import { useSering, type UraianSering } from '../api/get-sering.ts';
import { aktivitasQueryKey } from '../api/query-keys.ts';
import { useAktivitasStream } from '../api/use-aktivitas-stream.ts';
import { buangEntri, cobaLagi, saatTerkirim, type EntriTertunda } from '../offline/antrean.ts';
import { useAntrean } from '../offline/use-antrean.ts';
import { AktivitasForm, type HasilForm, type IsianAwal } from './aktivitas-form.tsx';
import { AktivitasKartu } from './aktivitas-kartu.tsx';
import { durasi, formatBulan, formatMenit, formatTanggalPanjang, jamMulaiBawaan, jamUlangi, tambahBulan, tambahMenit } from './format.ts';
import { KalenderBulan } from './kalender-bulan.tsx';
import { ProgresMenit, TertundaBadge } from './status-badge.tsx';

type Tampilan = 'hari' | 'bulan';
type FormState = { mode: 'baru'; awal: IsianAwal } | { mode: 'ubah'; aktivitas: Aktivitas } | null;

/** Frequent activities as chips: one tap opens the form filled in, a second tap on "Simpan" logs it. */
export function UlangiChips({ sering, onUlangi }: { sering: UraianSering[]; onUlangi: (s: UraianSering) => void }) {
  const { t } = useTranslation();
  if (sering.length === 0) return null;
  return (
    <Stack gap={4} data-testid="aktivitas-sering">
      <Group gap={4}>
        <IconRepeat size={14} color="var(--mantine-color-dimmed)" />
        <Text size="xs" c="dimmed" fw={600}>
          {t('aktivitas.ulangi.judul')}
        </Text>
      </Group>
      <ScrollArea type="never" offsetScrollbars={false}>
        <Group gap={6} wrap="nowrap" pb={2}>
          {sering.slice(0, 8).map((s, i) => (
            <Chip key={`${s.uraian}-${i}`} checked={false} onChange={() => onUlangi(s)} variant="outline" size="sm" data-testid="aktivitas-ulangi" data-index={i}>
              <Text span size="sm" truncate="end" maw={220} display="inline-block" style={{ verticalAlign: 'bottom' }}>
                {s.uraian}
              </Text>
            </Chip>
          ))}
        </Group>
      </ScrollArea>
    </Stack>
  );
}

function KartuTertunda({ e, mengirim }: { e: EntriTertunda; mengirim: boolean }) {
  const { t } = useTranslation();
  const menit = durasi(e.isian.jamMulai, e.isian.jamSelesai) ?? 0;
  return (
    <Card padding="sm" data-testid="aktivitas-tertunda" data-kunci={e.kunci} style={{ borderLeft: '4px dashed var(--mantine-color-cendana-6)', background: 'var(--mantine-color-cendana-0)' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap={6} wrap="nowrap">
          <Group gap={6}>
            <Text fw={700} size="sm" ff="monospace">
              {e.isian.jamMulai}–{e.isian.jamSelesai}
            </Text>
            <Text size="xs" c="dimmed">
              {formatMenit(menit, t('aktivitas.jamSingkat'))}
            </Text>
          </Group>
          <TertundaBadge ditolak={!!e.ditolak} />
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {e.isian.uraian}
        </Text>
        <Text size="xs" c="dimmed">
          {mengirim
            ? t('aktivitas.tertunda.sedangDikirim')
            : e.berkas.length + e.tautan.length > 0
              ? t('aktivitas.tertunda.lampiran', { count: e.berkas.length + e.tautan.length })
              : t('aktivitas.tertunda.ket')}
        </Text>
        {e.ditolak ? (
          <Alert color="red" variant="light" p={8} data-testid="aktivitas-tertunda-galat" data-code={e.ditolak.code}>
            <Stack gap={6}>
              <Text size="sm">{e.ditolak.message}</Text>
              <Group gap="xs">
                <Button size="xs" variant="white" onClick={() => void cobaLagi(e.kunci)}>
                  {t('umum.cobaLagi')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => void buangEntri(e.kunci)} data-testid="aktivitas-tertunda-buang">
                  {t('aktivitas.tertunda.buang')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * The pegawai's own activities: a day (default today, WITA) with its minutes against the 300-minute target, the
 * entries in colour by status, and the month as a calendar. Logging is one big button away; a frequent activity
 * is two taps (chip → Simpan). Entries written offline are listed as "menunggu dikirim" until the server has them.
 */
export function AktivitasSaya({ akunId }: { akunId: string }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('aktivitas.judul'));
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const hariIni = tanggalWita(new Date());
  const tanggalParam = params.get('tanggal');
  const tanggal = tanggalParam && tanggalValid(tanggalParam) && tanggalParam <= hariIni ? tanggalParam : hariIni;
  const tampilan: Tampilan = params.get('tampilan') === 'bulan' ? 'bulan' : 'hari';
  const bulanParam = params.get('bulan');
  const bulan = bulanParam && /^\d{4}-(0[1-9]|1[0-2])$/.test(bulanParam) ? bulanParam : tanggal.slice(0, 7);

  const daftar = useAktivitasList({ dari: tanggal, sampai: tanggal });
  const rekap = useRekap(bulan, undefined, tampilan === 'bulan');
  const sering = useSering();
  const antrean = useAntrean(akunId);
  const aksi = useAksiAktivitas();
  const [form, setForm] = useState<FormState>(null);
  const [hapus, setHapus] = useState<Aktivitas | null>(null);
  const [online, setOnline] = useState(() => navigator.onLine !== false);

  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);

  // an entry sent from the outbox in the background: refresh and tell the pegawai
  useEffect(
    () =>
      saatTerkirim(({ peringatan }) => {
        void queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
        for (const p of peringatan) notifications.show({ color: 'yellow', message: p });
      }),
    [queryClient],
  );

  // the atasan's decisions and notes arrive live (the server sends the owner an event per decision)
  const segarkan = useCallback(() => void queryClient.invalidateQueries({ queryKey: aktivitasQueryKey }), [queryClient]);
  useAktivitasStream({ onPeristiwa: segarkan, onTersambung: segarkan });

  const tertundaHariIni = antrean.entri.filter((e) => e.isian.tanggal === tanggal);
  const items = useMemo(() => [...(daftar.data?.items ?? [])].sort((a, b) => a.jamMulai.localeCompare(b.jamMulai)), [daftar.data]);
  const rentangHari = useMemo(
    () => [...items.map((a) => ({ jamMulai: a.jamMulai, jamSelesai: a.jamSelesai })), ...tertundaHariIni.map((e) => ({ jamMulai: e.isian.jamMulai, jamSelesai: e.isian.jamSelesai }))],
    [items, tertundaHariIni],
  );
  const menitDisetujui = items.filter((a) => a.status === 'disetujui').reduce((n, a) => n + a.menit, 0);
  const menitBelum =
    items.filter((a) => a.status === 'diajukan' || a.status === 'draft' || a.status === 'perlu_revisi').reduce((n, a) => n + a.menit, 0) +
    tertundaHariIni.reduce((n, e) => n + (durasi(e.isian.jamMulai, e.isian.jamSelesai) ?? 0), 0);

  const bukaBaru = (isi?: Partial<IsianAwal>) => {
    const mulai = jamMulaiBawaan(rentangHari.map((r) => r.jamSelesai));
    setForm({ mode: 'baru', awal: { tanggal, jamMulai: mulai, jamSelesai: tambahMenit(mulai, 60), ...isi } });
  };
  const ulangi = (s: UraianSering) => bukaBaru({ ...jamUlangi(s, rentangHari.map((r) => r.jamSelesai), rentangHari), uraian: s.uraian, volume: s.volume, satuan: s.satuan, rhkId: s.rhkId });

  // links from the beranda: ?catat=1 opens the form, ?ulangi=<n> opens it with the n-th frequent activity
  const catat = params.get('catat');
  const ulangiParam = params.get('ulangi');
  const dariUrl = catat !== null || ulangiParam !== null;
  let formDariUrl: FormState = null;
  if (dariUrl && !daftar.isPending && (ulangiParam === null || sering.data)) {
    const s = ulangiParam !== null ? sering.data?.[Number(ulangiParam)] : undefined;
    const mulai = jamMulaiBawaan(rentangHari.map((r) => r.jamSelesai));
    formDariUrl = {
      mode: 'baru',
      awal: s
        ? { tanggal, ...jamUlangi(s, rentangHari.map((r) => r.jamSelesai), rentangHari), uraian: s.uraian, volume: s.volume, satuan: s.satuan, rhkId: s.rhkId }
        : { tanggal, jamMulai: mulai, jamSelesai: tambahMenit(mulai, 60) },
    };
  }
  const formAktif = form ?? formDariUrl;
  const tutupForm = () => {
    setForm(null);
    if (dariUrl)
      setParams(
        (p) => {
          p.delete('catat');
          p.delete('ulangi');
          return p;
        },
        { replace: true },
      );
  };

  const setTanggal = (tgl: string, tamp: Tampilan = 'hari') =>
    setParams(
      (p) => {
        if (tgl === hariIni) p.delete('tanggal');
        else p.set('tanggal', tgl);
        if (tamp === 'bulan') p.set('tampilan', 'bulan');
        else p.delete('tampilan');
        p.delete('bulan');
        return p;
      },
      { replace: true },
    );
  const setBulan = (b: string) =>
    setParams(
      (p) => {
        p.set('tampilan', 'bulan');
        p.set('bulan', b);
        return p;
      },
      { replace: true },
    );

  const selesai = (hasil: HasilForm) => {
    const mode = formAktif?.mode;
    tutupForm();
    if (hasil.tertunda) notifications.show({ color: 'cendana', icon: <IconCloudOff size={18} />, message: t('aktivitas.notif.tertunda'), autoClose: 5000 });
    else notifications.show({ color: 'teal', message: mode === 'ubah' ? t('aktivitas.notif.diubah') : t('aktivitas.notif.tersimpan') });
    for (const p of hasil.peringatan) notifications.show({ color: 'yellow', title: t('aktivitas.notif.peringatan'), message: p, autoClose: 8000 });
    // kept in the outbox while offline: nothing on the server changed yet (the outbox refreshes the lists once sent)
    if (!hasil.tertunda) void queryClient.invalidateQueries({ queryKey: aktivitasQueryKey });
  };

  const jalankan = (a: Aktivitas, jenis: AksiPegawai) =>
    aksi.mutate(
      { id: a.id, aksi: jenis, versi: a.versi },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t(`aktivitas.notif.${jenis}`) }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );

  const tombolAksi = (a: Aktivitas) => {
    const bisa = (x: 'ubah' | 'ajukan' | 'tarik' | 'hapus') => transisiAktivitas(a.status, x) !== null;
    const sibuk = aksi.isPending && aksi.variables?.id === a.id;
    return (
      <>
        {bisa('ubah') ? (
          <Button size="compact-sm" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => setForm({ mode: 'ubah', aktivitas: a })} data-testid="aktivitas-ubah">
            {t('aktivitas.aksi.ubah')}
          </Button>
        ) : null}
        {bisa('ajukan') ? (
          <Button size="compact-sm" variant="light" leftSection={<IconSend size={14} />} loading={sibuk && aksi.variables?.aksi === 'ajukan'} onClick={() => jalankan(a, 'ajukan')} data-testid="aktivitas-ajukan">
            {t('aktivitas.aksi.ajukan')}
          </Button>
        ) : null}
        {bisa('tarik') ? (
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconArrowBackUp size={14} />} loading={sibuk} onClick={() => jalankan(a, 'tarik')} data-testid="aktivitas-tarik">
            {t('aktivitas.aksi.tarik')}
          </Button>
        ) : null}
        {bisa('hapus') ? (
          <ActionIcon variant="subtle" color="red" onClick={() => setHapus(a)} aria-label={t('aktivitas.aksi.hapus')} data-testid="aktivitas-hapus">
            <IconTrash size={16} />
          </ActionIcon>
        ) : null}
      </>
    );
  };

  return (
    <Stack gap="md" data-testid="aktivitas-saya" pb={wide ? 0 : 72}>
      <Group justify="space-between" align="flex-end" gap="xs" wrap="wrap">
        <Title order={1} fz={{ base: 24, sm: 28 }} data-testid="page-title">
          {t('aktivitas.judul')}
        </Title>
        <SegmentedControl
          size="xs"
          value={tampilan}
          onChange={(v) => (v === 'bulan' ? setBulan(tanggal.slice(0, 7)) : setTanggal(tanggal))}
          data={[
            { value: 'hari', label: t('aktivitas.tampilan.hari') },
            { value: 'bulan', label: t('aktivitas.tampilan.bulan') },
          ]}
          data-testid="aktivitas-tampilan"
        />
      </Group>

      {!online ? (
        <Alert color="cendana" variant="light" icon={<IconCloudOff size={18} />} p="xs" data-testid="aktivitas-offline">
          <Text size="sm">{t('aktivitas.offline')}</Text>
        </Alert>
      ) : null}

      {tampilan === 'hari' ? (
        <>
          <Group justify="space-between" wrap="nowrap" gap={4}>
            <ActionIcon variant="default" size="lg" onClick={() => setTanggal(tambahHari(tanggal, -1))} aria-label={t('aktivitas.hariSebelum')} data-testid="aktivitas-hari-sebelum">
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Stack gap={0} align="center" style={{ minWidth: 0 }}>
              <Text fw={600} size="sm" ta="center" data-testid="aktivitas-tanggal-label" data-tanggal={tanggal}>
                {formatTanggalPanjang(tanggal, i18n.language)}
              </Text>
              {tanggal !== hariIni ? (
                <Button variant="subtle" size="compact-xs" onClick={() => setTanggal(hariIni)} data-testid="aktivitas-hari-ini">
                  {t('aktivitas.keHariIni')}
                </Button>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('aktivitas.hariIni')}
                </Text>
              )}
            </Stack>
            <ActionIcon variant="default" size="lg" onClick={() => setTanggal(tambahHari(tanggal, 1))} disabled={tanggal >= hariIni} aria-label={t('aktivitas.hariBerikut')} data-testid="aktivitas-hari-berikut">
              <IconChevronRight size={18} />
            </ActionIcon>
          </Group>

          <Card padding="md">
            <Group justify="space-between" gap="md" wrap="wrap">
              <ProgresMenit disetujui={menitDisetujui} belum={menitBelum} judul={t('aktivitas.ringkas.hariIni')} testId="aktivitas-progres-hari" />
              {wide ? (
                <Button size="md" leftSection={<IconPlus size={20} />} onClick={() => bukaBaru()} data-testid="aktivitas-catat">
                  {t('aktivitas.catat')}
                </Button>
              ) : null}
            </Group>
          </Card>

          <UlangiChips sering={sering.data ?? []} onUlangi={ulangi} />

          {daftar.isPending ? <LoadingView /> : null}
          {daftar.isError && !(daftar.error && online === false) ? <ErrorAlert error={daftar.error} onRetry={() => void daftar.refetch()} /> : null}
          <Stack gap="sm" data-testid="aktivitas-list">
            {tertundaHariIni.map((e) => (
              <KartuTertunda key={e.kunci} e={e} mengirim={antrean.mengirim === e.kunci} />
            ))}
            {items.map((a) => (
              <AktivitasKartu key={a.id} aktivitas={a} aksi={tombolAksi(a)} />
            ))}
            {daftar.isSuccess && items.length === 0 && tertundaHariIni.length === 0 ? (
              <Card padding="lg" data-testid="aktivitas-kosong">
                <Stack align="center" gap="xs">
                  <Text c="dimmed" ta="center" size="sm">
                    {tanggal === hariIni ? t('aktivitas.kosongHariIni') : t('aktivitas.kosong')}
                  </Text>
                  <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => bukaBaru()}>
                    {t('aktivitas.catat')}
                  </Button>
                </Stack>
              </Card>
            ) : null}
          </Stack>
          {antrean.entri.length > tertundaHariIni.length ? (
            <Text size="xs" c="dimmed" data-testid="aktivitas-tertunda-lain">
              {t('aktivitas.tertunda.hariLain', { count: antrean.entri.length - tertundaHariIni.length })}
            </Text>
          ) : null}
        </>
      ) : (
        <Card padding="md">
          <Stack gap="md">
            <Group justify="space-between" wrap="nowrap">
              <ActionIcon variant="default" size="lg" onClick={() => setBulan(tambahBulan(bulan, -1))} aria-label={t('aktivitas.bulanSebelum')}>
                <IconChevronLeft size={18} />
              </ActionIcon>
              <Text fw={600} data-testid="aktivitas-bulan-label">
                {formatBulan(bulan, i18n.language)}
              </Text>
              <ActionIcon variant="default" size="lg" onClick={() => setBulan(tambahBulan(bulan, 1))} disabled={bulan >= hariIni.slice(0, 7)} aria-label={t('aktivitas.bulanBerikut')}>
                <IconChevronRight size={18} />
              </ActionIcon>
            </Group>
            {rekap.isPending ? <LoadingView /> : null}
            {rekap.isError ? <ErrorAlert error={rekap.error} onRetry={() => void rekap.refetch()} /> : null}
            {rekap.data ? (
              <>
                <ProgresMenit disetujui={rekap.data.menitDisetujui} belum={rekap.data.menitBelumDisetujui} target={rekap.data.targetMenit} judul={t('aktivitas.ringkas.bulanIni')} testId="aktivitas-progres-bulan" />
                <KalenderBulan rekap={rekap.data} hariIni={hariIni} dipilih={tanggal} onPilih={(tgl) => tgl <= hariIni && setTanggal(tgl)} />
              </>
            ) : null}
          </Stack>
        </Card>
      )}

      {!wide && tampilan === 'hari' ? (
        <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={150}>
          <Button fullWidth size="lg" radius="xl" leftSection={<IconPlus size={22} />} onClick={() => bukaBaru()} data-testid="aktivitas-catat" style={{ boxShadow: 'var(--mantine-shadow-lg)' }}>
            {t('aktivitas.catat')}
          </Button>
        </Affix>
      ) : null}

      <Modal
        opened={formAktif !== null}
        onClose={tutupForm}
        title={formAktif?.mode === 'ubah' ? t('aktivitas.ubahJudul') : t('aktivitas.catatJudul')}
        fullScreen={!wide}
        size="lg"
        closeOnClickOutside={false}
        data-testid="aktivitas-modal"
      >
        {formAktif ? (
          <AktivitasForm
            key={formAktif.mode === 'ubah' ? formAktif.aktivitas.id : form ? `baru-${form.mode === 'baru' ? form.awal.uraian ?? '' : ''}` : 'url'}
            akunId={akunId}
            awal={formAktif.mode === 'baru' ? formAktif.awal : { tanggal, jamMulai: '', jamSelesai: '' }}
            aktivitas={formAktif.mode === 'ubah' ? formAktif.aktivitas : undefined}
            onSelesai={selesai}
            onBatal={tutupForm}
          />
        ) : null}
      </Modal>

      <Modal opened={hapus !== null} onClose={() => setHapus(null)} title={t('aktivitas.hapusJudul')} centered size="sm">
        <Stack gap="md">
          <Text size="sm">{t('aktivitas.hapusTanya', { uraian: hapus?.uraian ?? '' })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setHapus(null)}>
              {t('umum.batal')}
            </Button>
            <Button
              color="red"
              loading={aksi.isPending}
              data-testid="aktivitas-hapus-ya"
              onClick={() => {
                if (hapus) jalankan(hapus, 'hapus');
                setHapus(null);
              }}
            >
              {t('aktivitas.aksi.hapus')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
