import { Alert, Badge, Box, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PREDIKAT, type Predikat } from '../../../../../domain/predikat.ts';
import { formatNip } from '../../../utils/format.ts';
import type { KalibrasiItem } from '../api/get-kalibrasi-papan.ts';
import { dihitungKurva, WARNA_PREDIKAT } from './format.ts';

type Props = {
  items: readonly KalibrasiItem[];
  /** the what-if selects are shown (the pimpinan, while the unit is open) */
  bolehSimulasi: boolean;
  pindah: Readonly<Record<string, Predikat>>;
  onPindah: (penilaianId: string, ke: Predikat | null) => void;
  wide: boolean;
};

const urutan = (i: KalibrasiItem) => (i.predikat ? PREDIKAT.indexOf(i.predikat) : PREDIKAT.length);

/** Best predikat first, the not-yet-rated last, then by name: the groups the curve counts read top to bottom. */
function urutkan(items: readonly KalibrasiItem[]): KalibrasiItem[] {
  return [...items].sort((a, b) => urutan(a) - urutan(b) || a.pegawai.nama.localeCompare(b.pegawai.nama, 'id'));
}

/**
 * The pegawai on the board with their ratings and predikat. For the pimpinan each rated pegawai has a what-if select
 * that moves them to another predikat in the browser only; the page explains that a real change is the penilai's
 * (re-rating after "buka nilai").
 */
