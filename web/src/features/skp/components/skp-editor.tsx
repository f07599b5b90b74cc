import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle, IconPlus, IconRefresh, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PENDEKATAN_SKP, masalahPengajuan, type MasalahSkp, type PendekatanSkp } from '../../../../../domain/skp.ts';
import { MasalahSkp as MasalahSkpSchema, SkpUbah } from '../../../../../contracts/skp.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useAksiSkp } from '../api/aksi-skp.ts';
import { useRhkAtasan, type PilihanTautan } from '../api/get-rhk-atasan.ts';
import type { SkpDetail } from '../api/get-skp.ts';
import { useUpdateSkp } from '../api/update-skp.ts';
import { lompatKe } from '../../../components/ui/daftar-periksa.tsx';
import { beriTahu } from '../../../lib/beri-tahu.ts';
import { DaftarMasalah, type Masalah } from './daftar-masalah.tsx';
import {
  MAKS_RHK,
  angka,
  dariSkp,
  idIndikator,
  idRhk,
  keBody,
  keIsi,
  kunciBaru,
  periksaIsian,
  pertahankanKunci,
  rhkBaru,
  samaIsi,
  type Draf,
  type IsianSalah,
  type RhkDraf,
} from './draf.ts';
import { PerilakuKerja } from './perilaku-kerja.tsx';
import { RhkEditor } from './rhk-editor.tsx';
import { SkpKepala } from './skp-kepala.tsx';
import type { Tautan } from './tautan.ts';
import { ModalTinggalkan, useJagaPerubahan } from '../../../components/ui/jaga-perubahan.tsx';

type Lokal = { dasar: SkpDetail; draf: Draf };
type TFn = (key: string, opsi?: Record<string, unknown>) => string;

const DaftarMasalahServer = z.array(MasalahSkpSchema);

/** The field where a problem is fixed. */
function fieldMasalah(m: MasalahSkp, draf: Draf): string | null {
  const i = m.rhk ?? 0;
  const j = m.indikator ?? 0;
  switch (m.kode) {
    case 'TANPA_RHK_UTAMA':
      return draf.rhk.length > 0 ? idRhk(0, 'jenis') : 'skp-tambah-rhk';
    case 'RHK_TANPA_INDIKATOR':
      return idRhk(i, 'tambah-indikator');
    case 'RHK_BELUM_DITAUTKAN':
      return idRhk(i, 'tautan');
    case 'ASPEK_GANDA':
      return idIndikator(i, j, 'uraian');
    case 'TARGET_KOSONG':
    case 'TARGET_ANGKA_WAJIB': {
      const k = draf.rhk[i]?.indikator[j];
      if (draf.pendekatan === 'kualitatif' && m.kode === 'TARGET_KOSONG') return idIndikator(i, j, 'target-narasi');
      return k && angka(k.targetAngka) !== null ? idIndikator(i, j, 'target-satuan') : idIndikator(i, j, 'target-angka');
    }
  }
}

function teksMasalah(t: TFn, m: MasalahSkp): string {
  return t(`skp.masalah.${m.kode}`, { rhk: (m.rhk ?? 0) + 1, indikator: (m.indikator ?? 0) + 1 });
}

function teksIsianSalah(t: TFn, s: IsianSalah): string {
  const lokasi =
    s.indikator === undefined ? t('skp.masalah.lokasiRhk', { rhk: s.rhk + 1 }) : t('skp.masalah.lokasiIndikator', { rhk: s.rhk + 1, indikator: s.indikator + 1 });
  return `${lokasi}: ${t(`skp.masalah.isian.${s.jenis}`, { maks: s.maks ?? 0 })}.`;
}

