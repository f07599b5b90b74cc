// SKP periods (DOMAIN.md §2.1: one SKP per pegawai per period, normally 1 January – 31 December). Admin BKPPD opens a
// year for the whole instansi or for some units (each with its subtree), chooses the default pendekatan, and closes it.
import type { z } from 'zod';
import type { SkpPeriode, SkpPeriodeBaru, SkpPeriodeUbah } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { PendekatanSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import * as repo from './periode.repository.ts';
import { bolehKelolaPeriode, dalamCakupanPeriode } from './skp.policy.ts';

export type PeriodeRow = repo.PeriodeRow;

/** The stored JSON list of unit ids; null = the whole instansi. */
export function unitIdsPeriode(p: Pick<PeriodeRow, 'unit_ids'>): string[] | null {
  return p.unit_ids ? (JSON.parse(p.unit_ids) as string[]) : null;
}

async function keDto(ctx: Ctx, instansiId: string, rows: readonly PeriodeRow[]): Promise<SkpPeriode[]> {
  const semua = [...new Set(rows.flatMap((r) => unitIdsPeriode(r) ?? []))];
  const nama = new Map((await repo.unitBanyak(ctx.db, instansiId, semua)).map((u) => [u.id, u.nama]));
  return rows.map((r) => {
    const unitIds = unitIdsPeriode(r);
    return {
      id: r.id,
      tahun: r.tahun,
      tanggalMulai: r.tanggal_mulai,
      tanggalSelesai: r.tanggal_selesai,
      pendekatanBawaan: r.pendekatan_bawaan as PendekatanSkp,
      unitIds,
      unitNama: (unitIds ?? []).map((id) => nama.get(id) ?? '?'),
      status: r.status === 'tutup' ? 'tutup' : 'buka',
      versi: r.versi,
    };
  });
}

export async function daftarPeriode(ctx: Ctx, aktor: Aktor): Promise<Result<SkpPeriode[]>> {
  return ok(await keDto(ctx, aktor.instansiId, await repo.daftarPeriode(ctx.db, aktor.instansiId)));
}

/** Every listed unit must exist in the instansi and be open; the list is deduplicated in its order. */
async function cekUnit(ctx: Ctx, instansiId: string, unitIds: readonly string[] | null): Promise<Result<string[] | null>> {
  if (unitIds === null) return ok(null);
  const ids = [...new Set(unitIds)];
  const hariIni = tanggalWita(ctx.now());
  const ada = new Map((await repo.unitBanyak(ctx.db, instansiId, ids)).map((u) => [u.id, u]));
  const salah = ids.findIndex((id) => {
    const u = ada.get(id);
    return !u || (u.ditutup_pada !== null && u.ditutup_pada <= hariIni);
  });
  if (salah >= 0) return fail('VALIDASI.GAGAL', 'Unit kerja yang dipilih tidak ada atau sudah ditutup.', [{ path: `unitIds.${salah}`, message: 'Unit tidak ditemukan' }]);
  return ok(ids);
}

const pelanggaranUnik = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

export async function buatPeriode(ctx: Ctx, aktor: Aktor, body: z.infer<typeof SkpPeriodeBaru>): Promise<Result<SkpPeriode>> {
  if (!bolehKelolaPeriode(aktor)) return fail('AKSES.DITOLAK');
  const mulai = body.tanggalMulai ?? `${body.tahun}-01-01`;
  const selesai = body.tanggalSelesai ?? `${body.tahun}-12-31`;
  if (!mulai.startsWith(`${body.tahun}-`) || !selesai.startsWith(`${body.tahun}-`) || mulai > selesai) {
    return fail('SKP.TANGGAL_DI_LUAR_TAHUN', undefined, [{ path: mulai > selesai ? 'tanggalSelesai' : 'tanggalMulai', message: `Harus di dalam tahun ${body.tahun}` }]);
  }
  const unit = await cekUnit(ctx, aktor.instansiId, body.unitIds);
  if (!unit.ok) return unit;
  if (await repo.periodeTahun(ctx.db, aktor.instansiId, body.tahun)) return fail('SKP.PERIODE_SUDAH_ADA', `Periode SKP tahun ${body.tahun} sudah dibuka.`);
  const now = ctx.now();
  const iso = now.toISOString();
  const id = newId();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertPeriode(trx, {
        id,
        instansi_id: aktor.instansiId,
        tahun: body.tahun,
        tanggal_mulai: mulai,
        tanggal_selesai: selesai,
        pendekatan_bawaan: body.pendekatanBawaan,
        unit_ids: unit.value ? JSON.stringify(unit.value) : null,
        status: 'buka',
        dibuat_pada: iso,
        diubah_pada: iso,
      });
      await catatAudit(trx, ctx.dialect, aktor, { aksi: 'skp.periode.buat', entitas: 'skp_periode', entitasId: id, sesudah: { tahun: body.tahun, mulai, selesai, pendekatan: body.pendekatanBawaan, jumlahUnit: unit.value?.length ?? null } }, now);
    });
  } catch (e) {
    // two admins opened the same year at once: the unique (instansi, tahun) index let one in
    if (pelanggaranUnik(e)) return fail('SKP.PERIODE_SUDAH_ADA', `Periode SKP tahun ${body.tahun} sudah dibuka.`);
    throw e;
  }
  return ok((await keDto(ctx, aktor.instansiId, [(await repo.findPeriode(ctx.db, aktor.instansiId, id))!]))[0]!);
}

