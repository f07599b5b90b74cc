import { Anchor, Box, Card, Collapse, List, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, type NilaiBerakhlak, type UraianNilai } from '../../../../../domain/berakhlak.ts';
import type { PerilakuPenilaian } from '../api/get-penilaian.ts';

function KartuNilai({ nilai, ekspektasi, umpanBalik, onUbah, bisaUbah }: { nilai: UraianNilai; ekspektasi: string | null; umpanBalik: string; onUbah: (teks: string) => void; bisaUbah: boolean }) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  return (
    <Card padding="sm" withBorder data-testid={`perilaku-${nilai.kode}`}>
      <Stack gap={6}>
        <Text fw={700}>{nilai.nama}</Text>
        <Text size="sm" c="dimmed">
          {nilai.definisi}
        </Text>
        <Anchor component="button" type="button" size="xs" onClick={() => setBuka((b) => !b)} aria-expanded={buka} style={{ alignSelf: 'flex-start' }}>
          {buka ? t('penilaianPenilai.perilaku.panduanLipat') : t('penilaianPenilai.perilaku.panduan')}
        </Anchor>
        <Collapse expanded={buka}>
          <List size="sm" spacing={2} withPadding>
            {nilai.panduan.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Collapse>
        <Box p="xs" bg={ekspektasi ? 'cendana.0' : 'gray.0'} style={{ borderRadius: 'var(--mantine-radius-sm)' }} data-testid={`perilaku-ekspektasi-${nilai.kode}`} data-ada={ekspektasi ? 'ya' : 'tidak'}>
          <Text size="xs" fw={600} c="dimmed">
            {t('penilaianPenilai.perilaku.ekspektasi')}
          </Text>
          {ekspektasi ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {ekspektasi}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              {t('penilaianPenilai.perilaku.tanpaEkspektasi')}
            </Text>
          )}
        </Box>
        {bisaUbah ? (
          <Textarea
            label={t('penilaianPenilai.perilaku.umpanBalik')}
            value={umpanBalik}
            onChange={(e) => onUbah(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid={`perilaku-umpan-balik-${nilai.kode}`}
          />
        ) : umpanBalik.trim() ? (
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed">
              {t('penilaianPenilai.perilaku.umpanBalik')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={`perilaku-umpan-balik-${nilai.kode}`}>
              {umpanBalik}
            </Text>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * Perilaku kerja (DOMAIN.md §2.3; UU 20/2023 core values): the 7 BerAKHLAK values in their official wording, the SKP's
 * ekspektasi khusus pimpinan per value, and the penilai's umpan balik per value.
 */
export function PenilaiPerilaku({
  perilaku,
  umpanBalik,
  onUbah,
  bisaUbah,
}: {
  perilaku: PerilakuPenilaian[];
  umpanBalik: Record<string, string>;
  onUbah: (nilai: NilaiBerakhlak, teks: string) => void;
  bisaUbah: boolean;
}) {
  const ekspektasi = new Map(perilaku.map((p) => [p.nilai, p.ekspektasi?.trim() || null]));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm">
      {BERAKHLAK.map((n) => (
        <KartuNilai key={n.kode} nilai={n} ekspektasi={ekspektasi.get(n.kode) ?? null} umpanBalik={umpanBalik[n.kode] ?? ''} onUbah={(teks) => onUbah(n.kode, teks)} bisaUbah={bisaUbah} />
      ))}
    </SimpleGrid>
  );
}
