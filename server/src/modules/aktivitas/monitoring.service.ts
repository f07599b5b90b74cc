// Monitoring of aktivitas harian (issue 5): per unit and day, how many pegawai filed, how many did not, and how many
// activities await approval and for how long. A pimpinan OPD sees the units of the OPD(s) they lead; admin BKPPD,
// auditor and wali kota the whole instansi. Counts use each pegawai's current unit; "awaiting" is the backlog now
// (any date), which is what a pimpinan needs to chase.
import type { z } from 'zod';
import type { Monitoring, MonitoringQuery } from '../../../../contracts/aktivitas.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
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
      const tertua = w?.tertua ? Math.round(((now.getTime() - Date.parse(w.tertua)) / 3_600_000) * 10) / 10 : null;
      return { unitId: u.id, unit: u.nama, jumlahPegawai: jumlah, sudahMengisi: sudah, belumMengisi: Math.max(0, jumlah - sudah), menunggu: Number(w?.n ?? 0), menungguTerlamaJam: tertua };
    }),
  });
}
