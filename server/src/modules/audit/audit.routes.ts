import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditPage, AuditVerifikasi } from '../../../../contracts/audit.ts';
import { ErrorBody, PageQuery } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { peran } from '../../http/access.ts';
import { ok, sendResult } from '../../http/result.ts';
import { daftarAudit, verifikasiAudit } from './audit.service.ts';

export async function auditRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['audit'];
  const akses = peran('auditor', 'admin_bkppd');

  r.get('/api/v1/audit', {
    config: { akses },
    schema: { tags, summary: 'Log audit (terbaru dahulu)', querystring: PageQuery, response: { 200: AuditPage, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, ok(await daftarAudit(ctx.db, req.aktor!.instansiId, req.query.page, req.query.pageSize))));

  r.get('/api/v1/audit/verifikasi', {
    config: { akses },
    schema: { tags, summary: 'Verifikasi rantai hash log audit', response: { 200: AuditVerifikasi, 403: ErrorBody } },
  }, async (_req, reply) => sendResult(reply, ok(await verifikasiAudit(ctx.db, ctx.now()))));
}
