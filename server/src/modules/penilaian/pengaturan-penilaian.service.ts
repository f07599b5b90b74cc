// Per-instansi settings of penilaian (pengaturan `penilaian`, JSON; defaults of DOMAIN.md §2.4–2.5): the keberatan
// window in WITA calendar days and the number of rated pegawai from which a unit's kurva distribusi is judged. Every
// signed-in user reads them (the screens explain them); admin BKPPD changes them (audited, before/after, in the same
// transaction). kalibrasi and keberatan read them once per request through `aturanPenilaian`; a change applies to the
// next request (nothing is cached). A keberatan already filed keeps the last day stored with it.
import { PENGATURAN_PENILAIAN_BAWAAN, type PengaturanPenilaian, type PengaturanPenilaianRespon } from '../../../../contracts/pengaturan-penilaian.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { pengaturanBaris, simpanPengaturan } from '../aktivitas/aktivitas.repository.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';

export const KUNCI_PENGATURAN_PENILAIAN = 'penilaian';

type Db = Ctx['db'];

/** The stored JSON → settings; a missing or unusable field (not a whole number in range) takes its default. */
export function uraiPengaturanPenilaian(nilai: string | null): PengaturanPenilaian {
  if (!nilai) return PENGATURAN_PENILAIAN_BAWAAN;
  const x = JSON.parse(nilai) as Partial<Record<keyof PengaturanPenilaian, unknown>>;
  const bulat = (v: unknown, min: number, max: number, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : d);
  return {
    hariKeberatan: bulat(x.hariKeberatan, 1, 60, PENGATURAN_PENILAIAN_BAWAAN.hariKeberatan),
    nMinimumKurva: bulat(x.nMinimumKurva, 1, 50, PENGATURAN_PENILAIAN_BAWAAN.nMinimumKurva),
  };
}

/** The settings in force for the instansi (one read; call once per request). */
export async function aturanPenilaian(db: Db, instansiId: string): Promise<PengaturanPenilaian> {
  return uraiPengaturanPenilaian((await pengaturanBaris(db, instansiId, KUNCI_PENGATURAN_PENILAIAN))?.nilai ?? null);
}

const keRespon = (baris: { nilai: string; diubah_pada: string } | null): PengaturanPenilaianRespon => ({
  ...uraiPengaturanPenilaian(baris?.nilai ?? null),
  bawaan: baris === null,
  diubahPada: baris?.diubah_pada ?? null,
});

/** GET /penilaian/pengaturan — any signed-in user of the instansi. */
export async function bacaPengaturanPenilaian(ctx: Ctx, aktor: Aktor): Promise<Result<PengaturanPenilaianRespon>> {
  return ok(keRespon(await pengaturanBaris(ctx.db, aktor.instansiId, KUNCI_PENGATURAN_PENILAIAN)));
}

/** PUT /penilaian/pengaturan — admin BKPPD; saving the same values again writes nothing. */
export async function ubahPengaturanPenilaian(ctx: Ctx, aktor: Aktor, body: PengaturanPenilaian): Promise<Result<PengaturanPenilaianRespon>> {
  if (!hasPeran(aktor, 'admin_bkppd')) return fail('AKSES.DITOLAK', 'Hanya admin BKPPD yang dapat mengubah pengaturan penilaian.');
  const sesudah: PengaturanPenilaian = { hariKeberatan: body.hariKeberatan, nMinimumKurva: body.nMinimumKurva };
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const lama = await pengaturanBaris(trx, aktor.instansiId, KUNCI_PENGATURAN_PENILAIAN);
    const sebelum = uraiPengaturanPenilaian(lama?.nilai ?? null);
    if (lama !== null && sebelum.hariKeberatan === sesudah.hariKeberatan && sebelum.nMinimumKurva === sesudah.nMinimumKurva) return ok(keRespon(lama));
    const iso = now.toISOString();
    const nilai = JSON.stringify(sesudah);
    await simpanPengaturan(trx, aktor.instansiId, KUNCI_PENGATURAN_PENILAIAN, nilai, iso);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PENGATURAN_PENILAIAN_DIUBAH', entitas: 'pengaturan', entitasId: aktor.instansiId, sebelum: { ...sebelum, bawaan: lama === null }, sesudah: { ...sesudah } }, now);
    return ok(keRespon({ nilai, diubah_pada: iso }));
  });
}
