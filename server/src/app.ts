// buildApp(options) → a ready Fastify instance that never listens by itself: main.ts listens, tests inject().
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { HealthResponse } from '../../contracts/auth.ts';
import { IMPOR_BATAS } from '../../contracts/impor.ts';
import type { Ctx } from './context.ts';
import { ping } from './db/database.ts';
import authPlugin from './http/auth-plugin.ts';
import errorsPlugin from './http/errors-plugin.ts';
import securityHeaders from './http/security-headers.ts';
import { serializerCompiler } from './http/serializer.ts';
import { errorBody } from './http/result.ts';
import { akunRoutes } from './modules/auth/akun.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { kepegawaianRoutes } from './modules/kepegawaian/kepegawaian.routes.ts';
import { jabatanRoutes } from './modules/kepegawaian/jabatan.routes.ts';
import { unitKerjaRoutes } from './modules/kepegawaian/unit-kerja.routes.ts';
import { penilaiRoutes } from './modules/kepegawaian/penilai.routes.ts';
import { imporRoutes } from './modules/kepegawaian/impor.routes.ts';
import { buktiRoutes } from './modules/aktivitas/bukti.routes.ts';
import { aktivitasRoutes } from './modules/aktivitas/aktivitas.routes.ts';
import { skpRoutes } from './modules/skp/skp.routes.ts';
import { skpLainRoutes } from './modules/skp/skp-lain.routes.ts';
import { hariLiburRoutes } from './modules/aktivitas/hari-libur.routes.ts';
import { peristiwaRoutes } from './modules/aktivitas/peristiwa.routes.ts';
import { dokumenRoutes } from './modules/dokumen/dokumen.routes.ts';
import { skpDokumenRoutes } from './modules/skp/skp-dokumen.routes.ts';
import { penilaianRoutes } from './modules/penilaian/penilaian.routes.ts';
import { tindakLanjutRoutes } from './modules/penilaian/tindak-lanjut.routes.ts';
import { riwayatRoutes } from './modules/penilaian/riwayat.routes.ts';
import { evaluasiDokumenRoutes } from './modules/penilaian/evaluasi-dokumen.routes.ts';
import { angkaKreditRoutes } from './modules/penilaian/angka-kredit.routes.ts';
import { kalibrasiRoutes } from './modules/penilaian/kalibrasi.routes.ts';
import { rekanRoutes } from './modules/penilaian/rekan.routes.ts';
import { keberatanRoutes } from './modules/penilaian/keberatan.routes.ts';
import { pengaturanPenilaianRoutes } from './modules/penilaian/pengaturan-penilaian.routes.ts';

export const VERSION = '0.1.0';

export interface BuildAppOptions {
  ctx: Ctx;
  logLevel?: string;
  /** Directory of the built web app; when absent the API runs alone. */
  webDistDir?: string | undefined;
  loginPerMinute?: number;
  /** Heartbeat (and session re-check) interval of the aktivitas SSE stream; tests shorten it. */
  detakSseMs?: number;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { ctx } = opts;
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'info' },
    trustProxy: true,
    bodyLimit: 1_048_576,
    // one log line per request only when debugging; errors are logged by the error handler either way
    logController: new LogController({ disableRequestLogging: opts.logLevel !== 'debug' && opts.logLevel !== 'trace' }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(securityHeaders, { production: ctx.config.production });
  await app.register(cookie);
  // only routes that opt in (config.rateLimit) are limited: static files and docs must never count
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => ({ statusCode: 429, ...errorBody('AUTH.TERLALU_SERING') }) });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Kinerja API', version: VERSION, description: 'API sistem kinerja ASN. Galat: `{code, message, details?}`.' },
      components: { securitySchemes: { sesi: { type: 'apiKey', in: 'cookie', name: 'kinerja_sesi' } } },
    },
    transform: jsonSchemaTransform,
  });
  // swagger-ui's page needs its own inline script: staticCSP gives its routes a CSP with the script's hash
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(authPlugin, { ctx });
  // uploads (pegawai import): one file per request, read in the route within its own limit; no field may be large
  await app.register(multipart, { limits: { fileSize: IMPOR_BATAS.ukuranBerkas, files: 1, fields: 5, fieldSize: 1024, parts: 6 } });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/health', { schema: { tags: ['sistem'], summary: 'Liveness dan kesiapan database', response: { 200: HealthResponse, 503: HealthResponse } } }, async (_req, reply) => {
    const dbOk = await ping(ctx.db);
    return reply.code(dbOk ? 200 : 503).send({ status: dbOk ? 'ok' : 'degraded', database: { dialect: ctx.dialect, ok: dbOk }, versi: VERSION });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(authRoutes, { ctx, loginPerMinute: opts.loginPerMinute ?? 30 });
  await app.register(akunRoutes, { ctx });
  await app.register(kepegawaianRoutes, { ctx });
  await app.register(unitKerjaRoutes, { ctx });
  await app.register(jabatanRoutes, { ctx });
  await app.register(penilaiRoutes, { ctx });
  await app.register(imporRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(buktiRoutes, { ctx });
  await app.register(aktivitasRoutes, { ctx });
  await app.register(skpRoutes, { ctx });
  await app.register(skpLainRoutes, { ctx });
  await app.register(hariLiburRoutes, { ctx });
  await app.register(peristiwaRoutes, { ctx, ...(opts.detakSseMs ? { detakMs: opts.detakSseMs } : {}) });
  await app.register(dokumenRoutes, { ctx });
  await app.register(skpDokumenRoutes, { ctx });
  await app.register(penilaianRoutes, { ctx });
  await app.register(tindakLanjutRoutes, { ctx });
  await app.register(riwayatRoutes, { ctx });
  await app.register(evaluasiDokumenRoutes, { ctx });
  await app.register(angkaKreditRoutes, { ctx });
  await app.register(kalibrasiRoutes, { ctx });
  await app.register(rekanRoutes, { ctx });
  await app.register(keberatanRoutes, { ctx });
  await app.register(pengaturanPenilaianRoutes, { ctx });

  const dist = opts.webDistDir;
  const hasWeb = !!dist && fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Vite's hashed assets never change; index.html must be revalidated so a new build is picked up
        res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const looksLikeFile = /\.[a-z0-9]{1,8}$/i.test(req.url.split('?')[0] ?? '');
    if (req.url.startsWith('/api') || !hasWeb || looksLikeFile || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return reply.code(404).send(errorBody('SISTEM.TIDAK_ADA_RUTE'));
    }
    // deep links of the single-page app (/profil, /pegawai/…) get index.html; the router takes over
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
