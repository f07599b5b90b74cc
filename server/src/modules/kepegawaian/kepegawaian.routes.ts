import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id, PageQuery } from '../../../../contracts/common.ts';
import { PegawaiPage, PegawaiProfil } from '../../../../contracts/kepegawaian.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './kepegawaian.service.ts';

export async function kepegawaianRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['kepegawaian'];

  r.get('/api/v1/pegawai/saya', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Profil pegawai sendiri', response: { 200: PegawaiProfil, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.profilSaya(ctx, req.aktor!)));

  r.get('/api/v1/pegawai/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Profil pegawai (dalam jangkauan)', params: z.object({ id: Id }), response: { 200: PegawaiProfil, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.profilPegawai(ctx, req.aktor!, req.params.id)));

  r.get('/api/v1/pegawai', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Daftar pegawai dalam jangkauan', querystring: PageQuery.extend({ q: z.string().max(100).optional() }), response: { 200: PegawaiPage } },
  }, async (req, reply) => sendResult(reply, await service.daftarPegawai(ctx, req.aktor!, req.query)));
}
