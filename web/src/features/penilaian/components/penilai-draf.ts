// The penilai's unsaved work on one record: what they typed on top of the version they read. Saving sends it with that
// versi (DATA.KONFLIK when somebody changed the record meanwhile — the draft then stays on screen). Pure helpers.
import type { z } from 'zod';
import type { PenilaianUbah } from '../../../../../contracts/penilaian.ts';
import { masalahPenilaian, periksaRatingHasilKerja, usulanHasilKerja, type AlasanUsulanPenilaian, type KodeMasalahPenilaian } from '../../../../../domain/penilaian.ts';
import { predikatKinerja, type Predikat, type Rating } from '../../../../../domain/predikat.ts';
import type { PenilaianDetail } from '../api/get-penilaian.ts';

export type DrafPenilai = {
  rhk: Record<string, { penilaian: Rating | null; umpanBalik: string }>;
  perilaku: Record<string, string>;
  ratingHasilKerja: Rating | null;
  alasan: string;
  ratingPerilakuKerja: Rating | null;
};

export function drafDari(d: PenilaianDetail): DrafPenilai {
  return {
    rhk: Object.fromEntries(d.rhk.map((r) => [r.id, { penilaian: r.penilaian, umpanBalik: r.umpanBalik ?? '' }])),
    perilaku: Object.fromEntries(d.perilaku.map((p) => [p.nilai, p.umpanBalik ?? ''])),
    ratingHasilKerja: d.ratingHasilKerja,
    alasan: d.alasanRatingHasilKerja ?? '',
    ratingPerilakuKerja: d.ratingPerilakuKerja,
  };
}

const teks = (s: string | undefined) => (s ?? '').trim();

/** Same content as far as the server is concerned (surrounding spaces are trimmed there). */
export function samaDraf(a: DrafPenilai, b: DrafPenilai): boolean {
  const rhkIds = new Set([...Object.keys(a.rhk), ...Object.keys(b.rhk)]);
  for (const id of rhkIds) {
    if ((a.rhk[id]?.penilaian ?? null) !== (b.rhk[id]?.penilaian ?? null) || teks(a.rhk[id]?.umpanBalik) !== teks(b.rhk[id]?.umpanBalik)) return false;
  }
  const nilai = new Set([...Object.keys(a.perilaku), ...Object.keys(b.perilaku)]);
  for (const n of nilai) if (teks(a.perilaku[n]) !== teks(b.perilaku[n])) return false;
  return a.ratingHasilKerja === b.ratingHasilKerja && teks(a.alasan) === teks(b.alasan) && a.ratingPerilakuKerja === b.ratingPerilakuKerja;
}

/**
 * The rating hasil kerja that counts: for the pimpinan of a unit whose capaian kinerja organisasi is known it is that
 * rating (DOMAIN.md §2.3 — no choice), otherwise the penilai's.
 */
export function ratingHasilBerlaku(draf: DrafPenilai, organisasi: Rating | null): Rating | null {
  return organisasi ?? draf.ratingHasilKerja;
}

export function keBody(d: PenilaianDetail, draf: DrafPenilai, versi: number): z.input<typeof PenilaianUbah> {
  const hasil = ratingHasilBerlaku(draf, d.ratingHasilOrganisasi);
  return {
    versi,
    rhk: d.rhk.map((r) => ({ rhkId: r.id, penilaian: draf.rhk[r.id]?.penilaian ?? null, umpanBalik: teks(draf.rhk[r.id]?.umpanBalik) || null })),
    perilaku: d.perilaku.map((p) => ({ nilai: p.nilai, umpanBalik: teks(draf.perilaku[p.nilai]) || null })),
    ratingHasilKerja: hasil,
    // a reason only means something beside a rating that departs from the proposal; kept as typed otherwise
    alasanRatingHasilKerja: teks(draf.alasan) || null,
    ratingPerilakuKerja: draf.ratingPerilakuKerja,
  };
}

export type Usulan = { rating: Rating; alasan: AlasanUsulanPenilaian; sementara: boolean; belumDinilai: number };

/** The proposal recomputed from the judgements on screen (the domain's rule, the same the server applies). */
export function usulanDraf(d: PenilaianDetail, draf: DrafPenilai): Usulan {
  const rhk = d.rhk.map((r) => ({ jenis: r.jenis, penilaian: draf.rhk[r.id]?.penilaian ?? null }));
  const u = usulanHasilKerja(rhk, d.ratingHasilOrganisasi);
  const belumDinilai = rhk.filter((r) => r.penilaian === null).length;
  return { ...u, sementara: !d.ratingHasilOrganisasi && belumDinilai > 0, belumDinilai };
}

/** A different rating needs a reason once every RHK is judged (earlier the proposal is only partial — server rule). */
export function alasanWajib(d: PenilaianDetail, draf: DrafPenilai, usulan: Usulan): boolean {
  const hasil = ratingHasilBerlaku(draf, d.ratingHasilOrganisasi);
  if (!hasil || d.ratingHasilOrganisasi || usulan.sementara) return false;
  return periksaRatingHasilKerja(hasil, usulan.rating, null, null) === 'ALASAN_WAJIB';
}

export function predikatDraf(d: PenilaianDetail, draf: DrafPenilai): Predikat | null {
  const hasil = ratingHasilBerlaku(draf, d.ratingHasilOrganisasi);
  return hasil && draf.ratingPerilakuKerja ? predikatKinerja(hasil, draf.ratingPerilakuKerja) : null;
}

export type MasalahNilai = { kode: KodeMasalahPenilaian | 'ALASAN_WAJIB'; rhkId?: string };

/** What stops finalising the rating, checked in the browser before asking the server (which checks the same). */
export function masalahNilai(d: PenilaianDetail, draf: DrafPenilai): MasalahNilai[] {
  const out: MasalahNilai[] = masalahPenilaian(
    d.rhk.map((r) => ({ rhkId: r.id, penilaian: draf.rhk[r.id]?.penilaian ?? null })),
    ratingHasilBerlaku(draf, d.ratingHasilOrganisasi),
    draf.ratingPerilakuKerja,
  );
  if (alasanWajib(d, draf, usulanDraf(d, draf)) && !teks(draf.alasan)) out.push({ kode: 'ALASAN_WAJIB' });
  return out;
}
