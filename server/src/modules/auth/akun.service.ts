// Account administration by admin BKPPD: list accounts, reset a password (the user must change it at next login).
import type { AkunPage } from '../../../../contracts/akun.ts';
import type { Peran } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran } from './aktor.ts';
import * as akunRepo from './akun.repository.ts';
import * as authRepo from './auth.repository.ts';
import { lupakanSesiAkun } from './auth.service.ts';
import { generatePassword, hashPassword } from './password.ts';

export const bolehKelolaAkun = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

export async function daftarAkun(ctx: Ctx, aktor: Aktor, query: { q?: string | undefined; page: number; pageSize: number }): Promise<Result<AkunPage>> {
  if (!bolehKelolaAkun(aktor)) return fail('AKSES.DITOLAK');
  const { rows, total } = await akunRepo.listAkun(ctx.db, aktor.instansiId, query.q?.trim() || undefined, (query.page - 1) * query.pageSize, query.pageSize, ctx.now().toISOString());
  return ok({
    items: rows.map((r) => ({
      id: r.id,
      username: r.username,
      namaTampilan: r.nama_tampilan,
      peran: r.peran as Peran[],
      aktif: r.aktif === 1,
      harusGantiPassword: r.harus_ganti_password === 1,
      terkunci: r.terkunci,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  });
}

export async function resetPassword(ctx: Ctx, aktor: Aktor, akunId: string): Promise<Result<{ passwordSementara: string }>> {
  if (!bolehKelolaAkun(aktor)) return fail('AKSES.DITOLAK');
  const akun = await akunRepo.findAkun(ctx.db, aktor.instansiId, akunId);
  if (!akun) return fail('DATA.TIDAK_DITEMUKAN');
  const now = ctx.now();
  const passwordSementara = generatePassword();
  const passwordHash = await hashPassword(passwordSementara);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const updated = await authRepo.updatePassword(trx, akun.id, akun.versi, {
      password_hash: passwordHash,
      harus_ganti_password: 1,
      password_diubah_pada: now.toISOString(),
    });
    if (!updated) return fail('DATA.KONFLIK');
    await authRepo.deleteSessionsOf(trx, akun.id);
    await authRepo.clearFailures(trx, akun.username);
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'PASSWORD_DIRESET',
      entitas: 'akun',
      entitasId: akun.id,
      sebelum: { harusGantiPassword: akun.harus_ganti_password === 1 },
      sesudah: { harusGantiPassword: true, username: akun.username },
    }, now);
    return ok({ passwordSementara });
  });
  lupakanSesiAkun(ctx, akun.id);
  return result;
}
