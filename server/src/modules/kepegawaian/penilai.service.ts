// "Who evaluates X on date D" — the one answer (domain/penilai.ts penilaiPadaTanggal) fed from the database, plus
// the admin's tools to correct it: overrides per period (with a reason) and Plt/Plh acting officials, and the list
// of pegawai without a valid penilai. The most common complaint about the national e-Kinerja is a wrong atasan:
// every correction here is audited and takes effect on its dates, not retroactively by accident.
import type { z } from 'zod';
import type { OverrideBaru, OverrideItem, PelaksanaTugasBaru, PelaksanaTugasItem, TanpaPenilaiPage } from '../../../../contracts/penilai.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { type LookupsPadaTanggal, type PenilaiPadaTanggal, penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import { penilaiBerubah } from './penilai-berubah.ts';
import * as repo from './penilai.repository.ts';

type Struktur = Awaited<ReturnType<typeof repo.strukturPadaTanggal>>;

export function lookupsDari(s: Struktur): LookupsPadaTanggal & { namaJabatan(id: string): string } {
  const atasan = new Map(s.jabatan.map((j) => [j.id, j.atasan_jabatan_id]));
  const nama = new Map(s.jabatan.map((j) => [j.id, j.nama]));
  const jabatanOf = new Map<string, string>();
  const holders = new Map<string, string[]>();
  for (const r of s.riwayat) {
    // the latest-starting row wins if history overlaps (a data error the import and mutasi never create)
    jabatanOf.set(r.pegawai_id, r.jabatan_id);
    holders.set(r.jabatan_id, [...(holders.get(r.jabatan_id) ?? []), r.pegawai_id]);
  }
  const plt = new Map<string, { pegawaiId: string; jenis: 'plt' | 'plh' }>();
  for (const t of s.plt) if (!plt.has(t.jabatan_id)) plt.set(t.jabatan_id, { pegawaiId: t.pegawai_id, jenis: t.jenis === 'plh' ? 'plh' : 'plt' });
  const override = new Map<string, { penilaiId: string; atasanPenilaiId: string | null }>();
  for (const o of s.overrides) if (!override.has(o.pegawai_id)) override.set(o.pegawai_id, { penilaiId: o.penilai_id, atasanPenilaiId: o.atasan_penilai_id });
  return {
    jabatanPegawai: (p) => jabatanOf.get(p) ?? null,
    atasanOf: (j) => atasan.get(j) ?? null,
    pemangkuOf: (j) => holders.get(j) ?? [],
    pelaksanaTugasOf: (j) => plt.get(j) ?? null,
    overrideOf: (p) => override.get(p) ?? null,
    namaJabatan: (id) => nama.get(id) ?? '?',
  };
}

export async function strukturUntuk(ctx: Ctx, instansiId: string, tanggal: string) {
  return lookupsDari(await repo.strukturPadaTanggal(ctx.db, instansiId, tanggal));
}

export function hariIni(ctx: Ctx): string {
  return tanggalWita(ctx.now());
}

/** Pejabat Penilai and Atasan Pejabat Penilai of one pegawai on a date (no scope check: callers check). */
export async function penilaiDari(ctx: Ctx, instansiId: string, pegawaiId: string, tanggal: string) {
  const look = lookupsDari(await repo.strukturUntukPegawai(ctx.db, instansiId, pegawaiId, tanggal));
  return { ...penilaiPadaTanggal(pegawaiId, tanggal, look), look };
}

/** Every pegawai the actor evaluates as Pejabat Penilai on the date (structure, Plt/Plh and overrides alike). */
export async function bawahanDari(ctx: Ctx, aktor: Aktor, tanggal: string): Promise<string[]> {
  if (!aktor.pegawaiId) return [];
  const look = await strukturUntuk(ctx, aktor.instansiId, tanggal);
  const peg = await repo.pegawaiAktif(ctx.db, aktor.instansiId);
  return peg.filter((p) => p.id !== aktor.pegawaiId && penilaiPadaTanggal(p.id, tanggal, look).penilai?.pegawaiId === aktor.pegawaiId).map((p) => p.id);
}

export const bolehKelolaPenilai = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