/** Status of the penilai's SKP, which decides whether links may still change. */
function CatatanTautan({ pilihan, galat, memuat, tanpaTautan, penilai }: { pilihan: PilihanTautan | undefined; galat: unknown; memuat: boolean; tanpaTautan: boolean; penilai: string | null }) {
  const { t } = useTranslation();
  let teks: string | null = null;
  let warna = 'gray';
  if (memuat) teks = t('skp.atasan.memuat');
  else if (galat) {
    teks = t('skp.atasan.galat', { pesan: errorMessage(t, galat) });
    warna = 'red';
  } else if (pilihan && tanpaTautan) teks = pilihan.perjanjianKinerja.length ? t('skp.atasan.pk') : t('skp.atasan.pkKosong');
  else if (pilihan && !penilai) {
    teks = t('skp.atasan.tanpaPenilai');
    warna = 'orange';
  } else if (pilihan && !pilihan.skpAtasan) {
    teks = t('skp.atasan.tanpaSkp', { nama: penilai ?? '' });
    warna = 'orange';
  } else if (pilihan?.skpAtasan) {
    const nama = pilihan.skpAtasan.pegawaiNama;
    teks = pilihan.rhkAtasan.length === 0 ? t('skp.atasan.rhkKosong', { nama }) : t(`skp.atasan.status_${pilihan.skpAtasan.status}`, { nama });
    warna = pilihan.skpAtasan.status === 'disetujui' ? 'teal' : 'cendana';
  }
  if (!teks) return null;
  return (
    <Alert color={warna} variant="light" icon={<IconInfoCircle size={18} />} p="xs" data-testid="skp-status-atasan" data-status={pilihan?.skpAtasan?.status ?? 'tidak-ada'}>
      <Text size="sm">{teks}</Text>
    </Alert>
  );
}

/**
 * The owner's editor (status draft or dikembalikan). The typed content is a local draft on top of the last
 * saved version: saving sends it with that versi; when somebody changed the SKP meanwhile the server answers
 * DATA.KONFLIK and the draft stays on screen until the pegawai chooses to reload. While the draft is clean it
 * follows the server. What blocks submission is computed live with the domain's rules.
 */
