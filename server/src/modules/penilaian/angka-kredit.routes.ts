// GET /api/v1/penilaian/:id/angka-kredit — the angka kredit of one evaluation (DOMAIN.md §2.6). Thin: zod from
// contracts/angka-kredit.ts → one service call → the result by its code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AngkaKreditPenilaian } from '../../../../contracts/angka-kredit.ts';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import { angkaKreditPenilaian } from './angka-kredit.service.ts';

export async function angkaKreditRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  r.get('/api/v1/penilaian/:id/angka-kredit', {
    config: { akses: LOGIN },
    schema: {
      tags: ['penilaian'],
      summary: 'Angka kredit satu penilaian (jabatan fungsional): (bulan/12) × persentase predikat × koefisien jenjang',
      params: z.object({ id: Id }),
      response: { 200: AngkaKreditPenilaian, 404: ErrorBody },
    },
  }, async (req, reply) => sendResult(reply, await angkaKreditPenilaian(ctx, req.aktor!, req.params.id)));
}
