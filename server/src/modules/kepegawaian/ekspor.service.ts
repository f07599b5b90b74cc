// Excel exports (kepegawaian issue): the pegawai list the actor may see, in the import template's layout so an
// export can be corrected and imported back; and the unit tree with the number of pegawai per unit.
import type { EksporPegawaiQuery } from '../../../../contracts/impor.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import * as repo from './ekspor.repository.ts';
import { type BarisEksporUnit, type BerkasUnduhan, eksporPegawaiXlsx, eksporUnitXlsx, labelJenisAsn, labelJenisJabatan, XLSX_TYPE } from './ekspor.xlsx.ts';
import { strukturUntuk } from './penilai.service.ts';

/** Who may export what: the same reach as the pegawai list (kepegawaian.policy.ts), read-only roles included. */
export function cakupanEkspor(aktor: Aktor): repo.CakupanEkspor | null {
  if (hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota')) return { opdIds: null };
  if (hasPeran(aktor, 'pimpinan_opd')) return { opdIds: aktor.opdIds };
  return null;
}

export async function eksporPegawai(ctx: Ctx, aktor: Aktor, query: EksporPegawaiQuery): Promise<Result<BerkasUnduhan>> {
  const cakupan = cakupanEkspor(aktor);
  if (!cakupan) return fail('AKSES.DITOLAK');
  let jalur: string | undefined;
  if (query.unitId) {
    const u = await repo.jalurUnit(ctx.db, aktor.instansiId, query.unitId);
    if (!u || (cakupan.opdIds && !cakupan.opdIds.includes(u.opd_id ?? ''))) return fail('DATA.TIDAK_DITEMUKAN');
    jalur = u.jalur;
  }
  const hariIni = tanggalWita(ctx.now());
  const [rows, struktur, nips] = await Promise.all([
    repo.pegawaiUntukEkspor(ctx.db, aktor.instansiId, cakupan, { q: query.q || undefined, jalur }),
    strukturUntuk(ctx, aktor.instansiId, hariIni),
    repo.nipPegawai(ctx.db, aktor.instansiId),
  ]);
  const nipOf = new Map(nips.map((p) => [p.id, p.nip]));
  const data = await eksporPegawaiXlsx(
    rows.map((p) => ({
      nip: p.nip,
      nama: p.nama,
      gelarDepan: p.gelar_depan,
      gelarBelakang: p.gelar_belakang,
      jenisAsn: labelJenisAsn(p.jenis_asn),
      golongan: p.golongan,
      jabatan: p.jabatan_nama,
      jenisJabatan: labelJenisJabatan(p.jabatan_jenis),
      unitKerja: p.unit_kode,
      // who evaluates this pegawai today, by the one rule (overrides and Plt/Plh included)
      nipAtasan: nipOf.get(penilaiPadaTanggal(p.id, hariIni, struktur).penilai?.pegawaiId ?? '') ?? null,
      tmtJabatan: p.tmt_jabatan ?? null,
      namaUnit: p.unit_nama,
      status: p.status,
    })),
  );
  return ok({ namaFile: `data-pegawai-${hariIni}.xlsx`, contentType: XLSX_TYPE, data });
}

export async function eksporUnitKerja(ctx: Ctx, aktor: Aktor): Promise<Result<BerkasUnduhan>> {
  const cakupan = cakupanEkspor(aktor);
  if (!cakupan) return fail('AKSES.DITOLAK');
  const { unit, jumlah } = await repo.unitUntukEkspor(ctx.db, aktor.instansiId);
  const byId = new Map(unit.map((u) => [u.id, u]));
  const langsung = new Map(jumlah.map((j) => [j.unit_id, j.n]));
  const total = new Map<string, number>();
  for (const u of unit) {
    const n = langsung.get(u.id) ?? 0;
    if (!n) continue;
    // jalur = '/<root id>/…/<own id>/': every unit on the path counts this unit's pegawai
    for (const id of u.jalur.split('/').filter(Boolean)) total.set(id, (total.get(id) ?? 0) + n);
  }
  const rows: BarisEksporUnit[] = unit
    .filter((u) => !cakupan.opdIds || (u.opd_id !== null && cakupan.opdIds.includes(u.opd_id)))
    .map((u) => {
      const induk = u.induk_id ? byId.get(u.induk_id) : undefined;
      return {
        kode: u.kode,
        nama: u.nama,
        singkatan: u.singkatan,
        jenis: u.jenis,
        kodeInduk: induk?.kode ?? null,
        namaInduk: induk?.nama ?? null,
        opd: u.opd_id ? (byId.get(u.opd_id)?.nama ?? null) : null,
        jalur: u.jalur.split('/').filter(Boolean).map((id) => byId.get(id)?.nama ?? '?').join(' › '),
        dibukaPada: u.dibuka_pada,
        ditutupPada: u.ditutup_pada,
        pegawaiLangsung: langsung.get(u.id) ?? 0,
        pegawaiTotal: total.get(u.id) ?? 0,
      };
    });
  return ok({ namaFile: `struktur-unit-kerja-${tanggalWita(ctx.now())}.xlsx`, contentType: XLSX_TYPE, data: await eksporUnitXlsx(rows) });
}