export function SkpEditor({ skp, muatUlang, tautan }: { skp: SkpDetail; muatUlang: () => Promise<unknown>; tautan: Tautan }) {
  const { t } = useTranslation();
  const tt = t as unknown as TFn;
  const ubah = useUpdateSkp();
  const aksi = useAksiSkp();
  const pilihan = useRhkAtasan(skp.id);
  const [lokal, setLokal] = useState<Lokal | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [dicoba, setDicoba] = useState(false);
  const [masalahServer, setMasalahServer] = useState<MasalahSkp[] | null>(null);
  const [memuatUlang, setMemuatUlang] = useState(false);

  const drafServer = useMemo(() => dariSkp(skp), [skp]);
  const dasarLokal = useMemo(() => (lokal ? dariSkp(lokal.dasar) : null), [lokal]);
  const kotorLokal = lokal !== null && dasarLokal !== null && !samaIsi(lokal.draf, dasarLokal);
  // the draft is used while it holds changes, or while it is at least as new as the server's copy (just saved)
  const aktif = lokal !== null && (kotorLokal || lokal.dasar.versi >= skp.versi);
  const draf = aktif ? lokal.draf : drafServer;
  const dasar = aktif ? lokal.dasar : skp;
  const kotor = aktif && kotorLokal;
  const versiBaru = aktif && kotor && lokal.dasar.versi < skp.versi;

  const ubahDraf = (baru: Draf) => setLokal({ dasar, draf: baru });
  const ubahRhk = (i: number, r: RhkDraf) => ubahDraf({ ...draf, rhk: draf.rhk.map((x, n) => (n === i ? r : x)) });

  // ——— what blocks submission (live) ———
  const isianSalah = useMemo(() => periksaIsian(draf), [draf]);
  const masalah = useMemo<Masalah[]>(() => {
    const out: Masalah[] = [];
    if (!skp.penilai) out.push({ kunci: 'TANPA_PENILAI', teks: t('skp.masalah.TANPA_PENILAI'), field: null });
    const live = masalahPengajuan(keIsi(draf), { tanpaTautan: skp.tanpaTautan });
    const kunci = (m: MasalahSkp) => `${m.kode}|${m.rhk ?? ''}|${m.indikator ?? ''}`;
    const semua = new Map(live.map((m) => [kunci(m), m]));
    // the server's list (saved content; or the details of a refused submission) adds what only it can know
    if (!kotor) for (const m of masalahServer ?? dasar.masalah) if (!semua.has(kunci(m))) semua.set(kunci(m), m);
    for (const m of semua.values()) out.push({ kunci: kunci(m), teks: teksMasalah(tt, m), field: fieldMasalah(m, draf) });
    for (const s of isianSalah) out.push({ kunci: `isian|${s.field}`, teks: teksIsianSalah(tt, s), field: s.field });
    return out;
  }, [draf, dasar.masalah, isianSalah, kotor, masalahServer, skp.penilai, skp.tanpaTautan, t, tt]);

  const galatField = useMemo(
    () => new Map(dicoba ? isianSalah.map((s) => [s.field, tt(`skp.masalah.galatField.${s.jenis}`, { maks: s.maks ?? 0 })]) : []),
    [dicoba, isianSalah, tt],
  );

  // ——— leaving with unsaved changes ———
  const blocker = useJagaPerubahan(kotor);

  // ——— save, submit, reload ———
  const tandaiKonflik = () => {
    setKonflik(true);
    beriTahu('red', t('skp.konflik.judul'));
    requestAnimationFrame(() => document.getElementById('skp-konflik')?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
  };

  const simpan = async (): Promise<SkpDetail | null> => {
    setDicoba(true);
    const pertama = isianSalah[0];
    if (pertama) {
      beriTahu('orange', t('skp.notif.periksaIsian'));
      lompatKe(pertama.field);
      return null;
    }
    if (!kotor) return skp;
    const body = SkpUbah.parse(keBody(draf, dasar.versi));
    try {
      const hasil = await ubah.mutateAsync({ id: skp.id, body });
      setLokal({ dasar: hasil, draf: pertahankanKunci(dariSkp(hasil), draf) });
      setKonflik(false);
      setMasalahServer(null);
      setDicoba(false);
      return hasil;
    } catch (error) {
      if (isApiError(error, 'DATA.KONFLIK')) tandaiKonflik();
      else beriTahu('red', errorMessage(t, error));
      return null;
    }
  };

  const klikSimpan = async () => {
    const hasil = await simpan();
    if (hasil) beriTahu('teal', t('skp.notif.tersimpan'));
  };

  const klikAjukan = async () => {
    const hasil = await simpan();
    if (!hasil) return;
    try {
      await aksi.mutateAsync({ id: skp.id, body: { aksi: 'ajukan', versi: hasil.versi } });
      setLokal(null);
      beriTahu('teal', t('skp.notif.diajukan'));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      if (isApiError(error, 'SKP.BELUM_LENGKAP')) {
        const rinci = DaftarMasalahServer.safeParse(error.details);
        if (rinci.success) setMasalahServer(rinci.data);
        beriTahu('orange', t('skp.notif.belumLengkap'));
        requestAnimationFrame(() => lompatKe('skp-masalah'));
      } else if (isApiError(error, 'DATA.KONFLIK')) tandaiKonflik();
      else beriTahu('red', errorMessage(t, error));
    }
  };

  const klikMuatUlang = async () => {
    setMemuatUlang(true);
    try {
      await muatUlang();
      setLokal(null);
      setKonflik(false);
      setMasalahServer(null);
      setDicoba(false);
    } finally {
      setMemuatUlang(false);
    }
  };

  const tambahRhk = () => {
    ubahDraf({ ...draf, rhk: [...draf.rhk, rhkBaru(kunciBaru(), 'utama')] });
    const i = draf.rhk.length;
    requestAnimationFrame(() => lompatKe(idRhk(i, 'uraian')));
  };

  const sibuk = ubah.isPending || aksi.isPending;
  const bolehAjukan = skp.aksi.includes('ajukan');
  const rhkTersimpan = new Map(skp.rhk.map((r) => [r.id, r]));

  return (
    <Stack gap="md" data-testid="skp-editor">
      <SkpKepala skp={skp} tautan={tautan} />

      {konflik || versiBaru ? (
        <Alert id="skp-konflik" color="red" variant="light" title={t('skp.konflik.judul')} data-testid="skp-konflik" data-code="DATA.KONFLIK" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('errors.DATA.KONFLIK')}</Text>
            <Text size="sm">{t('skp.konflik.ket')}</Text>
            <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} loading={memuatUlang} onClick={() => void klikMuatUlang()} data-testid="skp-muat-ulang">
              {t('skp.konflik.muatUlang')}
            </Button>
          </Stack>
        </Alert>
      ) : null}

      <Card padding="md">
        <Stack gap={4}>
          <NativeSelect
            id="skp-pendekatan"
            label={t('skp.pendekatan.label')}
            value={draf.pendekatan}
            onChange={(e) => ubahDraf({ ...draf, pendekatan: e.currentTarget.value as PendekatanSkp })}
            data={PENDEKATAN_SKP.map((p) => ({ value: p, label: t(`skp.pendekatan.${p}`) }))}
            maw={320}
            data-testid="skp-pendekatan"
          />
          <Text size="xs" c="dimmed">
            {t(`skp.pendekatan.ket_${draf.pendekatan}`)}
          </Text>
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="skp-hasil-kerja-judul">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="lg" id="skp-hasil-kerja-judul">
              {t('skp.hasilKerja.judul')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('skp.hasilKerja.ket')}
            </Text>
          </Stack>
        </Group>
        <CatatanTautan pilihan={pilihan.data} galat={pilihan.error} memuat={pilihan.isPending} tanpaTautan={skp.tanpaTautan} penilai={skp.penilai?.nama ?? null} />
        {draf.rhk.length === 0 ? (
          <Card padding="lg" data-testid="skp-rhk-kosong">
            <Text size="sm" c="dimmed" ta="center">
              {t('skp.hasilKerja.kosong')}
            </Text>
          </Card>
        ) : null}
        {draf.rhk.map((r, i) => (
          <RhkEditor
            key={r.kunci}
            i={i}
            rhk={r}
            pendekatan={draf.pendekatan}
            tanpaTautan={skp.tanpaTautan}
            pilihan={pilihan.data}
            tersimpan={r.id ? rhkTersimpan.get(r.id) : undefined}
            galat={galatField}
            onUbah={(baru) => ubahRhk(i, baru)}
            onHapus={() => ubahDraf({ ...draf, rhk: draf.rhk.filter((_, n) => n !== i) })}
          />
        ))}
        <Button
          id="skp-tambah-rhk"
          variant="light"
          size="md"
          leftSection={<IconPlus size={18} />}
          onClick={tambahRhk}
          disabled={draf.rhk.length >= MAKS_RHK}
          style={{ alignSelf: 'flex-start' }}
          data-testid="skp-tambah-rhk"
        >
          {t('skp.hasilKerja.tambahRhk')}
        </Button>
      </Stack>

      {bolehAjukan ? <DaftarMasalah masalah={masalah} /> : null}

      <PerilakuKerja ekspektasi={skp.ekspektasi} />

      <Paper
        withBorder
        shadow="md"
        p="sm"
        data-testid="skp-bar"
        style={{ position: 'sticky', bottom: 'calc(8px + env(safe-area-inset-bottom))', zIndex: 150, background: 'var(--mantine-color-body)' }}
      >
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={6} wrap="wrap" style={{ flex: '1 1 14rem', minWidth: 0, rowGap: 0 }}>
            <Text size="xs" fw={600} c={kotor ? 'orange.8' : 'dimmed'} data-testid="skp-simpan-status" data-kotor={kotor ? 'ya' : 'tidak'}>
              {kotor ? t('skp.aksi.belumDisimpan') : t('skp.aksi.tersimpanSemua')}
            </Text>
            {bolehAjukan && masalah.length > 0 ? (
              <Anchor component="button" type="button" size="xs" fw={600} c="orange.8" onClick={() => lompatKe('skp-masalah')}>
                · {t('skp.aksi.masalahJumlah', { count: masalah.length })}
              </Anchor>
            ) : null}
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 14rem' }} justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={18} />}
              onClick={() => void klikSimpan()}
              loading={ubah.isPending && !aksi.isPending}
              disabled={!kotor || (sibuk && !ubah.isPending)}
              style={{ flex: 1 }}
              maw={180}
              data-testid="skp-simpan"
            >
              {t('skp.aksi.simpan')}
            </Button>
            {bolehAjukan ? (
              <Button
                leftSection={<IconSend size={18} />}
                onClick={() => void klikAjukan()}
                loading={aksi.isPending}
                disabled={sibuk && !aksi.isPending}
                style={{ flex: 1 }}
                maw={180}
                rightSection={
                  masalah.length > 0 ? (
                    <Badge size="xs" circle color="orange" variant="filled">
                      {masalah.length}
                    </Badge>
                  ) : null
                }
                data-testid="skp-ajukan"
              >
                {t('skp.aksi.ajukan')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Paper>

      <ModalTinggalkan
        opened={blocker.state === 'blocked'}
        onTetap={() => blocker.reset?.()}
        onPergi={() => blocker.proceed?.()}
        teks={{ judul: t('skp.tinggalkan.judul'), ket: t('skp.tinggalkan.ket'), tetap: t('skp.tinggalkan.tetap'), pergi: t('skp.tinggalkan.pergi') }}
        testIdPrefix="skp"
      />
    </Stack>
  );
}
