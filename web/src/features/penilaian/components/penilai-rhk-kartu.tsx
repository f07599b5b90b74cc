import { Alert, Anchor, Badge, Box, Card, Collapse, Divider, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconClipboardCheck, IconMessage2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../../domain/predikat.ts';
import type { AktivitasBukti } from '../api/get-bukti.ts';
import type { IndikatorPenilaian, RhkPenilaian } from '../api/get-penilaian.ts';
import { WARNA_RATING } from '../../../components/ui/warna-penilaian.ts';
import { formatAngka, formatTanggalPendek } from './penilai-format.ts';
import { PilihRating } from './penilai-pilih-rating.tsx';

// a phone shows the first few pieces of evidence; the rest fold open
const BUKTI_TAMPIL = 3;

/** "2 jam 15 menit" / "2 h 15 min". */
export function useFormatMenit() {
  const { t } = useTranslation();
  return (menit: number) => {
    const jam = Math.floor(menit / 60);
    const sisa = menit % 60;
    if (jam === 0) return t('penilaianPenilai.menit.menit', { count: sisa });
    if (sisa === 0) return t('penilaianPenilai.menit.jam', { count: jam });
    return t('penilaianPenilai.menit.jamMenit', { jam, menit: sisa });
  };
}

function DaftarBukti({ indikator, aktivitas, memuat }: { indikator: IndikatorPenilaian; aktivitas: ReadonlyMap<string, AktivitasBukti>; memuat: boolean }) {
  const { t, i18n } = useTranslation();
  const formatMenit = useFormatMenit();
  const [buka, setBuka] = useState(false);
  const dipilih = indikator.aktivitasIds.map((id) => aktivitas.get(id)).filter((a): a is AktivitasBukti => !!a);
  if (indikator.aktivitasIds.length === 0) {
    return (
      <Text size="xs" c="dimmed" fs="italic" data-testid={`bukti-kosong-${indikator.id}`}>
        {t('penilaianPenilai.rhk.tanpaBukti')}
      </Text>
    );
  }
  const menit = dipilih.reduce((n, a) => n + a.menit, 0);
  const baris = (a: AktivitasBukti) => (
    <Group key={a.id} gap={6} wrap="nowrap" align="flex-start" data-testid={`bukti-${a.id}`}>
      <Text size="xs" c="dimmed" style={{ flexShrink: 0, width: '6.5rem' }}>
        {formatTanggalPendek(a.tanggal, i18n.language)}
        <br />
        {a.jamMulai}–{a.jamSelesai}
      </Text>
      <Text size="xs" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        {a.uraian}
        {a.volume !== null ? ` (${formatAngka(a.volume, i18n.language)}${a.satuan ? ` ${a.satuan}` : ''})` : ''}
      </Text>
      <Text size="xs" fw={600} style={{ flexShrink: 0 }}>
        {formatMenit(a.menit)}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4} data-testid={`bukti-daftar-${indikator.id}`} data-jumlah={indikator.aktivitasIds.length}>
      <Text size="xs" fw={600}>
        {t('penilaianPenilai.rhk.bukti', { count: indikator.aktivitasIds.length })}
        {dipilih.length ? ` · ${formatMenit(menit)}` : ''}
      </Text>
      {memuat ? (
        <Text size="xs" c="dimmed">
          {t('umum.memuat')}
        </Text>
      ) : (
        <>
          {dipilih.slice(0, BUKTI_TAMPIL).map(baris)}
          <Collapse expanded={buka}>
            <Stack gap={4}>{dipilih.slice(BUKTI_TAMPIL).map(baris)}</Stack>
          </Collapse>
          {dipilih.length > BUKTI_TAMPIL ? (
            <Anchor component="button" type="button" size="xs" onClick={() => setBuka((b) => !b)} style={{ alignSelf: 'flex-start' }} aria-expanded={buka}>
              {buka ? t('penilaianPenilai.rhk.buktiLipat') : t('penilaianPenilai.rhk.buktiSemua', { count: dipilih.length - BUKTI_TAMPIL })}
            </Anchor>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function Indikator({ indikator: k, aktivitas, memuatBukti }: { indikator: IndikatorPenilaian; aktivitas: ReadonlyMap<string, AktivitasBukti>; memuatBukti: boolean }) {
  const { t, i18n } = useTranslation();
  const adaAngka = k.realisasiAngka !== null;
  const adaNarasi = !!k.realisasiNarasi?.trim();
  return (
    <Stack gap={6} data-testid={`indikator-${k.id}`}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Badge size="xs" variant="outline" color="gray" tt="none" style={{ flexShrink: 0, marginTop: 2 }}>
          {t(`penilaianPenilai.aspek.${k.aspek}`)}
        </Badge>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {k.uraian}
        </Text>
      </Group>
      <Box style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 12, rowGap: 2 }}>
        <Text size="xs" c="dimmed">
          {t('penilaianPenilai.rhk.target')}
        </Text>
        <Text size="sm">{k.targetTeks}</Text>
        <Text size="xs" c="dimmed">
          {t('penilaianPenilai.rhk.realisasi')}
        </Text>
        <Box data-testid={`realisasi-${k.id}`}>
          {adaAngka ? (
            <Text size="sm" fw={650}>
              {formatAngka(k.realisasiAngka!, i18n.language)}
              {k.targetSatuan ? ` ${k.targetSatuan}` : ''}
            </Text>
          ) : null}
          {adaNarasi ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {k.realisasiNarasi}
            </Text>
          ) : null}
          {!adaAngka && !adaNarasi ? (
            <Text size="sm" c="red.8" fs="italic">
              {t('penilaianPenilai.rhk.realisasiKosong')}
            </Text>
          ) : null}
        </Box>
        {k.catatan ? (
          <>
            <Text size="xs" c="dimmed">
              {t('penilaianPenilai.rhk.catatan')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {k.catatan}
            </Text>
          </>
        ) : null}
      </Box>
      <DaftarBukti indikator={k} aktivitas={aktivitas} memuat={memuatBukti} />
    </Stack>
  );
}

export type NilaiRhk = { penilaian: Rating | null; umpanBalik: string };

/**
 * One RHK for the penilai: its indicators with target, the pegawai's realisasi and note, the evidence chosen (approved
 * aktivitas with their minutes), the approved activity totals of the period, then the judgement against expectation and
 * the umpan balik (editable while the record waits for a rating, read-only otherwise).
 */
export function PenilaiRhkKartu({
  rhk,
  nomor,
  nilai,
  onUbah,
  bisaUbah,
  aktivitas,
  memuatBukti,
  belumDinilai,
}: {
  rhk: RhkPenilaian;
  nomor: number;
  nilai: NilaiRhk;
  onUbah: (n: NilaiRhk) => void;
  bisaUbah: boolean;
  aktivitas: ReadonlyMap<string, AktivitasBukti>;
  memuatBukti: boolean;
  /** flagged after a refused "nilai" */
  belumDinilai: boolean;
}) {
  const { t } = useTranslation();
  const formatMenit = useFormatMenit();
  return (
    <Card
      padding="md"
      id={`rhk-kartu-${rhk.id}`}
      data-testid={`rhk-kartu-${rhk.id}`}
      data-penilaian={nilai.penilaian ?? ''}
      style={belumDinilai ? { outline: '2px solid var(--mantine-color-red-5)' } : rhk.jenis === 'utama' ? { borderLeft: '4px solid var(--mantine-color-kupang-6)' } : undefined}
    >
      <Stack gap="sm">
        <Stack gap={4}>
          <Group gap={6}>
            <Text size="xs" fw={700} c="dimmed">
              {t('penilaianPenilai.rhk.nomor', { nomor })}
            </Text>
            <Badge size="xs" variant={rhk.jenis === 'utama' ? 'filled' : 'light'} color={rhk.jenis === 'utama' ? 'kupang' : 'gray'} tt="none">
              {t(`penilaianPenilai.rhk.jenis.${rhk.jenis}`)}
            </Badge>
          </Group>
          <Text fw={650} style={{ overflowWrap: 'anywhere' }}>
            {rhk.uraian}
          </Text>
          {rhk.rhkAtasanUraian ? (
            <Text size="xs" c="dimmed">
              {t('penilaianPenilai.rhk.mendukung', { uraian: rhk.rhkAtasanUraian })}
            </Text>
          ) : null}
        </Stack>

        {rhk.indikator.map((k, i) => (
          <Stack key={k.id} gap="sm">
            {i > 0 ? <Divider variant="dashed" /> : null}
            <Indikator indikator={k} aktivitas={aktivitas} memuatBukti={memuatBukti} />
          </Stack>
        ))}

        <Group gap={6} wrap="nowrap" c="dimmed" data-testid={`rhk-aktivitas-${rhk.id}`} data-jumlah={rhk.jumlahAktivitas} data-menit={rhk.jumlahMenit}>
          <IconClipboardCheck size={16} style={{ flexShrink: 0 }} />
          <Text size="xs">
            {rhk.jumlahAktivitas > 0
              ? t('penilaianPenilai.rhk.totalAktivitas', { count: rhk.jumlahAktivitas, waktu: formatMenit(rhk.jumlahMenit) })
              : t('penilaianPenilai.rhk.tanpaAktivitas')}
          </Text>
        </Group>

        <Divider />
        {bisaUbah ? (
          <Stack gap="xs">
            <PilihRating
              nilai={nilai.penilaian}
              onPilih={(r) => onUbah({ ...nilai, penilaian: r })}
              testIdPrefix={`rhk-penilaian-${rhk.id}`}
              label={t('penilaianPenilai.rhk.penilaian')}
              error={belumDinilai ? t('penilaianPenilai.masalah.RHK_BELUM_DINILAI_field') : null}
            />
            <Textarea
              label={t('penilaianPenilai.rhk.umpanBalik')}
              placeholder={t('penilaianPenilai.rhk.umpanBalikContoh')}
              value={nilai.umpanBalik}
              onChange={(e) => onUbah({ ...nilai, umpanBalik: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={2000}
              data-testid={`rhk-umpan-balik-${rhk.id}`}
            />
          </Stack>
        ) : (
          <Stack gap={6}>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t('penilaianPenilai.rhk.penilaian')}:
              </Text>
              {nilai.penilaian ? (
                <Badge color={WARNA_RATING[nilai.penilaian]} variant="light" tt="none" data-testid={`rhk-penilaian-${rhk.id}`} data-nilai={nilai.penilaian}>
                  {t(`penilaianPenilai.rating.${nilai.penilaian}`)}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('umum.kosong')}
                </Text>
              )}
            </Group>
            {nilai.umpanBalik.trim() ? (
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconMessage2 size={16} style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-gray-6)" />
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={`rhk-umpan-balik-${rhk.id}`}>
                  {nilai.umpanBalik}
                </Text>
              </Group>
            ) : null}
          </Stack>
        )}
        {belumDinilai && !bisaUbah ? (
          <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
            {t('penilaianPenilai.masalah.RHK_BELUM_DINILAI_field')}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
