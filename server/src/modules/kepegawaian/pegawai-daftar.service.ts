// GET /api/v1/pegawai with filters. The scope is the one of kepegawaian.service.ts daftarPegawai (own record, the
// bawahan one evaluates today, the OPD one leads, or the instansi); the filters only narrow inside it.
import type { PegawaiPage } from '../../../../contracts/kepegawaian.ts';
import type { PegawaiDaftarQuery } from '../../../../contracts/pegawai-daftar.ts';
import type { Ctx } from '../../context.ts';
import { ok, type Result } from '../../http/result.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import { jangkauanDaftarPegawai } from './kepegawaian.policy.ts';
import type { ListScope } from './kepegawaian.repository.ts';
import { namaLengkap } from './kepegawaian.service.ts';
import * as repo from './pegawai-daftar.repository.ts';
import { bawahanDari, hariIni } from './penilai.service.ts';
import * as unitRepo from './unit-kerja.repository.ts';

async function lingkupDaftar(ctx: Ctx, aktor: Aktor): Promise<ListScope> {
  if (jangkauanDaftarPegawai(aktor) === 'instansi') return { kind: 'instansi' };
  return {
    kind: 'terbatas',
    pegawaiIds: aktor.pegawaiId ? [aktor.pegawaiId, ...(hasPeran(aktor, 'atasan') ? await bawahanDari(ctx, aktor, hariIni(ctx)) : [])] : [],
    opdIds: hasPeran(aktor, 'pimpinan_opd') ? aktor.opdIds : [],
  };
}

export async function daftarPegawaiTersaring(ctx: Ctx, aktor: Aktor, query: PegawaiDaftarQuery): Promise<Result<PegawaiPage>> {
  const kosong = ok({ items: [], total: 0, page: query.page, pageSize: query.pageSize });
  let unitJalur: string | undefined;
  if (query.unitId) {
    const unit = await unitRepo.findUnit(ctx.db, aktor.instansiId, query.unitId);
    if (!unit) return kosong;
    unitJalur = unit.jalur;
  }
  const scope = await lingkupDaftar(ctx, aktor);
  const { rows, total } = await repo.listPegawaiTersaring(
    ctx.db,
    aktor.instansiId,
    scope,
    { q: query.q?.trim() || undefined, unitJalur, status: query.status, jenisAsn: query.jenisAsn, jenisJabatan: query.jenisJabatan },
    (query.page - 1) * query.pageSize,
    query.pageSize,
  );
  return ok({
    items: rows.map((r) => ({
      id: r.id,
      nip: r.nip,
      namaLengkap: namaLengkap(r),
      jabatan: r.jabatan_nama ?? null,
      unit: r.unit_nama ?? null,
      status: r.status as PegawaiPage['items'][number]['status'],
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  });
}