export async function ubahPeriode(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof SkpPeriodeUbah>): Promise<Result<SkpPeriode>> {
  if (!bolehKelolaPeriode(aktor)) return fail('AKSES.DITOLAK');
  const p = await repo.findPeriode(ctx.db, aktor.instansiId, id);
  if (!p) return fail('DATA.TIDAK_DITEMUKAN');
  if (p.versi !== body.versi) return fail('DATA.KONFLIK');
  const unit = await cekUnit(ctx, aktor.instansiId, body.unitIds);
  if (!unit.ok) return unit;
  const now = ctx.now();
  const set = { pendekatan_bawaan: body.pendekatanBawaan, unit_ids: unit.value ? JSON.stringify(unit.value) : null, status: body.status, diubah_pada: now.toISOString() };
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updatePeriode(trx, aktor.instansiId, id, body.versi, set))) return fail('DATA.KONFLIK');
    const sebelum = { status: p.status, pendekatan: p.pendekatan_bawaan, jumlahUnit: unitIdsPeriode(p)?.length ?? null };
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'skp.periode.ubah', entitas: 'skp_periode', entitasId: id, sebelum, sesudah: { status: body.status, pendekatan: body.pendekatanBawaan, jumlahUnit: unit.value?.length ?? null } }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok((await keDto(ctx, aktor.instansiId, [(await repo.findPeriode(ctx.db, aktor.instansiId, id))!]))[0]!);
}

/** The period's row when the pegawai's unit (by its path) lies in its scope. */
export function periodeMencakup(p: Pick<PeriodeRow, 'unit_ids'>, jalurUnit: string | null): boolean {
  return dalamCakupanPeriode(unitIdsPeriode(p), jalurUnit);
}

export const findPeriode = (ctx: Ctx, instansiId: string, id: string) => repo.findPeriode(ctx.db, instansiId, id);
export const daftarPeriodeRows = (ctx: Ctx, instansiId: string) => repo.daftarPeriode(ctx.db, instansiId);
export const jalurUnit = (ctx: Ctx, instansiId: string, unitId: string | null) => (unitId ? repo.jalurUnit(ctx.db, instansiId, unitId) : Promise.resolve(null));

/**
 * The period a penilai's or monitoring view opens on: the open period of the current WITA year, else the latest
 * (by year). null when no period exists yet.
 */
export async function periodeBawaan(ctx: Ctx, instansiId: string): Promise<PeriodeRow | null> {
  const rows = await repo.daftarPeriode(ctx.db, instansiId);
  const tahun = Number(tanggalWita(ctx.now()).slice(0, 4));
  return rows.find((p) => p.tahun === tahun && p.status === 'buka') ?? rows[0] ?? null;
}
