import { Box, Button, Collapse, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, type UraianNilai } from '../../../../../domain/berakhlak.ts';
import type { SkpDetail } from '../api/get-skp.ts';

function KartuNilai({ nilai, ekspektasi, lebar }: { nilai: UraianNilai; ekspektasi: string | null; lebar: boolean }) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  const panduanTampil = lebar || buka;
  return (
    <Paper withBorder p="sm" data-testid={`skp-nilai-${nilai.kode}`}>
      <Stack gap={6}>
        <Text fw={700}>{nilai.nama}</Text>
        <Text size="sm" c="dimmed">
          {nilai.definisi}
        </Text>
        {!lebar ? (
          <Button
            variant="subtle"
            size="compact-sm"
            px={0}
            justify="flex-start"
            rightSection={buka ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={() => setBuka((b) => !b)}
            aria-expanded={buka}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('skp.perilaku.panduan')}
          </Button>
        ) : (
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('skp.perilaku.panduan')}
          </Text>
        )}
        <Collapse expanded={panduanTampil}>
          <List size="sm" spacing={2} withPadding>
            {nilai.panduan.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Collapse>
        <Box
          p="xs"
          bg={ekspektasi ? 'cendana.0' : 'gray.0'}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          data-testid={`skp-ekspektasi-${nilai.kode}`}
          data-ada={ekspektasi ? 'ya' : 'tidak'}
        >
          <Text size="xs" fw={600} c="dimmed">
            {t('skp.perilaku.ekspektasi')}
          </Text>
          {ekspektasi ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {ekspektasi}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              {t('skp.perilaku.belumAda')}
            </Text>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}

/**
 * Perilaku kerja: the 7 BerAKHLAK values with their definition and 3 panduan perilaku (folded on a phone) and the
 * penilai's ekspektasi khusus per value. The values are quoted in their official Indonesian wording.
 */
export function PerilakuKerja({ ekspektasi }: { ekspektasi: SkpDetail['ekspektasi'] }) {
  const { t } = useTranslation();
  const lebar = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const per = new Map(ekspektasi.map((e) => [e.nilai, e.ekspektasi]));
  return (
    <Stack gap="sm" data-testid="skp-berakhlak" component="section" aria-labelledby="skp-berakhlak-judul">
      <Stack gap={2}>
        <Title order={2} fz="lg" id="skp-berakhlak-judul">
          {t('skp.perilaku.judul')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('skp.perilaku.ket')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm">
        {BERAKHLAK.map((n) => (
          <KartuNilai key={n.kode} nilai={n} ekspektasi={per.get(n.kode)?.trim() || null} lebar={lebar} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
