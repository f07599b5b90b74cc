// Admin BKPPD writes on pegawai (kepegawaian issue): create with a valid NIP, edit, mutasi on a date (the jabatan
// history keeps who was where when), and status changes that end access on their date. Each has an in-transaction
// variant (…Dalam) so the import applies many rows in one transaction with the same rules.
import type { Kysely } from 'kysely';
import type { MutasiBody, PegawaiBaru, PegawaiUbah, RiwayatJabatanItem, StatusBody } from '../../../../contracts/pegawai.ts';
import { tambahHari, tanggalWita } from '../../../../domain/kalender.ts';
import { validateNip } from '../../../../domain/nip.ts';
import { STATUS_TANPA_AKSES } from '../../../../domain/status-pegawai.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit, catatAuditBanyak } from '../audit/audit.service.ts';
import { type Aktor, hasPeran, type Pelaku } from '../auth/aktor.ts';
import { lupakanSesiAkun } from '../auth/auth.service.ts';
import { penilaiBerubah } from './penilai-berubah.ts';
import * as repo from './pegawai.repository.ts';
import { cekLihatPegawai } from './kepegawaian.service.ts';

export const bolehKelolaPegawai = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

type Tx = Kysely<DB>;

/**
 * Creates pegawai, opens their jabatan history and an account each (username = NIP) without a usable password:
 * the admin issues a first password with "reset kata sandi" (hashing thousands at import time would take minutes).
 * Set-based (one query per kind of check, multi-row inserts, one audit lock) so an import of 8,000 stays a few
 * seconds on PostgreSQL too; a single form submission is a list of one. All or nothing: the first invalid row
 * fails the whole call (`details.index` says which) and the caller's transaction rolls back.
 */
export async function buatPegawaiBanyakDalam(trx: Tx, ctx: Ctx, pelaku: Pelaku & { instansiId: string }, bodies: readonly PegawaiBaru[], now: Date): Promise<Result<{ ids: string[] }>> {
  const today = tanggalWita(now);
  const iso = now.toISOString();
  const valid = [];
  for (const [index, body] of bodies.entries()) {
    const nip = validateNip(body.nip, body.jenisAsn);
    if (!nip.ok) return fail('VALIDASI.GAGAL', nip.pesan, [{ path: 'nip', message: nip.pesan, index }]);
    if (body.tmtJabatan > today) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', 'TMT jabatan tidak boleh di masa depan.', [{ path: 'tmtJabatan', message: 'TMT jabatan tidak boleh di masa depan', index }]);
    valid.push({ body, nip });
  }
  const seen = new Map<string, number>();
  for (const [index, v] of valid.entries()) {
    if (seen.has(v.nip.nip)) return fail('KEPEGAWAIAN.NIP_SUDAH_ADA', undefined, [{ path: 'nip', message: 'NIP ganda dalam data yang sama', index }]);
    seen.set(v.nip.nip, index);
  }
  const taken = await repo.nipTerpakaiBanyak(trx, pelaku.instansiId, [...seen.keys()]);
  const jabatan = new Map((await repo.jabatanAktifBanyak(trx, pelaku.instansiId, [...new Set(bodies.map((b) => b.jabatanId))])).map((j) => [j.id, j]));
  const rows: Parameters<typeof repo.insertPegawaiBanyak>[1] = { pegawai: [], riwayat: [], akun: [] };
  const audit = [];
  for (const [index, { body, nip }] of valid.entries()) {
    if (taken.has(nip.nip)) return fail('KEPEGAWAIAN.NIP_SUDAH_ADA', undefined, [{ path: 'nip', message: 'NIP ini sudah terdaftar', index }]);
    const jab = jabatan.get(body.jabatanId);
    if (!jab || (jab.ditutup_pada && jab.ditutup_pada <= body.tmtJabatan)) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', undefined, [{ path: 'jabatanId', message: 'Jabatan tidak ada atau unitnya sudah ditutup', index }]);
    const id = newId();
    const namaLengkap = `${body.gelarDepan ? `${body.gelarDepan} ` : ''}${body.nama}${body.gelarBelakang ? `, ${body.gelarBelakang}` : ''}`;
    rows.pegawai.push({
      id,
      instansi_id: pelaku.instansiId,
      nip: nip.nip,
      nama: body.nama,
      gelar_depan: body.gelarDepan ?? null,
      gelar_belakang: body.gelarBelakang ?? null,
      jenis_asn: body.jenisAsn,
      jenis_kelamin: nip.jenisKelamin,
      tanggal_lahir: nip.tanggalLahir,
      golongan: body.golongan ?? null,
      jabatan_id: jab.id,
      unit_id: jab.unit_id,
      status: 'aktif',
      status_sejak: body.tmtJabatan,
      email: body.email ?? null,
      telepon: body.telepon ?? null,
      dibuat_pada: iso,
      diubah_pada: iso,
    });
    rows.riwayat.push({ id: newId(), instansi_id: pelaku.instansiId, pegawai_id: id, jabatan_id: jab.id, unit_id: jab.unit_id, mulai: body.tmtJabatan, selesai: null, jenis: 'awal', nomor_sk: null, keterangan: null, dibuat_oleh: pelaku.akunId, dibuat_pada: iso });
    rows.akun.push({ id: newId(), instansi_id: pelaku.instansiId, pegawai_id: id, username: nip.nip, nama_tampilan: namaLengkap, password_hash: '', harus_ganti_password: 1, password_diubah_pada: iso, dibuat_pada: iso });
    audit.push({ aksi: 'PEGAWAI_DIBUAT', entitas: 'pegawai', entitasId: id, sesudah: { nip: nip.nip, nama: namaLengkap, jenisAsn: body.jenisAsn, jabatan: jab.nama, unit: jab.unit_nama, tmtJabatan: body.tmtJabatan } });
  }
  await repo.insertPegawaiBanyak(trx, rows);
  await catatAuditBanyak(trx, ctx.dialect, pelaku, audit, now);
  return ok({ ids: rows.pegawai.map((p) => p.id) });
}

