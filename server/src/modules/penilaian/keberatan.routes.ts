// HTTP of keberatan (DOMAIN.md §2.5, issue 6 phase 2): filing, the lists, one keberatan, asking and answering
// explanations, the final decision, and what an evaluation page shows about keberatan. Thin: zod from
// contracts/keberatan.ts → one service call → the result by its code. Who may do what is decided by the service.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { KeberatanAjukan, KeberatanDaftar, KeberatanDetail, KeberatanJawab, KeberatanMintaPenjelasan, KeberatanPenilaian, KeberatanPutus } from '../../../../contracts/keberatan.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './keberatan.service.ts';

export async function keberatanRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['keberatan'];
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.post('/api/v1/keberatan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ajukan keberatan atas predikat yang sudah ditetapkan (pegawai yang dinilai; dalam batas hari pengaturan penilaian sejak penetapan, bawaan 14; satu kali)', body: KeberatanAjukan, response: { 201: KeberatanDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.ajukanKeberatan(ctx, req.aktor!, req.body), 201));

  r.get('/api/v1/keberatan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Keberatan yang melibatkan saya: yang harus saya putus atau jelaskan lebih dulu, lalu yang sudah diputus', response: { 200: KeberatanDaftar } },
  }, async (req, reply) => sendResult(reply, await service.daftarKeberatan(ctx, req.aktor!)));

  r.get('/api/v1/keberatan/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Satu keberatan (pegawai, pejabat penilai, atasan pejabat penilai, atau yang berwenang melihat penilaiannya)', params: idParam, response: { 200: KeberatanDetail, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.detailKeberatan(ctx, req.aktor!, req.params.id)));

  r.post('/api/v1/keberatan/:id/penjelasan-diminta', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Minta penjelasan kepada pegawai dan pejabat penilai (atasan pejabat penilai)', params: idParam, body: KeberatanMintaPenjelasan, response: { 200: KeberatanDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.mintaPenjelasan(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/keberatan/:id/penjelasan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Beri penjelasan yang diminta (pegawai atau pejabat penilai, masing-masing penjelasannya sendiri)', params: idParam, body: KeberatanJawab, response: { 200: KeberatanDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.jawabPenjelasan(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/keberatan/:id/putusan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Putuskan keberatan: tetap atau ubah (rating baru, predikat dihitung server) beserta alasannya; final dan menerbitkan ulang Dokumen Evaluasi', params: idParam, body: KeberatanPutus, response: { 200: KeberatanDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.putusKeberatan(ctx, req.aktor!, req.params.id, req.body)));

  r.get('/api/v1/penilaian/:id/keberatan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Keberatan pada satu penilaian: boleh diajukan sekarang, batas waktunya, dan keberatannya bila sudah ada', params: idParam, response: { 200: KeberatanPenilaian, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.keberatanDariPenilaian(ctx, req.aktor!, req.params.id)));
}
