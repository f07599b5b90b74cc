// The realisasi editor's working copy of an evaluation: what the pegawai typed since the last save. Pure functions
// only — from the server's PenilaianDetail, to the PUT body (every indicator is sent: the server replaces the whole
// set), the live list of indicators still without realisasi (same rule as the server: domain/penilaian.ts), and the
// contract's own checks per field.
import type { z } from 'zod';
import { RealisasiUbah } from '../../../../../contracts/penilaian.ts';
import { indikatorTanpaRealisasi } from '../../../../../domain/penilaian.ts';
import type { IndikatorPenilaian, PenilaianDetail } from '../api/get-penilaian.ts';

export type IsianIndikator = {
  /** as the number field holds it ('' when empty) */
  angka: number | string;
  narasi: string;
  catatan: string;
  aktivitasIds: string[];
};

export type DrafRealisasi = { refleksi: string; indikator: Record<string, IsianIndikator> };

export function isianDari(k: IndikatorPenilaian): IsianIndikator {
  return { angka: k.realisasiAngka ?? '', narasi: k.realisasiNarasi ?? '', catatan: k.catatan ?? '', aktivitasIds: [...k.aktivitasIds] };
}

export function dariDetail(d: PenilaianDetail): DrafRealisasi {
  const indikator: Record<string, IsianIndikator> = {};
  for (const r of d.rhk) for (const k of r.indikator) indikator[k.id] = isianDari(k);
  return { refleksi: d.refleksi ?? '', indikator };
}

/** The number typed, or null ("1,5" is read as 1.5: the comma is the Indonesian decimal mark). */
export function angka(v: number | string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = v.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const teks = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Indicator ids in the order of the form (RHK by RHK). */
export function urutanIndikator(d: PenilaianDetail): string[] {
  return d.rhk.flatMap((r) => r.indikator.map((k) => k.id));
}

/** The PUT body (before the schema's own trimming); `versi` is the one the draft started from. */
export function keBody(draf: DrafRealisasi, urutan: readonly string[], versi: number): z.input<typeof RealisasiUbah> {
  return {
    versi,
    refleksi: teks(draf.refleksi),
    indikator: urutan.map((id) => {
      const k = draf.indikator[id] ?? { angka: '', narasi: '', catatan: '', aktivitasIds: [] };
      return { indikatorId: id, realisasiAngka: angka(k.angka), realisasiNarasi: teks(k.narasi), catatan: teks(k.catatan), aktivitasIds: [...k.aktivitasIds].sort() };
    }),
  };
}

/** Same content (what would be saved), whatever the whitespace and the order of the chosen evidence. */
export function samaIsi(a: DrafRealisasi, b: DrafRealisasi, urutan: readonly string[]): boolean {
  return JSON.stringify(keBody(a, urutan, 0)) === JSON.stringify(keBody(b, urutan, 0));
}

/** Indicators still without realisasi (a number or a narrative), live, by the server's rule. */
export function indikatorKosong(draf: DrafRealisasi, urutan: readonly string[]): string[] {
  const body = keBody(draf, urutan, 0);
  return indikatorTanpaRealisasi(
    urutan,
    body.indikator.map((k) => ({ indikatorId: k.indikatorId, realisasiAngka: k.realisasiAngka ?? null, realisasiNarasi: k.realisasiNarasi ?? null })),
  );
}

// ——— Field ids (the DOM id of each input, also its data-testid — the agreed test ids) ———

export const idAngka = (indikatorId: string) => `realisasi-angka-${indikatorId}`;
export const idNarasi = (indikatorId: string) => `realisasi-narasi-${indikatorId}`;
export const idCatatan = (indikatorId: string) => `realisasi-catatan-${indikatorId}`;
export const ID_REFLEKSI = 'refleksi';

/** The field where an indicator's realisasi is entered: the number for a numeric target, else the narrative. */
export function fieldRealisasi(k: Pick<IndikatorPenilaian, 'id' | 'targetAngka'>): string {
  return k.targetAngka !== null ? idAngka(k.id) : idNarasi(k.id);
}

export type JenisIsianSalah = 'negatif' | 'terlaluBesar' | 'terlaluPanjang';
/** A field the contract refuses, with the kind of problem. */
export type IsianSalah = { field: string; jenis: JenisIsianSalah; maks?: number };

/** The contract's checks on the body, per field (empty = the server will accept the shape). */
export function periksaIsian(draf: DrafRealisasi, urutan: readonly string[]): IsianSalah[] {
  const hasil = RealisasiUbah.safeParse(keBody(draf, urutan, 1));
  if (hasil.success) return [];
  const out: IsianSalah[] = [];
  const sudah = new Set<string>();
  for (const issue of hasil.error.issues) {
    const [akar, i, bagian] = issue.path;
    const maks = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
    let salah: IsianSalah | null = null;
    if (akar === 'refleksi') salah = { field: ID_REFLEKSI, jenis: 'terlaluPanjang', maks };
    else if (akar === 'indikator' && typeof i === 'number') {
      const id = urutan[i];
      if (!id) continue;
      if (bagian === 'realisasiAngka') salah = { field: idAngka(id), jenis: issue.code === 'too_small' ? 'negatif' : 'terlaluBesar' };
      else if (bagian === 'realisasiNarasi') salah = { field: idNarasi(id), jenis: 'terlaluPanjang', maks };
      else if (bagian === 'catatan') salah = { field: idCatatan(id), jenis: 'terlaluPanjang', maks };
    }
    if (salah && !sudah.has(salah.field)) {
      sudah.add(salah.field);
      out.push(salah);
    }
  }
  return out;
}
