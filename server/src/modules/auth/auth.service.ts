// Login, sessions and passwords. Failures are values with stable codes; the routes only map them to HTTP.
import type { ChangePasswordBody, LoginBody, Me, PublicInfo } from '../../../../contracts/auth.ts';
import { LIMITS, type Peran } from '../../../../contracts/common.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { aksesBerakhir } from '../../../../domain/status-pegawai.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from './aktor.ts';
import * as repo from './auth.repository.ts';
import { dummyHash, hashPassword, randomToken, sha256, verifyPassword } from './password.ts';


/** NIPs may be typed with spaces (`19860926 201505 1 001`); account names are case-insensitive. */
export function normaliseUsername(raw: string): string {
  const t = raw.trim();
  return /^[\d ]+$/.test(t) ? t.replace(/ /g, '') : t.toLowerCase();
}

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

export async function login(
  ctx: Ctx,
  body: LoginBody,
  meta: SessionMeta,
): Promise<Result<{ token: string; aktor: Aktor; me: Me }>> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const username = normaliseUsername(body.username);
  const lock = await repo.findLock(ctx.db, username);
  if (lock?.terkunci_sampai && lock.terkunci_sampai > nowIso) return fail('AUTH.TERKUNCI');

  const akun = await repo.findAkunByUsername(ctx.db, username);
  const passwordOk = await verifyPassword(akun?.password_hash ?? (await dummyHash()), body.password);
  const usable = akun && akun.aktif === 1 && !aksesBerakhir(akun.pegawai_status, akun.pegawai_status_sejak, tanggalWita(now));
  if (!akun || !passwordOk || !usable) {
    const failures = await repo.addFailure(ctx.db, username, nowIso);
    if (failures >= LIMITS.loginFailuresBeforeLock) {
      const until = new Date(now.getTime() + LIMITS.lockMinutes * 60_000).toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        await repo.lockUntil(trx, username, until);
        await catatAudit(
          trx,
          ctx.dialect,
          { akunId: null, namaTampilan: 'Sistem', instansiId: akun?.instansi_id ?? null },
          { aksi: 'LOGIN_DIKUNCI', entitas: 'login', entitasId: null, sesudah: { username, terkunciSampai: until } },
          now,
        );
      });
      return fail('AUTH.TERKUNCI');
    }
    return fail('AUTH.KREDENSIAL_SALAH');
  }

  const token = randomToken();
  const tokenHash = sha256(token);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.clearFailures(trx, username);
    await repo.insertSession(trx, {
      token_hash: tokenHash,
      instansi_id: akun.instansi_id,
      akun_id: akun.id,
      csrf_token: randomToken(24),
      dibuat_pada: nowIso,
      kedaluwarsa_pada: new Date(now.getTime() + LIMITS.sessionHours * 3_600_000).toISOString(),
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await catatAudit(
      trx,
      ctx.dialect,
      { akunId: akun.id, namaTampilan: akun.nama_tampilan, instansiId: akun.instansi_id },
      { aksi: 'LOGIN', entitas: 'akun', entitasId: akun.id, sesudah: { ip: meta.ip } },
      now,
    );
  });
  const resolved = await resolveSession(ctx, token);
  if (!resolved) throw new Error('session just created was not found');
  return ok({ token, aktor: resolved.aktor, me: resolved.me });
}

/**
 * Turns a session cookie into the acting user, or null when the session is unknown, expired or disabled.
 * The in-process cache is keyed by the cookie value itself (memory only; the database keeps just its sha-256), so a
 * cached request does not even hash.
 */
export async function resolveSession(ctx: Ctx, token: string): Promise<{ aktor: Aktor; me: Me } | null> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const cache = ctx.sessionCache;
  const hit = cache?.get(token, now.getTime(), nowIso);
  if (hit) return hit;
  const epoch = cache?.epoch() ?? 0;
  const loaded = await loadSession(ctx, sha256(token), nowIso);
  if (loaded && cache) cache.set(token, loaded, epoch, now.getTime());
  return loaded;
}

/** Call after the transaction that changed an account (password, roles, status, logout) has committed. */
export function lupakanSesiAkun(ctx: Ctx, akunId: string): void {
  ctx.sessionCache?.invalidateAkun(akunId);
}

