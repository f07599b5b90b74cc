// "The penilai chain may have changed" — announced by kepegawaian after a committed mutasi, status change,
// override/Plt change or import, and handled by modules that keep something per penilai (aktivitas re-routes its
// pending items: modules/aktivitas/pengalihan.service.ts). A registry per app (per Ctx) instead of a direct import,
// because aktivitas already depends on kepegawaian (penilaiDari) and imports must not run in a circle.
import type { Ctx } from '../../context.ts';
import type { Pelaku } from '../auth/aktor.ts';

/** `pegawaiIds` = the pegawai whose chain changed, when known; absent = anyone in the instansi may be affected. */
export type PenanganPenilaiBerubah = (ctx: Ctx, instansiId: string, pegawaiIds: readonly string[] | undefined, pelaku: Pelaku) => Promise<void>;

const penangan = new WeakMap<Ctx, PenanganPenilaiBerubah[]>();

export function saatPenilaiBerubah(ctx: Ctx, fn: PenanganPenilaiBerubah): void {
  penangan.set(ctx, [...(penangan.get(ctx) ?? []), fn]);
}

/** Call after the change's transaction has committed (handlers read the new chain). */
export async function penilaiBerubah(ctx: Ctx, instansiId: string, pegawaiIds: readonly string[] | undefined, pelaku: Pelaku): Promise<void> {
  for (const fn of penangan.get(ctx) ?? []) await fn(ctx, instansiId, pegawaiIds, pelaku);
}
