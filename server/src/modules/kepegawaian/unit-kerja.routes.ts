import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id } from '../../../../contracts/common.ts';
import {
  UnitKerjaBaru,
  UnitKerjaPilihanList,
  UnitKerjaPindah,
  UnitKerjaTersimpan,
  UnitKerjaTree,
  UnitKerjaTreeQuery,
  UnitKerjaTutup,
  UnitKerjaUbah,
} from '../../../../contracts/unit-kerja.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './unit-kerja.service.ts';

export async function unitKerjaRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['unit kerja'];
  const admin = peran('admin_bkppd');
  const idParam = z.object({ id: Id });
  const writeErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  r.get('/api/v1/unit-kerja', {
    config: { akses: LOGIN },
    schema: {
      tags,
      summary: 'Pohon unit kerja dengan jumlah pegawai (admin/auditor/wali kota: instansi; pimpinan OPD: OPD-nya)',
      querystring: UnitKerjaTreeQuery,
      response: { 200: UnitKerjaTree, 403: ErrorBody },
    },
  }, async (req, reply) => sendResult(reply, await service.pohonUnitKerja(ctx, req.aktor!, req.query)));

  r.get('/api/v1/unit-kerja/pilihan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Nama unit kerja yang masih buka, untuk pilihan dan saringan', response: { 200: UnitKerjaPilihanList } },
  }, async (req, reply) => sendResult(reply, await service.pilihanUnitKerja(ctx, req.aktor!)));

  r.post('/api/v1/unit-kerja', {
    config: { akses: admin },
    schema: { tags, summary: 'Tambah unit kerja (OPD bila induknya unit akar)', body: UnitKerjaBaru, response: { 201: UnitKerjaTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.buatUnitKerja(ctx, req.aktor!, req.body), 201));

  r.put('/api/v1/unit-kerja/:id', {
    config: { akses: admin },
    schema: { tags, summary: 'Ubah kode, nama, singkatan atau jenis unit kerja', params: idParam, body: UnitKerjaUbah, response: { 200: UnitKerjaTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.ubahUnitKerja(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/unit-kerja/:id/pindah', {
    config: { akses: admin },
    schema: { tags, summary: 'Pindahkan unit (beserta seluruh sub-unitnya) ke induk lain', params: idParam, body: UnitKerjaPindah, response: { 200: UnitKerjaTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.pindahkanUnitKerja(ctx, req.aktor!, req.params.id, req.body)));

  r.post('/api/v1/unit-kerja/:id/tutup', {
    config: { akses: admin },
    schema: { tags, summary: 'Tutup unit pada suatu tanggal (ditolak selama masih ada pegawai aktif atau sub-unit terbuka)', params: idParam, body: UnitKerjaTutup, response: { 200: UnitKerjaTersimpan, ...writeErrors } },
  }, async (req, reply) => sendResult(reply, await service.tutupUnitKerja(ctx, req.aktor!, req.params.id, req.body)));
}