export async function buatPegawaiDalam(trx: Tx, ctx: Ctx, pelaku: Pelaku & { instansiId: string }, body: PegawaiBaru, now: Date): Promise<Result<{ id: string; versi: number }>> {
  const r = await buatPegawaiBanyakDalam(trx, ctx, pelaku, [body], now);
  if (!r.ok) return { ...r, details: Array.isArray(r.details) ? r.details.map(({ index: _index, ...d }) => d) : r.details };
  return ok({ id: r.value.ids[0]!, versi: 1 });
}

export async function buatPegawai(ctx: Ctx, aktor: Aktor, body: PegawaiBaru): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaPegawai(aktor)) return fail('AKSES.DITOLAK');
  return ctx.db.transaction().execute((trx) => buatPegawaiDalam(trx, ctx, aktor, body, ctx.now()));
}

export async function ubahPegawai(ctx: Ctx, aktor: Aktor, id: string, body: PegawaiUbah): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaPegawai(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const p = await repo.findPegawaiUntukUbah(trx, aktor.instansiId, id);
    if (!p) return fail('DATA.TIDAK_DITEMUKAN');
    if (p.versi !== body.versi) return fail('DATA.KONFLIK');
    const set = { nama: body.nama, gelar_depan: body.gelarDepan ?? null, gelar_belakang: body.gelarBelakang ?? null, golongan: body.golongan ?? null, email: body.email ?? null, telepon: body.telepon ?? null };
    if (!(await repo.updatePegawai(trx, aktor.instansiId, id, body.versi, { ...set, diubah_pada: now.toISOString() }))) return fail('DATA.KONFLIK');
    const before = { nama: p.nama, gelar_depan: p.gelar_depan, gelar_belakang: p.gelar_belakang, golongan: p.golongan, email: p.email, telepon: p.telepon };
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PEGAWAI_DIUBAH', entitas: 'pegawai', entitasId: id, sebelum: before, sesudah: set }, now);
    return ok({ id, versi: body.versi + 1 });
  });
}

export interface MutasiInput {
  versi: number | null; // null: the import, which has no version from a form
  jabatanId: string;
  tanggal: string;
  jenis: string;
  nomorSk: string | null;
  keterangan: string | null;
}

/** Moves a pegawai to another post from `tanggal`: closes the current history row the day before, opens a new one. */
export async function mutasiDalam(trx: Tx, ctx: Ctx, pelaku: Pelaku & { instansiId: string }, pegawaiId: string, m: MutasiInput, now: Date): Promise<Result<{ id: string; versi: number }>> {
  const p = await repo.findPegawaiUntukUbah(trx, pelaku.instansiId, pegawaiId);
  if (!p) return fail('DATA.TIDAK_DITEMUKAN');
  if (m.versi !== null && p.versi !== m.versi) return fail('DATA.KONFLIK');
  if (STATUS_TANPA_AKSES.has(p.status)) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', 'Pegawai yang sudah pensiun/berhenti tidak dapat dimutasi.');
  const jab = await repo.findJabatanAktif(trx, pelaku.instansiId, m.jabatanId);
  if (!jab || (jab.ditutup_pada && jab.ditutup_pada <= m.tanggal)) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', undefined, [{ path: 'jabatanId', message: 'Jabatan tidak ada atau unitnya sudah ditutup' }]);
  if (jab.id === p.jabatan_id) return fail('VALIDASI.GAGAL', 'Pegawai sudah menduduki jabatan ini.', [{ path: 'jabatanId', message: 'Pegawai sudah menduduki jabatan ini' }]);
  // future-dated moves would need a job to switch the current post on the day; until then they are refused
  if (m.tanggal > tanggalWita(now)) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', 'Tanggal mutasi tidak boleh di masa depan.', [{ path: 'tanggal', message: 'Tanggal mutasi tidak boleh di masa depan' }]);
  const open = await repo.riwayatTerbuka(trx, pelaku.instansiId, pegawaiId);
  if (open && m.tanggal <= open.mulai) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', `Tanggal mutasi harus sesudah ${open.mulai} (mulai jabatan sekarang).`, [{ path: 'tanggal', message: `harus sesudah ${open.mulai}` }]);
  const iso = now.toISOString();
  if (open) await repo.tutupRiwayat(trx, open.id, tambahHari(m.tanggal, -1));
  await repo.insertRiwayat(trx, { id: newId(), instansi_id: pelaku.instansiId, pegawai_id: pegawaiId, jabatan_id: jab.id, unit_id: jab.unit_id, mulai: m.tanggal, selesai: null, jenis: m.jenis, nomor_sk: m.nomorSk, keterangan: m.keterangan, dibuat_oleh: pelaku.akunId, dibuat_pada: iso });
  if (!(await repo.updatePegawai(trx, pelaku.instansiId, pegawaiId, p.versi, { jabatan_id: jab.id, unit_id: jab.unit_id, diubah_pada: iso }))) return fail('DATA.KONFLIK');
  await catatAudit(trx, ctx.dialect, pelaku, { aksi: 'PEGAWAI_MUTASI', entitas: 'pegawai', entitasId: pegawaiId, sebelum: { jabatanId: p.jabatan_id, unitId: p.unit_id }, sesudah: { jabatanId: jab.id, jabatan: jab.nama, unitId: jab.unit_id, unit: jab.unit_nama, tanggal: m.tanggal, jenis: m.jenis, nomorSk: m.nomorSk } }, now);
  return ok({ id: pegawaiId, versi: p.versi + 1 });
}