export function PegawaiKalibrasi({ items, bolehSimulasi, pindah, onPindah, wide }: Props) {
  const { t } = useTranslation();
  const urut = urutkan(items);
  return (
    <Stack gap="xs" component="section" aria-labelledby="kalibrasi-pegawai-judul">
      <Title order={2} fz="md" id="kalibrasi-pegawai-judul">
        {t('kalibrasi.pegawai.judul', { n: items.length })}
      </Title>
      {bolehSimulasi && items.some(dihitungKurva) ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} p="sm" data-testid="whatif-penjelasan">
          <Text size="sm">{t('kalibrasi.pegawai.whatifKet')}</Text>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Card padding="md" data-testid="kalibrasi-pegawai-kosong">
          <Text size="sm" c="dimmed" ta="center">
            {t('kalibrasi.pegawai.kosong')}
          </Text>
        </Card>
      ) : wide ? (
        <Tabel items={urut} bolehSimulasi={bolehSimulasi} pindah={pindah} onPindah={onPindah} />
      ) : (
        <Stack gap="xs">
          {urut.map((i) => (
            <KartuPegawai key={i.penilaianId} item={i} bolehSimulasi={bolehSimulasi} pindah={pindah} onPindah={onPindah} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type Baris = { item: KalibrasiItem; bolehSimulasi: boolean; pindah: Readonly<Record<string, Predikat>>; onPindah: Props['onPindah'] };

function PredikatBadge({ predikat }: { predikat: Predikat }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA_PREDIKAT[predikat].split('.')[0]} variant="light" radius="sm" tt="none">
      {t(`kalibrasi.predikat.${predikat}`)}
    </Badge>
  );
}

/** The real predikat, and where the simulation moved it ("Baik → Sangat Baik"). */
function PredikatSel({ item, ke }: { item: KalibrasiItem; ke: Predikat | undefined }) {
  const { t } = useTranslation();
  if (!dihitungKurva(item)) {
    return (
      <Text size="xs" c="dimmed">
        {t('kalibrasi.pegawai.belumDinilai')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap" data-testid={`kalibrasi-predikat-${item.penilaianId}`} data-predikat={item.predikat}>
      <PredikatBadge predikat={item.predikat} />
      {ke ? (
        <>
          <IconArrowRight size={14} aria-hidden />
          <PredikatBadge predikat={ke} />
          <Text size="xs" c="orange.8" fw={600}>
            {t('kalibrasi.pegawai.dipindah')}
          </Text>
        </>
      ) : null}
    </Group>
  );
}

function PilihSimulasi({ item, pindah, onPindah }: Omit<Baris, 'bolehSimulasi'>) {
  const { t } = useTranslation();
  if (!dihitungKurva(item)) return null;
  return (
    <NativeSelect
      aria-label={t('kalibrasi.pegawai.simulasiLabel', { nama: item.pegawai.nama })}
      data={PREDIKAT.map((p) => ({ value: p, label: t(`kalibrasi.predikat.${p}`) }))}
      value={pindah[item.penilaianId] ?? item.predikat}
      onChange={(e) => {
        const ke = e.currentTarget.value as Predikat;
        onPindah(item.penilaianId, ke === item.predikat ? null : ke);
      }}
      size="xs"
      miw={150}
      data-testid={`whatif-${item.penilaianId}`}
    />
  );
}

function Identitas({ item }: { item: KalibrasiItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap={1} style={{ minWidth: 0 }}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600} lh={1.3}>
          {item.pegawai.nama}
        </Text>
        {item.kepalaUnit ? (
          <Badge size="xs" color="grape" variant="light" radius="sm" tt="none">
            {t('kalibrasi.pegawai.kepalaUnit')}
          </Badge>
        ) : null}
      </Group>
      {item.pegawai.nip ? (
        <Text size="xs" ff="monospace" c="dimmed">
          {formatNip(item.pegawai.nip)}
        </Text>
      ) : null}
      {item.pegawai.jabatan ? (
        <Text size="xs" c="dimmed" lh={1.3} lineClamp={2}>
          {item.pegawai.jabatan}
        </Text>
      ) : null}
    </Stack>
  );
}

function Rating({ item }: { item: KalibrasiItem }) {
  const { t } = useTranslation();
  const nilai = (r: KalibrasiItem['ratingHasilKerja']) => (r ? t(`kalibrasi.rating.${r}`) : '—');
  return (
    <Stack gap={0}>
      <Text size="xs">
        <Text span size="xs" c="dimmed">
          {t('kalibrasi.pegawai.ratingHasil')}:
        </Text>{' '}
        {nilai(item.ratingHasilKerja)}
      </Text>
      <Text size="xs">
        <Text span size="xs" c="dimmed">
          {t('kalibrasi.pegawai.ratingPerilaku')}:
        </Text>{' '}
        {nilai(item.ratingPerilakuKerja)}
      </Text>
    </Stack>
  );
}

function StatusBadge({ item }: { item: KalibrasiItem }) {
  const { t } = useTranslation();
  const warna = item.status === 'ditetapkan' ? 'dark' : item.status === 'dinilai' ? 'teal' : item.status === 'dikembalikan' ? 'orange' : 'gray';
  return (
    <Badge size="sm" color={warna} variant={item.status === 'ditetapkan' ? 'filled' : 'light'} radius="sm" tt="none" data-status={item.status}>
      {t(`kalibrasi.statusPenilaian.${item.status}`)}
    </Badge>
  );
}

const sorot = (dipindah: boolean) => (dipindah ? { background: 'var(--mantine-color-orange-light)' } : undefined);

function Tabel({ items, bolehSimulasi, pindah, onPindah }: Omit<Props, 'wide'>) {
  const { t } = useTranslation();
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={bolehSimulasi ? 1000 : 860}>
        <Table verticalSpacing="xs" horizontalSpacing="sm" data-testid="kalibrasi-pegawai-tabel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kalibrasi.pegawai.nama')}</Table.Th>
              <Table.Th w={170}>{t('kalibrasi.pegawai.penilai')}</Table.Th>
              <Table.Th w={110}>{t('kalibrasi.pegawai.status')}</Table.Th>
              <Table.Th w={220}>{t('kalibrasi.pegawai.rating')}</Table.Th>
              <Table.Th w={170}>{t('kalibrasi.pegawai.predikat')}</Table.Th>
              {bolehSimulasi ? <Table.Th w={170}>{t('kalibrasi.pegawai.simulasi')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.penilaianId} data-testid={`kalibrasi-item-${i.penilaianId}`} data-status={i.status} data-predikat={i.predikat ?? ''} style={sorot(!!pindah[i.penilaianId])}>
                <Table.Td>
                  <Identitas item={i} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{i.penilaiNama ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge item={i} />
                </Table.Td>
                <Table.Td>
                  <Rating item={i} />
                </Table.Td>
                <Table.Td>
                  <PredikatSel item={i} ke={pindah[i.penilaianId]} />
                </Table.Td>
                {bolehSimulasi ? (
                  <Table.Td>
                    <PilihSimulasi item={i} pindah={pindah} onPindah={onPindah} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function KartuPegawai({ item, bolehSimulasi, pindah, onPindah }: Baris) {
  const { t } = useTranslation();
  return (
    <Card padding="sm" data-testid={`kalibrasi-item-${item.penilaianId}`} data-status={item.status} data-predikat={item.predikat ?? ''} style={sorot(!!pindah[item.penilaianId])}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Identitas item={item} />
          <StatusBadge item={item} />
        </Group>
        {item.penilaiNama ? (
          <Text size="xs">
            <Text span size="xs" c="dimmed">
              {t('kalibrasi.pegawai.penilai')}:
            </Text>{' '}
            {item.penilaiNama}
          </Text>
        ) : null}
        <Rating item={item} />
        <PredikatSel item={item} ke={pindah[item.penilaianId]} />
        {bolehSimulasi && dihitungKurva(item) ? (
          <Box>
            <Text size="xs" c="dimmed" mb={2}>
              {t('kalibrasi.pegawai.simulasi')}
            </Text>
            <PilihSimulasi item={item} pindah={pindah} onPindah={onPindah} />
          </Box>
        ) : null}
      </Stack>
    </Card>
  );
}
