// HTTP of the riwayat kinerja (issue 6): a pegawai's evaluations of every year with ratings, predikat, umpan balik,
// documents, keberatan and tindak lanjut. Thin: zod from contracts/riwayat-kinerja.ts → one service call → the result.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.ts';
import { RiwayatKinerja, RiwayatQuery } from '../../../../contracts/riwayat-kinerja.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './riwayat.service.ts';

export async function riwayatRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  r.get('/api/v1/penilaian/riwayat', {
    config: { akses: LOGIN },
    schema: {
      tags: ['penilaian'],
      summary: 'Riwayat kinerja seorang pegawai (bawaan: diri sendiri): predikat, rating, umpan balik, dokumen, keberatan dan tindak lanjut per periode, tahunan di samping periodik',
      querystring: RiwayatQuery,
      response: { 200: RiwayatKinerja, 404: ErrorBody },
    },
  }, async (req, reply) => sendResult(reply, await service.riwayatKinerja(ctx, req.aktor!, req.query)));
}
