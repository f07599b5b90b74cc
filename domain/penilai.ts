// Who evaluates whom (DOMAIN.md §1; Permenpan-RB 6/2022): the Pejabat Penilai Kinerja is the atasan langsung, found
// by walking up the jabatan tree from the pegawai's post; a vacant post is skipped (escalation to the next atasan).
// The Atasan Pejabat Penilai is found the same way from the penilai's own post. Pure: lookups are passed in.
// Overrides per pegawai and Plt/Plh delegation come in front of this walk (kepegawaian issue).

export interface PenilaiLookups {
  /** The post directly above, or null at the top (Wali Kota). */
  atasanOf(jabatanId: string): string | null;
  /** Active pegawai holding the post, in a stable order. */
  pemangkuOf(jabatanId: string): readonly string[];
}

export interface PenilaiHasil {
  pegawaiId: string;
  jabatanId: string;
  /** Posts skipped because nobody held them. */
  lowonganDilewati: string[];
}

const MAX_DEPTH = 32;

/** The first occupied post above `jabatanId`, ignoring `selfId` (the pegawai being evaluated). */
export function cariPenilai(jabatanId: string, selfId: string, look: PenilaiLookups): PenilaiHasil | null {
  const skipped: string[] = [];
  let current = look.atasanOf(jabatanId);
  const seen = new Set<string>([jabatanId]);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (seen.has(current)) return null; // a cycle in the tree is a data error, never an infinite loop
    seen.add(current);
    const holder = look.pemangkuOf(current).find((p) => p !== selfId);
    if (holder) return { pegawaiId: holder, jabatanId: current, lowonganDilewati: skipped };
    skipped.push(current);
    current = look.atasanOf(current);
  }
  return null;
}

/** Pejabat penilai and atasan pejabat penilai of a pegawai on post `jabatanId`. */
export function rantaiPenilai(
  jabatanId: string,
  pegawaiId: string,
  look: PenilaiLookups,
): { penilai: PenilaiHasil | null; atasanPenilai: PenilaiHasil | null } {
  const penilai = cariPenilai(jabatanId, pegawaiId, look);
  const atasanPenilai = penilai ? cariPenilai(penilai.jabatanId, penilai.pegawaiId, look) : null;
  return { penilai, atasanPenilai };
}

/**
 * Posts whose holders the holder of `jabatanId` evaluates: the posts directly below, plus, through every vacant post
 * directly below, the posts below that (the escalation seen from above).
 */
export function jabatanYangDinilai(
  jabatanId: string,
  bawahanOf: (jabatanId: string) => readonly string[],
  pemangkuOf: (jabatanId: string) => readonly string[],
): string[] {
  const out: string[] = [];
  const queue = [...bawahanOf(jabatanId)];
  const seen = new Set<string>([jabatanId]);
  while (queue.length) {
    const j = queue.shift()!;
    if (seen.has(j)) continue;
    seen.add(j);
    out.push(j);
    if (pemangkuOf(j).length === 0) queue.push(...bawahanOf(j));
  }
  return out;
}
