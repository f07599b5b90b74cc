// Who evaluates whom (DOMAIN.md §1; Permenpan-RB 6/2022): the Pejabat Penilai Kinerja is the atasan langsung, found
// by walking up the jabatan tree from the pegawai's post; a vacant post is skipped (escalation to the next atasan).
// The Atasan Pejabat Penilai is found the same way from the penilai's post. Pure: lookups are passed in.

const MAX_DEPTH = 32;

// ——— On a date: history, Plt/Plh and overrides (DOMAIN.md §1) ———————————————————————————————————————————————
// "Who evaluates X on date D" — the one answer every capability uses:
//   1. an admin override for X covering D wins (with its own atasan penilai, or the chain above the override's
//      penilai);
//   2. otherwise walk up from the post X holds on D: the first post that, on D, has a definitive holder (not X) —
//      or, failing that, an acting Plt/Plh — gives the penilai; a post with neither is vacant and skipped
//      (escalation to the next atasan);
//   3. the atasan pejabat penilai is found by the same walk from the post in which the penilai acts (their
//      definitive post, or the post they are Plt/Plh of).
// Dates are WITA calendar dates 'YYYY-MM-DD'.

export type SumberPenilai = 'struktur' | 'plt' | 'plh' | 'override';

export interface PenilaiPadaTanggal {
  pegawaiId: string;
  /** The post in which the penilai acts for this evaluation; null for an override without a post. */
  jabatanId: string | null;
  sumber: SumberPenilai;
  /** Vacant posts skipped on the way up. */
  lowonganDilewati: string[];
}

export interface LookupsPadaTanggal {
  /** The post the pegawai holds on the date (from the jabatan history), or null. */
  jabatanPegawai(pegawaiId: string, tanggal: string): string | null;
  atasanOf(jabatanId: string): string | null;
  /** Definitive holders of the post on the date (active pegawai only), stable order. */
  pemangkuOf(jabatanId: string, tanggal: string): readonly string[];
  /** An acting official (Plt/Plh) of the post on the date. */
  pelaksanaTugasOf(jabatanId: string, tanggal: string): { pegawaiId: string; jenis: 'plt' | 'plh' } | null;
  overrideOf(pegawaiId: string, tanggal: string): { penilaiId: string; atasanPenilaiId: string | null } | null;
}

/** The first post above `jabatanId` that has, on `tanggal`, a holder or an acting official other than `exclude`. */
export function naikSampaiTerisi(
  jabatanId: string,
  exclude: ReadonlySet<string>,
  tanggal: string,
  look: Pick<LookupsPadaTanggal, 'atasanOf' | 'pemangkuOf' | 'pelaksanaTugasOf'>,
): PenilaiPadaTanggal | null {
  const skipped: string[] = [];
  const seen = new Set<string>([jabatanId]);
  let current = look.atasanOf(jabatanId);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (seen.has(current)) return null;
    seen.add(current);
    const holder = look.pemangkuOf(current, tanggal).find((p) => !exclude.has(p));
    if (holder) return { pegawaiId: holder, jabatanId: current, sumber: 'struktur', lowonganDilewati: skipped };
    const acting = look.pelaksanaTugasOf(current, tanggal);
    if (acting && !exclude.has(acting.pegawaiId)) {
      return { pegawaiId: acting.pegawaiId, jabatanId: current, sumber: acting.jenis, lowonganDilewati: skipped };
    }
    skipped.push(current);
    current = look.atasanOf(current);
  }
  return null;
}

export function penilaiPadaTanggal(
  pegawaiId: string,
  tanggal: string,
  look: LookupsPadaTanggal,
): { penilai: PenilaiPadaTanggal | null; atasanPenilai: PenilaiPadaTanggal | null } {
  const override = look.overrideOf(pegawaiId, tanggal);
  if (override) {
    const penilai: PenilaiPadaTanggal = {
      pegawaiId: override.penilaiId,
      jabatanId: look.jabatanPegawai(override.penilaiId, tanggal),
      sumber: 'override',
      lowonganDilewati: [],
    };
    if (override.atasanPenilaiId) {
      return {
        penilai,
        atasanPenilai: { pegawaiId: override.atasanPenilaiId, jabatanId: look.jabatanPegawai(override.atasanPenilaiId, tanggal), sumber: 'override', lowonganDilewati: [] },
      };
    }
    const atasanPenilai = penilai.jabatanId ? naikSampaiTerisi(penilai.jabatanId, new Set([pegawaiId, penilai.pegawaiId]), tanggal, look) : null;
    return { penilai, atasanPenilai };
  }
  const jabatan = look.jabatanPegawai(pegawaiId, tanggal);
  if (!jabatan) return { penilai: null, atasanPenilai: null };
  const penilai = naikSampaiTerisi(jabatan, new Set([pegawaiId]), tanggal, look);
  if (!penilai || !penilai.jabatanId) return { penilai, atasanPenilai: null };
  const atasanPenilai = naikSampaiTerisi(penilai.jabatanId, new Set([pegawaiId, penilai.pegawaiId]), tanggal, look);
  return { penilai, atasanPenilai };
}
