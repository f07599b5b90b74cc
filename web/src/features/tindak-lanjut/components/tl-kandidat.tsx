// The frame both candidate lists of the tindak-lanjut screen share (ASN teladan, pembinaan): a titled section with
// its explanation, an empty card or one card per pegawai with name, jabatan · unit, predikat and the action.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Orang } from '../../../../../contracts/skp.ts';
import type { Predikat } from '../../../../../domain/predikat.ts';
import { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';

/**
 * A section of candidates. `awalan` names its ids: the title `${awalan}-judul`, the empty card `${awalan}-kosong`
 * (e.g. tl-teladan, tl-pembinaan); `children` is the modal of the chosen candidate.
 */
export function BagianKandidat<K>({
  awalan,
  ikon,
  judul,
  ket,
  kosong,
  items,
  kartu,
  children,
}: {
  awalan: string;
  ikon: ReactNode;
  judul: string;
  ket: string;
  kosong: string;
  items: readonly K[];
  kartu: (k: K) => ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${awalan}-judul`}>
      <Group gap="xs">
        {ikon}
        <Title order={2} fz="md" id={`${awalan}-judul`}>
          {judul}
        </Title>
      </Group>
      <Text size="xs" c="dimmed">
        {ket}
      </Text>
      {items.length === 0 ? (
        <Card padding="md" data-testid={`${awalan}-kosong`}>
          <Text size="sm" c="dimmed" ta="center">
            {kosong}
          </Text>
        </Card>
      ) : (
        items.map(kartu)
      )}
      {children}
    </Stack>
  );
}

/**
 * One candidate: `lencana` before the name (the rank), the predikat badge with `keterangan` beside it, `tambahan`
 * below and `aksi` on the right. Extra attributes (data-testid, data-*) go on the card.
 */
export function KartuKandidat({
  pegawai,
  predikat,
  lencana,
  keterangan,
  tambahan,
  aksi,
  ...atribut
}: {
  pegawai: Orang;
  predikat: Predikat;
  lencana?: ReactNode;
  keterangan: ReactNode;
  tambahan?: ReactNode;
  aksi: ReactNode;
  'data-testid': string;
  [data: `data-${string}`]: string | number;
}) {
  const { t } = useTranslation();
  const nama = (
    <Text fw={600} size="sm">
      {pegawai.nama}
    </Text>
  );
  return (
    <Card padding="sm" withBorder {...atribut}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          {lencana ? (
            <Group gap={6} wrap="wrap">
              {lencana}
              {nama}
            </Group>
          ) : (
            nama
          )}
          {pegawai.jabatan || pegawai.unit ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {[pegawai.jabatan, pegawai.unit].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
          <Group gap={6} wrap="wrap">
            <Badge color={WARNA_PREDIKAT[predikat]} variant="light" size="sm">
              {t(`tindakLanjut.predikat.${predikat}`)}
            </Badge>
            {keterangan}
          </Group>
          {tambahan}
        </Stack>
        {aksi}
      </Group>
    </Card>
  );
}
