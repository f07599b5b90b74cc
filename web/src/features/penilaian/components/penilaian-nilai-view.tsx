import { Alert, Anchor, Badge, Box, Button, Card, Grid, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowBackUp, IconArrowLeft, IconCheck, IconDeviceFloppy, IconFileText, IconInfoCircle, IconLock, IconLockOpen, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import type { NilaiBerakhlak } from '../../../../../domain/berakhlak.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { beriTahu } from '../../../lib/beri-tahu.ts';
import { formatNip } from '../../../utils/format.ts';
import { useAksiPenilaian } from '../api/aksi-penilaian.ts';
import { useBukti, type AktivitasBukti } from '../api/get-bukti.ts';
import { usePenilaian, type PenilaianDetail } from '../api/get-penilaian.ts';
import { useUbahPenilaian } from '../api/ubah-penilaian.ts';
import { alasanWajib, drafDari, keBody, masalahNilai, predikatDraf, ratingHasilBerlaku, samaDraf, usulanDraf, type DrafPenilai, type MasalahNilai } from './penilai-draf.ts';
import { formatRentang, formatTanggalPendek, formatWaktuWita, selisihHari, WARNA_PREDIKAT, WARNA_STATUS } from './penilai-format.ts';
import { PenilaiPerilaku } from './penilai-perilaku.tsx';
import { PilihRating } from './penilai-pilih-rating.tsx';
import { NilaiTetap, PenilaiRatingHasil } from './penilai-rating-hasil.tsx';
import { PenilaiRhkKartu } from './penilai-rhk-kartu.tsx';
import { RekanKerjaBagian } from './rekan-kerja-bagian.tsx';
import { RiwayatKinerja } from './riwayat-kinerja.tsx';
import { ModalTinggalkan, useJagaPerubahan } from '../../../components/ui/jaga-perubahan.tsx';

type Lokal = { dasar: PenilaianDetail; draf: DrafPenilai };
type TFn = (key: string, opsi?: Record<string, unknown>) => string;

// the details of PENILAIAN.PENILAIAN_BELUM_LENGKAP (domain masalahPenilaian)
const MasalahServer = z.array(z.object({ kode: z.enum(['RHK_BELUM_DINILAI', 'RATING_HASIL_KERJA_KOSONG', 'RATING_PERILAKU_KERJA_KOSONG']), rhkId: z.string().optional() }));

function lompatKe(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
}

const fieldMasalah = (m: MasalahNilai): string =>
  m.kode === 'RHK_BELUM_DINILAI' ? `rhk-kartu-${m.rhkId ?? ''}` : m.kode === 'RATING_PERILAKU_KERJA_KOSONG' ? 'rating-perilaku-kerja' : m.kode === 'ALASAN_WAJIB' ? 'alasan-rating-hasil' : 'rating-hasil-kerja';

function Keterangan({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Box fz="sm">{children}</Box>
    </Stack>
  );
}

/** Who is rated, for which days, the status, and the deadlines (batas realisasi and batas penilaian, WITA). */
function Kepala({ detail, tautanSkp }: { detail: PenilaianDetail; tautanSkp: (skpId: string) => string }) {
  const { t, i18n } = useTranslation();
  const p = detail.pegawai;
  const sisa = selisihHari(detail.periode.batasPenilaian);
  const terbuka = detail.status === 'diajukan' || detail.status === 'draft' || detail.status === 'dikembalikan';
  return (
    <Card padding="md" data-testid="penilaian-kepala">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Text fw={700} size="lg" lh={1.25} data-testid="penilaian-pegawai">
              {p.nama}
            </Text>
            {p.nip ? (
              <Text size="xs" c="dimmed" ff="monospace">
                {formatNip(p.nip)}
              </Text>
            ) : null}
            {p.jabatan ? <Text size="sm">{p.jabatan}</Text> : null}
            {p.unit ? (
              <Text size="xs" c="dimmed">
                {p.unit}
              </Text>
            ) : null}
          </Stack>
          <Badge size="lg" color={WARNA_STATUS[detail.status]} variant="light" tt="none" data-testid="penilaian-status" data-status={detail.status}>
            {t(`penilaianPenilai.status.${detail.status}`)}
          </Badge>
        </Group>
        <Group gap="lg" wrap="wrap" align="flex-start">
          <Keterangan label={t('penilaianPenilai.nilai.periode')}>
            <Text size="sm" fw={600}>
              {detail.periode.nama}
            </Text>
            <Text size="xs" c="dimmed">
              {formatRentang(detail.tanggalMulai, detail.tanggalSelesai, i18n.language)}
            </Text>
          </Keterangan>
          <Keterangan label={t('penilaianPenilai.batas.realisasi')}>{formatTanggalPendek(detail.periode.batasRealisasi, i18n.language)}</Keterangan>
          <Keterangan label={t('penilaianPenilai.batas.penilaian')} testId="penilaian-batas">
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {formatTanggalPendek(detail.periode.batasPenilaian, i18n.language)}
              </Text>
              {terbuka ? (
                <Badge size="sm" variant="light" tt="none" color={sisa < 0 ? 'red' : sisa <= 3 ? 'orange' : 'blue'}>
                  {sisa < 0 ? t('penilaianPenilai.batas.lewat') : sisa === 0 ? t('penilaianPenilai.batas.hariIni') : t('penilaianPenilai.batas.sisa', { count: sisa })}
                </Badge>
              ) : null}
            </Group>
          </Keterangan>
          {detail.diajukanPada ? <Keterangan label={t('penilaianPenilai.nilai.diajukan')}>{formatWaktuWita(detail.diajukanPada, i18n.language)}</Keterangan> : null}
          {detail.dinilaiPada ? <Keterangan label={t('penilaianPenilai.nilai.dinilai')}>{formatWaktuWita(detail.dinilaiPada, i18n.language)}</Keterangan> : null}
        </Group>
        <Group gap="xs">
          <Button component={Link} to={tautanSkp(detail.skpId)} variant="default" size="xs" leftSection={<IconFileText size={16} />} data-testid="penilaian-lihat-skp">
            {t('penilaianPenilai.nilai.lihatSkp')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** What the state of the record means for the penilai now. */
function CatatanStatus({ detail, bisaUbah, onBukaNilai, membuka }: { detail: PenilaianDetail; bisaUbah: boolean; onBukaNilai: () => void; membuka: boolean }) {
  const { t, i18n } = useTranslation();
  if (detail.peranSaya !== 'penilai') {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} data-testid="penilaian-hanya-baca">
        {t('penilaianPenilai.nilai.hanyaBaca')}
      </Alert>
    );
  }
  switch (detail.status) {
    case 'ditetapkan':
      return (
        <Alert color="grape" variant="light" icon={<IconLock size={18} />} title={t('penilaianPenilai.nilai.ditetapkanJudul')} data-testid="penilaian-ditetapkan">
          {t('penilaianPenilai.nilai.ditetapkanKet')}
        </Alert>
      );
    case 'dinilai':
      return (
        <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title={t('penilaianPenilai.nilai.dinilaiJudul')} data-testid="penilaian-sudah-dinilai">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{detail.dinilaiPada ? t('penilaianPenilai.nilai.dinilaiKet', { waktu: formatWaktuWita(detail.dinilaiPada, i18n.language) }) : null}</Text>
            {detail.aksi.includes('buka_nilai') ? (
              <>
                <Text size="sm">{t('penilaianPenilai.nilai.bukaNilaiKet')}</Text>
                <Button size="xs" variant="white" color="teal" leftSection={<IconLockOpen size={16} />} loading={membuka} onClick={onBukaNilai} data-testid="penilaian-buka-nilai">
                  {t('penilaianPenilai.aksi.bukaNilai')}
                </Button>
              </>
            ) : (
              <Text size="sm">{t('penilaianPenilai.nilai.bukaNilaiTutup')}</Text>
            )}
          </Stack>
        </Alert>
      );
    case 'draft':
      return (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} data-testid="penilaian-belum-diajukan">
          {t('penilaianPenilai.nilai.draftKet')}
        </Alert>
      );
    case 'dikembalikan':
      return (
        <Alert color="orange" variant="light" icon={<IconArrowBackUp size={18} />} title={t('penilaianPenilai.nilai.dikembalikanJudul')} data-testid="penilaian-dikembalikan">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="catatan-penilai">
            {detail.catatanPenilai}
          </Text>
        </Alert>
      );
    case 'diajukan':
      return bisaUbah ? null : (
        <Alert color="red" variant="light" icon={<IconLock size={18} />} data-testid="penilaian-batas-lewat">
          {t('penilaianPenilai.nilai.tidakBisaUbah')}
        </Alert>
      );
  }
}

function Refleksi({ teks }: { teks: string | null }) {
  const { t } = useTranslation();
  return (
    <Card padding="md" data-testid="penilaian-refleksi">
      <Stack gap={4}>
        <Text fw={650} size="sm">
          {t('penilaianPenilai.nilai.refleksi')}
        </Text>
        {teks?.trim() ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {teks}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('penilaianPenilai.nilai.refleksiKosong')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function DaftarMasalah({ masalah, detail }: { masalah: MasalahNilai[]; detail: PenilaianDetail }) {
  const { t } = useTranslation();
  const tt = t as unknown as TFn;
  const nomor = new Map(detail.rhk.map((r, i) => [r.id, i + 1]));
  if (masalah.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('penilaianPenilai.masalah.judul')} id="penilaian-masalah" data-testid="penilaian-masalah">
      <List size="sm" spacing={2}>
        {masalah.map((m) => (
          <List.Item key={`${m.kode}|${m.rhkId ?? ''}`}>
            <Anchor component="button" type="button" size="sm" onClick={() => lompatKe(fieldMasalah(m))}>
              {tt(`penilaianPenilai.masalah.${m.kode}`, { nomor: nomor.get(m.rhkId ?? '') ?? '?' })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Predikat({ detail, draf, bisaUbah }: { detail: PenilaianDetail; draf: DrafPenilai; bisaUbah: boolean }) {
  const { t } = useTranslation();
  // while rating, the preview follows the choices on screen; afterwards the server's predikat is the one
  const predikat = bisaUbah ? predikatDraf(detail, draf) : (detail.predikat ?? predikatDraf(detail, draf));
  const hasil = ratingHasilBerlaku(draf, detail.ratingHasilOrganisasi);
  return (
    <Card padding="md" data-testid="predikat-pratinjau" data-predikat={predikat ?? ''}>
      <Stack gap="xs">
        <Title order={3} fz="md">
          {bisaUbah ? t('penilaianPenilai.predikat.pratinjau') : t('penilaianPenilai.predikat.judul')}
        </Title>
        {predikat ? (
          <Group gap="sm">
            <Badge size="xl" color={WARNA_PREDIKAT[predikat]} variant="filled" tt="none">
              {t(`penilaianPenilai.predikat.${predikat}`)}
            </Badge>
            {hasil && draf.ratingPerilakuKerja ? (
              <Text size="xs" c="dimmed">
                {t('penilaianPenilai.predikat.dari', { hasil: t(`penilaianPenilai.rating.${hasil}`), perilaku: t(`penilaianPenilai.rating.${draf.ratingPerilakuKerja}`) })}
              </Text>
            ) : null}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('penilaianPenilai.predikat.belum')}
          </Text>
        )}
        {bisaUbah ? (
          <Text size="xs" c="dimmed">
            {t('penilaianPenilai.predikat.ket')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function Penilai({ detail, muatUlang, tautanDaftar, tautanSkp }: { detail: PenilaianDetail; muatUlang: () => Promise<unknown>; tautanDaftar: (periodeId?: string) => string; tautanSkp: (skpId: string) => string }) {
  const { t } = useTranslation();
  const modalLebar = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  // a phone's bar holds up to three buttons side by side: their icons give way to the words
  const ikonBar = useMediaQuery('(min-width: 30em)', false, { getInitialValueInEffect: false });
  const ikon = (el: ReactNode) => (ikonBar ? el : undefined);
  // each button as wide as its words on a phone (equal widths would cut "Kembalikan")
  const gayaBar = ikonBar ? undefined : { flex: '1 1 auto', paddingInline: 8 };
  const ubah = useUbahPenilaian();
  const aksi = useAksiPenilaian();
  const bukti = useBukti(detail.id);
  const aktivitas = useMemo(() => new Map<string, AktivitasBukti>((bukti.data?.rhk ?? []).flatMap((r) => r.aktivitas.map((a) => [a.id, a] as const))), [bukti.data]);

  // ——— the draft on top of the version read ———
  const [lokal, setLokal] = useState<Lokal | null>(null);
  const drafServer = useMemo(() => drafDari(detail), [detail]);
  const dasarLokal = useMemo(() => (lokal ? drafDari(lokal.dasar) : null), [lokal]);
  const kotorLokal = lokal !== null && dasarLokal !== null && !samaDraf(lokal.draf, dasarLokal);
  const aktif = lokal !== null && (kotorLokal || lokal.dasar.versi >= detail.versi);
  const draf = aktif ? lokal.draf : drafServer;
  const dasar = aktif ? lokal.dasar : detail;
  const kotor = aktif && kotorLokal;
  const [konflik, setKonflik] = useState(false);
  const versiBaru = kotor && lokal.dasar.versi < detail.versi;
  const ubahDraf = (baru: DrafPenilai) => setLokal({ dasar, draf: baru });

  const peranPenilai = detail.peranSaya === 'penilai';
  const bisaUbah = peranPenilai && detail.aksi.includes('isi_penilaian');
  const bisaNilai = peranPenilai && detail.aksi.includes('nilai');
  const bisaKembalikan = peranPenilai && detail.aksi.includes('kembalikan');
  const organisasi = detail.ratingHasilOrganisasi;
  // the unit's capaian organisasi is the rating hasil kerja: saved with the rest before finalising
  const perluSimpan = kotor || (bisaUbah && !!organisasi && detail.ratingHasilKerja !== organisasi);

  const usulan = usulanDraf(detail, draf);
  const wajibAlasan = alasanWajib(detail, draf, usulan);
  const [dicoba, setDicoba] = useState(false);
  const [masalahServer, setMasalahServer] = useState<MasalahNilai[] | null>(null);
  const masalahLive = masalahNilai(detail, draf);
  const masalah = dicoba ? (kotor || !masalahServer ? masalahLive : masalahServer) : [];
  const rhkBelum = new Set(masalah.filter((m) => m.kode === 'RHK_BELUM_DINILAI').map((m) => m.rhkId));
  const galatAlasanWajib = (dicoba || masalah.some((m) => m.kode === 'ALASAN_WAJIB')) && wajibAlasan && !draf.alasan.trim() ? t('penilaianPenilai.masalah.ALASAN_WAJIB_field') : null;
  const [galatAlasanServer, setGalatAlasanServer] = useState<string | null>(null);

  // ——— leaving with unsaved changes ———
  const blocker = useJagaPerubahan(kotor);

  const tangani = (error: unknown): void => {
    if (isApiError(error, 'DATA.KONFLIK')) {
      setKonflik(true);
      beriTahu('red', t('penilaianPenilai.konflik.judul'));
      lompatKe('penilaian-konflik');
    } else if (isApiError(error, 'PENILAIAN.PENILAIAN_BELUM_LENGKAP')) {
      const rinci = MasalahServer.safeParse(error.details);
      setMasalahServer(rinci.success ? rinci.data : null);
      setDicoba(true);
      beriTahu('orange', t('errors.PENILAIAN.PENILAIAN_BELUM_LENGKAP'));
      lompatKe('penilaian-masalah');
    } else if (isApiError(error, 'PENILAIAN.ALASAN_WAJIB')) {
      setGalatAlasanServer(t('penilaianPenilai.masalah.ALASAN_WAJIB_field'));
      beriTahu('orange', errorMessage(t, error));
      lompatKe('alasan-rating-hasil');
    } else beriTahu('red', errorMessage(t, error));
  };

  // ——— save, rate, return, take back ———
  const simpan = async (): Promise<PenilaianDetail | null> => {
    if (wajibAlasan && !draf.alasan.trim()) {
      setDicoba(true);
      beriTahu('orange', t('errors.PENILAIAN.ALASAN_WAJIB'));
      lompatKe('alasan-rating-hasil');
      return null;
    }
    if (!perluSimpan) return detail;
    try {
      const hasil = await ubah.mutateAsync({ penilaianId: detail.id, body: keBody(detail, draf, dasar.versi) });
      setLokal({ dasar: hasil, draf: drafDari(hasil) });
      setKonflik(false);
      setGalatAlasanServer(null);
      setMasalahServer(null);
      return hasil;
    } catch (error) {
      tangani(error);
      return null;
    }
  };

  const klikSimpan = async () => {
    if (await simpan()) beriTahu('teal', t('penilaianPenilai.notif.tersimpan'));
  };

  const klikNilai = async () => {
    setMasalahServer(null);
    if (masalahLive.length > 0) {
      setDicoba(true);
      beriTahu('orange', t('errors.PENILAIAN.PENILAIAN_BELUM_LENGKAP'));
      lompatKe('penilaian-masalah');
      return;
    }
    const tersimpan = await simpan();
    if (!tersimpan) return;
    try {
      await aksi.mutateAsync({ penilaianId: detail.id, body: { aksi: 'nilai', versi: tersimpan.versi } });
      setLokal(null);
      setDicoba(false);
      beriTahu('teal', t('penilaianPenilai.notif.dinilai', { nama: detail.pegawai.nama }));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      tangani(error);
    }
  };

  const [modalKembali, setModalKembali] = useState(false);
  const [catatan, setCatatan] = useState('');
  const [galatCatatan, setGalatCatatan] = useState<string | null>(null);
  const kirimKembali = async () => {
    if (!catatan.trim()) {
      setGalatCatatan(t('penilaianPenilai.kembalikan.wajib'));
      return;
    }
    // the judgements typed so far are kept with the record (saved first)
    const tersimpan = kotor ? await simpan() : detail;
    if (!tersimpan) {
      setModalKembali(false);
      return;
    }
    try {
      await aksi.mutateAsync({ penilaianId: detail.id, body: { aksi: 'kembalikan', versi: tersimpan.versi, catatan: catatan.trim() } });
      setModalKembali(false);
      setCatatan('');
      setLokal(null);
      beriTahu('teal', t('penilaianPenilai.notif.dikembalikan', { nama: detail.pegawai.nama }));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      if (isApiError(error, 'DATA.KONFLIK')) {
        setModalKembali(false);
        tangani(error);
      } else setGalatCatatan(errorMessage(t, error));
    }
  };

  const bukaNilai = async () => {
    try {
      await aksi.mutateAsync({ penilaianId: detail.id, body: { aksi: 'buka_nilai', versi: detail.versi } });
      setLokal(null);
      beriTahu('teal', t('penilaianPenilai.notif.dibuka'));
    } catch (error) {
      tangani(error);
    }
  };

  const [memuatUlang, setMemuatUlang] = useState(false);
  const klikMuatUlang = async () => {
    setMemuatUlang(true);
    try {
      await muatUlang();
      setLokal(null);
      setKonflik(false);
      setMasalahServer(null);
      setGalatAlasanServer(null);
      setDicoba(false);
    } finally {
      setMemuatUlang(false);
    }
  };

  const sibuk = ubah.isPending || aksi.isPending;
  const adaBar = bisaUbah || bisaNilai || bisaKembalikan;
  const hasilBerlaku = ratingHasilBerlaku(draf, organisasi);

  const ratingPerilaku = (
    <Card padding="md" id="rating-perilaku-kerja" data-testid="rating-perilaku-kerja" data-nilai={draf.ratingPerilakuKerja ?? ''}>
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('penilaianPenilai.rating.perilakuJudul')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('penilaianPenilai.rating.perilakuKet')}
        </Text>
        {bisaUbah ? (
          <PilihRating
            nilai={draf.ratingPerilakuKerja}
            onPilih={(r) => ubahDraf({ ...draf, ratingPerilakuKerja: r })}
            testIdPrefix="rating-perilaku-kerja"
            label={t('penilaianPenilai.rating.perilaku')}
            error={masalah.some((m) => m.kode === 'RATING_PERILAKU_KERJA_KOSONG') && !draf.ratingPerilakuKerja ? t('penilaianPenilai.masalah.RATING_KOSONG_field') : null}
          />
        ) : (
          <NilaiTetap label={t('penilaianPenilai.rating.perilaku')} rating={draf.ratingPerilakuKerja} testId="rating-perilaku-kerja-nilai" />
        )}
      </Stack>
    </Card>
  );

  return (
    <Box data-testid="penilaian-nilai-halaman" data-status={detail.status} data-peran={detail.peranSaya}>
      <Button component={Link} to={tautanDaftar(detail.periode.id)} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} />} mb="xs" data-testid="penilaian-kembali">
        {t('penilaianPenilai.nilai.kembali')}
      </Button>
      <PageHeader title={t('penilaianPenilai.nilai.judul')} description={t('penilaianPenilai.nilai.deskripsi')} />
      <Stack gap="md">
        <Kepala detail={detail} tautanSkp={tautanSkp} />
        <CatatanStatus detail={detail} bisaUbah={bisaUbah} onBukaNilai={() => void bukaNilai()} membuka={aksi.isPending} />
        {konflik || versiBaru ? (
          <Alert id="penilaian-konflik" color="red" variant="light" title={t('penilaianPenilai.konflik.judul')} data-testid="penilaian-konflik" data-code="DATA.KONFLIK" role="alert">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('errors.DATA.KONFLIK')}</Text>
              <Text size="sm">{t('penilaianPenilai.konflik.ket')}</Text>
              <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} loading={memuatUlang} onClick={() => void klikMuatUlang()} data-testid="penilaian-muat-ulang">
                {t('penilaianPenilai.konflik.muatUlang')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <Refleksi teks={detail.refleksi} />
        {detail.periode.jenis === 'tahunan' ? (
          // DOMAIN.md §2.3: the annual evaluation is its own assessment, with the periodic predikat beside it as context
          <Card padding="md" data-testid="penilaian-konteks-periodik">
            <Stack gap="xs">
              <Title order={4}>{t('penilaianPenilai.nilai.konteksTahunan')}</Title>
              <Text size="sm" c="dimmed">
                {t('penilaianPenilai.nilai.konteksTahunanKet')}
              </Text>
              <RiwayatKinerja pegawaiId={detail.pegawai.pegawaiId} />
            </Stack>
          </Card>
        ) : null}
        {bukti.isError ? <ErrorAlert error={bukti.error} title={t('penilaianPenilai.rhk.buktiGalat')} onRetry={() => void bukti.refetch()} /> : null}

        <Stack gap="sm" component="section" aria-labelledby="penilai-hasil-kerja-judul">
          <Stack gap={2}>
            <Title order={2} fz="lg" id="penilai-hasil-kerja-judul">
              {t('penilaianPenilai.nilai.hasilKerja')}
            </Title>
            {bisaUbah ? (
              <Text size="sm" c="dimmed">
                {t('penilaianPenilai.nilai.hasilKerjaKet')}
              </Text>
            ) : null}
          </Stack>
          {detail.rhk.map((r, i) => (
            <PenilaiRhkKartu
              key={r.id}
              rhk={r}
              nomor={i + 1}
              nilai={draf.rhk[r.id] ?? { penilaian: null, umpanBalik: '' }}
              onUbah={(n) => ubahDraf({ ...draf, rhk: { ...draf.rhk, [r.id]: n } })}
              bisaUbah={bisaUbah}
              aktivitas={aktivitas}
              memuatBukti={bukti.isPending}
              belumDinilai={rhkBelum.has(r.id) && !draf.rhk[r.id]?.penilaian}
            />
          ))}
          <PenilaiRatingHasil
            detail={detail}
            usulan={usulan}
            kotor={kotor}
            rating={hasilBerlaku}
            alasan={draf.alasan}
            onRating={(r) => ubahDraf({ ...draf, ratingHasilKerja: r })}
            onAlasan={(teks) => {
              setGalatAlasanServer(null);
              ubahDraf({ ...draf, alasan: teks });
            }}
            wajibAlasan={wajibAlasan}
            bisaUbah={bisaUbah}
            galatRating={masalah.some((m) => m.kode === 'RATING_HASIL_KERJA_KOSONG') && !hasilBerlaku ? t('penilaianPenilai.masalah.RATING_KOSONG_field') : null}
            galatAlasan={galatAlasanWajib ?? galatAlasanServer}
          />
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="penilai-perilaku-judul">
          <Stack gap={2}>
            <Title order={2} fz="lg" id="penilai-perilaku-judul">
              {t('penilaianPenilai.perilaku.judul')}
            </Title>
            <Text size="sm" c="dimmed">
              {bisaUbah ? t('penilaianPenilai.perilaku.ket') : t('penilaianPenilai.perilaku.ketBaca')}
            </Text>
          </Stack>
          <PenilaiPerilaku perilaku={detail.perilaku} umpanBalik={draf.perilaku} onUbah={(n: NilaiBerakhlak, teks) => ubahDraf({ ...draf, perilaku: { ...draf.perilaku, [n]: teks } })} bisaUbah={bisaUbah} />
          <RekanKerjaBagian penilaianId={detail.id} />
          {ratingPerilaku}
        </Stack>

        <Predikat detail={detail} draf={draf} bisaUbah={bisaUbah} />
        {bisaNilai ? <DaftarMasalah masalah={masalah} detail={detail} /> : null}
      </Stack>

      {adaBar ? (
        <Paper
          withBorder
          shadow="md"
          p="sm"
          mt="md"
          data-testid="penilaian-bar"
          style={{ position: 'sticky', bottom: 'calc(8px + env(safe-area-inset-bottom))', zIndex: 150, background: 'var(--mantine-color-body)' }}
        >
          <Grid gap="xs" align="center">
            <Grid.Col span={{ base: 12, sm: 'auto' }}>
              <Text size="xs" fw={600} c={kotor ? 'orange.8' : 'dimmed'} data-testid="penilaian-simpan-status" data-kotor={kotor ? 'ya' : 'tidak'}>
                {kotor ? t('penilaianPenilai.aksi.belumDisimpan') : t('penilaianPenilai.aksi.tersimpanSemua')}
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 'content' }}>
              <Group gap="xs" wrap="nowrap" justify="flex-end">
                {bisaKembalikan ? (
                  <Button
                    variant="light"
                    color="orange"
                    style={gayaBar}
                    leftSection={ikon(<IconArrowBackUp size={18} />)}
                    disabled={sibuk}
                    onClick={() => {
                      setGalatCatatan(null);
                      setModalKembali(true);
                    }}
                    data-testid="penilaian-kembalikan"
                  >
                    {t('penilaianPenilai.aksi.kembalikan')}
                  </Button>
                ) : null}
                {bisaUbah ? (
                  <Button
                    variant="default"
                    style={gayaBar}
                    leftSection={ikon(<IconDeviceFloppy size={18} />)}
                    onClick={() => void klikSimpan()}
                    loading={ubah.isPending && !aksi.isPending}
                    disabled={!perluSimpan || (sibuk && !ubah.isPending)}
                    data-testid="penilaian-simpan"
                  >
                    {t('penilaianPenilai.aksi.simpan')}
                  </Button>
                ) : null}
                {bisaNilai ? (
                  <Button color="teal" style={gayaBar} leftSection={ikon(<IconCheck size={18} />)} onClick={() => void klikNilai()} loading={aksi.isPending && !modalKembali} disabled={sibuk && !aksi.isPending} data-testid="penilaian-nilai">
                    {t('penilaianPenilai.aksi.nilai')}
                  </Button>
                ) : null}
              </Group>
            </Grid.Col>
          </Grid>
        </Paper>
      ) : null}

      <Modal opened={modalKembali} onClose={() => setModalKembali(false)} title={t('penilaianPenilai.kembalikan.judul')} centered fullScreen={!modalLebar}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void kirimKembali();
          }}
          noValidate
        >
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {detail.pegawai.nama}
            </Text>
            <Text size="sm" c="dimmed">
              {t('penilaianPenilai.kembalikan.ket')}
            </Text>
            <Textarea
              label={t('penilaianPenilai.kembalikan.catatan')}
              value={catatan}
              onChange={(e) => {
                setCatatan(e.currentTarget.value);
                setGalatCatatan(null);
              }}
              error={galatCatatan}
              required
              autosize
              minRows={4}
              maxLength={2000}
              data-autofocus
              data-testid="catatan-kembali"
            />
            {kotor ? (
              <Text size="xs" c="orange.8">
                {t('penilaianPenilai.kembalikan.disimpanDulu')}
              </Text>
            ) : null}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setModalKembali(false)}>
                {t('umum.batal')}
              </Button>
              <Button type="submit" color="orange" disabled={!catatan.trim()} loading={sibuk} data-testid="penilaian-kembalikan-kirim">
                {t('penilaianPenilai.aksi.kembalikan')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <ModalTinggalkan
        opened={blocker.state === 'blocked'}
        onTetap={() => blocker.reset?.()}
        onPergi={() => blocker.proceed?.()}
        teks={{ judul: t('penilaianPenilai.tinggalkan.judul'), ket: t('penilaianPenilai.tinggalkan.ket'), tetap: t('penilaianPenilai.tinggalkan.tetap'), pergi: t('penilaianPenilai.tinggalkan.pergi') }}
        testIdPrefix="penilaian"
      />
    </Box>
  );
}

/**
 * /penilaian-bawahan/:id: the pejabat penilai rates a bawahan's submitted realisasi (DOMAIN.md §2.3, Permenpan-RB
 * 6/2022): per RHK the target, realisasi, evidence and activity totals with a judgement and umpan balik; the 7
 * BerAKHLAK values with the SKP's ekspektasi and umpan balik (and the rekan kerja input); the rating hasil kerja
 * against the system's proposal (recomputed live; a different rating needs a reason), the rating perilaku kerja and
 * the predikat that follows from the matrix. Saving carries the versi read (DATA.KONFLIK keeps what was typed);
 * "Nilai" saves first, then finalises; the penilai may return the realisasi with a note or take a rating back before
 * penetapan. After penetapan the page is read-only.
 */
export function PenilaianNilaiView({ tautanDaftar, tautanSkp }: { tautanDaftar: (periodeId?: string) => string; tautanSkp: (skpId: string) => string }) {
  const { id = '' } = useParams();
  const q = usePenilaian(id);
  if (q.isPending) return <LoadingView />;
  if (q.isError) {
    if (isApiError(q.error, 'DATA.TIDAK_DITEMUKAN') || isApiError(q.error, 'VALIDASI.GAGAL')) return <StatusView kind="tidak-ditemukan" homeHref={tautanDaftar()} />;
    if (isApiError(q.error, 'AKSES.DITOLAK')) return <StatusView kind="ditolak" homeHref={tautanDaftar()} />;
    return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  }
  return <Penilai key={q.data.id} detail={q.data} muatUlang={() => q.refetch()} tautanDaftar={tautanDaftar} tautanSkp={tautanSkp} />;
}
