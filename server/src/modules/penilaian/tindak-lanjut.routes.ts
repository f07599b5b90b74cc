// HTTP of tindak lanjut (DOMAIN.md §2.6, issue 6 phase 2): the candidates of a period, recording a penghargaan or
// pembinaan, changing one, and listing the records an actor may see. Thin: zod from contracts/tindak-lanjut.ts → one
// service call → the result by its code. Who may do what is decided in the service (tindak-lanjut.policy.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { KandidatQuery, KandidatTindakLanjut, TindakLanjut, TindakLanjutBaru, TindakLanjutQuery, TindakLanjutUbah } from '../../../../contracts/tindak-lanjut.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './tindak-lanjut.service.ts';

export async function tindakLanjutRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['tindak-lanjut'];
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/tindak-lanjut/kandidat', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Kandidat ASN teladan (predikat Sangat Baik ditetapkan, berperingkat) dan kandidat pembinaan (predikat di bawah target tanpa rencana perbaikan) satu periode di unit-unit di bawah pimpinan, beserta catatan tindak lanjut periode itu', querystring: KandidatQuery, response: { 200: KandidatTindakLanjut, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.kandidatTindakLanjut(ctx, req.aktor!, req.query)));

  r.get('/api/v1/tindak-lanjut', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Catatan tindak lanjut yang boleh dilihat: satu periode, satu pegawai, atau (tanpa saringan) milik sendiri', querystring: TindakLanjutQuery, response: { 200: z.array(TindakLanjut), 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.daftarTindakLanjut(ctx, req.aktor!, req.query)));

  r.post('/api/v1/tindak-lanjut', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Catat penghargaan (ASN teladan: predikat Sangat Baik ditetapkan, satu per pegawai per periode) atau pembinaan (rencana perbaikan 6 bulan bila tanggal selesai kosong)', body: TindakLanjutBaru, response: { 201: TindakLanjut, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.buatTindakLanjut(ctx, req.aktor!, req.body), 201));

  r.put('/api/v1/tindak-lanjut/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ubah status (direncanakan → berjalan → selesai, atau dibatalkan), uraian, hasil dan tanggal selesai satu tindak lanjut', params: z.object({ id: Id }), body: TindakLanjutUbah, response: { 200: TindakLanjut, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.ubahTindakLanjut(ctx, req.aktor!, req.params.id, req.body)));
}
