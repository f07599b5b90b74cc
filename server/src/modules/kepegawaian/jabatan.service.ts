// Jabatan (DOMAIN.md §1): the posts of each unit and the jabatan above each — the tree the penilai chain walks, so
// a wrong edge here is a wrong penilai for real people. Admin BKPPD writes, audited; a cycle is refused.
import type { Kysely } from 'kysely';
import type { JabatanBaru, JabatanItem, JabatanPage, JabatanQuery, JabatanUbah } from '../../../../contracts/jabatan.ts';
import { STATUS_TANPA_AKSES } from '../../../../domain/status-pegawai.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import * as repo from './jabatan.repository.ts';
import * as unitRepo from './unit-kerja.repository.ts';
import { bolehKelolaStruktur, jangkauanStruktur } from './unit-kerja.policy.ts';

const STATUS_KELUAR = [...STATUS_TANPA_AKSES];

export async function daftarJabatan(ctx: Ctx, aktor: Aktor, query: JabatanQuery): Promise<Result<JabatanPage>> {
  const lingkup = jangkauanStruktur(aktor);
  if (!lingkup) return fail('AKSES.DITOLAK');
  let unitJalur: string | undefined;
  if (query.unitId && query.termasukSubunit) {
    const u = await unitRepo.findUnit(ctx.db, aktor.instansiId, query.unitId);
    if (!u) return ok({ items: [], total: 0, page: query.page, pageSize: query.pageSize });
    unitJalur = u.jalur;
  }
  const { rows, total } = await repo.listJabatan(
    ctx.db,
    aktor.instansiId,
    {
      q: query.q?.trim() || undefined,
      unitId: query.unitId,
      unitJalur,
      opdIds: lingkup.kind === 'opd' ? lingkup.opdIds : undefined,
      jenis: query.jenis,
      lowong: query.lowong,
    },
    (query.page - 1) * query.pageSize,
    query.pageSize,
  );
  return ok({
    items: rows.map((r): JabatanItem => ({
      id: r.id,
      nama: r.nama,
      jenis: r.jenis as JabatanItem['jenis'],
      jenjang: r.jenjang,
      kelasJabatan: r.kelas_jabatan,
      unitId: r.unit_id,
      unit: r.unit_nama,
      atasanJabatanId: r.atasan_jabatan_id,
      atasanJabatan: r.atasan_nama ?? null,
      kepalaUnit: Number(r.kepala_unit) === 1,
      jumlahPemangku: r.pemangku,
      lowong: r.pemangku === 0,
      versi: r.versi,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  });
}

type Isian = Pick<JabatanBaru, 'unitId' | 'atasanJabatanId' | 'kepalaUnit'>;

/** Checks shared by create and edit: an open unit, an existing atasan that is not the post itself or below it, one head per unit. */
async function periksaIsian(trx: Kysely<DB>, instansiId: string, id: string | null, v: Isian) {
  const unit = await unitRepo.findUnit(trx, instansiId, v.unitId);
  if (!unit) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', 'Unit kerja tidak ditemukan.', [{ path: 'unitId', message: 'Unit kerja tidak ditemukan' }]);
  if (unit.ditutup_pada !== null) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', `Unit "${unit.nama}" sudah ditutup.`, [{ path: 'unitId', message: 'Unit kerja sudah ditutup' }]);
  let atasanNama: string | null = null;
  if (v.atasanJabatanId) {
    const atasan = await repo.findJabatan(trx, instansiId, v.atasanJabatanId);
    if (!atasan) return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', 'Atasan jabatan tidak ditemukan.', [{ path: 'atasanJabatanId', message: 'Atasan jabatan tidak ditemukan' }]);
    // the chain above the chosen atasan must not pass through this post, or the penilai walk would never end
    if (id && (await repo.rantaiAtasan(trx, instansiId, atasan.id)).includes(id)) {
      const pesan = atasan.id === id ? 'Jabatan tidak dapat menjadi atasan dirinya sendiri.' : `"${atasan.nama}" berada di bawah jabatan ini; memilihnya sebagai atasan akan membuat rantai atasan berputar.`;
      return fail('JABATAN.SIKLUS', pesan, [{ path: 'atasanJabatanId', message: pesan }]);
    }
    atasanNama = atasan.nama;
  }
  if (v.kepalaUnit) {
    const lain = await repo.kepalaLainDiUnit(trx, instansiId, v.unitId, id);
    if (lain) return fail('JABATAN.KEPALA_SUDAH_ADA', `Unit "${unit.nama}" sudah memiliki jabatan kepala: ${lain.nama}.`, [{ path: 'kepalaUnit', message: `Kepala unit ini sudah ada: ${lain.nama}` }]);
  }
  return ok({ unit, atasanNama });
}

export async function buatJabatan(ctx: Ctx, aktor: Aktor, body: JabatanBaru): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaStruktur(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx): Promise<Result<{ id: string; versi: number }>> => {
    const cek = await periksaIsian(trx, aktor.instansiId, null, body);
    if (!cek.ok) return cek;
    const id = newId();
    const row = {
      id,
      instansi_id: aktor.instansiId,
      unit_id: body.unitId,
      nama: body.nama,
      jenis: body.jenis,
      jenjang: body.jenjang,
      kelas_jabatan: body.kelasJabatan,
      atasan_jabatan_id: body.atasanJabatanId,
      kepala_unit: body.kepalaUnit ? 1 : 0,
      dibuat_pada: now.toISOString(),
    };
    await repo.insertJabatan(trx, row);
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'JABATAN_DIBUAT',
      entitas: 'jabatan',
      entitasId: id,
      sesudah: { nama: row.nama, jenis: row.jenis, jenjang: row.jenjang, kelasJabatan: row.kelas_jabatan, unitId: row.unit_id, unit: cek.value.unit.nama, atasanJabatanId: row.atasan_jabatan_id, atasanJabatan: cek.value.atasanNama, kepalaUnit: body.kepalaUnit },
    }, now);
    return ok({ id, versi: 1 });
  });
  if (r.ok) ctx.sessionCache?.clear();
  return r;
}

