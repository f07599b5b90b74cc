// Resolves the session cookie into request.aktor, then enforces the route's declared access and CSRF protection:
// unauthenticated → 401, wrong role → 403, missing/invalid CSRF token on a state-changing request → 403.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Ctx } from '../context.ts';
import { resolveSession } from '../modules/auth/auth.service.ts';
import type { Akses } from './access.ts';
import { errorBody } from './result.ts';
import { statusOf } from './error-map.ts';
import type { ErrorCode } from '../../../contracts/errors.ts';

export const SESSION_COOKIE = 'kinerja_sesi';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function deny(reply: FastifyReply, code: ErrorCode) {
  return reply.code(statusOf(code)).send(errorBody(code));
}

async function authPlugin(app: FastifyInstance, opts: { ctx: Ctx }) {
  app.decorateRequest('aktor', null);
  app.decorateRequest('me', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.akses) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.akses`);
    }
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const akses = req.routeOptions.config?.akses as Akses | undefined;
    if (!akses) return; // health, docs, static files
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await resolveSession(opts.ctx, token);
      if (resolved) {
        req.aktor = resolved.aktor;
        req.me = resolved.me;
      }
    }
    if ('publik' in akses) return;
    const aktor = req.aktor;
    if (!aktor) return deny(reply, 'AUTH.TIDAK_MASUK');
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || header !== aktor.csrfToken) return deny(reply, 'AUTH.CSRF');
    }
    if (aktor.harusGantiPassword && !akses.saatGantiPassword) return deny(reply, 'AUTH.HARUS_GANTI_PASSWORD');
    if (akses.peran !== 'login' && !akses.peran.some((p) => aktor.peran.includes(p))) return deny(reply, 'AKSES.DITOLAK');
  });
}

export default fp(authPlugin, { name: 'kinerja-auth', dependencies: ['@fastify/cookie'] });
