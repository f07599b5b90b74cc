// HTTP of the SKP capabilities around the SKP itself (issue 4): Perjanjian Kinerja, SKP monitoring (+ Excel), and
// the registration of the mid-year split on mutasi / change of penilai. Thin: zod from contracts/skp.ts → one
// service call → the result by its code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.ts';
import { MonitoringSkp, MonitoringSkpQuery, PerjanjianKinerja, PerjanjianKinerjaQuery, PerjanjianKinerjaUbah } from '../../../../contracts/skp.ts';
import type { Ctx } from '../../context.ts';
import { peran } from '../../http/access.ts';
import { sendBerkas, sendResult } from '../../http/result.ts';
import * as monitoring from './monitoring-skp.service.ts';
import { daftarkanPemisahan } from './pemisahan.service.ts';
import * as pk from './perjanjian-kinerja.service.ts';

export async function skpLainRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  // running SKPs are closed and continued when kepegawaian changes a pegawai's post or penilai
  daftarkanPemisahan(ctx, app.log);
  const tags = ['skp'];
  const readErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };

  r.get('/api/v1/perjanjian-kinerja', {
    config: { akses: peran('pimpinan_opd', 'admin_bkppd', 'auditor') },
    schema: { tags, summary: 'Perjanjian Kinerja satu unit untuk satu tahun (versi null: belum dibuat)', querystring: PerjanjianKinerjaQuery, response: { 200: PerjanjianKinerja, ...readErrors } },
  }, async (req, reply) => sendResult(reply, await pk.bacaPerjanjianKinerja(ctx, req.aktor!, req.query)));

  r.put('/api/v1/perjanjian-kinerja', {
    config: { akses: peran('pimpinan_opd', 'admin_bkppd') },
    schema: {
      tags,
      summary: 'Simpan Perjanjian Kinerja (pimpinan OPD untuk unit OPD-nya, admin BKPPD untuk semua unit). Sasaran dengan id tetap dipertahankan; yang tidak dikirim dihapus',
      body: PerjanjianKinerjaUbah,
      response: { 200: PerjanjianKinerja, ...readErrors, 409: ErrorBody },
    },
  }, async (req, reply) => sendResult(reply, await pk.ubahPerjanjianKinerja(ctx, req.aktor!, req.body)));

  const pemantau = peran('pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota');
  r.get('/api/v1/skp/monitoring', {
    config: { akses: pemantau },
    schema: { tags, summary: 'Per unit: pegawai dengan SKP draf, diajukan, dikembalikan, disetujui, atau belum ada (bawaan: periode terbuka tahun ini)', querystring: MonitoringSkpQuery, response: { 200: MonitoringSkp, ...readErrors } },
  }, async (req, reply) => sendResult(reply, await monitoring.monitoringSkp(ctx, req.aktor!, req.query)));

  r.get('/api/v1/skp/monitoring/xlsx', {
    config: { akses: pemantau },
    schema: { tags, summary: 'Monitoring SKP sebagai berkas Excel (monitoring-skp-<tahun>.xlsx)', querystring: MonitoringSkpQuery },
  }, async (req, reply) => sendBerkas(reply, await monitoring.eksporMonitoringSkp(ctx, req.aktor!, req.query)));
}