export async function ubahJabatan(ctx: Ctx, aktor: Aktor, id: string, body: JabatanUbah): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaStruktur(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx): Promise<Result<{ id: string; versi: number }>> => {
    const j = await repo.findJabatan(trx, aktor.instansiId, id);
    if (!j) return fail('DATA.TIDAK_DITEMUKAN');
    if (j.versi !== body.versi) return fail('DATA.KONFLIK');
    // pegawai.unit_id and the open jabatan history name the unit of the post: moving an occupied post would make them
    // disagree; a reorganisation moves people by mutasi, which keeps the history
    if (body.unitId !== j.unit_id && (await repo.jumlahPemangku(trx, aktor.instansiId, id, STATUS_KELUAR)) > 0) {
      return fail('JABATAN.ADA_PEMANGKU', undefined, [{ path: 'unitId', message: 'Jabatan masih diduduki pegawai' }]);
    }
    const cek = await periksaIsian(trx, aktor.instansiId, id, body);
    if (!cek.ok) return cek;
    const set = {
      nama: body.nama,
      jenis: body.jenis,
      jenjang: body.jenjang,
      kelas_jabatan: body.kelasJabatan,
      unit_id: body.unitId,
      atasan_jabatan_id: body.atasanJabatanId,
      kepala_unit: body.kepalaUnit ? 1 : 0,
    };
    if (!(await repo.updateJabatan(trx, aktor.instansiId, id, body.versi, set))) return fail('DATA.KONFLIK');
    const { versi: _versi, id: _id, ...sebelum } = j;
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'JABATAN_DIUBAH', entitas: 'jabatan', entitasId: id, sebelum, sesudah: set }, now);
    return ok({ id, versi: body.versi + 1 });
  });
  // a new atasan edge changes who is 'atasan' (derived role) for cached sessions
  if (r.ok) ctx.sessionCache?.clear();
  return r;
}
