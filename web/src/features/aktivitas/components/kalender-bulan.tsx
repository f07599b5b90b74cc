import { Box, Group, Paper, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RekapBulan, RekapHari } from '../api/get-rekap.ts';
import { TARGET_MENIT_HARIAN, formatMenit } from './format.ts';

const HARI_ID = ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'];
const HARI_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

type Keadaan = 'libur' | 'kosong' | 'kurang' | 'cukup' | 'menunggu' | 'nanti';

function keadaanHari(h: RekapHari, hariIni: string, targetHarian: number): Keadaan {
  if (!h.hariKerja) return 'libur';
  if (h.tanggal > hariIni) return 'nanti';
  if (h.jumlah === 0) return 'kosong';
  if (h.menitDisetujui >= targetHarian) return 'cukup';
  if (h.menitBelumDisetujui > 0) return 'menunggu';
  return 'kurang';
}

const WARNA: Record<Keadaan, { bg: string; bar: string }> = {
  libur: { bg: 'var(--mantine-color-gray-1)', bar: 'var(--mantine-color-gray-4)' },
  kosong: { bg: 'var(--mantine-color-red-0)', bar: 'var(--mantine-color-red-5)' },
  kurang: { bg: 'var(--mantine-color-orange-0)', bar: 'var(--mantine-color-orange-5)' },
  menunggu: { bg: 'var(--mantine-color-blue-0)', bar: 'var(--mantine-color-blue-5)' },
  cukup: { bg: 'var(--mantine-color-teal-0)', bar: 'var(--mantine-color-teal-6)' },
  nanti: { bg: 'transparent', bar: 'transparent' },
};

/**
 * A month as a calendar: per day the minutes approved (a bar against the day's target), waiting minutes, holidays
 * in grey, and working days without any entry in red — the empty days are what an atasan looks for first.
 */
export function KalenderBulan({ rekap, hariIni, dipilih, onPilih }: { rekap: RekapBulan; hariIni: string; dipilih?: string; onPilih?: (tanggal: string) => void }) {
  const { t, i18n } = useTranslation();
  const j = t('aktivitas.jamSingkat');
  const first = rekap.hari[0];
  // Monday-first grid: blank cells before the 1st
  const offset = first ? (new Date(`${first.tanggal}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  const hariKerja = rekap.hari.filter((h) => h.hariKerja).length;
  const targetHarian = hariKerja > 0 ? Math.round(rekap.targetMenit / hariKerja) : TARGET_MENIT_HARIAN;
  const kosong = rekap.hari.filter((h) => keadaanHari(h, hariIni, targetHarian) === 'kosong').length;
  return (
    <Stack gap="xs" data-testid="kalender-bulan" data-bulan={rekap.bulan}>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {(i18n.language === 'en' ? HARI_EN : HARI_ID).map((h) => (
          <Text key={h} size="xs" c="dimmed" ta="center" fw={600}>
            {h}
          </Text>
        ))}
        {Array.from({ length: offset }, (_, i) => (
          <Box key={`k${i}`} />
        ))}
        {rekap.hari.map((h) => {
          const k = keadaanHari(h, hariIni, targetHarian);
          const w = WARNA[k];
          const isi = (
            <UnstyledButton
              onClick={onPilih ? () => onPilih(h.tanggal) : undefined}
              disabled={!onPilih}
              w="100%"
              data-testid="kalender-hari"
              data-tanggal={h.tanggal}
              data-keadaan={k}
              data-menit={h.menitDisetujui}
              aria-label={`${h.tanggal}: ${t(`aktivitas.kalender.${k}`)}${h.jumlah ? `, ${formatMenit(h.menitDisetujui, j)}` : ''}`}
              aria-current={h.tanggal === hariIni ? 'date' : undefined}
            >
              <Paper
                p={4}
                radius="sm"
                mih={54}
                style={{
                  background: w.bg,
                  outline: h.tanggal === dipilih ? '2px solid var(--mantine-color-kupang-7)' : h.tanggal === hariIni ? '1px dashed var(--mantine-color-kupang-5)' : undefined,
                }}
              >
                <Stack gap={2} align="stretch">
                  <Text size="xs" fw={h.tanggal === hariIni ? 800 : 600} c={k === 'libur' ? 'dimmed' : undefined}>
                    {Number(h.tanggal.slice(8))}
                  </Text>
                  {h.hariKerja && k !== 'nanti' ? (
                    <Box h={4} bg="gray.2" style={{ borderRadius: 2, overflow: 'hidden' }}>
                      <Box h={4} w={`${Math.min(100, (h.menitDisetujui / targetHarian) * 100)}%`} style={{ background: w.bar }} />
                    </Box>
                  ) : null}
                  {h.jumlah > 0 ? (
                    <Text size="10px" c="dimmed" lh={1.1} truncate="end">
                      {Math.round(h.menitDisetujui / 6) / 10}
                      {j}
                      {h.perluTindakan > 0 ? ' •' : ''}
                    </Text>
                  ) : null}
                </Stack>
              </Paper>
            </UnstyledButton>
          );
          return h.libur ? (
            <Tooltip key={h.tanggal} label={h.libur} events={{ hover: true, focus: true, touch: true }}>
              {isi}
            </Tooltip>
          ) : (
            <Box key={h.tanggal}>{isi}</Box>
          );
        })}
      </SimpleGrid>
      <Group gap="md" wrap="wrap">
        {(['cukup', 'menunggu', 'kurang', 'kosong', 'libur'] as const).map((k) => (
          <Group key={k} gap={4} wrap="nowrap">
            <Box w={10} h={10} style={{ background: WARNA[k].bar, borderRadius: 2 }} />
            <Text size="xs" c="dimmed">
              {t(`aktivitas.kalender.${k}`)}
              {k === 'kosong' && kosong > 0 ? ` (${kosong})` : ''}
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