export async function tanpaPenilai(ctx: Ctx, aktor: Aktor, tanggal: string | undefined): Promise<Result<z.infer<typeof TanpaPenilaiPage>>> {
  if (!hasPeran(aktor, 'admin_bkppd', 'auditor')) return fail('AKSES.DITOLAK');
  const d = tanggal ?? hariIni(ctx);
  const look = await strukturUntuk(ctx, aktor.instansiId, d);
  const peg = (await repo.pegawaiAktif(ctx.db, aktor.instansiId)).filter((p) => p.status === 'aktif' || p.status === 'cltn');
  const found: { id: string; masalah: 'tanpa_jabatan' | 'tanpa_penilai' | 'eskalasi'; keterangan: string; lowongan: string[] }[] = [];
  for (const p of peg) {
    if (!look.jabatanPegawai(p.id, d)) {
      found.push({ id: p.id, masalah: 'tanpa_jabatan', keterangan: `Tidak memegang jabatan pada ${d} menurut riwayat jabatan.`, lowongan: [] });
      continue;
    }
    const r = penilaiPadaTanggal(p.id, d, look);
    if (!r.penilai) found.push({ id: p.id, masalah: 'tanpa_penilai', keterangan: 'Tidak ada pejabat di atas jabatannya yang terisi.', lowongan: [] });
    else if (r.penilai.lowonganDilewati.length) {
      found.push({ id: p.id, masalah: 'eskalasi', keterangan: `Jabatan atasan kosong (${r.penilai.lowonganDilewati.map(look.namaJabatan).join(' → ')}); dinilai oleh atasan berikutnya. Tetapkan Plt/Plh atau penilai khusus.`, lowongan: r.penilai.lowonganDilewati });
    }
  }
  const rows = await repo.pegawaiRingkas(ctx.db, aktor.instansiId, found.map((f) => f.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = found.map((f) => {
    const r = byId.get(f.id)!;
    return { pegawaiId: f.id, nip: r.nip, namaLengkap: namaLengkap(r), jabatan: r.jabatan_nama ?? null, unit: r.unit_nama ?? null, masalah: f.masalah, keterangan: f.keterangan, lowongan: f.lowongan.map((j) => ({ jabatanId: j, nama: look.namaJabatan(j) })) };
  });
  items.sort((a, b) => a.masalah.localeCompare(b.masalah) || a.namaLengkap.localeCompare(b.namaLengkap));
  return ok({ tanggal: d, items, total: items.length });
}

function namaLengkap(p: { nama: string; gelar_depan: string | null; gelar_belakang: string | null }): string {
  return `${p.gelar_depan ? `${p.gelar_depan} ` : ''}${p.nama}${p.gelar_belakang ? `, ${p.gelar_belakang}` : ''}`;
}

export async function buatOverride(ctx: Ctx, aktor: Aktor, body: OverrideBaru): Promise<Result<{ id: string }>> {
  if (!bolehKelolaPenilai(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    for (const [path, id] of [['pegawaiId', body.pegawaiId], ['penilaiId', body.penilaiId], ['atasanPenilaiId', body.atasanPenilaiId]] as const) {
      if (id && !(await repo.pegawaiAda(trx, aktor.instansiId, id))) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', 'Pegawai yang dipilih tidak ada.', [{ path, message: 'Pegawai tidak ditemukan' }]);
    }
    const clash = await repo.overlappingOverride(trx, aktor.instansiId, body.pegawaiId, body.mulai, body.selesai ?? null);
    if (clash) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', `Sudah ada penilai khusus untuk periode ${clash.mulai} s.d. ${clash.selesai ?? 'seterusnya'}; cabut dulu atau pilih periode lain.`, [{ path: 'mulai', message: 'Periode bertumpang tindih' }]);
    const id = newId();
    await repo.insertOverride(trx, { id, instansi_id: aktor.instansiId, pegawai_id: body.pegawaiId, penilai_id: body.penilaiId, atasan_penilai_id: body.atasanPenilaiId ?? null, mulai: body.mulai, selesai: body.selesai ?? null, alasan: body.alasan, dibuat_oleh: aktor.akunId, dibuat_pada: now.toISOString(), dicabut_pada: null });
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PENILAI_OVERRIDE_DIBUAT', entitas: 'pegawai', entitasId: body.pegawaiId, sesudah: { penilaiId: body.penilaiId, atasanPenilaiId: body.atasanPenilaiId ?? null, mulai: body.mulai, selesai: body.selesai ?? null, alasan: body.alasan } }, now);
    return ok({ id });
  }).then(async (r) => {
    if (r.ok) {
      ctx.sessionCache?.clear(); // the 'atasan' role of the new penilai may appear
      await penilaiBerubah(ctx, aktor.instansiId, [body.pegawaiId], aktor);
    }
    return r;
  });
}

export async function cabutOverride(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<void>> {
  if (!bolehKelolaPenilai(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.cabutOverride(trx, aktor.instansiId, id, now.toISOString()))) return fail('DATA.TIDAK_DITEMUKAN');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PENILAI_OVERRIDE_DICABUT', entitas: 'penilai_override', entitasId: id }, now);
    return ok(undefined);
  });
  if (r.ok) {
    ctx.sessionCache?.clear();
    await penilaiBerubah(ctx, aktor.instansiId, undefined, aktor);
  }
  return r;
}

export async function buatPlt(ctx: Ctx, aktor: Aktor, body: PelaksanaTugasBaru): Promise<Result<{ id: string }>> {
  if (!bolehKelolaPenilai(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const jab = await repo.jabatanAda(trx, aktor.instansiId, body.jabatanId);
    if (!jab) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', undefined, [{ path: 'jabatanId', message: 'Jabatan tidak ditemukan' }]);
    if (!(await repo.pegawaiAda(trx, aktor.instansiId, body.pegawaiId))) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', 'Pegawai yang dipilih tidak ada.', [{ path: 'pegawaiId', message: 'Pegawai tidak ditemukan' }]);
    const clash = await repo.overlappingPlt(trx, aktor.instansiId, body.jabatanId, body.mulai, body.selesai);
    if (clash) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', `Jabatan ini sudah memiliki Plt/Plh pada ${clash.mulai} s.d. ${clash.selesai}.`, [{ path: 'mulai', message: 'Periode bertumpang tindih' }]);
    const id = newId();
    await repo.insertPlt(trx, { id, instansi_id: aktor.instansiId, jabatan_id: body.jabatanId, pegawai_id: body.pegawaiId, jenis: body.jenis, mulai: body.mulai, selesai: body.selesai, nomor_sk: body.nomorSk ?? null, dibuat_oleh: aktor.akunId, dibuat_pada: now.toISOString(), dicabut_pada: null });
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PLT_DIBUAT', entitas: 'jabatan', entitasId: body.jabatanId, sesudah: { jabatan: jab.nama, pegawaiId: body.pegawaiId, jenis: body.jenis, mulai: body.mulai, selesai: body.selesai, nomorSk: body.nomorSk ?? null } }, now);
    return ok({ id });
  });
  if (r.ok) {
    ctx.sessionCache?.clear();
    await penilaiBerubah(ctx, aktor.instansiId, undefined, aktor);
  }
  return r;
}

export async function cabutPlt(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<void>> {
  if (!bolehKelolaPenilai(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.cabutPlt(trx, aktor.instansiId, id, now.toISOString()))) return fail('DATA.TIDAK_DITEMUKAN');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PLT_DICABUT', entitas: 'pelaksana_tugas', entitasId: id }, now);
    return ok(undefined);
  });
  if (r.ok) {
    ctx.sessionCache?.clear();
    await penilaiBerubah(ctx, aktor.instansiId, undefined, aktor);
  }
  return r;
}

