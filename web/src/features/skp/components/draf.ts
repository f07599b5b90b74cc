// The editor's working copy of an SKP: what the pegawai has typed since the last save. Pure functions only — the
// conversion from the server's SkpDetail, to the PUT body, to the domain's IsiSkp (for the live list of what blocks
// submission), and the client-side check with the contract's schema (field id → problem).
import type { z } from 'zod';
import { ASPEK_INDIKATOR, type AspekIndikator, type IsiSkp, type JenisRhk, type PendekatanSkp } from '../../../../../domain/skp.ts';
import { SkpUbah, type SkpDetail } from '../../../../../contracts/skp.ts';

export const MAKS_RHK = 40;
export const MAKS_INDIKATOR = 12;

export type IndikatorDraf = {
  /** React key: the server id of a saved indicator, a random id for a new one */
  kunci: string;
  /** a saved indicator keeps its id (realisasi entered against it stay attached); null = new */
  id?: string | null;
  aspek: AspekIndikator;
  uraian: string;
  /** as the number field holds it ('' when empty) */
  targetAngka: number | string;
  targetSatuan: string;
  targetNarasi: string;
};

export type RhkDraf = {
  kunci: string;
  /** a saved RHK keeps its id (aktivitas linked to it stay linked); null = new */
  id: string | null;
  jenis: JenisRhk;
  uraian: string;
  rhkAtasanId: string | null;
  pkId: string | null;
  indikator: IndikatorDraf[];
};

export type Draf = { pendekatan: PendekatanSkp; rhk: RhkDraf[] };

export function dariSkp(skp: SkpDetail): Draf {
  return {
    pendekatan: skp.pendekatan,
    rhk: skp.rhk.map((r) => ({
      kunci: r.id,
      id: r.id,
      jenis: r.jenis,
      uraian: r.uraian,
      rhkAtasanId: r.rhkAtasanId,
      pkId: r.pkId,
      indikator: r.indikator.map((k) => ({
        kunci: k.id,
        id: k.id,
        aspek: k.aspek,
        uraian: k.uraian,
        targetAngka: k.targetAngka ?? '',
        targetSatuan: k.targetSatuan ?? '',
        targetNarasi: k.targetNarasi ?? '',
      })),
    })),
  };
}

/** The number typed, or null ("1,5" is read as 1.5: the comma is the Indonesian decimal mark). */
export function angka(v: number | string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = v.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const teks = (s: string) => (s.trim() === '' ? null : s.trim());

/** The PUT body (before the schema's own trimming); `versi` is the one the draft started from. */
export function keBody(draf: Draf, versi: number): z.input<typeof SkpUbah> {
  return {
    versi,
    pendekatan: draf.pendekatan,
    rhk: draf.rhk.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      jenis: r.jenis,
      uraian: r.uraian.trim(),
      rhkAtasanId: r.rhkAtasanId,
      pkId: r.pkId,
      indikator: r.indikator.map((k) => ({
        ...(k.id ? { id: k.id } : {}),
        aspek: k.aspek,
        uraian: k.uraian.trim(),
        targetAngka: angka(k.targetAngka),
        targetSatuan: teks(k.targetSatuan),
        targetNarasi: teks(k.targetNarasi),
      })),
    })),
  };
}

/** Same content (what would be saved), whatever the keys and surrounding whitespace. */
export function samaIsi(a: Draf, b: Draf): boolean {
  return JSON.stringify(keBody(a, 0)) === JSON.stringify(keBody(b, 0));
}

/** The content as the domain rules read it (masalahPengajuan). */
export function keIsi(draf: Draf): IsiSkp {
  const body = keBody(draf, 0);
  return {
    pendekatan: draf.pendekatan,
    rhk: body.rhk.map((r) => ({
      jenis: r.jenis,
      uraian: r.uraian,
      rhkAtasanId: r.rhkAtasanId ?? null,
      pkId: r.pkId ?? null,
      indikator: r.indikator.map((k) => ({
        aspek: k.aspek,
        uraian: k.uraian,
        targetAngka: k.targetAngka ?? null,
        targetSatuan: k.targetSatuan ?? null,
        targetNarasi: k.targetNarasi ?? null,
      })),
    })),
  };
}

