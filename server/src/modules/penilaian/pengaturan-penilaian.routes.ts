// HTTP of the per-instansi penilaian settings (keberatan window, minimum n of the kurva). Thin: zod from
// contracts/pengaturan-penilaian.ts → one service call → the result by its code. The static path wins over
// /api/v1/penilaian/:id (Fastify prefers static segments; :id is a uuid anyway).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.ts';
import { PengaturanPenilaian, PengaturanPenilaianRespon } from '../../../../contracts/pengaturan-penilaian.ts';
import type { Ctx } from '../../context.ts';
import { LOGIN, peran } from '../../http/access.ts';
import { sendResult } from '../../http/result.ts';
import * as service from './pengaturan-penilaian.service.ts';

export async function pengaturanPenilaianRoutes(app: FastifyInstance, opts: { ctx: Ctx }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;
  const tags = ['penilaian'];

  r.get('/api/v1/penilaian/pengaturan', {
    config: { akses: LOGIN },
    schema: { tags, summary: 'Pengaturan penilaian instansi: batas pengajuan keberatan (hari kalender) dan jumlah pegawai minimum agar kurva distribusi dinilai (bawaan bila belum diatur)', response: { 200: PengaturanPenilaianRespon } },
  }, async (req, reply) => sendResult(reply, await service.bacaPengaturanPenilaian(ctx, req.aktor!)));

  r.put('/api/v1/penilaian/pengaturan', {
    config: { akses: peran('admin_bkppd') },
    schema: { tags, summary: 'Ubah pengaturan penilaian instansi (berlaku untuk permintaan berikutnya; tercatat di log audit)', body: PengaturanPenilaian, response: { 200: PengaturanPenilaianRespon, 400: ErrorBody, 403: ErrorBody } },
  }, async (req, reply) => sendResult(reply, await service.ubahPengaturanPenilaian(ctx, req.aktor!, req.body)));
}
