// Evaluation periods (DOMAIN.md §2.3: periodik — triwulanan by default or bulanan — and tahunan). Admin BKPPD
// generates them per SKP period with the deadlines (defaults 10 and 20 days after each period's end, WITA) and edits a
// period's dates and deadlines. While no evaluation uses a period the whole set may be generated again (e.g. switching
// to bulanan); afterwards only its deadlines change, so no record ends up outside its period.
import type { z } from 'zod';
import type { PeriodePenilaian, PeriodePenilaianBaru, PeriodePenilaianQuery, PeriodePenilaianUbah } from '../../../../contracts/penilaian.ts';
import { type JenisPeriodePenilaian, type MasalahTanggalPeriode, masalahTanggalPeriode, namaPeriode, susunPeriodePenilaian } from '../../../../domain/penilaian.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { findPeriode as findSkpPeriode } from '../skp/periode.service.ts';
import { bolehKelolaPeriodePenilaian } from './penilaian.policy.ts';
import * as repo from './penilaian.repository.ts';

export type PeriodeRow = repo.PeriodeRow;

const PESAN_TANGGAL: Record<MasalahTanggalPeriode, string> = {
  MULAI_SETELAH_SELESAI: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
  DI_LUAR_PERIODE_SKP: 'Harus di dalam periode SKP',
  BATAS_REALISASI_SEBELUM_SELESAI: 'Batas realisasi tidak boleh sebelum akhir periode',
  BATAS_PENILAIAN_SEBELUM_BATAS_REALISASI: 'Batas penilaian tidak boleh sebelum batas realisasi',
};

export function keDtoPeriode(r: PeriodeRow): PeriodePenilaian {
  const jenis = r.jenis as JenisPeriodePenilaian;
  return {
    id: r.id,
    skpPeriodeId: r.skp_periode_id,
    tahun: r.tahun,
    jenis,
    nomor: r.nomor,
    nama: namaPeriode(jenis, r.nomor, r.tahun),
    tanggalMulai: r.tanggal_mulai,
    tanggalSelesai: r.tanggal_selesai,
    batasRealisasi: r.batas_realisasi,
    batasPenilaian: r.batas_penilaian,
    versi: r.versi,
  };
}

export const findPeriodePenilaian = (ctx: Ctx, instansiId: string, id: string) => repo.findPeriode(ctx.db, instansiId, id);
export const periodeDariSkpPeriode = (ctx: Ctx, instansiId: string, skpPeriodeId: string) => repo.daftarPeriode(ctx.db, instansiId, skpPeriodeId);

export async function daftarPeriodePenilaian(ctx: Ctx, aktor: Aktor, q: z.infer<typeof PeriodePenilaianQuery>): Promise<Result<PeriodePenilaian[]>> {
  return ok((await repo.daftarPeriode(ctx.db, aktor.instansiId, q.skpPeriodeId)).map(keDtoPeriode));
}

export async function buatPeriodePenilaian(ctx: Ctx, aktor: Aktor, body: z.infer<typeof PeriodePenilaianBaru>): Promise<Result<PeriodePenilaian[]>> {
  if (!bolehKelolaPeriodePenilaian(aktor)) return fail('AKSES.DITOLAK');
  const skpPeriode = await findSkpPeriode(ctx, aktor.instansiId, body.skpPeriodeId);
  if (!skpPeriode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode SKP tidak ditemukan.');
  const rencana = susunPeriodePenilaian(skpPeriode.tanggal_mulai, skpPeriode.tanggal_selesai, body.jenisPeriodik, { realisasi: body.hariBatasRealisasi, penilaian: body.hariBatasPenilaian });
  const now = ctx.now();
  const iso = now.toISOString();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const lama = await repo.daftarPeriode(trx, aktor.instansiId, skpPeriode.id);
    // checked inside the transaction: an evaluation opened meanwhile keeps its period
    if (await repo.periodeDipakai(trx, aktor.instansiId, lama.map((p) => p.id))) return fail('PENILAIAN.PERIODE_DIPAKAI');
    await repo.gantiPeriode(
      trx,
      aktor.instansiId,
      skpPeriode.id,
      rencana.map((p) => ({
        id: newId(),
        instansi_id: aktor.instansiId,
        skp_periode_id: skpPeriode.id,
        jenis: p.jenis,
        nomor: p.nomor,
        tanggal_mulai: p.tanggalMulai,
        tanggal_selesai: p.tanggalSelesai,
        batas_realisasi: p.batasRealisasi,
        batas_penilaian: p.batasPenilaian,
        dibuat_pada: iso,
        diubah_pada: iso,
      })),
    );
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'penilaian.periode.susun',
      entitas: 'skp_periode',
      entitasId: skpPeriode.id,
      sebelum: lama.length ? { jumlah: lama.length, jenis: lama.find((p) => p.jenis !== 'tahunan')?.jenis ?? null } : null,
      sesudah: { tahun: skpPeriode.tahun, jenis: body.jenisPeriodik, jumlah: rencana.length, hariBatasRealisasi: body.hariBatasRealisasi, hariBatasPenilaian: body.hariBatasPenilaian },
    }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok((await repo.daftarPeriode(ctx.db, aktor.instansiId, skpPeriode.id)).map(keDtoPeriode));
}

export async function ubahPeriodePenilaian(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof PeriodePenilaianUbah>): Promise<Result<PeriodePenilaian>> {
  if (!bolehKelolaPeriodePenilaian(aktor)) return fail('AKSES.DITOLAK');
  const p = await repo.findPeriode(ctx.db, aktor.instansiId, id);
  if (!p) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  if (p.versi !== body.versi) return fail('DATA.KONFLIK');
  const masalah = masalahTanggalPeriode(body, { mulai: p.skp_mulai, selesai: p.skp_selesai });
  if (masalah.length) return fail('PENILAIAN.TANGGAL_TIDAK_VALID', undefined, masalah.map((m) => ({ path: m.path, message: PESAN_TANGGAL[m.kode] })));
  const jendelaBerubah = body.tanggalMulai !== p.tanggal_mulai || body.tanggalSelesai !== p.tanggal_selesai;
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    // records hold the days they evaluate: once a period is used only its deadlines move
    if (jendelaBerubah && (await repo.periodeDipakai(trx, aktor.instansiId, [id]))) return fail('PENILAIAN.PERIODE_DIPAKAI');
    const set = { tanggal_mulai: body.tanggalMulai, tanggal_selesai: body.tanggalSelesai, batas_realisasi: body.batasRealisasi, batas_penilaian: body.batasPenilaian, diubah_pada: now.toISOString() };
    if (!(await repo.updatePeriode(trx, aktor.instansiId, id, body.versi, set))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'penilaian.periode.ubah',
      entitas: 'penilaian_periode',
      entitasId: id,
      sebelum: { mulai: p.tanggal_mulai, selesai: p.tanggal_selesai, batasRealisasi: p.batas_realisasi, batasPenilaian: p.batas_penilaian },
      sesudah: { mulai: body.tanggalMulai, selesai: body.tanggalSelesai, batasRealisasi: body.batasRealisasi, batasPenilaian: body.batasPenilaian },
    }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(keDtoPeriode((await repo.findPeriode(ctx.db, aktor.instansiId, id))!));
}
