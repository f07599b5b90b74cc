import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { JabatanBaru, JabatanPage, JabatanQuery, JabatanTersimpan, JabatanUbah } from '../../../../contracts/jabatan.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './jabatan.service.ts';

export async function jabatanRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['jabatan'];
  const admin = peran('admin_bkppd');
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/jabatan', {
    config: { akses: LOGIN },
    schema: {
      tags,
      summary: 'Daftar jabatan dengan jumlah pemangku dan lowongan (admin/auditor/wali kota: instansi; pimpinan OPD: OPD-nya)',
      querystring: JabatanQuery,
      response: { 200: JabatanPage, 403: ErrorBody },
    },
  }, async (req, reply) => sendResult(reply, await service.daftarJabatan(ctx, req.aktor!, req.query)));

  r.post('/api/v1/jabatan', {
    config: { akses: admin },
    schema: { tags, summary: 'Tambah jabatan', body: JabatanBaru, response: { 201: JabatanTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.buatJabatan(ctx, req.aktor!, req.body), 201));

  r.put('/api/v1/jabatan/:id', {
    config: { akses: admin },
    schema: { tags, summary: 'Ubah jabatan (atasan yang membuat rantai berputar ditolak)', params: z.object({ id: Id }), body: JabatanUbah, response: { 200: JabatanTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.ubahJabatan(ctx, req.aktor!, req.params.id, req.body)));
}
