// The working-day calendar behind the submission window and the monthly target (DOMAIN.md §2.2): national holidays and
// cuti bersama for the whole instansi, extra holidays of a unit (and its subtree), and each unit's 5- or 6-day week.
// Admin BKPPD keeps it; everybody reads it — through the per-instansi calendar cache (kalender-cache.ts), which every
// write here forgets after its commit.
//
// Working week: a unit works 6 days when it or any unit above it is marked 6 (5 is the default, so a whole OPD can be
// switched at once and its new sub-units follow). A 5-day sub-unit under a 6-day unit cannot be expressed: mark the
// 6-day units at the lowest level instead.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { HariLibur, HariLiburBaru } from '../../../../contracts/aktivitas.ts';
import { tambahHari } from '../../../../domain/kalender.ts';
import type { JadwalKerja } from '../../../../domain/hari-kerja.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran, type Pelaku } from '../auth/aktor.ts';
import type { AturanAktivitas } from './aktivitas.aturan.ts';
import * as repo from './hari-libur.repository.ts';
import { kalender, type KalenderInstansi, lupakanKalender } from './kalender-cache.ts';
import { LIBUR_NASIONAL_2026 } from './libur-nasional-2026.ts';

type Db = Kysely<DB>;
export type HariLiburItem = z.infer<typeof HariLibur>;

export interface JadwalPegawai {
  unitId: string | null;
  jadwal: JadwalKerja;
  /** holiday names by date, for the calendar */
  namaLibur: Map<string, string>;
}

/** A unit's schedule from the instansi's calendar: the path decides the week; holidays of the instansi and of the path. */
function jadwalDari(kal: KalenderInstansi, unitId: string | null, jalur: string | null, dari: string, sampai: string): JadwalPegawai {
  const naik = new Set(jalur ? jalur.split('/').filter(Boolean) : []);
  const hariPerMinggu = [...naik].some((id) => kal.mingguEnam.has(id)) ? 6 : 5;
  const namaLibur = new Map<string, string>();
  for (const l of kal.libur) {
    if (l.tanggal < dari || l.tanggal > sampai || (l.unitId !== null && !naik.has(l.unitId))) continue;
    namaLibur.set(l.tanggal, namaLibur.has(l.tanggal) ? `${namaLibur.get(l.tanggal)}; ${l.nama}` : l.nama);
  }
  return { unitId, jadwal: { hariPerMinggu, libur: new Set(namaLibur.keys()) }, namaLibur };
}

/** The schedule of a unit (its path decides the week; holidays of the instansi and of the path) for dates dari…sampai. */
export async function jadwalUnit(db: Db, instansiId: string, unitId: string | null, dari: string, sampai: string): Promise<JadwalPegawai> {
  const [jalur, kal] = await Promise.all([unitId ? repo.jalurDari(db, instansiId, unitId) : null, kalender(db, instansiId)]);
  return jadwalDari(kal, unitId, jalur, dari, sampai);
}

/** The pegawai's unit on a date (jabatan history; the current unit when the history has no row for it). */
export function unitPegawaiPadaTanggal(db: Db, instansiId: string, pegawaiId: string, tanggal: string): Promise<string | null> {
  return repo.unitPadaTanggal(db, instansiId, pegawaiId, tanggal);
}

export interface KonteksPegawai {
  /** the pegawai's name (null when the id is not a pegawai of the instansi) */
  pegawai: { nama: string; gelar_depan: string | null; gelar_belakang: string | null } | null;
  /** the schedule of their unit on the date, until 60 days after it */
  jadwal: JadwalPegawai;
  aturan: AturanAktivitas;
}

/**
 * What judging a pegawai's activity of `tanggal` needs, in one query plus the cached calendar: the schedule that
 * decides its submission deadline (their unit on that date), the instansi's aktivitas rules, and their name.
 */
export async function konteksPegawai(db: Db, instansiId: string, pegawaiId: string, tanggal: string): Promise<KonteksPegawai> {
  const [p, kal] = await Promise.all([repo.pegawaiPadaTanggal(db, instansiId, pegawaiId, tanggal), kalender(db, instansiId)]);
  // the deadline is the next working day: a holiday season is at most a few weeks
  const jadwal = jadwalDari(kal, p?.unit_id ?? null, p?.jalur ?? null, tanggal, tambahHari(tanggal, 60));
  return { pegawai: p ? { nama: p.nama, gelar_depan: p.gelar_depan, gelar_belakang: p.gelar_belakang } : null, jadwal, aturan: kal.aturan };
}

/** The schedule that decides the submission deadline of a pegawai's activity dated `tanggal` (its unit on that date). */
export async function jadwalPegawai(db: Db, instansiId: string, pegawaiId: string, tanggal: string): Promise<JadwalPegawai> {
  return (await konteksPegawai(db, instansiId, pegawaiId, tanggal)).jadwal;
}

const bolehKelola = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

function keItem(r: { id: string; tanggal: string; nama: string; jenis: string; unit_id: string | null; unit_nama: string | null }): HariLiburItem {
  return { id: r.id, tanggal: r.tanggal, nama: r.nama, jenis: r.jenis as HariLiburItem['jenis'], unitId: r.unit_id, unit: r.unit_nama };
}

export async function daftarHariLibur(ctx: Ctx, aktor: Aktor, tahun: number): Promise<Result<HariLiburItem[]>> {
  const rows = await repo.daftarLibur(ctx.db, aktor.instansiId, `${tahun}-01-01`, `${tahun}-12-31`);
  return ok(rows.map(keItem));
}

