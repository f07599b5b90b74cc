import { Alert, Badge, Button, Card, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditPage } from '../../../../../contracts/audit.ts';
import { ListPagination } from '../../../components/ui/list-pagination.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { useListParams } from '../../../hooks/use-list-params.ts';
import { formatWaktu } from '../../../utils/format.ts';
import { useAuditList } from '../api/get-audit-list.ts';
import { useAuditVerifikasi } from '../api/get-audit-verifikasi.ts';

type Entry = AuditPage['items'][number];

/** A compact one-line rendering of an entry's free-form summary. */
function ringkas(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
      .join(' · ');
  }
  return JSON.stringify(value);
}

/** "Is the chain intact?" — green with the number of entries, or red with the first broken entry. */
export function AuditVerifikasiPanel() {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const [requested, setRequested] = useState(false);
  const query = useAuditVerifikasi({ enabled: requested });
  const result = query.data;

  return (
    <Card data-testid="audit-verifikasi">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Button
            leftSection={<IconShieldCheck size={18} />}
            loading={query.isFetching}
            onClick={() => (requested ? void query.refetch() : setRequested(true))}
            data-testid="audit-verifikasi-button"
          >
            {t('audit.verifikasi')}
          </Button>
        </Group>
        {query.isError ? <ErrorAlert error={query.error} /> : null}
        {result && !query.isFetching ? (
          result.utuh ? (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCircleCheck size={22} />}
              title={t('audit.utuh', { count: result.jumlahEntri })}
              data-testid="audit-verifikasi-hasil"
              data-status="utuh"
            >
              <Text size="xs" c="dimmed">
                {t('audit.diperiksaPada', { waktu: formatWaktu(result.diperiksaPada, bahasa) })}
              </Text>
            </Alert>
          ) : (
            <Alert
              color="red"
              variant="light"
              icon={<IconShieldX size={22} />}
              title={t('audit.rusak')}
              data-testid="audit-verifikasi-hasil"
              data-status="rusak"
              role="alert"
            >
              <Stack gap={4}>
                {result.rusakPertama ? (
                  <>
                    <Text size="sm" fw={600}>
                      {t('audit.rusakPertama', {
                        seq: result.rusakPertama.seq,
                        waktu: formatWaktu(result.rusakPertama.waktu, bahasa),
                        aksi: result.rusakPertama.aksi,
                      })}
                    </Text>
                    <Text size="sm">{t('audit.alasan', { alasan: result.rusakPertama.alasan })}</Text>
                  </>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('audit.diperiksaPada', { waktu: formatWaktu(result.diperiksaPada, bahasa) })}
                </Text>
              </Stack>
            </Alert>
          )
        ) : null}
      </Stack>
    </Card>
  );
}

function EntryCards({ items }: { items: Entry[] }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  return (
    <Stack gap="xs" data-testid="audit-list">
      {items.map((e) => (
        <Card key={e.seq} padding="sm" data-testid="audit-item" data-seq={e.seq}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Badge variant="light" radius="sm" style={{ textTransform: 'none' }}>
                {e.aksi}
              </Badge>
              <Text size="xs" c="dimmed">
                #{e.seq}
              </Text>
            </Group>
            <Text size="sm">
              {e.aktorNama ?? t('audit.sistem')} · {e.entitas}
            </Text>
            {ringkas(e.ringkasan) ? (
              <Text size="xs" c="dimmed" lineClamp={3} style={{ wordBreak: 'break-word' }}>
                {ringkas(e.ringkasan)}
              </Text>
            ) : null}
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {formatWaktu(e.waktu, bahasa)}
              </Text>
              <Code fz={11}>{e.hash.slice(0, 12)}</Code>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function EntryTable({ items }: { items: Entry[] }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="xs" horizontalSpacing="md" data-testid="audit-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.seq')}</Table.Th>
              <Table.Th>{t('audit.waktu')}</Table.Th>
              <Table.Th>{t('audit.aktor')}</Table.Th>
              <Table.Th>{t('audit.aksi')}</Table.Th>
              <Table.Th>{t('audit.entitas')}</Table.Th>
              <Table.Th>{t('audit.ringkasan')}</Table.Th>
              <Table.Th>{t('audit.hash')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.seq} data-testid="audit-item" data-seq={e.seq}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {e.seq}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatWaktu(e.waktu, bahasa)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.aktorNama ?? t('audit.sistem')}</Text>
                </Table.Td>
                <Table.Td>
                  <Code>{e.aksi}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.entitas}</Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="xs" c="dimmed" lineClamp={2} title={ringkas(e.ringkasan)} style={{ wordBreak: 'break-word' }}>
                    {ringkas(e.ringkasan) || t('umum.kosong')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code fz={11} title={e.hash}>
                    {e.hash.slice(0, 12)}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The hash-chained audit log, newest first, paginated. */
export function AuditLog({ pageSize = 25 }: { pageSize?: number }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const { page, setPage } = useListParams();
  const query = useAuditList({ page, pageSize });

  if (query.isPending) return <LoadingView />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return (
      <Card data-testid="audit-kosong">
        <Text c="dimmed">{t('audit.kosong')}</Text>
      </Card>
    );
  }
  return (
    <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
      {wide ? <EntryTable items={query.data.items} /> : <EntryCards items={query.data.items} />}
      <ListPagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
    </div>
  );
}
