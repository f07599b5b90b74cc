import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { OverrideBaru, OverrideItem, PelaksanaTugasBaru, PelaksanaTugasItem, PenilaiPegawai, TanggalQuery, TanpaPenilaiPage } from '../../../../contracts/penilai.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import { penilaiPegawai } from './kepegawaian.service.ts';
import * as service from './penilai.service.ts';

export async function penilaiRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['penilai'];
  const admin = peran('admin_bkppd');
  const baca = peran('admin_bkppd', 'auditor');
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };

  r.get('/api/v1/pegawai/:id/penilai', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Pejabat penilai dan atasannya pada suatu tanggal (bawaan: hari ini WITA)', params: idParam, querystring: TanggalQuery, response: { 200: PenilaiPegawai, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await penilaiPegawai(ctx, req.aktor!, req.params.id, req.query.tanggal)));

  r.get('/api/v1/penilai/tanpa-penilai', {
    config: { akses: baca },
    schema: { tags, summary: 'Pegawai tanpa penilai definitif (tanpa jabatan, tanpa atasan, atau lewat jabatan kosong)', querystring: TanggalQuery, response: { 200: TanpaPenilaiPage, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.tanpaPenilai(ctx, req.aktor!, req.query.tanggal)));

  r.get('/api/v1/penilai/override', {
    config: { akses: baca },
    schema: { tags, summary: 'Penilai khusus (override) per periode', querystring: z.object({ pegawaiId: Id.optional() }), response: { 200: z.array(OverrideItem), 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.daftarOverride(ctx, req.aktor!, req.query.pegawaiId)));

  r.post('/api/v1/penilai/override', {
    config: { akses: admin },
    schema: { tags, summary: 'Tetapkan penilai khusus untuk satu pegawai dan periode (dengan alasan)', body: OverrideBaru, response: { 201: z.object({ id: Id }), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.buatOverride(ctx, req.aktor!, req.body), 201));

  r.post('/api/v1/penilai/override/:id/cabut', {
    config: { akses: admin },
    schema: { tags, summary: 'Cabut penilai khusus', params: idParam, response: { 204: z.null(), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.cabutOverride(ctx, req.aktor!, req.params.id)));

  r.get('/api/v1/penilai/pelaksana-tugas', {
    config: { akses: baca },
    schema: { tags, summary: 'Plt/Plh', querystring: z.object({ jabatanId: Id.optional() }), response: { 200: z.array(PelaksanaTugasItem), 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.daftarPlt(ctx, req.aktor!, req.query.jabatanId)));

  r.post('/api/v1/penilai/pelaksana-tugas', {
    config: { akses: admin },
    schema: { tags, summary: 'Tetapkan Plt/Plh sebuah jabatan untuk rentang tanggal', body: PelaksanaTugasBaru, response: { 201: z.object({ id: Id }), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.buatPlt(ctx, req.aktor!, req.body), 201));

  r.post('/api/v1/penilai/pelaksana-tugas/:id/cabut', {
    config: { akses: admin },
    schema: { tags, summary: 'Cabut Plt/Plh', params: idParam, response: { 204: z.null(), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.cabutPlt(ctx, req.aktor!, req.params.id)));
}
