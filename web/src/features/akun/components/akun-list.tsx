import { Alert, Badge, Button, Card, Code, CopyButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconCopy, IconKey, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AkunPage } from '../../../../../contracts/akun.ts';
import { ListPagination } from '../../../components/ui/list-pagination.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { useListParams } from '../../../hooks/use-list-params.ts';
import { formatNip } from '../../../utils/format.ts';
import { useAkunList } from '../api/get-akun-list.ts';
import { useResetPassword } from '../api/reset-password.ts';

type Akun = AkunPage['items'][number];

function StatusBadges({ akun }: { akun: Akun }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge size="sm" variant="dot" color={akun.aktif ? 'teal' : 'gray'} miw="max-content">
        {akun.aktif ? t('akun.aktif') : t('akun.nonaktif')}
      </Badge>
      {akun.terkunci ? (
        <Badge size="sm" color="red" variant="light" miw="max-content" data-testid="akun-terkunci">
          {t('akun.terkunci')}
        </Badge>
      ) : null}
      {akun.harusGantiPassword ? (
        <Badge size="sm" color="orange" variant="light" miw="max-content" data-testid="akun-harus-ganti">
          {t('akun.harusGanti')}
        </Badge>
      ) : null}
    </Group>
  );
}

function PeranBadges({ akun }: { akun: Akun }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {akun.peran.map((p) => (
        <Badge key={p} size="xs" variant="light" radius="sm">
          {t(`peran.${p}`)}
        </Badge>
      ))}
    </Group>
  );
}

function ResetButton({ akun, onClick }: { akun: Akun; onClick: (akun: Akun) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconKey size={14} />}
      onClick={() => onClick(akun)}
      data-testid={`akun-reset-${akun.username}`}
    >
      {t('akun.reset')}
    </Button>
  );
}

/** Accounts with search; an admin resets a forgotten password and hands over the temporary one. */
export function AkunList({ pageSize = 25 }: { pageSize?: number }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const { q, page, text, setText, setPage } = useListParams();
  const query = useAkunList({ q: q || undefined, page, pageSize });
  const [target, setTarget] = useState<Akun | null>(null);
  const reset = useResetPassword();

  const close = () => {
    setTarget(null);
    reset.reset(); // the temporary password must not linger in memory
  };

  const items = query.data?.items ?? [];

  return (
    <Stack gap="md">
      <SearchBox
        value={text}
        onChange={setText}
        placeholder={t('akun.cari')}
        label={t('akun.cariLabel')}
        busy={query.isFetching && !query.isPending}
        testId="akun-cari"
      />
      {query.isPending ? (
        <LoadingView />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Card data-testid="akun-kosong">
          <Text c="dimmed">{t('akun.kosong')}</Text>
        </Card>
      ) : (
        <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {wide ? (
            <Card padding={0}>
              <Table.ScrollContainer minWidth={760}>
                <Table striped verticalSpacing="sm" horizontalSpacing="md" data-testid="akun-list">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('akun.nama')}</Table.Th>
                      <Table.Th>{t('akun.username')}</Table.Th>
                      <Table.Th>{t('akun.peran')}</Table.Th>
                      <Table.Th>{t('akun.status')}</Table.Th>
                      <Table.Th aria-label={t('akun.reset')} />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((akun) => (
                      <Table.Tr key={akun.id} data-testid="akun-item" data-username={akun.username}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {akun.namaTampilan}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                            {formatNip(akun.username)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <PeranBadges akun={akun} />
                        </Table.Td>
                        <Table.Td>
                          <StatusBadges akun={akun} />
                        </Table.Td>
                        <Table.Td ta="right">
                          <ResetButton akun={akun} onClick={setTarget} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ) : (
            <Stack gap="xs" data-testid="akun-list">
              {items.map((akun) => (
                <Card key={akun.id} padding="sm" data-testid="akun-item" data-username={akun.username}>
                  <Stack gap={6}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <IconUserCircle size={22} color="var(--mantine-color-kupang-7)" style={{ flexShrink: 0 }} />
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text fw={600} size="sm">
                          {akun.namaTampilan}
                        </Text>
                        <Text size="xs" ff="monospace" c="dimmed">
                          {formatNip(akun.username)}
                        </Text>
                      </Stack>
                    </Group>
                    <PeranBadges akun={akun} />
                    <StatusBadges akun={akun} />
                    <Group justify="flex-end">
                      <ResetButton akun={akun} onClick={setTarget} />
                    </Group>
                  </Stack>
                </Card>
              ))}
            </Stack>
          )}
          {query.data ? (
            <ListPagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
          ) : null}
        </div>
      )}

      <Modal
        opened={target !== null}
        onClose={close}
        title={reset.data ? t('akun.hasilJudul') : t('akun.resetJudul')}
        centered
        closeOnClickOutside={!reset.data}
      >
        {target && reset.data ? (
          <Stack gap="md" data-testid="reset-hasil">
            <Text size="sm">{t('akun.hasilTeks', { nama: target.namaTampilan, username: formatNip(target.username) })}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code fz="lg" px="md" py="xs" style={{ flex: 1, wordBreak: 'break-all' }} data-testid="reset-password-sementara">
                {reset.data.passwordSementara}
              </Code>
              <CopyButton value={reset.data.passwordSementara}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'filled' : 'light'}
                    color={copied ? 'teal' : undefined}
                    leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    onClick={copy}
                    data-testid="reset-salin"
                  >
                    {copied ? t('umum.tersalin') : t('umum.salin')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Alert color="orange" variant="light">
              {t('akun.hasilCatatan')}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close} data-testid="reset-tutup">
                {t('umum.tutup')}
              </Button>
            </Group>
          </Stack>
        ) : target ? (
          <Stack gap="md" data-testid="reset-konfirmasi">
            <Text size="sm">{t('akun.resetTeks', { nama: target.namaTampilan, username: formatNip(target.username) })}</Text>
            {reset.error ? <ErrorAlert error={reset.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('umum.batal')}
              </Button>
              <Button
                color="orange"
                loading={reset.isPending}
                onClick={() => reset.mutate({ akunId: target.id })}
                data-testid="reset-konfirmasi-ya"
              >
                {t('akun.resetYa')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
