import { Badge, Box, Button, Card, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconArrowUpRight, IconClock, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../utils/format.ts';
import type { AktivitasBukti } from '../api/get-bukti.ts';
import type { IndikatorPenilaian, RhkPenilaian } from '../api/get-penilaian.ts';
import { angka, idAngka, idCatatan, idNarasi, type IsianIndikator } from './pegawai-draf.ts';
import { formatDurasi } from './pegawai-format.ts';
import { RatingBadge } from './pegawai-lencana.tsx';

type TFn = (key: string, opsi?: Record<string, unknown>) => string;

/** Realisasi against a numeric target as a percentage ("capaian"), when both are numbers and the target is not 0. */
function capaian(k: IndikatorPenilaian, isian: IsianIndikator): number | null {
  const r = angka(isian.angka);
  if (k.targetAngka === null || k.targetAngka === 0 || r === null) return null;
  return Math.round((r / k.targetAngka) * 100);
}

/** The chosen evidence as small chips: date and the start of the description (full text on hover). */
function ChipBukti({ ids, aktivitasOf }: { ids: readonly string[]; aktivitasOf: ReadonlyMap<string, AktivitasBukti> }) {
  const { t, i18n } = useTranslation();
  if (ids.length === 0) {
    return (
      <Text size="xs" c="dimmed" fs="italic">
        {t('penilaian.bukti.belumAda')}
      </Text>
    );
  }
  const dikenal = ids.map((id) => aktivitasOf.get(id)).filter((a): a is AktivitasBukti => !!a);
  const menit = dikenal.reduce((n, a) => n + a.menit, 0);
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="wrap">
        {ids.map((id) => {
          const a = aktivitasOf.get(id);
          return (
            <Tooltip key={id} label={a?.uraian ?? ''} disabled={!a} multiline maw={320} withinPortal>
              <Badge variant="light" color="gray" radius="sm" size="md" tt="none" fw={500} maw="100%" data-testid="bukti-chip" data-id={id} leftSection={<IconPaperclip size={12} />}>
                {a ? `${formatTanggal(a.tanggal, i18n.language)} · ${a.uraian}` : t('penilaian.bukti.aktivitas')}
              </Badge>
            </Tooltip>
          );
        })}
      </Group>
      {dikenal.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('penilaian.bukti.dipilih', { count: ids.length, durasi: formatDurasi(t as unknown as TFn, menit) })}
        </Text>
      ) : null}
    </Stack>
  );
}

function NilaiBaca({ label, nilai, testId }: { label: string; nilai: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" c={nilai ? undefined : 'dimmed'} fs={nilai ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {nilai ?? t('penilaian.indikator.belumDiisi')}
      </Text>
    </Stack>
  );
}

type PropsIndikator = {
  k: IndikatorPenilaian;
  isian: IsianIndikator;
  kosong: boolean;
  bisaUbah: boolean;
  galat: ReadonlyMap<string, string>;
  aktivitasOf: ReadonlyMap<string, AktivitasBukti>;
  onUbah?: (isian: IsianIndikator) => void;
  onPilihBukti?: () => void;
};

