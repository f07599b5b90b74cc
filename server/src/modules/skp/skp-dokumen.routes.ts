// GET /api/v1/skp/:id/pdf — the SKP in the official layout (owner, penilai, and those who may see the pegawai).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendFailure } from '../../http/result.ts';
import { pdfSkp } from './skp-dokumen.service.ts';

export async function skpDokumenRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  r.get('/api/v1/skp/:id/pdf', {
    config: { akses: LOGIN },
    schema: {
      tags: ['skp'],
      summary: 'SKP dalam format resmi (PDF A4). SKP yang disetujui memuat kode verifikasi; selain itu bertanda DRAF tanpa kode',
      params: z.object({ id: Id }),
    },
  }, async (req, reply) => {
    // the configured public address; else, behind a proxy (trustProxy), the forwarded protocol and host
    const res = await pdfSkp(ctx, req.aktor!, req.params.id, { asalUrl: ctx.config.publicUrl ?? `${req.protocol}://${req.host}` });
    if (!res.ok) return sendFailure(reply, res);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${res.value.nama.replace(/[^\w.-]/g, '_')}"`)
      .header('content-length', res.value.isi.length)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(res.value.isi);
  });
}
