import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import { PegawaiPage, PegawaiProfil } from '../../../../contracts/kepegawaian.ts';
import { PegawaiDaftarQuery } from '../../../../contracts/pegawai-daftar.ts';
import { MutasiBody, PegawaiBaru, PegawaiTersimpan, PegawaiUbah, RiwayatJabatanItem, StatusBody } from '../../../../contracts/pegawai.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './kepegawaian.service.ts';
import * as pegawai from './pegawai.service.ts';
import { daftarPegawaiTersaring } from './pegawai-daftar.service.ts';

export async function kepegawaianRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['kepegawaian'];

  r.get('/api/v1/pegawai/saya', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Profil pegawai sendiri', response: { 200: PegawaiProfil, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.profilSaya(ctx, req.aktor!)));

  r.get('/api/v1/pegawai/:id', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Profil pegawai (dalam jangkauan)', params: z.object({ id: Id }), response: { 200: PegawaiProfil, 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.profilPegawai(ctx, req.aktor!, req.params.id)));

  r.get('/api/v1/pegawai', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Daftar pegawai dalam jangkauan (cari NIP/nama; saring unit, status, jenis ASN, jenis jabatan)', querystring: PegawaiDaftarQuery, response: { 200: PegawaiPage } },
  }, async (req, reply) => sendResult(reply, await daftarPegawaiTersaring(ctx, req.aktor!, req.query)));

  const admin = peran('admin_bkppd');
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.post('/api/v1/pegawai', {
    config: { akses: admin },
    schema: { tags, summary: 'Tambah pegawai (akun dibuat tanpa kata sandi; terbitkan lewat reset)', body: PegawaiBaru, response: { 201: PegawaiTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await pegawai.buatPegawai(ctx, req.aktor!, req.body), 201));

  r.put('/api/v1/pegawai/:id', {
    config: { akses: admin },
    schema: { tags, summary: 'Ubah data pegawai (nama, gelar, golongan, kontak)', params: idParam, body: PegawaiUbah, response: { 200: PegawaiTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await pegawai.ubahPegawai(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/pegawai/:id/mutasi', {
    config: { akses: admin },
    schema: { tags, summary: 'Mutasi/promosi: jabatan dan unit baru mulai suatu tanggal', params: idParam, body: MutasiBody, response: { 200: PegawaiTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await pegawai.mutasiPegawai(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/pegawai/:id/status', {
    config: { akses: admin },
    schema: { tags, summary: 'Ubah status (pensiun/berhenti mengakhiri akses pada tanggalnya)', params: idParam, body: StatusBody, response: { 200: PegawaiTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await pegawai.ubahStatusPegawai(ctx, req.aktor!, req.params.id, req.body)));

  r.get('/api/v1/pegawai/:id/riwayat-jabatan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Riwayat jabatan dan unit (mutasi)', params: idParam, response: { 200: z.array(RiwayatJabatanItem), 404: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await pegawai.riwayatJabatan(ctx, req.aktor!, req.params.id)));
}
