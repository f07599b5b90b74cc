// HTTP of aktivitas harian (issue 5). Thin: zod from contracts/aktivitas.ts → one service call → the result by its code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AktivitasAksi,
  Aktivitas,
  AktivitasBaru,
  AktivitasDaftar,
  AktivitasHapusQuery,
  AktivitasQuery,
  AktivitasTersimpan,
  AktivitasUbah,
  AntrianQuery,
  HasilKeputusan,
  Keputusan,
  Monitoring,
  MonitoringPegawaiQuery,
  MonitoringQuery,
  MonitoringUnitPegawai,
  PengaturanAktivitas,
  PengaturanAktivitasRespon,
  RekapBulan,
  RekapQuery,
  RhkPilihan,
  RhkPilihanQuery,
  UmpanBalikBaru,
  UmpanBalikItem,
  UraianSering,
} from '../../../../contracts/aktivitas.ts';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as antrian from './antrian.service.ts';
import * as service from './aktivitas.service.ts';
import * as monitoring from './monitoring.service.ts';
import * as pengaturan from './pengaturan.service.ts';
import { daftarkanPengalihan } from './pengalihan.service.ts';
import * as umpanBalik from './umpan-balik.service.ts';

export async function aktivitasRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  // pending items follow the penilai chain when kepegawaian changes it
  daftarkanPengalihan(ctx, app.log);
  const tags = ['aktivitas'];
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/aktivitas/pengaturan', {
    config: { akses: peran('admin_bkppd', 'auditor') },
    schema: { tags, summary: 'Aturan aktivitas instansi: target menit per hari kerja, batas peringatan, jam batas pengajuan, toleransi luring (bawaan bila belum diatur)', response: { 200: PengaturanAktivitasRespon, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await pengaturan.bacaPengaturan(ctx, req.aktor!)));

  r.put('/api/v1/aktivitas/pengaturan', {
    config: { akses: peran('admin_bkppd') },
    schema: { tags, summary: 'Ubah aturan aktivitas instansi (berlaku untuk permintaan berikutnya; tercatat di log audit)', body: PengaturanAktivitas, response: { 200: PengaturanAktivitasRespon, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await pengaturan.ubahPengaturan(ctx, req.aktor!, req.body)));

  r.get('/api/v1/aktivitas', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Aktivitas saya dalam rentang tanggal (bawaan: 30 hari terakhir), terbaru dulu', querystring: AktivitasQuery, response: { 200: AktivitasDaftar, 400: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.daftarAktivitasSaya(ctx, req.aktor!, req.query)));

  r.post('/api/v1/aktivitas', {
    config: { akses: LOGIN },
    schema: {
      tags,
      summary: 'Catat aktivitas (langsung diajukan bila ajukan=true). Kunci idempoten yang sama → 200 dengan aktivitas yang sudah ada',
      body: AktivitasBaru,
      response: { 200: AktivitasTersimpan, 201: AktivitasTersimpan, ...writeErrors },
    },
  }, async (req, reply) => {
    const res = await service.buatAktivitas(ctx, req.aktor!, req.body);
    return sendResult(reply, res, res.ok && res.value.sudahAda ? 200 : 201);
  });

  r.get('/api/v1/aktivitas/rhk', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'RHK dari SKP saya yang periodenya mencakup tanggal itu (untuk menautkan aktivitas; SKP draf juga boleh)', querystring: RhkPilihanQuery, response: { 200: z.array(RhkPilihan), 400: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.rhkPilihan(ctx, req.aktor!, req.query.tanggal)));

  r.get('/api/v1/aktivitas/sering', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Uraian yang paling sering saya catat dalam 60 hari terakhir (untuk mengulang dengan cepat)', response: { 200: z.array(UraianSering) } },
  }, async (req, reply) => sendResult(reply, await service.uraianSering(ctx, req.aktor!)));

  r.get('/api/v1/aktivitas/rekap', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Kalender bulanan: per hari kerja/libur, jumlah, menit disetujui vs belum, target (saya, bawahan yang saya nilai, atau pegawai OPD saya)', querystring: RekapQuery, response: { 200: RekapBulan, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.rekapBulan(ctx, req.aktor!, req.query.bulan, req.query.pegawaiId)));

  r.get('/api/v1/aktivitas/antrian', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Antrian atasan: aktivitas bawahan yang saya nilai, dengan tanda pengawasan', querystring: AntrianQuery, response: { 200: AktivitasDaftar } },
  }, async (req, reply) => sendResult(reply, await antrian.antrian(ctx, req.aktor!, req.query)));

  r.post('/api/v1/aktivitas/keputusan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Setujui (satu atau banyak), kembalikan atau tolak (catatan wajib); hasil per aktivitas', body: Keputusan, response: { 200: HasilKeputusan, 400: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await antrian.putuskan(ctx, req.aktor!, req.body)));

  r.get('/api/v1/aktivitas/monitoring', {
    config: { akses: peran('pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota') },
    schema: { tags, summary: 'Per unit dan hari: pegawai yang sudah/belum mengisi, aktivitas menunggu persetujuan dan umurnya', querystring: MonitoringQuery, response: { 200: Monitoring, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await monitoring.monitoring(ctx, req.aktor!, req.query)));

  r.get('/api/v1/aktivitas/monitoring/unit/:unitId', {
    config: { akses: peran('pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota') },
    schema: { tags, summary: 'Satu baris monitoring: nama pegawai unit itu, sudah/belum mengisi pada tanggal itu, aktivitas menunggu dan umurnya (belum mengisi dulu)', params: z.object({ unitId: Id }), querystring: MonitoringPegawaiQuery, response: { 200: MonitoringUnitPegawai, 403: ErrorBody, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await monitoring.monitoringPegawai(ctx, req.aktor!, req.params.unitId, req.query)));

  r.get('/api/v1/aktivitas/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Satu aktivitas (pemilik, penilainya, atau yang berwenang melihat pegawainya)', params: idParam, response: { 200: Aktivitas, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await antrian.lihatAktivitas(ctx, req.aktor!, req.params.id)));

  r.put('/api/v1/aktivitas/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ubah aktivitas (hanya draf atau perlu revisi)', params: idParam, body: AktivitasUbah, response: { 200: AktivitasTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.ubahAktivitas(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/aktivitas/:id/ajukan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ajukan draf atau revisi kepada pejabat penilai', params: idParam, body: AktivitasAksi, response: { 200: AktivitasTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.ajukanAktivitas(ctx, req.aktor!, req.params.id, req.body?.versi)));

  r.post('/api/v1/aktivitas/:id/tarik', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Tarik kembali aktivitas yang belum diputuskan (menjadi draf)', params: idParam, body: AktivitasAksi, response: { 200: AktivitasTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.tarikAktivitas(ctx, req.aktor!, req.params.id, req.body?.versi)));

  r.delete('/api/v1/aktivitas/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Hapus aktivitas (hanya draf atau perlu revisi), beserta bukti dukungnya', params: idParam, querystring: AktivitasHapusQuery, response: { 204: z.null(), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.hapusAktivitas(ctx, req.aktor!, req.params.id, req.query.versi)));

  r.get('/api/v1/aktivitas/:id/umpan-balik', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Umpan balik pada aktivitas (pegawai dan penilainya)', params: idParam, response: { 200: z.array(UmpanBalikItem), 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await umpanBalik.daftarUmpanBalik(ctx, req.aktor!, req.params.id)));

  r.post('/api/v1/aktivitas/:id/umpan-balik', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Tulis umpan balik (pegawai atau penilainya)', params: idParam, body: UmpanBalikBaru, response: { 201: UmpanBalikItem, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await umpanBalik.tulisUmpanBalik(ctx, req.aktor!, req.params.id, req.body), 201));
}