export async function daftarOverride(ctx: Ctx, aktor: Aktor, pegawaiId?: string): Promise<Result<z.infer<typeof OverrideItem>[]>> {
  if (!hasPeran(aktor, 'admin_bkppd', 'auditor')) return fail('AKSES.DITOLAK');
  const rows = await repo.daftarOverride(ctx.db, aktor.instansiId, pegawaiId);
  return ok(rows.map((r) => ({ id: r.id, pegawaiId: r.pegawai_id, pegawai: r.pegawai_nama, penilaiId: r.penilai_id, penilai: r.penilai_nama, atasanPenilaiId: r.atasan_penilai_id, atasanPenilai: r.atasan_nama ?? null, mulai: r.mulai, selesai: r.selesai, alasan: r.alasan, dicabutPada: r.dicabut_pada })));
}

export async function daftarPlt(ctx: Ctx, aktor: Aktor, jabatanId?: string): Promise<Result<z.infer<typeof PelaksanaTugasItem>[]>> {
  if (!hasPeran(aktor, 'admin_bkppd', 'auditor')) return fail('AKSES.DITOLAK');
  const rows = await repo.daftarPlt(ctx.db, aktor.instansiId, jabatanId);
  return ok(rows.map((r) => ({ id: r.id, jabatanId: r.jabatan_id, jabatan: r.jabatan_nama, unit: r.unit_nama, pegawaiId: r.pegawai_id, pegawai: r.pegawai_nama, jenis: r.jenis === 'plh' ? 'plh' : 'plt', mulai: r.mulai, selesai: r.selesai, nomorSk: r.nomor_sk, dicabutPada: r.dicabut_pada })));
}

export type { PenilaiPadaTanggal };
