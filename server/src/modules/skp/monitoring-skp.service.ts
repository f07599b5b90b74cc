// SKP monitoring (issue 4): per unit, how many active pegawai have their SKP of the period in draft, submitted,
// returned or approved (a reopening request counts as approved: the plan still stands), and how many have none yet.
// Without unitId the rows are the OPDs (admin BKPPD, auditor, wali kota: every OPD; a pimpinan OPD: their own);
// with unitId the rows are its direct sub-units (each counting its whole subtree) plus the unit itself for the
// pegawai placed directly in it. Only pegawai whose current unit lies in the period's unit scope count.
import type { z } from 'zod';
import type { MonitoringSkp, MonitoringSkpQuery, MonitoringSkpUnit } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import type { BerkasUnduhan } from '../kepegawaian/ekspor.xlsx.ts';
import { monitoringSkpXlsx, XLSX_TYPE } from './monitoring-skp.xlsx.ts';
import { unitDalamOpd } from './perjanjian-kinerja.service.ts';
import * as repo from './monitoring-skp.repository.ts';

type Monitoring = z.infer<typeof MonitoringSkp>;
type Baris = z.infer<typeof MonitoringSkpUnit>;
type Hitungan = Omit<Baris, 'unitId' | 'unit' | 'adaSubunit'>;

const kosong = (): Hitungan => ({ jumlahPegawai: 0, draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0, belumAda: 0 });

/** The column a pegawai counts in, from the status of their latest non-closed SKP. */
function kolom(status: string): keyof Omit<Hitungan, 'jumlahPegawai' | 'belumAda'> {
  switch (status) {
    case 'draft':
    case 'diajukan':
    case 'dikembalikan':
      return status;
    default:
      // disetujui, and minta_buka: the approved plan stands while a reopening is asked
      return 'disetujui';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The period's unit scope as stored (JSON array of ids; null = the whole instansi). */
function idsLingkup(unitIds: string | null): string[] | null {
  if (unitIds === null) return null;
  try {
    const v: unknown = JSON.parse(unitIds);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && UUID.test(x)) : [];
  } catch {
    return [];
  }
}

export async function monitoringSkp(ctx: Ctx, aktor: Aktor, q: z.infer<typeof MonitoringSkpQuery>): Promise<Result<Monitoring>> {
  const instansi = hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota');
  if (!instansi && !(hasPeran(aktor, 'pimpinan_opd') && aktor.opdIds.length > 0)) return fail('AKSES.DITOLAK');
  const hariIni = tanggalWita(ctx.now());

  // the rows (OPDs, or the direct sub-units of the unit asked for) and the period, read together: on PostgreSQL each
  // round trip counts; the sub-units are only returned once the unit has passed the scope check
  const [induk, baris, periode] = await Promise.all([
    q.unitId ? repo.unitById(ctx.db, aktor.instansiId, q.unitId) : null,
    q.unitId ? repo.anakTerbuka(ctx.db, aktor.instansiId, q.unitId, hariIni) : repo.opdTerbuka(ctx.db, aktor.instansiId, hariIni, instansi ? null : aktor.opdIds),
    q.periodeId ? repo.periodeById(ctx.db, aktor.instansiId, q.periodeId) : repo.periodeBawaan(ctx.db, aktor.instansiId, Number(hariIni.slice(0, 4))),
  ]);
  if (q.unitId) {
    if (!induk || (induk.ditutup_pada && induk.ditutup_pada <= hariIni)) return fail('DATA.TIDAK_DITEMUKAN', 'Unit kerja tidak ditemukan atau sudah ditutup.');
    if (!instansi && !unitDalamOpd(aktor, induk)) return fail('AKSES.DITOLAK', 'Unit kerja ini berada di luar OPD yang Anda pimpin.');
  }
  const indukOut = induk ? { unitId: induk.id, unit: induk.nama } : null;
  if (!periode) return q.periodeId ? fail('DATA.TIDAK_DITEMUKAN', 'Periode SKP tidak ditemukan.') : ok({ periode: null, induk: indukOut, units: [], total: kosong() });

  const lingkup = idsLingkup(periode.unit_ids);
  const filter: repo.FilterHitung = {
    periodeId: periode.id,
    hariIni,
    baris: induk ? { jalur: induk.jalur } : { opdIds: baris.map((b) => b.id) },
    jalurPeriode: lingkup === null ? null : await repo.jalurUnit(ctx.db, aktor.instansiId, lingkup),
  };
  const [pegawai, skp, adaAnak] = await Promise.all([
    repo.hitungPegawai(ctx.db, aktor.instansiId, filter),
    repo.hitungSkp(ctx.db, aktor.instansiId, filter),
    repo.punyaAnak(ctx.db, aktor.instansiId, baris.map((b) => b.id), hariIni),
  ]);

  // roll the per-unit counts up to the rows: an OPD's row, a direct sub-unit's row, or the unit itself
  const perBaris = new Map(baris.map((b) => [b.id, kosong()]));
  const langsung = kosong();
  const barisUnit = new Map<string, Hitungan>();
  for (const u of pegawai) {
    const target = !induk ? perBaris.get(u.opd_id ?? '') : u.unit_id === induk.id ? langsung : perBaris.get(u.jalur.slice(induk.jalur.length).split('/')[0]!);
    if (!target) continue; // e.g. pegawai of the instansi root, which is not an OPD
    barisUnit.set(u.unit_id, target);
    target.jumlahPegawai += Number(u.n);
    target.belumAda += Number(u.n);
  }
  for (const s of skp) {
    const target = barisUnit.get(s.unit_id);
    if (!target) continue;
    const k = kolom(s.status);
    target[k] += Number(s.n);
    target.belumAda -= Number(s.n);
  }

  const units: Baris[] = [];
  if (induk && langsung.jumlahPegawai > 0) units.push({ unitId: induk.id, unit: `${induk.nama} (langsung)`, adaSubunit: false, ...langsung });
  for (const b of baris) units.push({ unitId: b.id, unit: b.nama, adaSubunit: adaAnak.has(b.id), ...perBaris.get(b.id)! });
  const total = kosong();
  for (const u of units) for (const k of Object.keys(total) as (keyof Hitungan)[]) total[k] += u[k];
  return ok({ periode: { id: periode.id, tahun: periode.tahun }, induk: indukOut, units, total });
}

/** The same table as an Excel file (monitoring-skp-<tahun>.xlsx). */
export async function eksporMonitoringSkp(ctx: Ctx, aktor: Aktor, q: z.infer<typeof MonitoringSkpQuery>): Promise<Result<BerkasUnduhan>> {
  const r = await monitoringSkp(ctx, aktor, q);
  if (!r.ok) return r;
  const { periode, induk, units, total } = r.value;
  if (!periode) return fail('DATA.TIDAK_DITEMUKAN', 'Belum ada periode SKP yang dapat diekspor.');
  const data = await monitoringSkpXlsx({ tahun: periode.tahun, induk: induk?.unit ?? null, units, total });
  return ok({ namaFile: `monitoring-skp-${periode.tahun}.xlsx`, contentType: XLSX_TYPE, data });
}
