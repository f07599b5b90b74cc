// Perjanjian Kinerja (DOMAIN.md §2.1: JPT / kepala OPD RHK derive from the unit's Perjanjian Kinerja): one agreement
// per unit and year, entered by the pimpinan of the OPD for the units of their OPD, or by admin BKPPD for any unit;
// the auditor reads. Saved as a whole with the version the form was loaded with (stale → DATA.KONFLIK). Sasaran ids
// sent back are kept — SKP RHK point at them (skp_rhk.pk_sasaran_id) — the others are deleted; an RHK whose sasaran
// was deleted keeps the dangling id (the SKP shows no sasaran text) rather than being changed behind its owner's back.
import type { z } from 'zod';
import type { PerjanjianKinerja, PerjanjianKinerjaQuery, PerjanjianKinerjaUbah } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import type { PerjanjianKinerjaSasaranTable } from '../../db/schema.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import * as repo from './perjanjian-kinerja.repository.ts';

type Pk = z.infer<typeof PerjanjianKinerja>;

/** A unit is inside the OPD(s) a pimpinan leads when it is one of them or belongs to one (unit_kerja.opd_id). */
export function unitDalamOpd(aktor: Aktor, unit: { id: string; opd_id: string | null }): boolean {
  return aktor.opdIds.includes(unit.id) || (unit.opd_id !== null && aktor.opdIds.includes(unit.opd_id));
}

const bolehBacaPk = (aktor: Aktor, unit: { id: string; opd_id: string | null }) =>
  hasPeran(aktor, 'admin_bkppd', 'auditor') || (hasPeran(aktor, 'pimpinan_opd') && unitDalamOpd(aktor, unit));
const bolehUbahPk = (aktor: Aktor, unit: { id: string; opd_id: string | null }) =>
  hasPeran(aktor, 'admin_bkppd') || (hasPeran(aktor, 'pimpinan_opd') && unitDalamOpd(aktor, unit));

const pelanggaranUnik = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

export async function bacaPerjanjianKinerja(ctx: Ctx, aktor: Aktor, q: z.infer<typeof PerjanjianKinerjaQuery>): Promise<Result<Pk>> {
  if (!hasPeran(aktor, 'admin_bkppd', 'auditor', 'pimpinan_opd')) return fail('AKSES.DITOLAK');
  const unit = await repo.unitPk(ctx.db, aktor.instansiId, q.unitId);
  if (!unit) return fail('DATA.TIDAK_DITEMUKAN', 'Unit kerja tidak ditemukan.');
  if (!bolehBacaPk(aktor, unit)) return fail('AKSES.DITOLAK', 'Unit kerja ini berada di luar OPD yang Anda pimpin.');
  // a closed unit's agreements of earlier years stay readable; only writing is refused
  const pk = await repo.cariPk(ctx.db, aktor.instansiId, unit.id, q.tahun);
  const sasaran = pk ? await repo.sasaranPk(ctx.db, aktor.instansiId, pk.id) : [];
  return ok({ unitId: unit.id, unit: unit.nama, tahun: q.tahun, sasaran, versi: pk?.versi ?? null });
}

