// Bukti dukung: upload (multipart), links, delete, list, and the scoped download with safe headers.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BuktiItem, TautanBaru } from '../../../../contracts/aktivitas.ts';
import { BerkasBuktiQuery, BuktiDaftar, FIELD_BUKTI } from '../../../../contracts/bukti.ts';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendFailure, sendResult, type Result } from '../../http/result.ts';
import * as bukti from './bukti.service.ts';

const CSP_GAMBAR = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
// documents can carry scripts (PDF JavaScript, HTML-ish payloads): no origin, no scripts, no forms
const CSP_DOKUMEN = `sandbox; ${CSP_GAMBAR}`;

/** Sends a stored file: exact type, nosniff, a safe name, a private cache keyed by the content hash. */
function kirimBerkas(reply: FastifyReply, r: Result<bukti.UnduhanBukti>, ifNoneMatch: string | undefined): FastifyReply {
  if (!r.ok) return sendFailure(reply, r);
  const f = r.value;
  const ascii = f.nama.replace(/[^\w.\- ]/g, '_');
  reply
    .header('content-type', f.mime)
    .header('content-disposition', `${f.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.nama)}`)
    .header('x-content-type-options', 'nosniff')
    // the content behind a bukti id never changes (a new file is a new bukti); private: personal data
    .header('cache-control', 'private, max-age=86400')
    .header('etag', f.etag)
    .header('content-security-policy', f.dokumen ? CSP_DOKUMEN : CSP_GAMBAR);
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === f.etag)) {
    f.stream.destroy();
    return reply.code(304).send();
  }
  return reply.header('content-length', f.ukuran).send(f.stream);
}

export async function buktiRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['aktivitas: bukti dukung'];
  const aktivitasParam = z.object({ id: Id });
  const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.post('/api/v1/aktivitas/:id/bukti', {
    config: { akses: LOGIN },
    schema: {
      tags,
      summary: `Unggah berkas bukti (multipart, field "${FIELD_BUKTI}"): foto JPEG/PNG/WebP/HEIC, PDF, DOCX/XLSX/PPTX, ODT/ODS — jenis diperiksa dari isinya; maks. 10 MB, 5 berkas per aktivitas`,
      consumes: ['multipart/form-data'],
      params: aktivitasParam,
      response: { 201: BuktiItem, ...errors, 413: ErrorBody, 415: ErrorBody },
    },
  }, async (req, reply) => {
    let part: MultipartFile | undefined;
    const buka = async (batasByte: number) => {
      if (!req.isMultipart()) return null;
      // one byte over the limit is enough to know it is too big; the storage refuses it and busboy drops the rest
      part = await req.file({ limits: { fileSize: batasByte + 1, files: 1 }, throwFileSizeLimit: false });
      if (!part || part.fieldname !== FIELD_BUKTI) return null;
      return { nama: part.filename, isi: part.file };
    };
    try {
      return sendResult(reply, await bukti.unggahBukti(ctx, req.aktor!, req.params.id, buka), 201);
    } finally {
      part?.file.resume();
    }
  });

  r.post('/api/v1/aktivitas/:id/bukti/tautan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Tambah tautan sebagai bukti (http/https)', params: aktivitasParam, body: TautanBaru, response: { 201: BuktiItem, ...errors } },
  }, async (req, reply) => sendResult(reply, await bukti.tambahTautan(ctx, req.aktor!, req.params.id, req.body), 201));

  r.get('/api/v1/aktivitas/:id/bukti', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Bukti dukung satu aktivitas', params: aktivitasParam, response: { 200: BuktiDaftar, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await bukti.daftarBukti(ctx, req.aktor!, req.params.id)));

  r.delete('/api/v1/aktivitas/:id/bukti/:buktiId', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Hapus bukti (pemilik, sebelum aktivitas diputuskan)', params: z.object({ id: Id, buktiId: Id }), response: { 204: z.null().describe('dihapus'), ...errors } },
  }, async (req, reply) => sendResult(reply, await bukti.hapusBukti(ctx, req.aktor!, req.params.id, req.params.buktiId)));

  r.get('/api/v1/bukti/:buktiId/berkas', {
    config: { akses: LOGIN },
    schema: {
      tags,
      summary: 'Unduh berkas bukti (hanya dalam jangkauan); ?ukuran=kecil = salinan gambar untuk layar ponsel (WebP, ≤ 1280 px)',
      params: z.object({ buktiId: Id }),
      querystring: BerkasBuktiQuery,
    },
  }, async (req, reply) => kirimBerkas(reply, await bukti.unduhBukti(ctx, req.aktor!, req.params.buktiId, req.query.ukuran), req.headers['if-none-match']));
}