export function rhkBaru(kunci: string, jenis: JenisRhk): RhkDraf {
  return { kunci, id: null, jenis, uraian: '', rhkAtasanId: null, pkId: null, indikator: [] };
}

/** A new indicator takes the first aspek the RHK has no indicator for yet (kuantitas, kualitas, waktu, biaya). */
export function indikatorBaru(kunci: string, rhk: RhkDraf): IndikatorDraf {
  const dipakai = new Set(rhk.indikator.map((k) => k.aspek));
  const aspek = ASPEK_INDIKATOR.find((a) => !dipakai.has(a)) ?? 'kuantitas';
  return { kunci, aspek, uraian: '', targetAngka: '', targetSatuan: '', targetNarasi: '' };
}

// ——— Field ids (the DOM id of each input, also its data-testid) ———

export const idRhk = (i: number, bagian: 'jenis' | 'uraian' | 'tautan' | 'hapus' | 'tambah-indikator') => `rhk-${i}-${bagian}`;
export const idIndikator = (i: number, j: number, bagian: 'aspek' | 'uraian' | 'target-angka' | 'target-satuan' | 'target-narasi' | 'hapus') =>
  `rhk-${i}-ind-${j}-${bagian}`;

export type JenisIsianSalah = 'uraianRhk' | 'uraianIndikator' | 'targetNegatif' | 'targetBesar' | 'terlaluPanjang';
/** A field the contract refuses: which input, what kind of problem, and its RHK/indicator numbers (0-based). */
export type IsianSalah = { field: string; jenis: JenisIsianSalah; rhk: number; indikator?: number; maks?: number };

const BAGIAN_INDIKATOR: Record<string, 'uraian' | 'target-angka' | 'target-satuan' | 'target-narasi'> = {
  uraian: 'uraian',
  targetAngka: 'target-angka',
  targetSatuan: 'target-satuan',
  targetNarasi: 'target-narasi',
};

/** The contract's checks on the body, per field (empty = the server will accept the shape). */
export function periksaIsian(draf: Draf): IsianSalah[] {
  const hasil = SkpUbah.safeParse(keBody(draf, 1));
  if (hasil.success) return [];
  const out: IsianSalah[] = [];
  const sudah = new Set<string>();
  for (const issue of hasil.error.issues) {
    const [akar, i, bagian, j, bagianInd] = issue.path;
    if (akar !== 'rhk' || typeof i !== 'number') continue;
    const maks = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
    let salah: IsianSalah | null = null;
    if (bagian === 'uraian') {
      salah = { field: idRhk(i, 'uraian'), jenis: issue.code === 'too_big' ? 'terlaluPanjang' : 'uraianRhk', rhk: i, maks };
    } else if (bagian === 'indikator' && typeof j === 'number' && typeof bagianInd === 'string' && BAGIAN_INDIKATOR[bagianInd]) {
      const field = idIndikator(i, j, BAGIAN_INDIKATOR[bagianInd]);
      const jenis: JenisIsianSalah =
        bagianInd === 'uraian' && issue.code === 'too_small'
          ? 'uraianIndikator'
          : bagianInd === 'targetAngka'
            ? issue.code === 'too_small'
              ? 'targetNegatif'
              : 'targetBesar'
            : 'terlaluPanjang';
      salah = { field, jenis, rhk: i, indikator: j, maks };
    }
    if (salah && !sudah.has(salah.field)) {
      sudah.add(salah.field);
      out.push(salah);
    }
  }
  return out;
}

/** A React key for a new RHK or indicator (crypto.randomUUID needs a secure context; a phone on the LAN has none). */
export function kunciBaru(): string {
  return `baru-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** After a save, the saved copy keeps the keys the editor used (same order), so no card is remounted. */
export function pertahankanKunci(baru: Draf, lama: Draf): Draf {
  return {
    ...baru,
    rhk: baru.rhk.map((r, i) => {
      const l = lama.rhk[i];
      if (!l) return r;
      return { ...r, kunci: l.kunci, indikator: r.indikator.map((k, j) => ({ ...k, kunci: l.indikator[j]?.kunci ?? k.kunci })) };
    }),
  };
}
