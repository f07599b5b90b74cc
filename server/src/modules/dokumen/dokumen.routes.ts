// Public verification of issued documents: anyone holding a printed SKP (later: an evaluation document) checks its
// code without an account. Rate-limited per IP; the code space (60 random bits) makes guessing pointless anyway.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.ts';
import { VerifikasiDokumen } from '../../../../contracts/skp.ts';
import type { Ctx } from '../../context.ts';
import { PUBLIK } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './dokumen.service.ts';

export interface DokumenRouteOptions {
  ctx: Ctx;
  /** verification requests per IP per minute */
  verifikasiPerMenit?: number;
}

export async function dokumenRoutes(app: FastifyInstance, opts: DokumenRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  r.get('/api/v1/verifikasi/:kode', {
    config: { akses: PUBLIK, rateLimit: { max: opts.verifikasiPerMenit ?? 60, timeWindow: 60_000 } },
    schema: {
      tags: ['verifikasi'],
      summary: 'Periksa keaslian dokumen dari kode verifikasinya (tanpa login): asli dan berlaku, atau asli tetapi sudah diganti versi yang lebih baru',
      // the format is checked by the service (case, dashes and look-alike letters are forgiven there)
      params: z.object({ kode: z.string().max(64, 'Kode verifikasi terlalu panjang') }),
      response: { 200: VerifikasiDokumen, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
    },
  }, async (req, reply) => sendResult(reply, await service.verifikasi(ctx, req.params.kode)));
}
