import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconBriefcase, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_JABATAN } from '../../../../../contracts/kepegawaian.ts';
import { JENJANG_FUNGSIONAL, type JabatanItem, type JenjangFungsional } from '../../../../../contracts/jabatan.ts';
import type { TFunction } from 'i18next';
import { ListPagination } from '../../../components/ui/list-pagination.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { useListParams } from '../../../hooks/use-list-params.ts';
import { useUrlFilters } from '../../../hooks/use-url-filters.ts';
import { useJabatanList } from '../api/get-jabatan-list.ts';
import { useUnitPilihan } from '../api/get-unit-pilihan.ts';
import { JabatanFormModal } from './jabatan-form.tsx';

function Pemangku({ j }: { j: JabatanItem }) {
  const { t } = useTranslation();
  return j.lowong ? (
    <Badge size="sm" color="orange" variant="light" miw="max-content" data-testid="jabatan-lowong">
      {t('jabatan.lowong')}
    </Badge>
  ) : (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {t('jabatan.pemangku', { count: j.jumlahPemangku })}
    </Text>
  );
}

const jenjangLabel = (t: TFunction, j: string) => ((JENJANG_FUNGSIONAL as readonly string[]).includes(j) ? t(`jenjang.${j as JenjangFungsional}`) : j);

function JenisJabatan({ j }: { j: JabatanItem }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t(`jenisJabatan.${j.jenis}`)}
      {j.jenjang ? ` · ${jenjangLabel(t, j.jenjang)}` : ''}
      {j.kelasJabatan ? ` · ${t('jabatan.kelasSingkat', { kelas: j.kelasJabatan })}` : ''}
    </Text>
  );
}

/** Jabatan with filters (unit with its sub-units, jenis, vacancy) and, for the admin, create and edit. */
export function JabatanList({ readOnly, pageSize = 25 }: { readOnly: boolean; pageSize?: number }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const { q, page, text, setText, setPage } = useListParams();
  const { values, setFilter } = useUrlFilters(['unit', 'jenis', 'lowong'] as const, { jenis: JENIS_JABATAN, lowong: ['ya'] });
  const units = useUnitPilihan();
  const query = useJabatanList({
    q: q || undefined,
    unitId: values.unit,
    termasukSubunit: values.unit ? true : undefined,
    jenis: values.jenis,
    lowong: values.lowong ? true : undefined,
    page,
    pageSize,
  });
  const [form, setForm] = useState<{ jabatan: JabatanItem | null } | null>(null);
  const items = query.data?.items ?? [];

  const ubah = (j: JabatanItem) =>
    readOnly ? null : (
      <Tooltip label={t('jabatan.ubah')}>
        <ActionIcon variant="subtle" onClick={() => setForm({ jabatan: j })} aria-label={t('jabatan.ubahNama', { nama: j.nama })} data-testid="jabatan-ubah">
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
    );

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <div style={{ flex: '1 1 18rem', maxWidth: 480 }}>
          <SearchBox value={text} onChange={setText} placeholder={t('jabatan.cari')} label={t('jabatan.cariLabel')} busy={query.isFetching && !query.isPending} testId="jabatan-cari" />
        </div>
        {!readOnly ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ jabatan: null })} data-testid="jabatan-tambah" ml="auto">
            {t('jabatan.tambah')}
          </Button>
        ) : null}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('jabatan.filterUnit')}
          placeholder={t('jabatan.semuaUnit')}
          data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.jalurNama.length ? `${u.nama} — ${u.jalurNama[0]}` : u.nama }))}
          value={values.unit ?? null}
          onChange={(v) => setFilter('unit', v)}
          searchable
          clearable
          limit={50}
          nothingFoundMessage={t('komponen.tidakAdaPilihan')}
          style={{ flex: '1 1 18rem', maxWidth: 420 }}
          data-testid="jabatan-filter-unit"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('jabatan.jenis')}
          placeholder={t('jabatan.semuaJenis')}
          data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) }))}
          value={values.jenis ?? null}
          onChange={(v) => setFilter('jenis', v)}
          clearable
          w={220}
          data-testid="jabatan-filter-jenis"
          comboboxProps={{ withinPortal: true }}
        />
        <Switch label={t('jabatan.hanyaLowong')} checked={!!values.lowong} onChange={(e) => setFilter('lowong', e.currentTarget.checked ? 'ya' : null)} mb={8} data-testid="jabatan-filter-lowong" />
      </Group>

      {query.isPending ? (
        <LoadingView />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Card data-testid="jabatan-kosong">
          <Group gap="sm" c="dimmed">
            <IconBriefcase size={22} />
            <Text>{t('jabatan.kosong')}</Text>
          </Group>
        </Card>
      ) : (
        <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
          {wide ? (
            <Card padding={0}>
              <Table.ScrollContainer minWidth={860}>
                <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="jabatan-list">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('jabatan.nama')}</Table.Th>
                      <Table.Th>{t('jabatan.jenis')}</Table.Th>
                      <Table.Th>{t('jabatan.unit')}</Table.Th>
                      <Table.Th>{t('jabatan.atasan')}</Table.Th>
                      <Table.Th>{t('jabatan.pemangkuJudul')}</Table.Th>
                      {!readOnly ? <Table.Th aria-label={t('jabatan.ubah')} /> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((j) => (
                      <Table.Tr key={j.id} data-testid="jabatan-item" data-id={j.id}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={600}>
                              {j.nama}
                            </Text>
                            {j.kepalaUnit ? (
                              <Badge size="xs" variant="light">
                                {t('jabatan.kepala')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <JenisJabatan j={j} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{j.unit}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c={j.atasanJabatan ? undefined : 'dimmed'}>
                            {j.atasanJabatan ?? t('umum.kosong')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Pemangku j={j} />
                        </Table.Td>
                        {!readOnly ? <Table.Td ta="right">{ubah(j)}</Table.Td> : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ) : (
            <Stack gap="xs" data-testid="jabatan-list">
              {items.map((j) => (
                <Card key={j.id} padding="sm" data-testid="jabatan-item" data-id={j.id}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm" lh={1.3}>
                        {j.nama}
                      </Text>
                      <JenisJabatan j={j} />
                      <Text size="xs" c="dimmed">
                        {j.unit}
                        {j.atasanJabatan ? ` · ${t('jabatan.diBawah', { nama: j.atasanJabatan })}` : ''}
                      </Text>
                      <Group gap={6}>
                        {j.kepalaUnit ? (
                          <Badge size="xs" variant="light">
                            {t('jabatan.kepala')}
                          </Badge>
                        ) : null}
                        <Pemangku j={j} />
                      </Group>
                    </Stack>
                    {ubah(j)}
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
          <ListPagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
        </div>
      )}

      {form ? <JabatanFormModal key={form.jabatan?.id ?? 'baru'} opened jabatan={form.jabatan} unitAwal={values.unit} onClose={() => setForm(null)} /> : null}
    </Stack>
  );
}