function IsianRealisasi({ k, isian, galat, onUbah }: PropsIndikator) {
  const { t, i18n } = useTranslation();
  const numerik = k.targetAngka !== null;
  const ubah = (v: Partial<IsianIndikator>) => onUbah?.({ ...isian, ...v });
  return (
    <Stack gap="xs">
      {numerik ? (
        <NumberInput
          id={idAngka(k.id)}
          label={t('penilaian.indikator.realisasi')}
          description={k.targetSatuan ? t('penilaian.indikator.dalamSatuan', { satuan: k.targetSatuan }) : undefined}
          value={isian.angka}
          onChange={(v) => ubah({ angka: v })}
          error={galat.get(idAngka(k.id))}
          min={0}
          allowNegative={false}
          decimalScale={2}
          decimalSeparator={i18n.language === 'en' ? '.' : ','}
          hideControls
          inputMode="decimal"
          rightSection={
            k.targetSatuan ? (
              <Text size="xs" c="dimmed" pr="xs" style={{ whiteSpace: 'nowrap' }}>
                {k.targetSatuan}
              </Text>
            ) : null
          }
          rightSectionWidth={k.targetSatuan ? Math.min(120, 16 + k.targetSatuan.length * 7) : undefined}
          maw={320}
          data-testid={idAngka(k.id)}
        />
      ) : null}
      <Textarea
        id={idNarasi(k.id)}
        label={numerik ? t('penilaian.indikator.narasiOpsional') : t('penilaian.indikator.realisasi')}
        placeholder={numerik ? t('penilaian.indikator.narasiOpsionalPh') : t('penilaian.indikator.narasiPh')}
        value={isian.narasi}
        onChange={(e) => ubah({ narasi: e.currentTarget.value })}
        error={galat.get(idNarasi(k.id))}
        autosize
        minRows={numerik ? 1 : 2}
        maxRows={8}
        maxLength={2000}
        data-testid={idNarasi(k.id)}
      />
    </Stack>
  );
}

