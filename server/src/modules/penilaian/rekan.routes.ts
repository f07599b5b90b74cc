// HTTP of rekan kerja input (issue 6): the penilai asks colleagues about a pegawai's behaviour and reads their answers
// (/penilaian/:id/rekan…); the colleague answers from their inbox (/rekan/permintaan…). Thin: zod from
// contracts/rekan.ts → one service call → the result by its code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import {
  PermintaanMasukDaftar,
  PermintaanMasukDetail,
  PermintaanRekanIsi,
  RekanBatal,
  RekanKandidatDaftar,
  RekanKandidatQuery,
  RekanMinta,
  RekanPenilaian,
} from '../../../../contracts/rekan.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as rekan from './rekan.service.ts';

export async function rekanRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['penilaian'];
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  // ——— the penilai's side ———

  r.get('/api/v1/penilaian/:id/rekan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Masukan rekan kerja atas perilaku pegawai: permintaan, jawaban per nilai BerAKHLAK dan ringkasannya (pejabat penilai, atasan pejabat penilai, pembaca se-instansi; tidak untuk pegawai yang dinilai)', params: idParam, response: { 200: RekanPenilaian, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await rekan.lihatRekan(ctx, req.aktor!, req.params.id)));

  r.post('/api/v1/penilaian/:id/rekan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Minta masukan 1–10 rekan kerja (pegawai aktif se-instansi, bukan pegawai yang dinilai maupun pejabat penilai) selama penilaian diajukan atau dinilai (pejabat penilai)', params: idParam, body: RekanMinta, response: { 201: RekanPenilaian, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await rekan.mintaRekan(ctx, req.aktor!, req.params.id, req.body), 201));

  r.get('/api/v1/penilaian/:id/rekan/kandidat', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Calon rekan kerja: pegawai aktif di OPD pegawai yang dinilai, dicari menurut nama atau awalan NIP (maks. 20; pejabat penilai)', params: idParam, querystring: RekanKandidatQuery, response: { 200: RekanKandidatDaftar, 403: ErrorBody, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await rekan.kandidatRekan(ctx, req.aktor!, req.params.id, req.query)));

  r.post('/api/v1/penilaian/:id/rekan/:rekanPermintaanId/batal', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Batalkan permintaan masukan yang belum diisi (pejabat penilai)', params: z.object({ id: Id, rekanPermintaanId: Id }), body: RekanBatal, response: { 200: RekanPenilaian, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await rekan.batalRekan(ctx, req.aktor!, req.params.id, req.params.rekanPermintaanId, req.body)));

  // ——— the colleague's side ———

  r.get('/api/v1/rekan/permintaan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Permintaan masukan rekan kerja kepada saya (terbaru dahulu; yang dibatalkan tidak ditampilkan)', response: { 200: PermintaanMasukDaftar } },
  }, async (req, reply) => sendResult(reply, await rekan.kotakMasukSaya(ctx, req.aktor!)));

  r.get('/api/v1/rekan/permintaan/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Satu permintaan masukan kepada saya: tujuh nilai BerAKHLAK dengan panduan perilakunya dan isian saya', params: idParam, response: { 200: PermintaanMasukDetail, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await rekan.permintaanSaya(ctx, req.aktor!, req.params.id)));

  r.put('/api/v1/rekan/permintaan/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Isi atau ubah masukan saya per nilai BerAKHLAK (rating opsional dan teks) dan catatan umum; dapat diubah sampai penilaian dinilai', params: idParam, body: PermintaanRekanIsi, response: { 200: PermintaanMasukDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await rekan.isiPermintaanSaya(ctx, req.aktor!, req.params.id, req.body)));
}
