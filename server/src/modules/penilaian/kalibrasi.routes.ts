// HTTP of the kalibrasi (DOMAIN.md §2.4, issue 6 phase 2): the list of units a pimpinan calibrates, one unit's board,
// its predikat organisasi and the penetapan. Thin: zod from contracts/kalibrasi.ts → one service call → the result by
// its code. Any signed-in account may call them: the service lists and answers only what is within the actor's reach
// (a unit outside it answers 404; read-only roles get 403 on writes).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.ts';
import { KalibrasiDaftar, KalibrasiDaftarQuery, KalibrasiPapan, KalibrasiParams, PenetapanKalibrasi, PredikatOrganisasiUbah } from '../../../../contracts/kalibrasi.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as kalibrasi from './kalibrasi.service.ts';

export async function kalibrasiRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['kalibrasi'];
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/kalibrasi', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Unit kerja di bawah pimpinan (seluruh unit bagi Wali Kota, admin BKPPD, auditor) dengan jumlah penilaian, sebaran predikat dan kurva distribusinya pada satu periode', querystring: KalibrasiDaftarQuery, response: { 200: KalibrasiDaftar, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await kalibrasi.daftarKalibrasi(ctx, req.aktor!, req.query)));

  r.get('/api/v1/kalibrasi/:periodeId/unit/:unitId', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Papan kalibrasi satu unit: penilaian pegawainya, sebaran langsung terhadap batas kurva predikat organisasi, hambatan penetapan', params: KalibrasiParams, response: { 200: KalibrasiPapan, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await kalibrasi.papanKalibrasi(ctx, req.aktor!, req.params.periodeId, req.params.unitId)));

  r.put('/api/v1/kalibrasi/:periodeId/unit/:unitId/predikat', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Tentukan atau ubah predikat organisasi unit (pimpinan di atasnya atau Wali Kota; sebelum penetapan); rating hasil kerja kepala unit mengikutinya', params: KalibrasiParams, body: PredikatOrganisasiUbah, response: { 200: KalibrasiPapan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await kalibrasi.ubahPredikatOrganisasi(ctx, req.aktor!, req.params.periodeId, req.params.unitId, req.body)));

  r.post('/api/v1/kalibrasi/:periodeId/unit/:unitId/tetapkan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Penetapan: semua penilaian yang sudah dinilai di unit menjadi final (justifikasi wajib bila menyimpang dari kurva dan n mencapai jumlah minimum pengaturan penilaian, bawaan 5); tidak dapat dibuka kembali', params: KalibrasiParams, body: PenetapanKalibrasi, response: { 200: KalibrasiPapan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await kalibrasi.tetapkanKalibrasi(ctx, req.aktor!, req.params.periodeId, req.params.unitId, req.body)));
}
