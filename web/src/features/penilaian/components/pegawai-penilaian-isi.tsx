import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBukti, type AktivitasBukti } from '../api/get-bukti.ts';
import type { PenilaianDetail } from '../api/get-penilaian.ts';
import { lompatKe } from '../../../components/ui/daftar-periksa.tsx';
import { AngkaKreditBagian } from './angka-kredit-bagian.tsx';
import { KeberatanBagian } from './keberatan-bagian.tsx';
import { BuktiPilih } from './pegawai-bukti-pilih.tsx';
import { useEditorRealisasi } from './pegawai-editor.ts';
import { HasilPenilaian } from './pegawai-hasil.tsx';
import { KepalaPenilaian } from './pegawai-kepala.tsx';
import { DaftarKosong, KonflikAlert, Refleksi, TinggalkanModal } from './pegawai-panel.tsx';
import { RhkKartu } from './pegawai-rhk-kartu.tsx';
import type { TautanPenilaian } from './pegawai-tautan.ts';

type Editor = ReturnType<typeof useEditorRealisasi>;

/** Simpan / Ajukan / Tarik in a bar stuck to the bottom of the screen (reachable by the thumb on a phone). */
function BarAksi({ d, e }: { d: PenilaianDetail; e: Editor }) {
  const { t } = useTranslation();
  const bolehAjukan = e.bisaUbah && d.aksi.includes('ajukan');
  const bolehTarik = d.peranSaya === 'pemilik' && d.aksi.includes('tarik');
  if (!e.bisaUbah && !bolehTarik) return null;
  const sibuk = e.menyimpan || e.aksiBerjalan !== null;
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      data-testid="penilaian-bar"
      style={{ position: 'sticky', bottom: 'calc(8px + env(safe-area-inset-bottom))', zIndex: 150, background: 'var(--mantine-color-body)' }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6} wrap="wrap" style={{ flex: '1 1 12rem', minWidth: 0, rowGap: 0 }}>
          {e.bisaUbah ? (
            <Text size="xs" fw={600} c={e.kotor ? 'orange.8' : 'dimmed'} data-testid="penilaian-simpan-status" data-kotor={e.kotor ? 'ya' : 'tidak'}>
              {e.kotor ? t('penilaian.aksi.belumDisimpan') : t('penilaian.aksi.tersimpanSemua')}
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              {t('penilaian.aksi.tarikKet')}
            </Text>
          )}
          {bolehAjukan && e.kosong.length > 0 ? (
            <Anchor component="button" type="button" size="xs" fw={600} c="orange.8" onClick={() => lompatKe('penilaian-kosong')}>
              · {t('penilaian.aksi.kosongJumlah', { count: e.kosong.length })}
            </Anchor>
          ) : null}
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 14rem' }} justify="flex-end">
          {bolehTarik ? (
            <Button variant="default" leftSection={<IconArrowBackUp size={18} />} onClick={() => void e.klikTarik()} loading={e.aksiBerjalan === 'tarik'} disabled={sibuk} maw={200} style={{ flex: 1 }} data-testid="penilaian-tarik">
              {t('penilaian.aksi.tarik')}
            </Button>
          ) : null}
          {e.bisaUbah ? (
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={18} />}
              onClick={() => void e.klikSimpan()}
              loading={e.menyimpan && e.aksiBerjalan === null}
              disabled={!e.kotor || (sibuk && !e.menyimpan)}
              maw={180}
              style={{ flex: 1 }}
              data-testid="penilaian-simpan"
            >
              {t('penilaian.aksi.simpan')}
            </Button>
          ) : null}
          {bolehAjukan ? (
            <Button
              leftSection={<IconSend size={18} />}
              onClick={() => void e.klikAjukan()}
              loading={e.aksiBerjalan === 'ajukan'}
              disabled={e.kosong.length > 0 || (sibuk && e.aksiBerjalan !== 'ajukan')}
              maw={180}
              style={{ flex: 1 }}
              rightSection={
                e.kosong.length > 0 ? (
                  <Badge size="xs" circle color="orange" variant="filled">
                    {e.kosong.length}
                  </Badge>
                ) : null
              }
              data-testid="penilaian-ajukan"
            >
              {t('penilaian.aksi.ajukan')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}

/**
 * One evaluation, whole: the head, the result once rated (with the Dokumen Evaluasi, angka kredit and keberatan), the
 * RHK with their realisasi and evidence (editable by the owner while draft/dikembalikan and within the deadline), the
 * refleksi, and the action bar. Everyone else in scope reads the same page.
 */
export function PenilaianIsi({ d, muatUlang, tautan }: { d: PenilaianDetail; muatUlang: () => Promise<unknown>; tautan: TautanPenilaian }) {
  const { t } = useTranslation();
  const e = useEditorRealisasi(d, muatUlang);
  const bukti = useBukti(d.id);
  const [pilihUntuk, setPilihUntuk] = useState<string | null>(null);

  const aktivitasOf = useMemo(() => new Map<string, AktivitasBukti>((bukti.data?.rhk ?? []).flatMap((r) => r.aktivitas.map((a) => [a.id, a] as const))), [bukti.data]);
  const rhkDari = useMemo(() => new Map(d.rhk.flatMap((r) => r.indikator.map((k) => [k.id, { rhk: r, k }] as const))), [d.rhk]);
  const pilihan = pilihUntuk ? rhkDari.get(pilihUntuk) : undefined;
  const aktivitasPilihan = pilihan ? (bukti.data?.rhk.find((r) => r.rhkId === pilihan.rhk.id)?.aktivitas ?? []) : [];
  const adaHasil = d.status === 'dinilai' || d.status === 'ditetapkan';

  return (
    <Stack gap="md" data-testid="penilaian-detail" data-peran={d.peranSaya} data-bisa-ubah={e.bisaUbah ? 'ya' : 'tidak'}>
      <KepalaPenilaian d={d} tautan={tautan} />
      {e.konflik ? <KonflikAlert memuat={e.memuatUlang} onMuatUlang={() => void e.klikMuatUlang()} /> : null}

      {adaHasil ? (
        <>
          <HasilPenilaian d={d} />
          <AngkaKreditBagian penilaianId={d.id} />
          {d.status === 'ditetapkan' ? <KeberatanBagian penilaianId={d.id} keberatanHref={tautan.keberatanHref} /> : null}
        </>
      ) : null}

      <Stack gap="sm" component="section" id="penilaian-rhk" aria-labelledby="penilaian-rhk-judul">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="penilaian-rhk-judul">
            {t('penilaian.rhk.judul')}
          </Title>
          <Text size="sm" c="dimmed">
            {e.bisaUbah ? t('penilaian.rhk.ketUbah') : t('penilaian.rhk.ketBaca')}
          </Text>
        </Stack>
        {d.rhk.map((r, i) => (
          <RhkKartu
            key={r.id}
            rhk={r}
            i={i}
            isian={e.draf.indikator}
            kosong={e.kosongIds}
            bisaUbah={e.bisaUbah}
            galat={e.galatField}
            aktivitasOf={aktivitasOf}
            onUbah={e.bisaUbah ? e.ubahIndikator : undefined}
            onPilihBukti={e.bisaUbah ? setPilihUntuk : undefined}
          />
        ))}
      </Stack>

      <Refleksi nilai={e.draf.refleksi} bisaUbah={e.bisaUbah} galat={e.galatField.get('refleksi')} onUbah={e.ubahRefleksi} />
      {e.bisaUbah && d.aksi.includes('ajukan') ? <DaftarKosong kosong={e.kosong} /> : null}

      <BarAksi d={d} e={e} />

      <BuktiPilih
        opened={pilihUntuk !== null}
        judul={pilihan ? `${pilihan.rhk.uraian} — ${pilihan.k.uraian}` : ''}
        aktivitas={aktivitasPilihan}
        memuat={bukti.isPending}
        galat={bukti.error}
        onCobaLagi={() => void bukti.refetch()}
        awal={pilihan ? (e.draf.indikator[pilihan.k.id]?.aktivitasIds ?? []) : []}
        onSimpan={(ids) => {
          const isian = pilihUntuk ? e.draf.indikator[pilihUntuk] : undefined;
          if (pilihUntuk && isian) e.ubahIndikator(pilihUntuk, { ...isian, aktivitasIds: ids });
          setPilihUntuk(null);
        }}
        onTutup={() => setPilihUntuk(null)}
      />
      <TinggalkanModal opened={e.blocker.state === 'blocked'} onTetap={() => e.blocker.reset?.()} onPergi={() => e.blocker.proceed?.()} />
    </Stack>
  );
}
