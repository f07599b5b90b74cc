// Small display helpers of the feature: SKP status colours (the same hues as the SKP status badges), the default
// year of a new period, and unit options for pickers (OPDs first, then the units inside them, named with their OPD).
import type { ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import { tanggalWita } from '../../../../../domain/kalender.ts';

/** Monitoring columns, in reading order of the chart: done first, not started last. */
export const KOLOM_STATUS = ['disetujui', 'diajukan', 'dikembalikan', 'draft', 'belumAda'] as const;
export type KolomStatus = (typeof KOLOM_STATUS)[number];

export const WARNA_STATUS: Record<KolomStatus, string> = {
  disetujui: 'teal',
  diajukan: 'blue',
  dikembalikan: 'orange',
  draft: 'gray',
  belumAda: 'red',
};

/** Shades for chart bars and progress sections (solid enough to tell apart, light enough for black numbers). */
export const WARNA_GRAFIK: Record<KolomStatus, string> = {
  disetujui: 'teal.6',
  diajukan: 'blue.5',
  dikembalikan: 'orange.5',
  draft: 'gray.5',
  belumAda: 'red.3',
};

/** The year a new period is usually opened for: this year (WITA), or next year from December on. */
export function tahunPeriodeBawaan(now: Date = new Date()): number {
  const [y, m] = tanggalWita(now).split('-').map(Number) as [number, number];
  return m === 12 ? y + 1 : y;
}

export function tahunSekarang(now: Date = new Date()): number {
  return Number(tanggalWita(now).slice(0, 4));
}

// Common words of unit names and their usual short forms, for chart labels that must fit a phone's width.
const SINGKATAN_KATA: [RegExp, string][] = [
  [/^UPT Puskesmas /, 'Pusk. '],
  [/^Kecamatan /, 'Kec. '],
  [/^Kelurahan /, 'Kel. '],
  [/^Subbagian /, 'Subbag. '],
  [/^Subbidang /, 'Subbid. '],
  [/^Bagian /, 'Bag. '],
  [/^Bidang /, 'Bid. '],
  [/^SD Negeri /, 'SDN '],
  [/^SMP Negeri /, 'SMPN '],
  [/ dan /g, ' & '],
];

/**
 * A unit name that fits `max` characters: the name, else the unit's abbreviation (Dinkes), else short forms, else cut.
 * `ringkas` applies the short forms to every name (a phone's narrow axis: "Pusk. Oepoi" beside "Pusk. Kupang Kota").
 */
export function namaPendek(nama: string, singkatan: string | null | undefined, max: number, ringkas = false): string {
  if (nama.length <= max && !ringkas) return nama;
  let n = nama.length > max && singkatan && singkatan.length < nama.length ? singkatan : nama;
  for (const [re, ganti] of SINGKATAN_KATA) n = n.replace(re, ganti);
  return n.length > max ? `${n.slice(0, max - 1)}…` : n;
}

export function persen(bagian: number, dari: number): number {
  return dari > 0 ? Math.round((bagian / dari) * 100) : 0;
}

type UnitUntukPilihan = { id: string; nama: string; kedalaman: number; opdId: string | null; singkatan: string | null; kode: string };
export type OpsiUnit = { value: string; label: string; nama: string; kedalaman: number; /** lower-case text searched: name, abbreviation, code, OPD */ cari: string };

/**
 * Select/MultiSelect data: a group of the perangkat daerah, then one group per OPD with the units inside it in tree
 * order. Many units share a name ("Subbagian Umum dan Kepegawaian"): the label (shown when chosen, and searched) names
 * the OPD too; `renderOpsiUnit` shows the bare name indented by depth inside its group.
 */
export function grupUnit(t: TFunction, units: readonly UnitUntukPilihan[]): { data: ComboboxItemGroup<OpsiUnit>[]; opsi: Map<string, OpsiUnit> } {
  const opd = units.filter((u) => u.kedalaman === 1);
  const namaOpd = new Map(opd.map((u) => [u.id, u.nama]));
  const opsi = new Map<string, OpsiUnit>();
  const buat = (u: UnitUntukPilihan): OpsiUnit => {
    const opd = u.kedalaman > 1 && u.opdId ? (namaOpd.get(u.opdId) ?? '') : '';
    const o = {
      value: u.id,
      label: opd ? `${u.nama} — ${opd}` : u.nama,
      nama: u.nama,
      kedalaman: u.kedalaman,
      cari: [u.nama, u.singkatan ?? '', u.kode, opd].join(' ').toLowerCase(),
    };
    opsi.set(u.id, o);
    return o;
  };
  const data: ComboboxItemGroup<OpsiUnit>[] = [{ group: t('skpAdmin.unit.grupOpd'), items: opd.map(buat) }];
  const perOpd = new Map<string, OpsiUnit[]>();
  for (const u of units) {
    if (u.kedalaman < 2 || !u.opdId) continue;
    perOpd.set(u.opdId, [...(perOpd.get(u.opdId) ?? []), buat(u)]);
  }
  for (const o of opd) {
    const items = perOpd.get(o.id);
    if (items?.length) data.push({ group: o.nama, items });
  }
  return { data: data.filter((g) => g.items.length > 0), opsi };
}
