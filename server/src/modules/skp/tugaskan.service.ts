// Bulk cascading (DOMAIN.md §2.1): the owner of an SKP puts an RHK linked to one of their RHK into each chosen
// bawahan's SKP of the same period, starting a draft for those who have none. One transaction per pegawai, so one
// refusal (not a bawahan, an SKP already submitted, a concurrent edit) does not undo the others; every row is answered.
import type { z } from 'zod';
import type { HasilTugaskan, TugaskanRhk } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { StatusSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { bawahanDari } from '../kepegawaian/penilai.service.ts';
import { periksaAksiSkp } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import { cekLihatSkp, orangBanyak, type SkpRow, skpBerjalanPegawai } from './skp.service.ts';
import { gagalStatus, rencanaDraft, type RencanaDraft, sisipkanDraft } from './skp-tulis.service.ts';

/** The contract's limit of RHK in one SKP (contracts/skp.ts SkpUbah). */
const RHK_MAKS = 40;

/** Thrown inside a pegawai's transaction to undo what it wrote and answer the row with the failure. */
class Batal extends Error {
  constructor(readonly gagal: Failure) {
    super(gagal.code);
  }
}

type Hasil = z.infer<typeof HasilTugaskan>['hasil'][number];

export async function tugaskanRhk(ctx: Ctx, aktor: Aktor, skpId: string, rhkId: string, body: z.infer<typeof TugaskanRhk>): Promise<Result<z.infer<typeof HasilTugaskan>>> {
  const seen = await cekLihatSkp(ctx, aktor, skpId);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  if (peran !== 'pemilik') return fail('AKSES.DITOLAK', 'Hanya pemilik SKP yang dapat menugaskan RHK-nya kepada bawahan.');
  if (row.status === 'ditutup') return gagalStatus(row.status, 'tugaskan');
  const rhk = (await repo.rhkDari(ctx.db, aktor.instansiId, [row.id])).find((r) => r.id === rhkId);
  if (!rhk) return fail('DATA.TIDAK_DITEMUKAN', 'RHK tidak ditemukan pada SKP ini.');

  const bawahan = new Set(await bawahanDari(ctx, aktor, tanggalWita(ctx.now())));
  const ids = [...new Set(body.pegawaiIds)];
  const orang = await orangBanyak(ctx, aktor.instansiId, ids.filter((id) => bawahan.has(id)));
  const isi = { jenis: body.jenis, uraian: body.uraian ?? rhk.uraian };
  const hasil: Hasil[] = [];
  for (const pegawaiId of ids) {
    // a name is only shown for the actor's own bawahan
    const nama = orang.get(pegawaiId)?.nama ?? '';
    const r = bawahan.has(pegawaiId) ? await tugaskanSatu(ctx, aktor, row, rhkId, pegawaiId, isi) : fail('AKSES.DITOLAK');
    hasil.push(r.ok ? { pegawaiId, nama, ok: true, code: null, skpId: r.value } : { pegawaiId, nama, ok: false, code: r.code, skpId: null });
  }
  const berhasil = hasil.filter((h) => h.ok).length;
  return ok({ hasil, berhasil, gagal: hasil.length - berhasil });
}

/** One bawahan: their SKP of the period (a draft is started when there is none) gets the RHK appended. */
async function tugaskanSatu(ctx: Ctx, aktor: Aktor, skpAtasan: SkpRow, rhkAtasanId: string, pegawaiId: string, isi: { jenis: string; uraian: string }): Promise<Result<string>> {
  const inst = aktor.instansiId;
  const ada = await skpBerjalanPegawai(ctx, inst, pegawaiId, skpAtasan.periode_id);
  let rencana: RencanaDraft | null = null;
  if (!ada) {
    const r = await rencanaDraft(ctx, inst, pegawaiId, skpAtasan.periode_id);
    if (!r.ok) return r;
    rencana = r.value;
  } else if (periksaAksiSkp('penilai', ada.status as StatusSkp, 'tugaskan') !== 'boleh') {
    // only a draft or a returned SKP takes new content
    return gagalStatus(ada.status, 'tugaskan');
  }
  const now = ctx.now();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      let skpId: string;
      let versi: number;
      let status: string;
      let urutan = 0;
      if (rencana) {
        const dibuat = await sisipkanDraft(trx, ctx, aktor, rencana, now);
        if (!dibuat.ok) throw new Batal(dibuat);
        [skpId, versi, status] = [dibuat.value, 1, 'draft'];
      } else {
        [skpId, versi, status] = [ada!.id, ada!.versi, ada!.status];
        const rhk = await repo.rhkDari(trx, inst, [skpId]);
        if (rhk.length >= RHK_MAKS) throw new Batal(fail('VALIDASI.GAGAL', `SKP ini sudah memuat ${RHK_MAKS} RHK.`));
        urutan = rhk.reduce((m, r) => Math.max(m, r.urutan + 1), 0);
      }
      if (!(await repo.updateSkp(trx, inst, skpId, versi, { diubah_pada: now.toISOString() }))) throw new Batal(fail('DATA.KONFLIK'));
      const id = newId();
      await repo.insertRhk(trx, inst, skpId, [{ id, jenis: isi.jenis, uraian: isi.uraian, rhk_atasan_id: rhkAtasanId, pk_sasaran_id: null, asal_rhk_id: null, urutan }]);
      await catatAudit(trx, ctx.dialect, aktor, { aksi: 'skp.tugaskan', entitas: 'skp', entitasId: skpId, sesudah: { status, rhkId: id, rhkAtasanId, skpAtasanId: skpAtasan.id } }, now);
      return ok(skpId);
    });
  } catch (e) {
    if (e instanceof Batal) return e.gagal;
    throw e;
  }
}
