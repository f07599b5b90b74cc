import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordBody, LoginBody, Me, PublicInfo } from '../../../../contracts/auth.ts';
import { ErrorBody, LIMITS } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { PUBLIK } from '../../http/access.ts';
import { SESSION_COOKIE } from '../../http/auth-plugin.ts';
import { sendFailure, sendResult } from '../../http/result.ts';
import * as service from './auth.service.ts';

export interface AuthRouteOptions {
  ctx: Ctx;
  /** Login attempts per IP per minute, before the per-username lockout. */
  loginPerMinute: number;
}

export async function authRoutes(app: FastifyInstance, opts: AuthRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['auth'];

  r.get('/api/v1/info', {
    config: { akses: PUBLIK },
    schema: { tags, summary: 'Nama instansi dan, pada mode demo, akun demo', response: { 200: PublicInfo } },
  }, async (_req, reply) => reply.send(await service.infoPublik(ctx)));

  r.post('/api/v1/auth/login', {
    config: {
      akses: PUBLIK,
      rateLimit: { max: opts.loginPerMinute, timeWindow: 60_000 },
    },
    schema: { tags, summary: 'Masuk dengan NIP atau nama akun', body: LoginBody, response: { 200: Me, 401: ErrorBody, 429: ErrorBody } },
  }, async (req, reply) => {
    const result = await service.login(ctx, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
    if (!result.ok) return sendFailure(reply, result);
    reply.setCookie(SESSION_COOKIE, result.value.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      path: '/',
      maxAge: LIMITS.sessionHours * 3600,
    });
    return reply.send(result.value.me);
  });

  r.get('/api/v1/auth/me', {
    config: { akses: { peran: 'login', saatGantiPassword: true } },
    schema: { tags, summary: 'Akun yang sedang masuk', response: { 200: Me, 401: ErrorBody } },
  }, async (req, reply) => reply.send(req.me!));

  r.post('/api/v1/auth/logout', {
    config: { akses: { peran: 'login', saatGantiPassword: true } },
    schema: { tags, summary: 'Keluar', response: { 204: z.null(), 401: ErrorBody } },
  }, async (req, reply) => {
    const result = await service.logout(ctx, req.aktor!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return sendResult(reply, result);
  });

  r.post('/api/v1/auth/password', {
    config: { akses: { peran: 'login', saatGantiPassword: true } },
    schema: { tags, summary: 'Ganti kata sandi sendiri', body: ChangePasswordBody, response: { 204: z.null(), 400: ErrorBody, 401: ErrorBody, 409: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.gantiPassword(ctx, req.aktor!, req.body)));

}
