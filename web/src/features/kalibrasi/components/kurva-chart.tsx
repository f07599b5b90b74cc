import { Box, Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Predikat } from '../../../../../domain/predikat.ts';
import { jumlahSebaran, persen, URUTAN_KURVA, WARNA_PREDIKAT, warnaCss, type BatasKurva, type Sebaran } from './format.ts';

const KIRI = 30;
const KANAN = 10;
const ATAS = 24;
const TINGGI_PLOT = 190;
const BAWAH = 58;
/** the extra row under the counts that names each bound's value */
const BARIS_BATAS = 18;
const WARNA_TERPENUHI = warnaCss('teal.8');
const WARNA_GAGAL = warnaCss('red.7');
const WARNA_PEMBANDING = warnaCss('gray.6');

/** 1, 2, 5, 10, 20, 50 … : the smallest "round" step of at least `x`. */
function langkahBulat(x: number): number {
  const pangkat = 10 ** Math.floor(Math.log10(Math.max(1, x)));
  for (const k of [1, 2, 5, 10]) if (k * pangkat >= x) return k * pangkat;
  return 10 * pangkat;
}

/** A label in at most two lines, broken at the space or slash nearest the middle ("Butuh / Perbaikan"). */
function barisLabel(label: string, maks: number): string[] {
  if (label.length <= maks) return [label];
  let terbaik: [string, string] | null = null;
  for (let i = 1; i < label.length - 1; i += 1) {
    const c = label[i];
    if (c !== ' ' && c !== '/') continue;
    const kiri = c === '/' ? label.slice(0, i + 1) : label.slice(0, i);
    const kanan = label.slice(i + 1);
    if (!terbaik || Math.max(kiri.length, kanan.length) < Math.max(terbaik[0].length, terbaik[1].length)) terbaik = [kiri, kanan];
  }
  return terbaik ?? [label];
}

function skalaY(nilaiMaks: number) {
  const langkah = langkahBulat(Math.max(1, nilaiMaks) / 4);
  const puncak = Math.max(langkah, Math.ceil(Math.max(1, nilaiMaks) / langkah) * langkah);
  const y = (v: number) => ATAS + TINGGI_PLOT - (v / puncak) * TINGGI_PLOT;
  const tanda = Array.from({ length: Math.round(puncak / langkah) + 1 }, (_, i) => i * langkah);
  return { y, tanda };
}

type Props = {
  sebaran: Sebaran;
  /** the bounds of the predikat organisasi, drawn over the bars (none: a plain distribution chart) */
  batas?: readonly BatasKurva[];
  /** the real distribution, drawn as dashed outlines while a what-if distribution is shown */
  pembanding?: Sebaran | null;
  judul: string;
  testId: string;
};

/**
 * The pola distribusi of a unit (or the city) as inline SVG: one bar per predikat, worst to best as in the official
 * curve, and each bound of the predikat organisasi as a line at the count allowed (≤, maks) or required (≥, min) —
 * teal when met, red when not, with the bars concerned outlined in red — so a deviation is seen at a glance. A bound
 * over two predikat (e.g. "Butuh Perbaikan + Kurang ≥ 1") spans both bars with a dashed box of their sum. Drawn in
 * pixels of the measured width so the text stays legible on a phone.
 */
export function KurvaChart({ sebaran, batas = [], pembanding = null, judul, testId }: Props) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const lebar = Math.max(280, Math.round(width || 560));
  const sempit = lebar < 460;
  const huruf = sempit ? 10 : 12;
  const kolom = (lebar - KIRI - KANAN) / URUTAN_KURVA.length;
  const lebarBatang = Math.min(64, kolom * 0.58);
  const n = jumlahSebaran(sebaran);
  const nilaiMaks = Math.max(...URUTAN_KURVA.map((p) => Math.max(sebaran[p], pembanding?.[p] ?? 0)), ...batas.map((b) => Math.max(b.batasJumlah, b.jumlah)));
  const { y, tanda } = skalaY(nilaiMaks);
  const dasar = y(0);
  const tengah = (i: number) => KIRI + kolom * (i + 0.5);
  const gagal = new Set<Predikat>(batas.filter((b) => !b.terpenuhi).flatMap((b) => b.predikat));
  const label = (p: Predikat) => t(`kalibrasi.predikat.${p}`);
  const rincian = URUTAN_KURVA.map((p) => `${label(p)} ${sebaran[p]}`).join(', ');
  const adaGabungan = batas.some((b) => b.predikat.length > 1);
  const tinggi = ATAS + TINGGI_PLOT + BAWAH + (batas.length > 0 ? BARIS_BATAS : 0);

  return (
    <Box ref={ref} w="100%">
      <svg width={lebar} height={tinggi} viewBox={`0 0 ${lebar} ${tinggi}`} role="img" aria-label={`${judul}: ${rincian}`} data-testid={testId} data-n={n} style={{ display: 'block', maxWidth: '100%', overflow: 'visible' }}>
        <title>{`${judul}: ${rincian}`}</title>
        {tanda.map((v) => (
          <g key={v}>
            <line x1={KIRI} x2={lebar - KANAN} y1={y(v)} y2={y(v)} stroke="var(--mantine-color-default-border)" strokeWidth={1} strokeDasharray={v === 0 ? undefined : '2 4'} />
            <text x={KIRI - 6} y={y(v) + 4} textAnchor="end" fontSize={huruf - 1} fill="var(--mantine-color-dimmed)">
              {v}
            </text>
          </g>
        ))}
        {URUTAN_KURVA.map((p, i) => {
          const x = tengah(i) - lebarBatang / 2;
          const baris = barisLabel(label(p), sempit ? 9 : 14);
          return (
            <g key={p} data-predikat={p} data-jumlah={sebaran[p]}>
              {sebaran[p] > 0 ? (
                <rect x={x} y={y(sebaran[p])} width={lebarBatang} height={dasar - y(sebaran[p])} rx={3} fill={warnaCss(WARNA_PREDIKAT[p])} stroke={gagal.has(p) ? WARNA_GAGAL : 'none'} strokeWidth={gagal.has(p) ? 2.5 : 0} />
              ) : null}
              {pembanding && pembanding[p] > 0 ? (
                <rect x={x - 3} y={y(pembanding[p])} width={lebarBatang + 6} height={dasar - y(pembanding[p])} rx={3} fill="none" stroke={WARNA_PEMBANDING} strokeWidth={1.5} strokeDasharray="4 3" />
              ) : null}
              {baris.map((teks, j) => (
                <text key={teks} x={tengah(i)} y={dasar + 15 + j * (huruf + 2)} textAnchor="middle" fontSize={huruf} fill="var(--mantine-color-text)">
                  {teks}
                </text>
              ))}
              <text x={tengah(i)} y={dasar + 17 + 2 * (huruf + 2)} textAnchor="middle" fontSize={huruf} fontWeight={700} fill="var(--mantine-color-text)">
                {sebaran[p]}
                {n > 0 ? ` (${persen(sebaran[p], n)}%)` : ''}
              </text>
            </g>
          );
        })}
        {batas.map((b) => (
          <GarisBatas key={`${b.jenis}-${b.predikat.join('+')}`} b={b} y={y} tengah={tengah} lebarBatang={lebarBatang} dasar={dasar} huruf={huruf} />
        ))}
      </svg>
      <Legenda batas={batas.length > 0} gabungan={adaGabungan} pembanding={!!pembanding} />
    </Box>
  );
}

