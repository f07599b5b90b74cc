// Monitoring of aktivitas harian (issue 5): per unit and day, how many pegawai filed, how many did not, and how many
// activities await approval and for how long. A pimpinan OPD sees the units of the OPD(s) they lead; admin BKPPD,
// auditor and wali kota the whole instansi. Counts use each pegawai's current unit; "awaiting" is the backlog now
// (any date), which is what a pimpinan needs to chase.
import type { z } from 'zod';
import type { Monitoring, MonitoringPegawai, MonitoringQuery, MonitoringUnitPegawai } from '../../../../contracts/aktivitas.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import { namaLengkap } from '../kepegawaian/kepegawaian.service.ts';
import * as repo from './monitoring.repository.ts';

export async function monitoring(ctx: Ctx, aktor: Aktor, q: z.infer<typeof MonitoringQuery>): Promise<Result<z.infer<typeof Monitoring>>> {
  const instansi = hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota');
  if (!instansi && !hasPeran(aktor, 'pimpinan_opd')) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const tanggal = q.tanggal ?? tanggalWita(now);
  const jalur = q.unitId ? await repo.jalurUnit(ctx.db, aktor.instansiId, q.unitId) : null;
  if (q.unitId && !jalur) return ok({ tanggal, units: [] });
  const units = await repo.unitTerbuka(ctx.db, aktor.instansiId, tanggal, instansi ? null : aktor.opdIds, jalur);
  const ids = units.map((u) => u.id);
  const [pegawai, mengisi, tunggu] = await Promise.all([
    repo.jumlahPegawai(ctx.db, aktor.instansiId, ids),
    repo.sudahMengisi(ctx.db, aktor.instansiId, ids, tanggal),
    repo.menunggu(ctx.db, aktor.instansiId, ids),
  ]);
  const by = <T extends { unit_id: string | null }>(rows: T[]) => new Map(rows.map((r) => [r.unit_id, r]));
  const [p, m, t] = [by(pegawai), by(mengisi), by(tunggu)];
  return ok({
    tanggal,
    units: units.map((u) => {
      const jumlah = Number(p.get(u.id)?.n ?? 0);
      const sudah = Number(m.get(u.id)?.n ?? 0);
      const w = t.get(u.id);
      const tertua = w?.tertua ? umurJam(now, w.tertua) : null;
      return { unitId: u.id, unit: u.nama, jumlahPegawai: jumlah, sudahMengisi: sudah, belumMengisi: Math.max(0, jumlah - sudah), menunggu: Number(w?.n ?? 0), menungguTerlamaJam: tertua };
    }),
  });
}

const umurJam = (now: Date, sejak: string) => Math.round(((now.getTime() - Date.parse(sejak)) / 3_600_000) * 10) / 10;

/**
 * The names behind one unit row: its aktif pegawai (filed or not on the day) and anyone of the unit with activities
 * still waiting — the same membership and counting rules as `monitoring`, so the list adds up to the row.
 * Not filed first (whom to chase), then by name. A unit outside the pimpinan's OPD answers 404 like a missing one.
 */
export async function monitoringPegawai(ctx: Ctx, aktor: Aktor, unitId: string, q: { tanggal?: string | undefined }): Promise<Result<z.infer<typeof MonitoringUnitPegawai>>> {
  const instansi = hasPeran(aktor, 'admin_bkppd', 'auditor', 'walikota');
  if (!instansi && !hasPeran(aktor, 'pimpinan_opd')) return fail('AKSES.DITOLAK');
  const unit = await repo.unitMonitoring(ctx.db, aktor.instansiId, unitId);
  if (!unit || (!instansi && (!unit.opd_id || !aktor.opdIds.includes(unit.opd_id)))) return fail('DATA.TIDAK_DITEMUKAN');
  const now = ctx.now();
  const tanggal = q.tanggal ?? tanggalWita(now);
  const [orang, isian, tunggu] = await Promise.all([
    repo.pegawaiUnit(ctx.db, aktor.instansiId, unitId),
    repo.isianPegawai(ctx.db, aktor.instansiId, unitId, tanggal),
    repo.menungguPegawai(ctx.db, aktor.instansiId, unitId),
  ]);
  const isi = new Map(isian.map((r) => [r.pegawai_id, r]));
  const antre = new Map<string, { n: number; tertua: string | null; penilai: string[] }>();
  for (const r of tunggu) {
    const a = antre.get(r.pegawai_id) ?? { n: 0, tertua: null, penilai: [] };
    a.n += Number(r.n);
    if (r.tertua && (!a.tertua || r.tertua < a.tertua)) a.tertua = r.tertua;
    if (r.penilai_nama) a.penilai.push(namaLengkap({ nama: r.penilai_nama, gelar_depan: r.penilai_gelar_depan, gelar_belakang: r.penilai_gelar_belakang }));
    antre.set(r.pegawai_id, a);
  }
  const pegawai: z.infer<typeof MonitoringPegawai>[] = orang.map((o) => {
    const f = isi.get(o.id);
    const w = antre.get(o.id);
    return {
      pegawaiId: o.id,
      nama: namaLengkap(o),
      nip: o.nip,
      jabatan: o.jabatan,
      aktif: o.status === 'aktif',
      sudahMengisi: !!f,
      jumlahAktivitas: Number(f?.n ?? 0),
      menit: Number(f?.menit ?? 0),
      menunggu: w?.n ?? 0,
      menungguTerlamaJam: w?.tertua ? umurJam(now, w.tertua) : null,
      penilaiMenunggu: w?.penilai.sort() ?? [],
    };
  });
  const namaUrut = new Map(orang.map((o) => [o.id, o.nama]));
  // not filed first; those no longer aktif (listed only for their waiting items) last
  const urutan = (p: z.infer<typeof MonitoringPegawai>) => (!p.aktif ? 2 : p.sudahMengisi ? 1 : 0);
  pegawai.sort((a, b) => urutan(a) - urutan(b) || namaUrut.get(a.pegawaiId)!.localeCompare(namaUrut.get(b.pegawaiId)!, 'id'));
  return ok({ tanggal, unitId: unit.id, unit: unit.nama, pegawai });
}
