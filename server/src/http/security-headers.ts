// Security headers, computed once at start-up instead of on every request (@fastify/helmet rebuilds them per
// request, ~13 % of a small API request in the bench). The sets are static, so this is exact.
// - Documents (the web app, its assets, the API docs page): helmet's full set with a strict CSP.
// - JSON API responses: the lean set OWASP's REST Security Cheat Sheet asks of an API — nosniff, no caching of
//   personal data, a CSP that forbids everything and any framing, HSTS in production. The document-only headers
//   (COOP, CORP, Origin-Agent-Cluster, referrer policy …) do nothing for a JSON body and cost a write per header.
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

export function apiSecurityHeaders(production: boolean): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    ...(production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

async function securityHeaders(app: FastifyInstance, opts: { production: boolean }) {
  const documentHeaders = computeSecurityHeaders(opts.production);
  const apiHeaders = apiSecurityHeaders(opts.production);
  app.addHook('onRequest', async (req, reply) => {
    const api = req.url.startsWith('/api/') && !req.url.startsWith('/api/docs');
    reply.headers(api ? apiHeaders : documentHeaders);
  });
}

export default fp(securityHeaders, { name: 'kinerja-security-headers' });
