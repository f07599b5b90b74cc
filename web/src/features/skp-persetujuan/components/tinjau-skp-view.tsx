import { Affix, Alert, Badge, Box, Button, Card, Grid, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBackUp, IconArrowLeft, IconCheck, IconDownload, IconInfoCircle, IconLockOpen, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { NilaiBerakhlak } from '../../../../../domain/berakhlak.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatNip } from '../../../utils/format.ts';
import { useAksiSkp, type AksiPenilai } from '../api/aksi-skp.ts';
import { useAntrianSkp } from '../api/get-antrian-skp.ts';
import { useSkp, type SkpDetail } from '../api/get-skp.ts';
import { useUbahEkspektasi } from '../api/ubah-ekspektasi.ts';
import { EkspektasiBerakhlak, isiEkspektasi, samaEkspektasi, type IsiEkspektasi } from './ekspektasi-berakhlak.tsx';
import { formatLalu, formatTanggalSingkat, formatWaktuWita, tautan, type KeputusanTerakhir } from './format.ts';
import { RhkSayaPanel } from './rhk-saya-panel.tsx';
import { RhkTinjau } from './rhk-tinjau.tsx';
import { StatusSkpBadge } from './status-skp-badge.tsx';

type AksiCatatan = Extract<AksiPenilai, 'kembalikan' | 'tolak_buka'>;
const AKSI_KEPUTUSAN: readonly AksiPenilai[] = ['setujui', 'kembalikan', 'terima_buka', 'tolak_buka'];

function Identitas({ skp }: { skp: SkpDetail }) {
  const { t, i18n } = useTranslation();
  const p = skp.pegawai;
  const baris = (label: string, nilai: string | null | undefined) =>
    nilai ? (
      <Box>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm" fw={500} lh={1.35}>
          {nilai}
        </Text>
      </Box>
    ) : null;
  return (
    <Card padding="md" data-testid="tinjau-identitas">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Box style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <Title order={2} fz={{ base: 18, sm: 20 }} lh={1.3} data-testid="tinjau-nama">
              {p.nama}
            </Title>
            {p.nip ? (
              <Text size="sm" ff="monospace" c="dimmed">
                {formatNip(p.nip)}
              </Text>
            ) : null}
          </Box>
          <StatusSkpBadge status={skp.status} size="lg" testId="skp-status" />
        </Group>
        <Group gap={6}>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {t('skpPersetujuan.tinjau.periode')} {formatTanggalSingkat(skp.tanggalMulai, i18n.language)} – {formatTanggalSingkat(skp.tanggalSelesai, i18n.language)}
          </Badge>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {t(`skpPersetujuan.pendekatan.${skp.pendekatan}`)}
          </Badge>
        </Group>
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, sm: 6 }}>{baris(t('skpPersetujuan.tinjau.jabatan'), [p.jabatan, p.pangkat].filter(Boolean).join(' · '))}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>{baris(t('skpPersetujuan.tinjau.unit'), p.unit)}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>{baris(t('skpPersetujuan.tinjau.penilai'), skp.penilai?.nama)}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            {(skp.status === 'disetujui' || skp.status === 'minta_buka') && skp.disetujuiPada
              ? baris(t('skpPersetujuan.tinjau.disetujuiPada'), formatWaktuWita(skp.disetujuiPada, i18n.language))
              : skp.diajukanPada
                ? baris(t('skpPersetujuan.tinjau.diajukanPada'), `${formatWaktuWita(skp.diajukanPada, i18n.language)} (${formatLalu(skp.diajukanPada, i18n.language)})`)
                : null}
          </Grid.Col>
        </Grid>
        <Group>
          <Button component="a" href={tautan.pdf(skp.id)} target="_blank" rel="noopener" variant="default" size="xs" leftSection={<IconDownload size={16} />} data-testid="skp-unduh-pdf">
            {t('skpPersetujuan.tinjau.unduhPdf')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function TombolKeputusan({ aksi, memproses, onAksi, penuh }: { aksi: readonly AksiPenilai[]; memproses: AksiPenilai | null; onAksi: (a: AksiPenilai) => void; penuh: boolean }) {
  const { t } = useTranslation();
  // phone: the bar at the bottom holds two buttons side by side; the reopening pair gets short labels, no icons
  const props = { fullWidth: penuh, disabled: memproses !== null };
  const ikon = (el: ReactNode) => (penuh ? el : undefined);
  return (
    <>
      {aksi.includes('kembalikan') ? (
        <Button {...props} variant="light" color="orange" leftSection={<IconArrowBackUp size={18} />} onClick={() => onAksi('kembalikan')} data-testid="skp-kembalikan">
          {t('skpPersetujuan.tinjau.kembalikan')}
        </Button>
      ) : null}
      {aksi.includes('tolak_buka') ? (
        <Button {...props} variant="light" color="red" leftSection={ikon(<IconX size={18} />)} onClick={() => onAksi('tolak_buka')} data-testid="skp-tolak-buka">
          {penuh ? t('skpPersetujuan.tinjau.tolakBuka') : t('skpPersetujuan.tinjau.tolakBukaSingkat')}
        </Button>
      ) : null}
      {aksi.includes('terima_buka') ? (
        <Button {...props} color="grape" leftSection={ikon(<IconLockOpen size={18} />)} loading={memproses === 'terima_buka'} onClick={() => onAksi('terima_buka')} data-testid="skp-terima-buka">
          {t('skpPersetujuan.tinjau.terimaBuka')}
        </Button>
      ) : null}
      {aksi.includes('setujui') ? (
        <Button {...props} color="teal" leftSection={<IconCheck size={18} />} loading={memproses === 'setujui'} onClick={() => onAksi('setujui')} data-testid="skp-setujui">
          {t('skpPersetujuan.tinjau.setujui')}
        </Button>
      ) : null}
    </>
  );
}

function Tinjau({ skp, muatUlang }: { skp: SkpDetail; muatUlang: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const modalLebar = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });

  // my own SKP of the same period (for the side panel): the queue names it
  const antrian = useAntrianSkp(skp.periodeId);
  const skpSayaId = antrian.data?.skpSayaId ?? null;
  const skpSaya = useSkp(skpSayaId && skpSayaId !== skp.id ? skpSayaId : null);
  const nomorRhkSaya = new Map((skpSaya.data?.rhk ?? []).map((r, i) => [r.id, i + 1] as const));
  const dipakai = new Map<string, number>();
  for (const r of skp.rhk) if (r.rhkAtasanId) dipakai.set(r.rhkAtasanId, (dipakai.get(r.rhkAtasanId) ?? 0) + 1);
  const belumTertaut = skp.tanpaTautan ? 0 : skp.rhk.filter((r) => !r.rhkAtasanId || !r.rhkAtasanUraian).length;

  // ekspektasi khusus: a local copy the penilai edits; follows the server while nothing was typed
  const bisaEkspektasi = skp.aksi.includes('ekspektasi');
  const [isi, setIsi] = useState<IsiEkspektasi>(() => isiEkspektasi(skp));
  const [dasar, setDasar] = useState<{ versi: number; isi: IsiEkspektasi }>(() => ({ versi: skp.versi, isi: isiEkspektasi(skp) }));
  if (dasar.versi !== skp.versi) {
    const baru = isiEkspektasi(skp);
    if (samaEkspektasi(isi, dasar.isi)) setIsi(baru);
    setDasar({ versi: skp.versi, isi: baru });
  }
  const berubah = bisaEkspektasi && !samaEkspektasi(isi, dasar.isi);
  const [ekspektasiGalat, setEkspektasiGalat] = useState<string | null>(null);
  const ekspektasi = useUbahEkspektasi();

  const aksiSkp = useAksiSkp();
  const aksi = AKSI_KEPUTUSAN.filter((a) => skp.aksi.includes(a));
  const [memproses, setMemproses] = useState<AksiPenilai | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  // the decision buttons may be far below (phone bar, long SKP): bring the message into view
  const galatRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (galat) galatRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [galat]);
  const [modal, setModal] = useState<AksiCatatan | null>(null);
  const [catatan, setCatatan] = useState('');
  const [catatanGalat, setCatatanGalat] = useState<string | null>(null);

  const konflik = (e: unknown) => {
    setModal(null);
    setGalat(`${errorMessage(t, e)} ${t('skpPersetujuan.tinjau.dimuatUlang')}`);
    muatUlang();
  };

  const simpanEkspektasi = async (): Promise<number> => {
    const baru = await ekspektasi.mutateAsync({
      skpId: skp.id,
      body: { versi: skp.versi, ekspektasi: Object.entries(isi).map(([nilai, teks]) => ({ nilai: nilai as NilaiBerakhlak, ekspektasi: teks.trim() })) },
    });
    setDasar({ versi: baru.versi, isi: isiEkspektasi(baru) });
    setIsi(isiEkspektasi(baru));
    return baru.versi;
  };

  const simpan = async () => {
    setEkspektasiGalat(null);
    try {
      await simpanEkspektasi();
      notifications.show({ color: 'teal', message: t('skpPersetujuan.ekspektasi.tersimpan') });
    } catch (e) {
      if (isApiError(e, 'DATA.KONFLIK')) konflik(e);
      else setEkspektasiGalat(errorMessage(t, e));
    }
  };

  const putuskan = async (a: AksiPenilai, teks?: string) => {
    setGalat(null);
    setCatatanGalat(null);
    setMemproses(a);
    try {
      // unsaved ekspektasi go with the decision (saved first; the decision then carries the new versi)
      const versi = berubah ? await simpanEkspektasi() : skp.versi;
      const hasil = await aksiSkp.mutateAsync({ skpId: skp.id, body: { aksi: a, versi, catatan: teks?.trim() || undefined } });
      // the queue shows what was decided (KeputusanBaru) until the penilai dismisses it
      const keputusan: KeputusanTerakhir = { skpId: hasil.id, nama: hasil.pegawai.nama, aksi: a, status: hasil.status };
      void navigate(tautan.antrian, { state: { keputusan } });
    } catch (e) {
      if (isApiError(e, 'DATA.KONFLIK')) konflik(e);
      else if (modal) setCatatanGalat(errorMessage(t, e));
      else setGalat(errorMessage(t, e));
    } finally {
      setMemproses(null);
    }
  };

  const onAksi = (a: AksiPenilai) => {
    if (a === 'kembalikan' || a === 'tolak_buka') {
      setCatatanGalat(null);
      setModal(a);
    } else void putuskan(a);
  };

  const keterangan =
    skp.peranSaya !== 'penilai' ? (
      <Text size="sm" c="dimmed" data-testid="tinjau-hanya-baca">
        {t('skpPersetujuan.tinjau.hanyaBaca')}
      </Text>
    ) : aksi.length === 0 ? (
      <Text size="sm" c="dimmed" data-testid="tinjau-tanpa-keputusan">
        {t('skpPersetujuan.tinjau.tanpaKeputusan', { status: t(`skpPersetujuan.status.${skp.status}`) })}
      </Text>
    ) : null;

  const panelSaya = (
    <RhkSayaPanel
      lipat={!wide}
      skpSaya={skpSaya.data}
      siap={antrian.isSuccess && (!skpSayaId || skpSaya.isSuccess)}
      error={antrian.error ?? skpSaya.error}
      onRetry={() => void (antrian.isError ? antrian.refetch() : skpSaya.refetch())}
      dipakai={dipakai}
    />
  );

  const utama = (
    <Stack gap="md">
      <Identitas skp={skp} />
      {galat ? (
        <Alert ref={galatRef} color="red" variant="light" icon={<IconAlertTriangle size={20} />} withCloseButton onClose={() => setGalat(null)} data-testid="tinjau-galat" role="alert">
          {galat}
        </Alert>
      ) : null}
      {skp.status === 'minta_buka' && skp.alasanBuka ? (
        <Alert color="grape" variant="light" icon={<IconLockOpen size={20} />} title={t('skpPersetujuan.tinjau.mintaBuka')} data-testid="tinjau-alasan-buka">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {skp.alasanBuka}
          </Text>
        </Alert>
      ) : null}
      {skp.status === 'dikembalikan' && skp.catatanPenilai ? (
        <Alert color="orange" variant="light" icon={<IconArrowBackUp size={20} />} title={t('skpPersetujuan.tinjau.catatanPenilai')} data-testid="skp-catatan-penilai">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {skp.catatanPenilai}
          </Text>
        </Alert>
      ) : null}
      {!wide && keterangan ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
          {keterangan}
        </Alert>
      ) : null}
      {!wide ? panelSaya : null}

      <Stack gap="sm" component="section" aria-labelledby="tinjau-rhk-judul">
        <Group gap="xs" justify="space-between">
          <Title order={2} fz="md" id="tinjau-rhk-judul">
            {t('skpPersetujuan.tinjau.rhkJudul')} ({skp.rhk.length})
          </Title>
          {belumTertaut > 0 ? (
            <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />} tt="none" data-testid="tinjau-belum-tertaut">
              {belumTertaut} · {t('skpPersetujuan.tinjau.belumTertaut')}
            </Badge>
          ) : null}
        </Group>
        {skp.rhk.length === 0 ? (
          <Card padding="md">
            <Text size="sm" c="dimmed" ta="center">
              {t('skpPersetujuan.tinjau.rhkKosong')}
            </Text>
          </Card>
        ) : null}
        {skp.rhk.map((r, i) => (
          <RhkTinjau key={r.id} rhk={r} index={i} nomorRhkSaya={nomorRhkSaya} tanpaTautan={skp.tanpaTautan} />
        ))}
      </Stack>

      <EkspektasiBerakhlak
        isi={isi}
        onChange={(kode, teks) => setIsi((s) => ({ ...s, [kode]: teks }))}
        bisaUbah={bisaEkspektasi}
        berubah={berubah}
        menyimpan={ekspektasi.isPending && memproses === null}
        onSimpan={() => void simpan()}
        galat={ekspektasiGalat}
      />
    </Stack>
  );

  return (
    <Box pb={!wide && aksi.length > 0 ? 88 : 0} data-testid="tinjau-skp" data-peran={skp.peranSaya}>
      <Button component={Link} to={tautan.antrian} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} />} mb="xs" data-testid="tinjau-kembali">
        {t('skpPersetujuan.tinjau.kembali')}
      </Button>
      <PageHeader title={t('skpPersetujuan.tinjau.judul')} />
      {wide ? (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>{utama}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }} style={{ position: 'sticky', top: 72 }}>
            <Stack gap="md">
              <Card padding="md" data-testid="tinjau-keputusan">
                <Stack gap="xs">
                  <Text fw={650} size="sm">
                    {t('skpPersetujuan.tinjau.keputusan')}
                  </Text>
                  {keterangan}
                  <TombolKeputusan aksi={aksi} memproses={memproses} onAksi={onAksi} penuh />
                  {berubah && aksi.length > 0 ? (
                    <Text size="xs" c="orange.8">
                      {t('skpPersetujuan.ekspektasi.belumDisimpan')}
                    </Text>
                  ) : null}
                </Stack>
              </Card>
              {panelSaya}
            </Stack>
          </Grid.Col>
        </Grid>
      ) : (
        utama
      )}

      {!wide && aksi.length > 0 ? (
        <Affix position={{ bottom: 0, left: 0, right: 0 }} zIndex={150}>
          <Paper shadow="lg" p="sm" radius={0} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }} data-testid="tinjau-keputusan">
            <Group grow gap="xs" wrap="nowrap">
              <TombolKeputusan aksi={aksi} memproses={memproses} onAksi={onAksi} penuh={false} />
            </Group>
          </Paper>
        </Affix>
      ) : null}

      <Modal
        opened={!!modal}
        onClose={() => setModal(null)}
        title={modal === 'tolak_buka' ? t('skpPersetujuan.tinjau.tolakBukaJudul') : t('skpPersetujuan.tinjau.kembalikanJudul')}
        centered
        fullScreen={!modalLebar}
      >
        {modal ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (catatan.trim()) void putuskan(modal, catatan);
            }}
            noValidate
            data-testid="skp-catatan-form"
          >
            <Stack gap="sm">
              <Text size="sm" fw={600}>
                {skp.pegawai.nama}
              </Text>
              <Textarea
                label={t('skpPersetujuan.tinjau.catatan')}
                description={modal === 'tolak_buka' ? t('skpPersetujuan.tinjau.catatanKetTolak') : t('skpPersetujuan.tinjau.catatanKetKembalikan')}
                value={catatan}
                onChange={(e) => {
                  setCatatan(e.currentTarget.value);
                  setCatatanGalat(null);
                }}
                error={catatanGalat}
                required
                autosize
                minRows={4}
                maxLength={2000}
                data-autofocus
                data-testid="skp-catatan"
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={() => setModal(null)}>
                  {t('umum.batal')}
                </Button>
                <Button type="submit" color={modal === 'tolak_buka' ? 'red' : 'orange'} disabled={!catatan.trim()} loading={memproses === modal} data-testid="skp-konfirmasi">
                  {modal === 'tolak_buka' ? t('skpPersetujuan.tinjau.tolakBuka') : t('skpPersetujuan.tinjau.kembalikan')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Modal>
    </Box>
  );
}

/**
 * /persetujuan-skp/:id: the penilai reviews a bawahan's SKP beside their own RHK (side column on desktop, a panel that
 * folds open on phones), decides (approve; return or refuse a reopening with a required note; accept a reopening),
 * and writes the ekspektasi khusus per BerAKHLAK value. Every decision carries the versi that was read: when the SKP
 * changed meanwhile the page says so and reloads it. Approved and draft SKPs open here read-only.
 */
export function TinjauSkpView() {
  const { id = '' } = useParams();
  const skp = useSkp(id);
  if (skp.isPending) return <LoadingView />;
  if (skp.isError) {
    if (isApiError(skp.error, 'AKSES.DITOLAK')) return <StatusView kind="ditolak" homeHref={tautan.antrian} />;
    if (isApiError(skp.error, 'DATA.TIDAK_DITEMUKAN') || isApiError(skp.error, 'VALIDASI.GAGAL')) return <StatusView kind="tidak-ditemukan" homeHref={tautan.antrian} />;
    return <ErrorAlert error={skp.error} onRetry={() => void skp.refetch()} />;
  }
  return <Tinjau key={skp.data.id} skp={skp.data} muatUlang={() => void skp.refetch()} />;
}
