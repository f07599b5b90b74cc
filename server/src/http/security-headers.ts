// Security headers from helmet, computed once at start-up instead of on every request (@fastify/helmet rebuilds
// them per request, which cost ~13 % of a small API request in the bench). The set is static, so this is exact.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

export function computeSecurityHeaders(production: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects CSS variables at runtime
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    strictTransportSecurity: production,
  });
  middleware({} as never, res, () => undefined);
  return headers;
}

async function securityHeaders(app: FastifyInstance, opts: { production: boolean }) {
  const headers = computeSecurityHeaders(opts.production);
  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(headers);
  });
}

export default fp(securityHeaders, { name: 'kinerja-security-headers' });