export async function ubahPerjanjianKinerja(ctx: Ctx, aktor: Aktor, body: z.infer<typeof PerjanjianKinerjaUbah>): Promise<Result<Pk>> {
  if (!hasPeran(aktor, 'admin_bkppd', 'pimpinan_opd')) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const unit = await repo.unitPk(ctx.db, aktor.instansiId, body.unitId);
  if (!unit) return fail('DATA.TIDAK_DITEMUKAN', 'Unit kerja tidak ditemukan.');
  if (!bolehUbahPk(aktor, unit)) return fail('AKSES.DITOLAK', 'Unit kerja ini berada di luar OPD yang Anda pimpin.');
  if (unit.ditutup_pada && unit.ditutup_pada <= tanggalWita(now)) {
    return fail('KEPEGAWAIAN.REFERENSI_TIDAK_VALID', 'Unit kerja ini sudah ditutup; Perjanjian Kinerjanya tidak dapat diubah.', [{ path: 'unitId', message: 'Unit kerja sudah ditutup' }]);
  }
  const dikirim = body.sasaran.flatMap((s, i) => (s.id ? [{ id: s.id, i }] : []));
  const ganda = dikirim.find((s, k) => dikirim.findIndex((x) => x.id === s.id) !== k);
  if (ganda) return fail('VALIDASI.GAGAL', 'Satu sasaran dikirim dua kali.', [{ path: `sasaran.${ganda.i}.id`, message: 'Sasaran ganda' }]);

  try {
    return await ctx.db.transaction().execute(async (trx): Promise<Result<Pk>> => {
      const iso = now.toISOString();
      const ada = await repo.cariPk(trx, aktor.instansiId, unit.id, body.tahun);
      // every check before the first write: a failure returned from here commits nothing
      if (body.versi === null && ada) return fail('DATA.KONFLIK', 'Perjanjian Kinerja unit ini untuk tahun tersebut sudah dibuat oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.');
      if (body.versi !== null && (!ada || ada.versi !== body.versi)) return fail('DATA.KONFLIK');
      const sebelum = ada ? await repo.sasaranPk(trx, aktor.instansiId, ada.id) : [];
      const milik = new Set(sebelum.map((s) => s.id));
      const asing = dikirim.find((s) => !milik.has(s.id));
      if (asing) return fail('VALIDASI.GAGAL', 'Sasaran yang dikirim bukan bagian dari Perjanjian Kinerja ini. Muat ulang lalu ulangi.', [{ path: `sasaran.${asing.i}.id`, message: 'Sasaran tidak ditemukan pada Perjanjian Kinerja ini' }]);

      const pkId = ada?.id ?? newId();
      if (!ada) await repo.insertPk(trx, { id: pkId, instansi_id: aktor.instansiId, unit_id: unit.id, tahun: body.tahun, dibuat_pada: iso, diubah_pada: iso });
      else if (!(await repo.naikkanVersi(trx, aktor.instansiId, ada.id, ada.versi, iso))) return fail('DATA.KONFLIK');
      await repo.hapusSasaranSelain(trx, aktor.instansiId, pkId, dikirim.map((s) => s.id));
      const baru: PerjanjianKinerjaSasaranTable[] = [];
      const sesudah: Pk['sasaran'] = [];
      for (const [urutan, s] of body.sasaran.entries()) {
        const isi = { sasaran: s.sasaran, indikator: s.indikator, target: s.target };
        if (s.id) await repo.ubahSasaran(trx, aktor.instansiId, s.id, { ...isi, urutan });
        const id = s.id ?? newId();
        if (!s.id) baru.push({ id, instansi_id: aktor.instansiId, perjanjian_id: pkId, ...isi, urutan });
        sesudah.push({ id, ...isi });
      }
      await repo.insertSasaran(trx, baru);
      await catatAudit(trx, ctx.dialect, aktor, {
        aksi: 'perjanjian_kinerja.ubah',
        entitas: 'perjanjian_kinerja',
        entitasId: pkId,
        sebelum: body.versi === null ? null : { versi: body.versi, sasaran: sebelum },
        sesudah: { unitId: unit.id, unit: unit.nama, tahun: body.tahun, versi: (body.versi ?? 0) + 1, sasaran: sesudah },
      }, now);
      return ok({ unitId: unit.id, unit: unit.nama, tahun: body.tahun, sasaran: sesudah, versi: (body.versi ?? 0) + 1 });
    });
  } catch (e) {
    // two first versions saved at the same moment: the unique (unit, tahun) index lets one win
    if (pelanggaranUnik(e)) return fail('DATA.KONFLIK');
    throw e;
  }
}
