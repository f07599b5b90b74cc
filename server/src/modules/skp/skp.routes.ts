// HTTP of the SKP (issue 4): periods, the pegawai's SKP, the penilai's queue, matriks peran hasil and bulk
// assignment. Thin: zod from contracts/skp.ts → one service call → the result by its code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import {
  AntrianSkp,
  AntrianSkpQuery,
  EkspektasiUbah,
  HasilTugaskan,
  MatriksPeranHasil,
  PilihanTautan,
  SkpAksiBody,
  SkpBaru,
  SkpDetail,
  SkpPeriode,
  SkpPeriodeBaru,
  SkpPeriodeUbah,
  SkpSaya,
  SkpUbah,
  TugaskanRhk,
} from '../../../../contracts/skp.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as antrian from './antrian.service.ts';
import * as matriks from './matriks.service.ts';
import * as periode from './periode.service.ts';
import * as baca from './skp.service.ts';
import * as tulis from './skp-tulis.service.ts';
import * as tugaskan from './tugaskan.service.ts';

export async function skpRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['skp'];
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  // ——— periode (admin BKPPD) ———

  r.get('/api/v1/skp/periode', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Periode SKP instansi (terbaru dulu)', response: { 200: z.array(SkpPeriode) } },
  }, async (req, reply) => sendResult(reply, await periode.daftarPeriode(ctx, req.aktor!)));

  r.post('/api/v1/skp/periode', {
    config: { akses: peran('admin_bkppd') },
    schema: { tags, summary: 'Buka periode SKP satu tahun (seluruh instansi atau unit tertentu beserta subunitnya)', body: SkpPeriodeBaru, response: { 201: SkpPeriode, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await periode.buatPeriode(ctx, req.aktor!, req.body), 201));

  r.put('/api/v1/skp/periode/:id', {
    config: { akses: peran('admin_bkppd') },
    schema: { tags, summary: 'Ubah pendekatan bawaan, cakupan unit, atau buka/tutup periode SKP', params: idParam, body: SkpPeriodeUbah, response: { 200: SkpPeriode, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await periode.ubahPeriode(ctx, req.aktor!, req.params.id, req.body)));

  // ——— pegawai ———

  r.get('/api/v1/skp/saya', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'SKP saya (terbaru dulu) dan periode terbuka yang mencakup unit saya', response: { 200: SkpSaya } },
  }, async (req, reply) => sendResult(reply, await baca.skpSaya(ctx, req.aktor!)));

  r.post('/api/v1/skp', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Mulai SKP pada periode terbuka (boleh menyalin RHK dan indikator SKP saya yang lalu, tanpa tautan)', body: SkpBaru, response: { 201: SkpDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.buatSkp(ctx, req.aktor!, req.body), 201));

  // ——— penilai ———

  r.get('/api/v1/skp/antrian', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Antrian penilai: SKP bawahan yang menunggu keputusan, lalu seluruh bawahan dengan status SKP-nya', querystring: AntrianSkpQuery, response: { 200: AntrianSkp, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await antrian.antrianSkp(ctx, req.aktor!, req.query)));

  // ——— one SKP ———

  r.get('/api/v1/skp/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Satu SKP (pemilik, pejabat penilainya, atau yang berwenang melihat pegawainya)', params: idParam, response: { 200: SkpDetail, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await baca.detailSkp(ctx, req.aktor!, req.params.id)));

  r.put('/api/v1/skp/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Simpan isi SKP: pendekatan, RHK dengan tautan dan indikatornya (pemilik; draf atau dikembalikan)', params: idParam, body: SkpUbah, response: { 200: SkpDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.ubahSkp(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/skp/:id/aksi', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ajukan, tarik, setujui, kembalikan (catatan wajib), minta dibuka (alasan wajib), terima/tolak permintaan buka', params: idParam, body: SkpAksiBody, response: { 200: SkpDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.aksiSkp(ctx, req.aktor!, req.params.id, req.body)));

  r.get('/api/v1/skp/:id/rhk-atasan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Pilihan tautan RHK: RHK pada SKP pejabat penilai periode yang sama, atau sasaran Perjanjian Kinerja (JPT/kepala OPD)', params: idParam, response: { 200: PilihanTautan, 403: ErrorBody, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await baca.pilihanTautan(ctx, req.aktor!, req.params.id)));

  r.put('/api/v1/skp/:id/ekspektasi', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ekspektasi khusus pimpinan per nilai BerAKHLAK (pejabat penilai; teks kosong menghapus)', params: idParam, body: EkspektasiUbah, response: { 200: SkpDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.ubahEkspektasi(ctx, req.aktor!, req.params.id, req.body)));

  r.get('/api/v1/skp/:id/matriks', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Matriks peran hasil: RHK bawahan yang mengintervensi tiap RHK SKP ini, dan bawahan yang belum tertaut', params: idParam, response: { 200: MatriksPeranHasil, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await matriks.matriksPeranHasil(ctx, req.aktor!, req.params.id)));

  r.post('/api/v1/skp/:id/rhk/:rhkId/tugaskan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Tugaskan RHK ini ke SKP bawahan terpilih (draf dibuat bila belum ada); hasil per pegawai', params: z.object({ id: Id, rhkId: Id }), body: TugaskanRhk, response: { 200: HasilTugaskan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tugaskan.tugaskanRhk(ctx, req.aktor!, req.params.id, req.params.rhkId, req.body)));
}
