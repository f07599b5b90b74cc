// The penilai's list for an evaluation period (DOMAIN.md §2.3): every bawahan they evaluate today with the record of
// each evaluated SKP segment (status, ratings, predikat) — or the segment not opened yet, or no approved SKP at all —
// plus records submitted to them before the chain changed, and how the predikat are distributed (the calibration
// board of the next phase reads the same query for a whole instansi: repo.segmenPeriode with pegawaiIds = null).
import type { z } from 'zod';
import type { PenilaianBawahan, PenilaianBawahanItem, PenilaianBawahanQuery } from '../../../../contracts/penilaian.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { StatusPenilaian } from '../../../../domain/penilaian.ts';
import { type Predikat, PREDIKAT, type Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { bawahanDari } from '../kepegawaian/penilai.service.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import * as repo from './penilaian.repository.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';

type Item = z.infer<typeof PenilaianBawahanItem>;
type Baris = Pick<repo.SegmenRow, 'skp_id' | 'pegawai_id' | 'skp_mulai' | 'penilaian_id' | 'status' | 'rating_hasil_kerja' | 'rating_perilaku_kerja' | 'predikat' | 'diajukan_pada' | 'dinilai_pada'>;

export async function penilaianBawahan(ctx: Ctx, aktor: Aktor, q: z.infer<typeof PenilaianBawahanQuery>): Promise<Result<z.infer<typeof PenilaianBawahan>>> {
  const periode = await repo.findPeriode(ctx.db, aktor.instansiId, q.periodeId);
  if (!periode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  const sebaran = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
  if (!aktor.pegawaiId) return ok({ periode: keDtoPeriode(periode), items: [], sebaran });
  const ids = await bawahanDari(ctx, aktor, tanggalWita(ctx.now()));
  const [segmen, milik] = await Promise.all([repo.segmenPeriode(ctx.db, aktor.instansiId, periode, ids), repo.penilaianPenilai(ctx.db, aktor.instansiId, periode.id, aktor.pegawaiId)]);
  const bawahan = new Set(ids);
  const baris: Baris[] = [...segmen, ...milik.filter((m) => !bawahan.has(m.pegawai_id))];
  const orang = await orangBanyak(ctx, aktor.instansiId, [...ids, ...baris.map((b) => b.pegawai_id)]);
  const perPegawai = new Map<string, Baris[]>();
  for (const b of baris) perPegawai.set(b.pegawai_id, [...(perPegawai.get(b.pegawai_id) ?? []), b]);
  const items: Item[] = [];
  for (const pegawaiId of new Set([...ids, ...perPegawai.keys()])) {
    const pegawai = orang.get(pegawaiId);
    if (!pegawai) continue;
    const rows = (perPegawai.get(pegawaiId) ?? []).sort((a, b) => a.skp_mulai.localeCompare(b.skp_mulai));
    if (rows.length === 0) items.push({ pegawai, skpId: null, penilaianId: null, status: null, ratingHasilKerja: null, ratingPerilakuKerja: null, predikat: null, diajukanPada: null, dinilaiPada: null });
    for (const r of rows) {
      items.push({
        pegawai,
        skpId: r.skp_id,
        penilaianId: r.penilaian_id,
        status: r.status as StatusPenilaian | null,
        ratingHasilKerja: r.rating_hasil_kerja as Rating | null,
        ratingPerilakuKerja: r.rating_perilaku_kerja as Rating | null,
        predikat: r.predikat as Predikat | null,
        diajukanPada: r.diajukan_pada,
        dinilaiPada: r.dinilai_pada,
      });
      if (r.predikat) sebaran[r.predikat as Predikat] += 1;
    }
  }
  items.sort((a, b) => a.pegawai.nama.localeCompare(b.pegawai.nama, 'id') || a.pegawai.pegawaiId.localeCompare(b.pegawai.pegawaiId));
  return ok({ periode: keDtoPeriode(periode), items, sebaran });
}
