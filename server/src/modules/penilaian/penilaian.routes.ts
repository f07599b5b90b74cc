// HTTP of penilaian kinerja (issue 6, phase 1): evaluation periods, the pegawai's evaluation (open, realisasi with
// evidence, submit), the penilai's judgement and ratings, and the penilai's list. Thin: zod from
// contracts/penilaian.ts → one service call → the result by its code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import {
  BuktiPenilaian,
  PenilaianAksiBody,
  PenilaianBawahan,
  PenilaianBawahanQuery,
  PenilaianBuka,
  PenilaianDetail,
  PenilaianDibuka,
  PenilaianSaya,
  PenilaianSayaQuery,
  PenilaianUbah,
  PeriodePenilaian,
  PeriodePenilaianBaru,
  PeriodePenilaianQuery,
  PeriodePenilaianUbah,
  RealisasiUbah,
} from '../../../../contracts/penilaian.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as bawahan from './penilaian-bawahan.service.ts';
import * as tulis from './penilaian-tulis.service.ts';
import * as baca from './penilaian.service.ts';
import * as periode from './periode-penilaian.service.ts';

export async function penilaianRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['penilaian'];
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  // ——— periode (admin BKPPD) ———

  r.get('/api/v1/penilaian/periode', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Periode penilaian (periodik dan tahunan) beserta batas realisasi dan batas penilaiannya', querystring: PeriodePenilaianQuery, response: { 200: z.array(PeriodePenilaian) } },
  }, async (req, reply) => sendResult(reply, await periode.daftarPeriodePenilaian(ctx, req.aktor!, req.query)));

  r.post('/api/v1/penilaian/periode', {
    config: { akses: peran('admin_bkppd') },
    schema: { tags, summary: 'Susun periode penilaian satu periode SKP: triwulanan (bawaan) atau bulanan, ditambah tahunan; batas waktu dalam hari setelah akhir periode', body: PeriodePenilaianBaru, response: { 201: z.array(PeriodePenilaian), ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await periode.buatPeriodePenilaian(ctx, req.aktor!, req.body), 201));

  r.put('/api/v1/penilaian/periode/:id', {
    config: { akses: peran('admin_bkppd') },
    schema: { tags, summary: 'Ubah tanggal dan batas waktu satu periode penilaian (tanggal hanya selama belum dipakai)', params: idParam, body: PeriodePenilaianUbah, response: { 200: PeriodePenilaian, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await periode.ubahPeriodePenilaian(ctx, req.aktor!, req.params.id, req.body)));

  // ——— pegawai ———

  r.get('/api/v1/penilaian/saya', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Periode penilaian satu tahun SKP dengan penilaian saya di tiap periode', querystring: PenilaianSayaQuery, response: { 200: PenilaianSaya, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await baca.penilaianSaya(ctx, req.aktor!, req.query)));

  r.post('/api/v1/penilaian', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Buka penilaian saya pada satu periode (dibuat saat pertama dibuka; satu per segmen SKP yang disetujui)', body: PenilaianBuka, response: { 200: PenilaianDibuka, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await baca.bukaPenilaian(ctx, req.aktor!, req.body)));

  // ——— penilai ———

  r.get('/api/v1/penilaian/bawahan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Penilaian bawahan pada satu periode: status, rating dan predikat, beserta sebarannya', querystring: PenilaianBawahanQuery, response: { 200: PenilaianBawahan, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await bawahan.penilaianBawahan(ctx, req.aktor!, req.query)));

  // ——— one evaluation ———

  r.get('/api/v1/penilaian/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Satu penilaian (pegawai, pejabat penilainya, atau yang berwenang melihat pegawainya)', params: idParam, response: { 200: PenilaianDetail, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await baca.detailPenilaian(ctx, req.aktor!, req.params.id)));

  r.get('/api/v1/penilaian/:id/aktivitas', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Aktivitas disetujui pada hari-hari yang dinilai, per RHK dengan jumlah menit (pilihan bukti dukung)', params: idParam, response: { 200: BuktiPenilaian, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await baca.buktiPenilaian(ctx, req.aktor!, req.params.id)));

  r.put('/api/v1/penilaian/:id/realisasi', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Simpan realisasi per indikator, bukti dukung (aktivitas disetujui) dan refleksi diri (pegawai; draf atau dikembalikan)', params: idParam, body: RealisasiUbah, response: { 200: PenilaianDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.ubahRealisasi(ctx, req.aktor!, req.params.id, req.body)));

  r.put('/api/v1/penilaian/:id/penilaian', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Simpan penilaian per RHK, umpan balik, rating hasil kerja (alasan bila berbeda dari usulan) dan rating perilaku kerja (pejabat penilai)', params: idParam, body: PenilaianUbah, response: { 200: PenilaianDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.ubahPenilaian(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/penilaian/:id/aksi', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Ajukan, tarik, kembalikan (catatan wajib), nilai (predikat dihitung server), buka kembali penilaian', params: idParam, body: PenilaianAksiBody, response: { 200: PenilaianDetail, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await tulis.aksiPenilaian(ctx, req.aktor!, req.params.id, req.body)));
}
