import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { EksporPegawaiQuery, FIELD_BERKAS, IMPOR_BATAS, ImporDaftar, ImporHasil, ImporPratinjau, TemplatQuery } from '../../../../contracts/impor.ts';
import type { Ctx } from '../../context.ts';
import { peran } from '../../http/access.ts';
import { fail, ok, type Result, sendBerkas, sendFailure, sendResult } from '../../http/result.ts';
import * as ekspor from './ekspor.service.ts';
import * as impor from './impor.service.ts';

/** The uploaded file of a multipart request (field "berkas"), read into memory within the size limit. */
async function bacaUnggahan(req: FastifyRequest): Promise<Result<impor.BerkasUnggahan>> {
  if (!req.isMultipart()) return fail('VALIDASI.GAGAL', `Kirim berkas sebagai multipart/form-data dengan field "${FIELD_BERKAS}".`);
  const part = await req.file({ limits: { fileSize: IMPOR_BATAS.ukuranBerkas, files: 1 } });
  if (!part || part.type !== 'file' || part.fieldname !== FIELD_BERKAS) return fail('VALIDASI.GAGAL', `Berkas tidak ditemukan: kirim di field "${FIELD_BERKAS}".`);
  try {
    return ok({ namaFile: part.filename, data: await part.toBuffer() });
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return fail('IMPOR.BERKAS_TERLALU_BESAR');
    throw e;
  }
}

export async function imporRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['kepegawaian: impor & ekspor'];
  const admin = peran('admin_bkppd');
  const idParam = z.object({ id: Id });
  const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/impor-pegawai/templat', {
    config: { akses: admin },
    schema: { tags, summary: 'Templat impor pegawai (.xlsx dengan lembar Petunjuk, atau .csv)', querystring: TemplatQuery },
  }, async (req, reply) => sendBerkas(reply, await impor.templatImpor(ctx, req.aktor!, req.query.format)));

  r.post('/api/v1/impor-pegawai', {
    config: { akses: admin },
    schema: {
      tags,
      summary: `Unggah berkas .xlsx/.csv (multipart, field "${FIELD_BERKAS}", maks. 10 MB) → pratinjau per baris; belum ada data yang diubah`,
      consumes: ['multipart/form-data'],
      response: { 201: ImporPratinjau, ...errors, 413: ErrorBody, 415: ErrorBody },
    },
  }, async (req, reply) => {
    const berkas = await bacaUnggahan(req);
    if (!berkas.ok) return sendFailure(reply, berkas);
    return sendResult(reply, await impor.pratinjauImpor(ctx, req.aktor!, berkas.value), 201);
  });

  r.get('/api/v1/impor-pegawai', {
    config: { akses: admin },
    schema: { tags, summary: 'Impor terakhir (20)', response: { 200: ImporDaftar, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await impor.daftarImpor(ctx, req.aktor!)));

  r.get('/api/v1/impor-pegawai/:id', {
    config: { akses: admin },
    schema: { tags, summary: 'Pratinjau/hasil satu impor', params: idParam, response: { 200: ImporPratinjau, ...errors } },
  }, async (req, reply) => sendResult(reply, await impor.lihatImpor(ctx, req.aktor!, req.params.id)));

  r.post('/api/v1/impor-pegawai/:id/terapkan', {
    config: { akses: admin },
    schema: { tags, summary: 'Terapkan pratinjau tanpa galat: semua baris dalam satu transaksi, atau tidak sama sekali', params: idParam, response: { 200: ImporHasil, ...errors } },
  }, async (req, reply) => sendResult(reply, await impor.terapkanImpor(ctx, req.aktor!, req.params.id)));

  r.post('/api/v1/impor-pegawai/:id/batal', {
    config: { akses: admin },
    schema: { tags, summary: 'Batalkan pratinjau yang belum diterapkan', params: idParam, response: { 204: z.null().describe('dibatalkan'), ...errors } },
  }, async (req, reply) => sendResult(reply, await impor.batalkanImpor(ctx, req.aktor!, req.params.id)));

  const pembaca = peran('admin_bkppd', 'pimpinan_opd', 'auditor', 'walikota');
  r.get('/api/v1/ekspor/pegawai', {
    config: { akses: pembaca },
    schema: { tags, summary: 'Ekspor pegawai dalam jangkauan ke Excel (tata letak templat impor)', querystring: EksporPegawaiQuery },
  }, async (req, reply) => sendBerkas(reply, await ekspor.eksporPegawai(ctx, req.aktor!, req.query)));

  r.get('/api/v1/ekspor/unit-kerja', {
    config: { akses: pembaca },
    schema: { tags, summary: 'Ekspor struktur unit kerja ke Excel (dengan jumlah pegawai)' },
  }, async (req, reply) => sendBerkas(reply, await ekspor.eksporUnitKerja(ctx, req.aktor!)));
}
