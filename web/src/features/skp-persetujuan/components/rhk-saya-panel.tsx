import { Badge, Box, Button, Card, Collapse, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import type { SkpDetail } from '../api/get-skp.ts';
import { tautan } from './format.ts';
import { DaftarIndikator } from './rhk-tinjau.tsx';

type Props = {
  skpSaya: SkpDetail | undefined;
  /** false while the queue (which names my SKP) or my SKP is still loading */
  siap: boolean;
  error: unknown;
  onRetry: () => void;
  /** how many RHK of the SKP under review intervene each of my RHK */
  dipakai: ReadonlyMap<string, number>;
  /** phone: a panel that folds open; desktop: always open in the side column */
  lipat: boolean;
};

function Isi({ skpSaya, siap, error, onRetry, dipakai }: Omit<Props, 'lipat'>) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!siap) return <LoadingView minHeight={80} />;
  if (!skpSaya) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('skpPersetujuan.tinjau.rhkSayaKosong')}
        </Text>
        <Button component={Link} to={tautan.skpSaya} size="xs" variant="light">
          {t('skpPersetujuan.matriks.buatSkp')}
        </Button>
      </Stack>
    );
  }
  if (skpSaya.rhk.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('skpPersetujuan.matriks.kosongRhk')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {skpSaya.rhk.map((r, i) => {
        const n = dipakai.get(r.id) ?? 0;
        return (
          <Box
            key={r.id}
            p="xs"
            bg={n > 0 ? 'kupang.0' : undefined}
            style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-2)' }}
            data-testid={`tinjau-rhk-saya-${i}`}
            data-dipakai={n}
          >
            <Group gap={6} mb={4} justify="space-between" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <Text size="xs" fw={700} c="kupang.8">
                  {t('skpPersetujuan.matriks.rhkKe', { n: i + 1 })}
                </Text>
                <Badge size="xs" variant="light" color={r.jenis === 'utama' ? 'kupang' : 'cendana'} radius="sm">
                  {t(`skpPersetujuan.jenis.${r.jenis}`)}
                </Badge>
              </Group>
              {n > 0 ? (
                <Badge size="xs" variant="filled" color="kupang" radius="sm" tt="none">
                  {t('skpPersetujuan.tinjau.rhkSayaDipakai', { count: n })}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" fw={500} lh={1.4} mb={4}>
              {r.uraian}
            </Text>
            <DaftarIndikator indikator={r.indikator} ringkas />
          </Box>
        );
      })}
    </Stack>
  );
}

/**
 * The penilai's own RHK beside the bawahan's SKP, so each link "RHK pimpinan yang diintervensi" can be checked
 * against what the penilai planned. RHK used by the SKP under review are marked.
 */
export function RhkSayaPanel({ lipat, ...props }: Props) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  const jumlah = props.skpSaya?.rhk.length;
  const judul = (
    <Group gap="xs" wrap="nowrap">
      <IconListDetails size={18} color="var(--mantine-color-kupang-8)" />
      <Box style={{ minWidth: 0 }}>
        <Text fw={650} size="sm">
          {t('skpPersetujuan.tinjau.rhkSaya')}
          {jumlah !== undefined ? ` (${jumlah})` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {t('skpPersetujuan.tinjau.rhkSayaKet')}
        </Text>
      </Box>
    </Group>
  );
  if (!lipat) {
    return (
      <Card padding="md" data-testid="tinjau-rhk-saya">
        <Stack gap="sm">
          {judul}
          {/* the side column is sticky: a long list scrolls inside it instead of running off the screen */}
          <ScrollArea.Autosize mah="calc(100dvh - 20rem)" type="auto" offsetScrollbars>
            <Isi {...props} />
          </ScrollArea.Autosize>
        </Stack>
      </Card>
    );
  }
  return (
    <Card padding={0} data-testid="tinjau-rhk-saya" data-terbuka={buka}>
      <UnstyledButton onClick={() => setBuka((b) => !b)} p="md" w="100%" aria-expanded={buka} data-testid="tinjau-rhk-saya-toggle">
        <Group justify="space-between" wrap="nowrap">
          {judul}
          {buka ? <IconChevronUp size={18} /> : <IconChevronDown size={18} />}
        </Group>
      </UnstyledButton>
      <Collapse expanded={buka}>
        <Box px="md" pb="md">
          <Isi {...props} />
        </Box>
      </Collapse>
    </Card>
  );
}