export async function buatHariLibur(ctx: Ctx, aktor: Aktor, body: z.infer<typeof HariLiburBaru>): Promise<Result<HariLiburItem>> {
  if (!bolehKelola(aktor)) return fail('AKSES.DITOLAK');
  const unitId = body.unitId ?? null;
  if (body.jenis === 'unit' && !unitId) return fail('VALIDASI.GAGAL', 'Hari libur unit harus menyebut unit kerjanya.', [{ path: 'unitId', message: 'Pilih unit kerja' }]);
  if (body.jenis !== 'unit' && unitId) return fail('VALIDASI.GAGAL', 'Libur nasional dan cuti bersama berlaku untuk seluruh instansi, tanpa unit kerja.', [{ path: 'unitId', message: 'Kosongkan unit kerja' }]);
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const unit = unitId ? await repo.findUnit(trx, aktor.instansiId, unitId) : null;
    if (unitId && !unit) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', undefined, [{ path: 'unitId', message: 'Unit kerja tidak ditemukan' }]);
    const sama = await repo.liburSama(trx, aktor.instansiId, body.tanggal, unitId);
    if (sama) return fail('HARI_LIBUR.SUDAH_ADA', `Tanggal ${body.tanggal} sudah tercatat sebagai hari libur (${sama.nama}).`, [{ path: 'tanggal', message: 'Sudah tercatat' }]);
    const row = { id: newId(), instansi_id: aktor.instansiId, tanggal: body.tanggal, nama: body.nama, jenis: body.jenis, unit_id: unitId, dibuat_pada: now.toISOString() };
    await repo.insertLibur(trx, [row]);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'HARI_LIBUR_DIBUAT', entitas: 'hari_libur', entitasId: row.id, sesudah: { tanggal: row.tanggal, nama: row.nama, jenis: row.jenis, unitId, unit: unit?.nama ?? null } }, now);
    return ok(keItem({ ...row, unit_nama: unit?.nama ?? null }));
  });
  if (r.ok) lupakanKalender(ctx.db, aktor.instansiId);
  return r;
}

export async function hapusHariLibur(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<void>> {
  if (!bolehKelola(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findLibur(trx, aktor.instansiId, id);
    if (!row || !(await repo.hapusLibur(trx, aktor.instansiId, id))) return fail('DATA.TIDAK_DITEMUKAN');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'HARI_LIBUR_DIHAPUS', entitas: 'hari_libur', entitasId: id, sebelum: { tanggal: row.tanggal, nama: row.nama, jenis: row.jenis, unitId: row.unit_id } }, now);
    return ok(undefined);
  });
  if (r.ok) lupakanKalender(ctx.db, aktor.instansiId);
  return r;
}

export interface HariKerjaUnit {
  unitId: string;
  /** the unit's own mark */
  hariKerjaPerMinggu: 5 | 6;
  /** what applies to its pegawai (6 when the unit or a unit above it works 6 days) */
  berlaku: 5 | 6;
}

export async function hariKerjaUnit(ctx: Ctx, aktor: Aktor, unitId: string): Promise<Result<HariKerjaUnit>> {
  const unit = await repo.findUnit(ctx.db, aktor.instansiId, unitId);
  if (!unit) return fail('DATA.TIDAK_DITEMUKAN');
  const jalur = await repo.jalurUnit(ctx.db, aktor.instansiId, unitId);
  return ok({ unitId, hariKerjaPerMinggu: unit.hari_kerja_per_minggu === 6 ? 6 : 5, berlaku: jalur.some((u) => u.hari_kerja_per_minggu === 6) ? 6 : 5 });
}

export async function aturHariKerjaUnit(ctx: Ctx, aktor: Aktor, unitId: string, hari: 5 | 6): Promise<Result<HariKerjaUnit>> {
  if (!bolehKelola(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const unit = await repo.findUnit(trx, aktor.instansiId, unitId);
    if (!unit) return fail('DATA.TIDAK_DITEMUKAN');
    if (unit.ditutup_pada) return fail('UNIT_KERJA.SUDAH_DITUTUP');
    if (unit.hari_kerja_per_minggu !== hari) {
      await repo.setHariKerja(trx, aktor.instansiId, unitId, hari);
      await catatAudit(trx, ctx.dialect, aktor, { aksi: 'UNIT_HARI_KERJA_DIUBAH', entitas: 'unit_kerja', entitasId: unitId, sebelum: { hariKerjaPerMinggu: unit.hari_kerja_per_minggu }, sesudah: { unit: unit.nama, hariKerjaPerMinggu: hari } }, now);
    }
    return ok(undefined);
  });
  if (!r.ok) return r;
  lupakanKalender(ctx.db, aktor.instansiId);
  return hariKerjaUnit(ctx, aktor, unitId);
}

/**
 * Seeds the 2026 national holidays and cuti bersama into an instansi (demo seed), inside the caller's transaction.
 * The seed runs at the first start, before the app serves a request, so no calendar is cached yet to forget.
 */
export async function isiLiburNasional(trx: Db, ctx: Pick<Ctx, 'dialect'>, pelaku: Pelaku & { instansiId: string }, now: Date): Promise<number> {
  const iso = now.toISOString();
  const rows = LIBUR_NASIONAL_2026.map((l) => ({ id: newId(), instansi_id: pelaku.instansiId, tanggal: l.tanggal, nama: l.nama, jenis: l.jenis, unit_id: null, dibuat_pada: iso }));
  await repo.insertLibur(trx, rows);
  await catatAudit(trx, ctx.dialect, pelaku, { aksi: 'HARI_LIBUR_DIISI', entitas: 'instansi', entitasId: pelaku.instansiId, sesudah: { tahun: 2026, jumlah: rows.length, sumber: 'SKB 3 Menteri 2026 (periksa oleh BKPPD)' } }, now);
  return rows.length;
}
