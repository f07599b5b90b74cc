// Per-instansi rules of aktivitas harian (pengaturan `aktivitas`, JSON; defaults of DOMAIN.md §2.2): target minutes per
// working day, the daily warning threshold, the submission deadline hour and the offline tolerance. Admin BKPPD
// changes them (audited, before/after, in the same transaction); auditor reads. The aktivitas services read them
// through the per-instansi calendar cache (kalender-cache.ts), forgotten here after the commit: a change applies to
// the next request on this node (another node on the same PostgreSQL follows within the cache's TTL).
import type { z } from 'zod';
import type { PengaturanAktivitas, PengaturanAktivitasRespon } from '../../../../contracts/aktivitas.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import { type AturanAktivitas, KUNCI_PENGATURAN, uraiAturan } from './aktivitas.aturan.ts';
import * as repo from './aktivitas.repository.ts';
import { lupakanKalender } from './kalender-cache.ts';

type Respon = z.infer<typeof PengaturanAktivitasRespon>;

const keRespon = (baris: { nilai: string; diubah_pada: string } | null): Respon => ({
  ...uraiAturan(baris?.nilai ?? null),
  bawaan: baris === null,
  diubahPada: baris?.diubah_pada ?? null,
});

export async function bacaPengaturan(ctx: Ctx, aktor: Aktor): Promise<Result<Respon>> {
  if (!hasPeran(aktor, 'admin_bkppd', 'auditor')) return fail('AKSES.DITOLAK');
  return ok(keRespon(await repo.pengaturanBaris(ctx.db, aktor.instansiId, KUNCI_PENGATURAN)));
}

export async function ubahPengaturan(ctx: Ctx, aktor: Aktor, body: z.infer<typeof PengaturanAktivitas>): Promise<Result<Respon>> {
  if (!hasPeran(aktor, 'admin_bkppd')) return fail('AKSES.DITOLAK');
  if (body.menitPeringatanHarian < body.menitTargetHarian) {
    return fail('VALIDASI.GAGAL', 'Batas peringatan harian tidak boleh lebih kecil dari target menit per hari kerja.', [
      { path: 'menitPeringatanHarian', message: `Batas peringatan minimal sama dengan target (${body.menitTargetHarian} menit)` },
    ]);
  }
  const sesudah: AturanAktivitas = {
    menitTargetHarian: body.menitTargetHarian,
    menitPeringatanHarian: body.menitPeringatanHarian,
    jamBatasPengajuan: body.jamBatasPengajuan,
    hariToleransiLuring: body.hariToleransiLuring,
  };
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const lama = await repo.pengaturanBaris(trx, aktor.instansiId, KUNCI_PENGATURAN);
    const sebelum = uraiAturan(lama?.nilai ?? null);
    const sama = lama !== null && (Object.keys(sesudah) as (keyof AturanAktivitas)[]).every((k) => sebelum[k] === sesudah[k]);
    if (sama) return ok(keRespon(lama));
    const iso = now.toISOString();
    await repo.simpanPengaturan(trx, aktor.instansiId, KUNCI_PENGATURAN, JSON.stringify(sesudah), iso);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PENGATURAN_AKTIVITAS_DIUBAH', entitas: 'pengaturan', entitasId: aktor.instansiId, sebelum: { ...sebelum, bawaan: lama === null }, sesudah: { ...sesudah } }, now);
    return ok(keRespon({ nilai: JSON.stringify(sesudah), diubah_pada: iso }));
  });
  if (r.ok) lupakanKalender(ctx.db, aktor.instansiId);
  return r;
}
