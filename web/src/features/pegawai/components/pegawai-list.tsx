import { Anchor, Badge, Card, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronRight, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PegawaiPage } from '../../../../../contracts/kepegawaian.ts';
import { ListPagination } from '../../../components/ui/list-pagination.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { useListParams } from '../../../hooks/use-list-params.ts';
import { formatNip } from '../../../utils/format.ts';
import { usePegawaiList } from '../api/get-pegawai-list.ts';
import { PegawaiSaringan, usePegawaiSaringan } from './pegawai-saringan.tsx';

type Item = PegawaiPage['items'][number];

function StatusBadge({ status }: { status: Item['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="dot" color={status === 'aktif' ? 'teal' : 'gray'} miw="max-content">
      {t(`statusPegawai.${status}`)}
    </Badge>
  );
}

function PegawaiTable({ items, pegawaiHref }: { items: Item[]; pegawaiHref: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="pegawai-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pegawai.nama')}</Table.Th>
              <Table.Th>{t('pegawai.nip')}</Table.Th>
              <Table.Th>{t('pegawai.jabatan')}</Table.Th>
              <Table.Th>{t('pegawai.unit')}</Table.Th>
              <Table.Th>{t('pegawai.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id} data-testid="pegawai-item" data-id={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={pegawaiHref(p.id)} fw={600} size="sm">
                    {p.namaLengkap}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {formatNip(p.nip) || t('umum.kosong')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.jabatan ?? t('umum.kosong')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.unit ?? t('umum.kosong')}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function PegawaiCards({ items, pegawaiHref }: { items: Item[]; pegawaiHref: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="pegawai-list">
      {items.map((p) => (
        <Card key={p.id} padding="sm" data-testid="pegawai-item" data-id={p.id}>
          <UnstyledButton component={Link} to={pegawaiHref(p.id)} aria-label={t('profil.bukaProfil', { nama: p.namaLengkap })}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm" lh={1.3}>
                  {p.namaLengkap}
                </Text>
                {p.nip ? (
                  <Text size="xs" ff="monospace" c="dimmed">
                    {formatNip(p.nip)}
                  </Text>
                ) : null}
                {p.jabatan ? <Text size="sm">{p.jabatan}</Text> : null}
                {p.unit ? (
                  <Text size="xs" c="dimmed">
                    {p.unit}
                  </Text>
                ) : null}
                {p.status !== 'aktif' ? <StatusBadge status={p.status} /> : null}
              </Stack>
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
            </Group>
          </UnstyledButton>
        </Card>
      ))}
    </Stack>
  );
}

/**
 * Searchable, paginated list of the pegawai in the caller's scope; each opens the pegawai's profile. `saringan` adds
 * the unit/status/jenis filters (admin and pimpinan OPD screens); they narrow inside the scope, never widen it.
 */
export function PegawaiList({ pegawaiHref, pageSize = 25, saringan = false }: { pegawaiHref: (id: string) => string; pageSize?: number; saringan?: boolean }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const { q, page, text, setText, setPage } = useListParams();
  const { values } = usePegawaiSaringan();
  const filters = saringan ? { unitId: values.unit, status: values.status, jenisAsn: values.asn, jenisJabatan: values.jabatan } : {};
  const query = usePegawaiList({ q: q || undefined, ...filters, page, pageSize });

  return (
    <Stack gap="md">
      <SearchBox
        value={text}
        onChange={setText}
        placeholder={t('pegawai.cari')}
        label={t('pegawai.cariLabel')}
        busy={query.isFetching && !query.isPending}
        testId="pegawai-cari"
      />
      {saringan ? <PegawaiSaringan /> : null}
      {query.isPending ? (
        <LoadingView />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Card data-testid="pegawai-kosong">
          <Group gap="sm" c="dimmed">
            <IconUsers size={22} />
            <Text>{t('pegawai.kosong')}</Text>
          </Group>
        </Card>
      ) : (
        <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
          {wide ? (
            <PegawaiTable items={query.data.items} pegawaiHref={pegawaiHref} />
          ) : (
            <PegawaiCards items={query.data.items} pegawaiHref={pegawaiHref} />
          )}
          <ListPagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
        </div>
      )}
    </Stack>
  );
}