function Indikator(props: PropsIndikator) {
  const { t } = useTranslation();
  const { k, isian, kosong, bisaUbah, galat, aktivitasOf, onUbah, onPilihBukti } = props;
  const persen = capaian(k, isian);
  const angkaTampil = angka(isian.angka);
  return (
    <Paper p="sm" withBorder bg={bisaUbah ? 'gray.0' : undefined} data-testid={`indikator-${k.id}`} data-kosong={kosong ? 'ya' : 'tidak'} style={kosong && bisaUbah ? { borderLeft: '3px solid var(--mantine-color-orange-5)' } : undefined}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0, marginTop: 3, overflow: 'visible' }}>
            {t(`penilaian.aspek.${k.aspek}`)}
          </Badge>
          <Text size="sm" fw={600} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
            {k.uraian}
          </Text>
          {kosong && bisaUbah ? (
            <Badge size="xs" variant="light" color="orange" style={{ flexShrink: 0, marginTop: 3 }}>
              {t('penilaian.indikator.belumDiisi')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm" data-testid={`indikator-target-${k.id}`}>
            <Text span c="dimmed" size="sm">
              {t('penilaian.indikator.target')}:{' '}
            </Text>
            <Text span fw={600} size="sm">
              {k.targetTeks || '—'}
            </Text>
          </Text>
          {persen !== null ? (
            <Badge variant="light" color={persen >= 100 ? 'teal' : 'gray'} radius="sm" data-testid={`indikator-capaian-${k.id}`}>
              {t('penilaian.indikator.capaian', { persen })}
            </Badge>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          {bisaUbah ? (
            <IsianRealisasi {...props} />
          ) : (
            <Stack gap="xs">
              {k.targetAngka !== null ? (
                <NilaiBaca label={t('penilaian.indikator.realisasi')} nilai={angkaTampil === null ? null : `${angkaTampil}${k.targetSatuan ? ` ${k.targetSatuan}` : ''}`} testId={idAngka(k.id)} />
              ) : null}
              {k.targetAngka === null || isian.narasi.trim() ? (
                <NilaiBaca label={k.targetAngka === null ? t('penilaian.indikator.realisasi') : t('penilaian.indikator.narasiOpsional')} nilai={isian.narasi.trim() || null} testId={idNarasi(k.id)} />
              ) : null}
            </Stack>
          )}
          <Stack gap="xs">
            {bisaUbah ? (
              <Textarea
                id={idCatatan(k.id)}
                label={t('penilaian.indikator.catatan')}
                placeholder={t('penilaian.indikator.catatanPh')}
                value={isian.catatan}
                onChange={(e) => onUbah?.({ ...isian, catatan: e.currentTarget.value })}
                error={galat.get(idCatatan(k.id))}
                autosize
                minRows={1}
                maxRows={6}
                maxLength={2000}
                data-testid={idCatatan(k.id)}
              />
            ) : isian.catatan.trim() ? (
              <NilaiBaca label={t('penilaian.indikator.catatan')} nilai={isian.catatan.trim()} testId={idCatatan(k.id)} />
            ) : null}
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t('penilaian.bukti.label')}
              </Text>
              <ChipBukti ids={isian.aktivitasIds} aktivitasOf={aktivitasOf} />
              {bisaUbah ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPaperclip size={14} />}
                  onClick={onPilihBukti}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid={`bukti-pilih-${k.id}`}
                >
                  {t('penilaian.bukti.pilih', { count: isian.aktivitasIds.length })}
                </Button>
              ) : null}
            </Stack>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/**
 * One RHK of the evaluated SKP: its kind, the RHK of the atasan it intervenes, the approved activity totals of the
 * evaluated days, and per indicator the target, the realisasi (editable by the owner while draft/dikembalikan), the
 * note and the evidence. The penilai's judgement shows once the pegawai may see it (from dinilai on).
 */
export function RhkKartu({
  rhk,
  i,
  isian,
  kosong,
  bisaUbah,
  galat,
  aktivitasOf,
  onUbah,
  onPilihBukti,
}: {
  rhk: RhkPenilaian;
  i: number;
  isian: Readonly<Record<string, IsianIndikator>>;
  kosong: ReadonlySet<string>;
  bisaUbah: boolean;
  galat: ReadonlyMap<string, string>;
  aktivitasOf: ReadonlyMap<string, AktivitasBukti>;
  onUbah?: (indikatorId: string, isian: IsianIndikator) => void;
  onPilihBukti?: (indikatorId: string) => void;
}) {
  const { t } = useTranslation();
  const tt = t as unknown as TFn;
  return (
    <Card padding="md" data-testid={`rhk-${rhk.id}`} data-jenis={rhk.jenis}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text size="sm" fw={700} c="dimmed">
              {t('penilaian.rhk.ke', { n: i + 1 })}
            </Text>
            <Badge size="sm" variant={rhk.jenis === 'utama' ? 'light' : 'outline'} color={rhk.jenis === 'utama' ? 'kupang' : 'gray'}>
              {t(`penilaian.rhk.jenis.${rhk.jenis}`)}
            </Badge>
          </Group>
          {rhk.penilaian ? <RatingBadge rating={rhk.penilaian} testId={`rhk-penilaian-hasil-${rhk.id}`} /> : null}
        </Group>
        <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {rhk.uraian}
        </Text>
        {rhk.rhkAtasanUraian ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconArrowUpRight size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 2 }} />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                {t('penilaian.rhk.intervensi')}
              </Text>
              <Text size="sm">{rhk.rhkAtasanUraian}</Text>
            </Stack>
          </Group>
        ) : null}
        <Box p="xs" bg="kupang.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }} data-testid={`rhk-aktivitas-${rhk.id}`} data-jumlah={rhk.jumlahAktivitas} data-menit={rhk.jumlahMenit}>
          <Group gap={6} wrap="nowrap">
            <IconClock size={16} color="var(--mantine-color-kupang-7)" style={{ flexShrink: 0 }} />
            <Text size="sm">
              {t('penilaian.rhk.totalAktivitas', { count: rhk.jumlahAktivitas, durasi: formatDurasi(tt, rhk.jumlahMenit) })}
            </Text>
          </Group>
        </Box>
        <Stack gap="xs">
          {rhk.indikator.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('penilaian.rhk.tanpaIndikator')}
            </Text>
          ) : (
            rhk.indikator.map((k) => (
              <Indikator
                key={k.id}
                k={k}
                isian={isian[k.id] ?? { angka: '', narasi: '', catatan: '', aktivitasIds: [] }}
                kosong={kosong.has(k.id)}
                bisaUbah={bisaUbah}
                galat={galat}
                aktivitasOf={aktivitasOf}
                onUbah={onUbah ? (v) => onUbah(k.id, v) : undefined}
                onPilihBukti={onPilihBukti ? () => onPilihBukti(k.id) : undefined}
              />
            ))
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
