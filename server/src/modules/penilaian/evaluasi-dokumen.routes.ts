// GET /api/v1/penilaian/:id/pdf — the Dokumen Evaluasi Kinerja Pegawai in the official layout (DOMAIN.md §2.7): whoever
// may read the record. Finalised records carry a verification code; rated ones print as DRAF; earlier states 400.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendBerkas } from '../../http/result.ts';
import { pdfEvaluasi } from './evaluasi-dokumen.service.ts';

export async function evaluasiDokumenRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  r.get('/api/v1/penilaian/:id/pdf', {
    config: { akses: LOGIN },
    schema: {
      tags: ['penilaian'],
      summary: 'Dokumen Evaluasi Kinerja Pegawai (PDF A4). Penilaian yang ditetapkan memuat kode verifikasi; yang baru dinilai bertanda DRAF tanpa kode',
      params: z.object({ id: Id }),
    },
  }, async (req, reply) =>
    // the configured public address; else, behind a proxy (trustProxy), the forwarded protocol and host
    sendBerkas(reply, await pdfEvaluasi(ctx, req.aktor!, req.params.id, { asalUrl: ctx.config.publicUrl ?? `${req.protocol}://${req.host}` })));
}
