import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AkunPage, ResetPasswordResponse } from '../../../../contracts/akun.ts';
import { ErrorBody, Id, PageQuery } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './akun.service.ts';

export async function akunRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['akun'];
  const akses = peran('admin_bkppd');

  r.get('/api/v1/akun', {
    config: { akses },
    schema: { tags, summary: 'Daftar akun (admin BKPPD)', querystring: PageQuery.extend({ q: z.string().max(100).optional() }), response: { 200: AkunPage, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.daftarAkun(ctx, req.aktor!, req.query)));

  r.post('/api/v1/akun/:id/reset-password', {
    config: { akses },
    schema: { tags, summary: 'Reset kata sandi; pengguna wajib menggantinya saat masuk', params: z.object({ id: Id }), response: { 200: ResetPasswordResponse, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.resetPassword(ctx, req.aktor!, req.params.id)));
}
