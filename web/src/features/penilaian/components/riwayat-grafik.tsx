// A small step chart of the predikat over time (inline SVG, no chart library): the periodic predikat joined by a step
// line, the tahunan ones as squares (DOMAIN.md §2.3: the annual evaluation is its own assessment — not a point on the
// periodic line). Best predikat at the top. Wide histories scroll sideways on a phone.
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PREDIKAT, type Predikat } from '../../../../../domain/predikat.ts';
import type { PenilaianRiwayat } from '../api/get-riwayat.ts';
import { WARNA_PREDIKAT } from '../../../components/ui/warna-penilaian.ts';
import { labelSingkat, tingkatPredikat } from './riwayat-format.ts';

const KIRI = 108;
const ATAS = 12;
const BARIS = 26;
const LANGKAH = 52;
const BAWAH = 30;

type Titik = { item: PenilaianRiwayat; predikat: Predikat; x: number; y: number };

export function RiwayatGrafik({ items }: { items: PenilaianRiwayat[] }) {
  const { t } = useTranslation();
  const dinilai = items
    .filter((i): i is PenilaianRiwayat & { predikat: Predikat } => i.predikat !== null)
    .sort((a, b) => a.tanggalSelesai.localeCompare(b.tanggalSelesai) || Number(a.periode.jenis === 'tahunan') - Number(b.periode.jenis === 'tahunan'));
  if (dinilai.length === 0) return null;
  const y = (p: Predikat) => ATAS + (PREDIKAT.length - 1 - tingkatPredikat(p)) * BARIS;
  const titik: Titik[] = dinilai.map((item, n) => ({ item, predikat: item.predikat, x: KIRI + LANGKAH / 2 + n * LANGKAH, y: y(item.predikat) }));
  const periodik = titik.filter((p) => p.item.periode.jenis !== 'tahunan');
  const garis = periodik.map((p, n) => (n === 0 ? `M ${p.x} ${p.y}` : `H ${p.x} V ${p.y}`)).join(' ');
  const lebar = KIRI + titik.length * LANGKAH + 8;
  const tinggi = ATAS + (PREDIKAT.length - 1) * BARIS + BAWAH;
  const nama = (p: Predikat) => t(`tindakLanjut.predikat.${p}`);
  return (
    <Box>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {t('riwayat.grafik.judul')}
        </Text>
        <Group gap="sm">
          <Group gap={4}>
            <svg width="14" height="10" aria-hidden>
              <circle cx="7" cy="5" r="4" fill="var(--mantine-color-blue-6)" />
            </svg>
            <Text size="xs" c="dimmed">
              {t('riwayat.grafik.periodik')}
            </Text>
          </Group>
          <Group gap={4}>
            <svg width="14" height="10" aria-hidden>
              <rect x="3" y="1" width="8" height="8" fill="var(--mantine-color-grape-6)" />
            </svg>
            <Text size="xs" c="dimmed">
              {t('riwayat.grafik.tahunan')}
            </Text>
          </Group>
        </Group>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <svg viewBox={`0 0 ${lebar} ${tinggi}`} width={lebar} height={tinggi} style={{ maxWidth: 'none', display: 'block' }} role="img" aria-label={t('riwayat.grafik.label')} data-testid="riwayat-grafik">
          {PREDIKAT.map((p) => (
            <g key={p}>
              <line x1={KIRI} x2={lebar - 4} y1={y(p)} y2={y(p)} stroke="var(--mantine-color-gray-3)" strokeDasharray="3 3" />
              <text x={KIRI - 6} y={y(p) + 4} textAnchor="end" fontSize="10" fill="var(--mantine-color-gray-7)">
                {nama(p)}
              </text>
            </g>
          ))}
          {periodik.length > 1 ? <path d={garis} fill="none" stroke="var(--mantine-color-blue-5)" strokeWidth="2" /> : null}
          {titik.map((p) => {
            const warna = `var(--mantine-color-${WARNA_PREDIKAT[p.predikat]}-6)`;
            const label = `${p.item.periode.nama}: ${nama(p.predikat)}`;
            return (
              <g key={p.item.penilaianId} data-testid="riwayat-grafik-titik" data-predikat={p.predikat} data-jenis={p.item.periode.jenis}>
                {p.item.periode.jenis === 'tahunan' ? (
                  <rect x={p.x - 6} y={p.y - 6} width="12" height="12" fill={warna} stroke="var(--mantine-color-grape-7)" strokeWidth="2">
                    <title>{label}</title>
                  </rect>
                ) : (
                  <circle cx={p.x} cy={p.y} r="6" fill={warna} stroke="white" strokeWidth="2">
                    <title>{label}</title>
                  </circle>
                )}
                <text x={p.x} y={tinggi - 10} textAnchor="middle" fontSize="10" fill="var(--mantine-color-gray-7)">
                  {labelSingkat(t, p.item)}
                </text>
              </g>
            );
          })}
        </svg>
      </Box>
    </Box>
  );
}