async function loadSession(ctx: Ctx, tokenHash: string, nowIso: string): Promise<{ aktor: Aktor; me: Me; expiresAt: string } | null> {
  const hariIni = tanggalWita(new Date(nowIso));
  const row = await repo.findSessionAktor(ctx.db, tokenHash, nowIso, hariIni);
  if (!row || row.aktif !== 1 || aksesBerakhir(row.pegawai_status, row.pegawai_status_sejak, hariIni)) return null;
  const roles = await repo.rolesOf(ctx.db, row.akun_id);
  const peran = new Set<Peran>(roles.map((r) => r.peran as Peran));
  if (row.punya_bawahan || row.pelaksana_tugas || row.penilai_khusus) peran.add('atasan');
  const opdIds = roles.filter((r) => r.peran === 'pimpinan_opd' && r.unit_id).map((r) => r.unit_id as string);
  const ordered = (['pegawai', 'atasan', 'pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota'] as const).filter((p) => peran.has(p));
  const bahasa = row.bahasa === 'en' ? 'en' : 'id';
  const aktor: Aktor = {
    akunId: row.akun_id,
    instansiId: row.instansi_id,
    username: row.username,
    namaTampilan: row.nama_tampilan,
    pegawaiId: row.pegawai_id,
    jabatanId: row.jabatan_id ?? null,
    peran: ordered,
    opdIds,
    harusGantiPassword: row.harus_ganti_password === 1,
    bahasa,
    csrfToken: row.csrf_token,
    sessionHash: tokenHash,
  };
  const me: Me = {
    akunId: row.akun_id,
    username: row.username,
    namaTampilan: row.nama_tampilan,
    pegawaiId: row.pegawai_id,
    instansi: { id: row.instansi_id, nama: row.instansi_nama, demo: row.instansi_demo === 1 },
    peran: ordered,
    harusGantiPassword: aktor.harusGantiPassword,
    bahasa,
    csrfToken: row.csrf_token,
  };
  return { aktor, me, expiresAt: row.kedaluwarsa_pada };
}

export async function logout(ctx: Ctx, aktor: Aktor): Promise<Result<void>> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, aktor.sessionHash);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'LOGOUT', entitas: 'akun', entitasId: aktor.akunId }, ctx.now());
  });
  lupakanSesiAkun(ctx, aktor.akunId);
  return ok(undefined);
}

export async function gantiPassword(ctx: Ctx, aktor: Aktor, body: ChangePasswordBody): Promise<Result<void>> {
  const akun = await repo.findAkunForPasswordChange(ctx.db, aktor.akunId);
  if (!akun) return fail('DATA.TIDAK_DITEMUKAN');
  if (!(await verifyPassword(akun.password_hash, body.passwordLama))) return fail('AUTH.PASSWORD_LAMA_SALAH');
  if (body.passwordBaru === body.passwordLama) return fail('AUTH.PASSWORD_SAMA');
  if (isWeak(body.passwordBaru, aktor.username)) return fail('AUTH.PASSWORD_LEMAH', undefined, [{ path: 'passwordBaru', message: 'Kata sandi tidak boleh memuat NIP/nama akun atau hanya satu jenis karakter' }]);
  const now = ctx.now();
  const newHash = await hashPassword(body.passwordBaru);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const updated = await repo.updatePassword(trx, aktor.akunId, akun.versi, {
      password_hash: newHash,
      harus_ganti_password: 0,
      password_diubah_pada: now.toISOString(),
    });
    if (!updated) return fail('DATA.KONFLIK');
    // other devices logged in with the old password are signed out; this one stays
    await repo.deleteSessionsOf(trx, aktor.akunId, aktor.sessionHash);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PASSWORD_DIGANTI', entitas: 'akun', entitasId: aktor.akunId, sebelum: { harusGantiPassword: aktor.harusGantiPassword }, sesudah: { harusGantiPassword: false } }, now);
    return ok(undefined);
  });
  lupakanSesiAkun(ctx, aktor.akunId);
  return result;
}

/** Length is checked by the contract; here: not the username, not a single repeated character class. */
export function isWeak(password: string, username: string): boolean {
  const lower = password.toLowerCase();
  if (username.length >= 4 && lower.includes(username.toLowerCase())) return true;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  return classes < 2 || new Set(password).size < 5;
}

export const DEMO_PASSWORD = 'Demo-Kupang-2026';
export const PENGATURAN_AKUN_DEMO = 'demo.akun';

/** What the login page may show before anyone logs in: the instansi name and, in demo mode only, the demo accounts. */
export async function infoPublik(ctx: Ctx): Promise<PublicInfo> {
  const inst = await repo.findLoginInstansi(ctx.db);
  if (!inst) return { nama: 'Kinerja', demo: false, akunDemo: [], passwordDemo: null };
  const demo = inst.demo === 1 && !ctx.config.production;
  const akunDemo = demo ? (JSON.parse((await repo.getPengaturan(ctx.db, inst.id, PENGATURAN_AKUN_DEMO)) ?? '[]') as PublicInfo['akunDemo']) : [];
  return { nama: inst.nama, demo, akunDemo, passwordDemo: demo ? DEMO_PASSWORD : null };
}
