import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page buttons plus "1–25 dari 312"; renders nothing while there is nothing to page. */
export function ListPagination({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" data-testid="pagination-info">
        {t('umum.rentang', { from, to, total })}
      </Text>
      {pages > 1 ? (
        <Pagination total={pages} value={page} onChange={onChange} size="sm" siblings={1} boundaries={1} data-testid="pagination" />
      ) : null}
    </Group>
  );
}