export async function mutasiPegawai(ctx: Ctx, aktor: Aktor, id: string, body: MutasiBody): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaPegawai(aktor)) return fail('AKSES.DITOLAK');
  const r = await ctx.db.transaction().execute((trx) => mutasiDalam(trx, ctx, aktor, id, { versi: body.versi, jabatanId: body.jabatanId, tanggal: body.tanggal, jenis: body.jenis, nomorSk: body.nomorSk ?? null, keterangan: body.keterangan ?? null }, ctx.now()));
  // the 'atasan' role and reach of this pegawai (and of their old and new atasan) may have changed
  if (r.ok) {
    ctx.sessionCache?.clear();
    // their own pending items and those of the bawahan of both posts
    await penilaiBerubah(ctx, aktor.instansiId, undefined, aktor);
  }
  return r;
}

/** Status from a date. pensiun/berhenti end access on that date (login refused, sessions ended) and vacate the post. */
export async function ubahStatusPegawai(ctx: Ctx, aktor: Aktor, id: string, body: StatusBody): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaPegawai(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const today = tanggalWita(now);
  const r = await ctx.db.transaction().execute(async (trx): Promise<Result<{ id: string; versi: number; akunId: string | undefined }>> => {
    const p = await repo.findPegawaiUntukUbah(trx, aktor.instansiId, id);
    if (!p) return fail('DATA.TIDAK_DITEMUKAN');
    if (p.versi !== body.versi) return fail('DATA.KONFLIK');
    const leaving = STATUS_TANPA_AKSES.has(body.status);
    const open = await repo.riwayatTerbuka(trx, aktor.instansiId, id);
    if (leaving && open) {
      if (body.sejak <= open.mulai) return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', `Tanggal harus sesudah ${open.mulai} (mulai jabatan sekarang).`, [{ path: 'sejak', message: `harus sesudah ${open.mulai}` }]);
      await repo.tutupRiwayat(trx, open.id, tambahHari(body.sejak, -1));
    }
    if (!(await repo.updatePegawai(trx, aktor.instansiId, id, body.versi, { status: body.status, status_sejak: body.sejak, diubah_pada: now.toISOString() }))) return fail('DATA.KONFLIK');
    const akunId = await repo.akunIdOfPegawai(trx, aktor.instansiId, id);
    if (leaving && body.sejak <= today && akunId) await repo.hapusSesiAkun(trx, akunId);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PEGAWAI_STATUS', entitas: 'pegawai', entitasId: id, sebelum: { status: p.status, sejak: p.status_sejak }, sesudah: { status: body.status, sejak: body.sejak, keterangan: body.keterangan ?? null } }, now);
    return ok({ id, versi: body.versi + 1, akunId });
  });
  if (!r.ok) return r;
  if (r.value.akunId) lupakanSesiAkun(ctx, r.value.akunId);
  ctx.sessionCache?.clear();
  await penilaiBerubah(ctx, aktor.instansiId, undefined, aktor); // a leaver's bawahan go to the next penilai
  return ok({ id: r.value.id, versi: r.value.versi });
}

export async function riwayatJabatan(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<RiwayatJabatanItem[]>> {
  const visible = await cekLihatPegawai(ctx, aktor, id);
  if (!visible.ok) return visible;
  const rows = await repo.daftarRiwayat(ctx.db, aktor.instansiId, id);
  return ok(rows.map((r) => ({ id: r.id, jabatanId: r.jabatan_id, jabatan: r.jabatan_nama, unitId: r.unit_id, unit: r.unit_nama, mulai: r.mulai, selesai: r.selesai, jenis: r.jenis, nomorSk: r.nomor_sk, keterangan: r.keterangan })));
}