function GarisBatas({ b, y, tengah, lebarBatang, dasar, huruf }: { b: BatasKurva; y: (v: number) => number; tengah: (i: number) => number; lebarBatang: number; dasar: number; huruf: number }) {
  const idx = b.predikat.map((p) => URUTAN_KURVA.indexOf(p));
  const x1 = tengah(Math.min(...idx)) - lebarBatang / 2 - 7;
  const x2 = tengah(Math.max(...idx)) + lebarBatang / 2 + 7;
  // "no Sangat Baik at all" lies on the axis: lift it so it stays visible
  const yGaris = Math.min(y(b.batasJumlah), dasar - 2);
  const warna = b.terpenuhi ? WARNA_TERPENUHI : WARNA_GAGAL;
  const tanda = b.jenis === 'maks' ? '≤' : '≥';
  return (
    <g data-jenis={b.jenis} data-terpenuhi={b.terpenuhi ? 'true' : 'false'} data-batas={b.batasJumlah}>
      {b.predikat.length > 1 ? (
        <>
          <rect x={x1 + 4} y={y(b.jumlah)} width={x2 - x1 - 8} height={dasar - y(b.jumlah)} fill="none" stroke="var(--mantine-color-text)" strokeWidth={1.2} strokeDasharray="5 3" />
          <text x={x1 + 6} y={y(b.jumlah) - 4} fontSize={huruf - 1} fill="var(--mantine-color-text)" stroke="var(--mantine-color-body)" strokeWidth={3} paintOrder="stroke">
            Σ {b.jumlah}
          </text>
        </>
      ) : null}
      <line x1={x1} x2={x2} y1={yGaris} y2={yGaris} stroke={warna} strokeWidth={3} strokeLinecap="round" />
      {/* the bound's value sits in its own row under the counts, where no bar can hide it */}
      <text x={(x1 + x2) / 2} y={dasar + 21 + 3 * (huruf + 2)} textAnchor="middle" fontSize={huruf} fontWeight={700} fill={warna}>
        {tanda} {b.batasJumlah} {b.terpenuhi ? '✓' : '✕'}
      </text>
    </g>
  );
}

function ItemLegenda({ tanda, children }: { tanda: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      {tanda}
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

const garis = (warna: string, putus = false) => (
  <svg width={18} height={10} aria-hidden>
    <line x1={1} x2={17} y1={5} y2={5} stroke={warna} strokeWidth={putus ? 1.5 : 3} strokeDasharray={putus ? '4 3' : undefined} strokeLinecap="round" />
  </svg>
);

function Legenda({ batas, gabungan, pembanding }: { batas: boolean; gabungan: boolean; pembanding: boolean }) {
  const { t } = useTranslation();
  if (!batas && !pembanding) return null;
  return (
    <Group gap="md" mt={4} style={{ rowGap: 4 }}>
      {batas ? (
        <>
          <ItemLegenda tanda={garis(WARNA_TERPENUHI)}>{t('kalibrasi.kurva.legenda.terpenuhi')}</ItemLegenda>
          <ItemLegenda tanda={garis(WARNA_GAGAL)}>{t('kalibrasi.kurva.legenda.gagal')}</ItemLegenda>
          <ItemLegenda tanda={<Text size="xs" fw={700}>≤ ≥</Text>}>{t('kalibrasi.kurva.legenda.tanda')}</ItemLegenda>
        </>
      ) : null}
      {gabungan ? <ItemLegenda tanda={garis('var(--mantine-color-text)', true)}>{t('kalibrasi.kurva.legenda.gabungan')}</ItemLegenda> : null}
      {pembanding ? <ItemLegenda tanda={garis(WARNA_PEMBANDING, true)}>{t('kalibrasi.kurva.legenda.sebenarnya')}</ItemLegenda> : null}
    </Group>
  );
}
