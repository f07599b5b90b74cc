import { ActionIcon, Autocomplete, Badge, Button, Card, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ASPEK_INDIKATOR, JENIS_RHK, teksTarget, type AspekIndikator, type JenisRhk, type PendekatanSkp } from '../../../../../domain/skp.ts';
import type { Rhk } from '../../../../../contracts/skp.ts';
import type { PilihanTautan } from '../api/get-rhk-atasan.ts';
import { MAKS_INDIKATOR, angka, idIndikator, idRhk, indikatorBaru, kunciBaru, type IndikatorDraf, type RhkDraf } from './draf.ts';

const SATUAN = ['Dokumen', 'Laporan', 'Kegiatan', 'Orang', 'Berkas', 'Layanan', 'Kali', 'Bulan', 'Hari', '%', 'Rupiah'];

function IndikatorEditor({
  i,
  j,
  k,
  pendekatan,
  lebar,
  galat,
  onUbah,
  onHapus,
}: {
  i: number;
  j: number;
  k: IndikatorDraf;
  pendekatan: PendekatanSkp;
  lebar: boolean;
  galat: ReadonlyMap<string, string>;
  onUbah: (k: IndikatorDraf) => void;
  onHapus: () => void;
}) {
  const { t, i18n } = useTranslation();
  const target = teksTarget({ targetAngka: angka(k.targetAngka), targetSatuan: k.targetSatuan.trim() || null, targetNarasi: k.targetNarasi || null });
  // kuantitatif targets are a number and a satuan; a narrative typed earlier (kualitatif) stays visible until cleared
  const narasiTampil = pendekatan === 'kualitatif' || k.targetNarasi.trim() !== '';
  const aspek = (
    <NativeSelect
      id={idIndikator(i, j, 'aspek')}
      label={t('skp.hasilKerja.aspek')}
      value={k.aspek}
      onChange={(e) => onUbah({ ...k, aspek: e.currentTarget.value as AspekIndikator })}
      data={ASPEK_INDIKATOR.map((a) => ({ value: a, label: t(`skp.aspek.${a}`) }))}
      style={lebar ? { width: 140, flexShrink: 0 } : { flex: 1 }}
      data-testid={idIndikator(i, j, 'aspek')}
    />
  );
  const hapus = (
    <Tooltip label={t('skp.hasilKerja.hapusIndikator', { n: j + 1 })}>
      <ActionIcon variant="subtle" color="red" size="lg" onClick={onHapus} aria-label={t('skp.hasilKerja.hapusIndikator', { n: j + 1 })} data-testid={idIndikator(i, j, 'hapus')}>
        <IconTrash size={18} />
      </ActionIcon>
    </Tooltip>
  );
  const uraian = (
    <Textarea
      id={idIndikator(i, j, 'uraian')}
      label={t('skp.hasilKerja.uraianIndikator')}
      placeholder={t('skp.hasilKerja.uraianIndikatorPh')}
      value={k.uraian}
      onChange={(e) => onUbah({ ...k, uraian: e.currentTarget.value })}
      error={galat.get(idIndikator(i, j, 'uraian'))}
      autosize
      minRows={1}
      maxLength={1000}
      style={lebar ? { flex: 1, minWidth: 0 } : undefined}
      data-testid={idIndikator(i, j, 'uraian')}
    />
  );
  const targetAngka = (
    <NumberInput
      id={idIndikator(i, j, 'target-angka')}
      label={t('skp.hasilKerja.targetAngka')}
      value={k.targetAngka}
      onChange={(v) => onUbah({ ...k, targetAngka: v })}
      error={galat.get(idIndikator(i, j, 'target-angka'))}
      min={0}
      allowNegative={false}
      decimalScale={2}
      decimalSeparator={i18n.language === 'en' ? '.' : ','}
      hideControls
      inputMode="decimal"
      style={lebar ? { width: 100, flexShrink: 0 } : undefined}
      data-testid={idIndikator(i, j, 'target-angka')}
    />
  );
  const targetSatuan = (
    <Autocomplete
      id={idIndikator(i, j, 'target-satuan')}
      label={t('skp.hasilKerja.targetSatuan')}
      placeholder={t('skp.hasilKerja.targetSatuanPh')}
      value={k.targetSatuan}
      onChange={(v) => onUbah({ ...k, targetSatuan: v })}
      error={galat.get(idIndikator(i, j, 'target-satuan'))}
      data={SATUAN}
      maxLength={50}
      style={lebar ? { width: 140, flexShrink: 0 } : undefined}
      data-testid={idIndikator(i, j, 'target-satuan')}
    />
  );
  return (
    <Paper p="sm" bg="gray.0" withBorder data-testid={`rhk-${i}-ind-${j}`}>
      <Stack gap="xs">
        {lebar ? (
          // desktop: one row per indicator, as in the official form (aspek · indikator · target)
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {aspek}
            {uraian}
            {targetAngka}
            {targetSatuan}
            <Stack gap={0} pt={25}>
              {hapus}
            </Stack>
          </Group>
        ) : (
          <>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              {aspek}
              {hapus}
            </Group>
            {uraian}
            <SimpleGrid cols={2} spacing="xs">
              {targetAngka}
              {targetSatuan}
            </SimpleGrid>
          </>
        )}
        {narasiTampil ? (
          <Textarea
            id={idIndikator(i, j, 'target-narasi')}
            label={t('skp.hasilKerja.targetNarasi')}
            description={pendekatan === 'kuantitatif' ? t('skp.hasilKerja.targetNarasiKuantitatif') : undefined}
            placeholder={t('skp.hasilKerja.targetNarasiPh')}
            value={k.targetNarasi}
            onChange={(e) => onUbah({ ...k, targetNarasi: e.currentTarget.value })}
            error={galat.get(idIndikator(i, j, 'target-narasi'))}
            autosize
            minRows={1}
            maxLength={1000}
            data-testid={idIndikator(i, j, 'target-narasi')}
          />
        ) : null}
        {target ? (
          <Text size="xs" c="dimmed" data-testid={`rhk-${i}-ind-${j}-target-teks`}>
            {t('skp.hasilKerja.targetTertulis', { target })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

type Opsi = { value: string; label: string };
type Grup = { group: string; items: Opsi[] };

/** The options of "RHK pimpinan yang diintervensi" (or, for JPT, the sasaran of the Perjanjian Kinerja). */
function opsiTautan(
  label: { kosong: string; tidakAda: string; grup: Record<JenisRhk, string> },
  pilihan: PilihanTautan | undefined,
  tanpaTautan: boolean,
  nilai: string | null,
  teksTersimpan: string | null,
): Array<Opsi | Grup> {
  const kosong = { value: '', label: label.kosong };
  const out: Array<Opsi | Grup> = [kosong];
  const ada = new Set<string>();
  if (pilihan && tanpaTautan) {
    for (const s of pilihan.perjanjianKinerja) {
      ada.add(s.id);
      out.push({ value: s.id, label: `${s.sasaran} (${s.indikator}: ${s.target})` });
    }
  } else if (pilihan) {
    for (const jenis of JENIS_RHK) {
      const items = pilihan.rhkAtasan.filter((r) => r.jenis === jenis).map((r) => ({ value: r.id, label: r.uraian }));
      items.forEach((o) => ada.add(o.value));
      if (items.length) out.push({ group: label.grup[jenis], items });
    }
  }
  // a saved link that is not (or not yet) among the options stays selectable, so nothing changes by itself
  if (nilai && !ada.has(nilai)) out.push({ value: nilai, label: teksTersimpan ?? label.tidakAda });
  return out;
}

/** One RHK being edited: jenis, uraian, its link upward, and its indicators per aspek. */
export function RhkEditor({
  i,
  rhk,
  pendekatan,
  tanpaTautan,
  pilihan,
  tersimpan,
  galat,
  onUbah,
  onHapus,
}: {
  i: number;
  rhk: RhkDraf;
  pendekatan: PendekatanSkp;
  tanpaTautan: boolean;
  pilihan: PilihanTautan | undefined;
  /** the saved version of this RHK (text of its link when the options do not hold it) */
  tersimpan: Rhk | undefined;
  galat: ReadonlyMap<string, string>;
  onUbah: (rhk: RhkDraf) => void;
  onHapus: () => void;
}) {
  const { t } = useTranslation();
  const lebar = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const nilai = tanpaTautan ? rhk.pkId : rhk.rhkAtasanId;
  const teksTersimpan = tersimpan ? (tanpaTautan ? tersimpan.pkSasaran : tersimpan.rhkAtasanUraian) : null;
  const tautanTerpilih = !tanpaTautan && nilai ? pilihan?.rhkAtasan.find((r) => r.id === nilai) : undefined;
  const ubahIndikator = (j: number, k: IndikatorDraf) => onUbah({ ...rhk, indikator: rhk.indikator.map((x, n) => (n === j ? k : x)) });

  return (
    <Card padding="md" data-testid={`rhk-${i}`} data-id={rhk.id ?? undefined} style={{ borderLeft: `4px solid var(--mantine-color-${rhk.jenis === 'utama' ? 'kupang-6' : 'gray-4'})` }}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Text fw={700}>{t('skp.hasilKerja.rhkKe', { n: i + 1 })}</Text>
            {rhk.id === null ? (
              <Badge size="xs" variant="light" color="cendana">
                {t('skp.hasilKerja.baru')}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} wrap="nowrap">
            <NativeSelect
              id={idRhk(i, 'jenis')}
              aria-label={t('skp.hasilKerja.jenis')}
              value={rhk.jenis}
              onChange={(e) => onUbah({ ...rhk, jenis: e.currentTarget.value as JenisRhk })}
              data={JENIS_RHK.map((j) => ({ value: j, label: t(`skp.jenis.${j}`) }))}
              w={128}
              data-testid={idRhk(i, 'jenis')}
            />
            <Tooltip label={t('skp.hasilKerja.hapusRhk', { n: i + 1 })}>
              <ActionIcon variant="subtle" color="red" size="lg" onClick={onHapus} aria-label={t('skp.hasilKerja.hapusRhk', { n: i + 1 })} data-testid={idRhk(i, 'hapus')}>
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>

        <Textarea
          id={idRhk(i, 'uraian')}
          label={t('skp.hasilKerja.uraian')}
          placeholder={t('skp.hasilKerja.uraianPh')}
          value={rhk.uraian}
          onChange={(e) => onUbah({ ...rhk, uraian: e.currentTarget.value })}
          error={galat.get(idRhk(i, 'uraian'))}
          autosize
          minRows={2}
          maxLength={2000}
          data-testid={idRhk(i, 'uraian')}
        />

        <Stack gap={4}>
          <NativeSelect
            id={idRhk(i, 'tautan')}
            label={tanpaTautan ? t('skp.hasilKerja.tautanPk') : t('skp.hasilKerja.tautan')}
            description={tanpaTautan ? t('skp.hasilKerja.tautanPkKet') : undefined}
            value={nilai ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value || null;
              onUbah(tanpaTautan ? { ...rhk, pkId: v } : { ...rhk, rhkAtasanId: v });
            }}
            data={opsiTautan(
              {
                kosong: tanpaTautan ? t('skp.hasilKerja.tautanPkPilih') : t('skp.hasilKerja.tautanPilih'),
                tidakAda: t('skp.hasilKerja.tautanTidakAda'),
                grup: { utama: t('skp.hasilKerja.grup_utama'), tambahan: t('skp.hasilKerja.grup_tambahan') },
              },
              pilihan,
              tanpaTautan,
              nilai,
              teksTersimpan,
            )}
            data-testid={idRhk(i, 'tautan')}
          />
          {tautanTerpilih && tautanTerpilih.indikator.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('skp.hasilKerja.indikatorAtasan', { daftar: tautanTerpilih.indikator.join('; ') })}
            </Text>
          ) : null}
        </Stack>

        <Stack gap="xs">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('skp.hasilKerja.indikator')}
          </Text>
          {rhk.indikator.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('skp.hasilKerja.indikatorKosong')}
            </Text>
          ) : null}
          {rhk.indikator.map((k, j) => (
            <IndikatorEditor
              key={k.kunci}
              i={i}
              j={j}
              k={k}
              pendekatan={pendekatan}
              lebar={lebar}
              galat={galat}
              onUbah={(baru) => ubahIndikator(j, baru)}
              onHapus={() => onUbah({ ...rhk, indikator: rhk.indikator.filter((_, n) => n !== j) })}
            />
          ))}
          <Button
            id={idRhk(i, 'tambah-indikator')}
            variant="light"
            size="sm"
            leftSection={<IconPlus size={16} />}
            onClick={() => onUbah({ ...rhk, indikator: [...rhk.indikator, indikatorBaru(kunciBaru(), rhk)] })}
            disabled={rhk.indikator.length >= MAKS_INDIKATOR}
            style={{ alignSelf: 'flex-start' }}
            data-testid={idRhk(i, 'tambah-indikator')}
          >
            {t('skp.hasilKerja.tambahIndikator')}
          </Button>
        </Stack>
      </Stack>
    </Card>
  );
}
