// HTTP of the working-day calendar: holidays (everyone reads, admin BKPPD writes) and a unit's working week.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HariKerjaUnit, HariKerjaUnitUbah, HariLibur, HariLiburBaru, HariLiburQuery } from '../../../../contracts/aktivitas.ts';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './hari-libur.service.ts';

export async function hariLiburRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['hari libur'];
  const admin = peran('admin_bkppd');
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/hari-libur', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Hari libur nasional, cuti bersama dan libur unit dalam satu tahun (bawaan: tahun ini)', querystring: HariLiburQuery, response: { 200: z.array(HariLibur) } },
  }, async (req, reply) => sendResult(reply, await service.daftarHariLibur(ctx, req.aktor!, req.query.tahun ?? Number(tanggalWita(ctx.now()).slice(0, 4)))));

  r.post('/api/v1/hari-libur', {
    config: { akses: admin },
    schema: { tags, summary: 'Tambah hari libur (instansi, atau unit beserta sub-unitnya)', body: HariLiburBaru, response: { 201: HariLibur, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.buatHariLibur(ctx, req.aktor!, req.body), 201));

  r.delete('/api/v1/hari-libur/:id', {
    config: { akses: admin },
    schema: { tags, summary: 'Hapus hari libur', params: idParam, response: { 204: z.null(), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.hapusHariLibur(ctx, req.aktor!, req.params.id)));

  r.get('/api/v1/unit-kerja/:id/hari-kerja', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Hari kerja per minggu sebuah unit (miliknya sendiri dan yang berlaku)', params: idParam, response: { 200: HariKerjaUnit, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.hariKerjaUnit(ctx, req.aktor!, req.params.id)));

  r.put('/api/v1/unit-kerja/:id/hari-kerja', {
    config: { akses: admin },
    schema: { tags, summary: 'Atur hari kerja per minggu unit (6 berlaku juga untuk seluruh sub-unitnya)', params: idParam, body: HariKerjaUnitUbah, response: { 200: HariKerjaUnit, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.aturHariKerjaUnit(ctx, req.aktor!, req.params.id, req.body.hariKerjaPerMinggu)));
}
