import { Badge, Card, Group, Pagination, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AksiImpor, BarisImpor, CatatanImpor, ImporPratinjau, JumlahImpor } from '../../../../../contracts/impor.ts';
import { formatNip } from '../../../utils/format.ts';

const WARNA_AKSI: Record<AksiImpor, string> = { baru: 'teal', diubah: 'blue', mutasi: 'violet', tetap: 'gray', galat: 'red' };
const PER_HALAMAN = 50;

type T = (key: string, param?: Record<string, unknown>) => string;

/** A row note in the user's language: the translation of its code when there is one, else the server's sentence. */
function useCatatan() {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as T;
  return (c: CatatanImpor) => {
    const key = `impor.catatan.${c.kode}`;
    const isi = i18n.exists(key) ? tt(key, c.param) : c.pesan.replace(/^Baris \d+(, kolom [^:]+)?: /, '');
    return c.kolom ? `${tt(`impor.kolom.${c.kolom}`)}: ${isi}` : isi;
  };
}

export function JumlahImporView({ jumlah }: { jumlah: JumlahImpor }) {
  const { t } = useTranslation();
  const tt = t as unknown as T;
  const items: { key: keyof JumlahImpor; color: string }[] = [
    { key: 'baris', color: 'dark' },
    { key: 'baru', color: 'teal' },
    { key: 'diubah', color: 'blue' },
    { key: 'mutasi', color: 'violet' },
    { key: 'tetap', color: 'gray' },
    { key: 'galat', color: 'red' },
    { key: 'peringatan', color: 'orange' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, xs: 4, md: 7 }} spacing="xs" data-testid="impor-jumlah">
      {items.map((i) => (
        <Card key={i.key} padding="xs" withBorder data-testid={`impor-jumlah-${i.key}`} data-nilai={jumlah[i.key]}>
          <Text size="xs" c="dimmed">
            {tt(`impor.jumlah.${i.key}`)}
          </Text>
          <Text fw={700} fz="xl" c={jumlah[i.key] > 0 ? i.color : 'dimmed'}>
            {jumlah[i.key].toLocaleString('id-ID')}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Rincian({ baris }: { baris: BarisImpor }) {
  const { t } = useTranslation();
  const tt = t as unknown as T;
  const catatan = useCatatan();
  const nilai = (v: string | null) => v ?? t('impor.kosong');
  return (
    <Stack gap={2}>
      {baris.galat.map((g, i) => (
        <Text key={`g${i}`} size="sm" c="red.8" data-testid="impor-galat">
          {catatan(g)}
        </Text>
      ))}
      {baris.perubahan.map((p) => (
        <Text key={p.kolom} size="sm">
          {tt('impor.perubahan', { kolom: tt(`impor.kolom.${p.kolom}`), dari: nilai(p.dari), ke: nilai(p.ke) })}
        </Text>
      ))}
      {baris.peringatan.map((g, i) => (
        <Text key={`w${i}`} size="sm" c="orange.8" data-testid="impor-peringatan">
          {catatan(g)}
        </Text>
      ))}
    </Stack>
  );
}

function AksiBadge({ aksi }: { aksi: AksiImpor }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA_AKSI[aksi]} variant={aksi === 'galat' ? 'filled' : 'light'} miw="max-content">
      {(t as unknown as T)(`impor.aksi.${aksi}`)}
    </Badge>
  );
}

/** The per-row report: errors highlighted, a filter for rows with errors, pages of 50 (a city file has thousands). */
export function ImporPratinjauTabel({ pratinjau }: { pratinjau: ImporPratinjau }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const [hanyaGalat, setHanyaGalat] = useState(pratinjau.jumlah.galat > 0);
  const [halaman, setHalaman] = useState(1);
  const rows = hanyaGalat ? pratinjau.baris.filter((b) => b.aksi === 'galat') : pratinjau.baris;
  const pages = Math.max(1, Math.ceil(rows.length / PER_HALAMAN));
  const page = Math.min(halaman, pages);
  const shown = rows.slice((page - 1) * PER_HALAMAN, page * PER_HALAMAN);

  return (
    <Stack gap="sm">
      <Switch
        checked={hanyaGalat}
        onChange={(e) => {
          setHanyaGalat(e.currentTarget.checked);
          setHalaman(1);
        }}
        label={t('impor.hanyaGalat')}
        data-testid="impor-hanya-galat"
      />
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="impor-baris-kosong">
          {t('impor.tidakAdaBaris')}
        </Text>
      ) : wide ? (
        <Card padding={0} withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" horizontalSpacing="sm" data-testid="impor-baris-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={64}>{t('impor.kolomBaris')}</Table.Th>
                  <Table.Th w={190}>{t('impor.kolom.nip')}</Table.Th>
                  <Table.Th>{t('impor.kolom.nama')}</Table.Th>
                  <Table.Th w={100}>{t('impor.kolomAksi')}</Table.Th>
                  <Table.Th>{t('impor.kolomRincian')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((b) => (
                  <Table.Tr key={b.baris} data-testid="impor-baris" data-baris={b.baris} data-aksi={b.aksi} bg={b.aksi === 'galat' ? 'red.0' : undefined}>
                    <Table.Td>{b.baris}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {formatNip(b.nip)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{b.nama}</Text>
                    </Table.Td>
                    <Table.Td>
                      <AksiBadge aksi={b.aksi} />
                    </Table.Td>
                    <Table.Td>
                      <Rincian baris={b} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : (
        <Stack gap="xs" data-testid="impor-baris-list">
          {shown.map((b) => (
            <Card key={b.baris} padding="sm" withBorder data-testid="impor-baris" data-baris={b.baris} data-aksi={b.aksi} bg={b.aksi === 'galat' ? 'red.0' : undefined}>
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {t('impor.kolomBaris')} {b.baris}
                    </Text>
                    <Text fw={600} size="sm">
                      {b.nama}
                    </Text>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {formatNip(b.nip)}
                    </Text>
                  </Stack>
                  <AksiBadge aksi={b.aksi} />
                </Group>
                <Rincian baris={b} />
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {pages > 1 ? (
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {t('umum.rentang', { from: (page - 1) * PER_HALAMAN + 1, to: Math.min(page * PER_HALAMAN, rows.length), total: rows.length })}
          </Text>
          <Pagination total={pages} value={page} onChange={setHalaman} size="sm" data-testid="impor-pagination" />
        </Group>
      ) : null}
    </Stack>
  );
}
