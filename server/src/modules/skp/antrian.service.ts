// The penilai's SKP queue (DOMAIN.md §2.1): the bawahan they evaluate today with their SKP of the period — first the
// ones waiting for a decision (submitted, or asking to reopen an approved SKP), oldest first, then everyone.
import type { z } from 'zod';
import type { AntrianSkp, AntrianSkpQuery, BawahanSkp } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { StatusSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { bawahanDari } from '../kepegawaian/penilai.service.ts';
import { findPeriode, periodeBawaan } from './periode.service.ts';
import * as repo from './skp.repository.ts';
import { orangBanyak, type SkpRow } from './skp.service.ts';

const MENUNGGU: ReadonlySet<string> = new Set(['diajukan', 'minta_buka']);

/** When the SKP started waiting: its submission, or the request to reopen (the last change of the row). */
const sejak = (s: SkpRow): string => (s.status === 'diajukan' ? (s.diajukan_pada ?? s.diubah_pada) : s.diubah_pada);

export async function antrianSkp(ctx: Ctx, aktor: Aktor, q: z.infer<typeof AntrianSkpQuery>): Promise<Result<z.infer<typeof AntrianSkp>>> {
  const periode = q.periodeId ? await findPeriode(ctx, aktor.instansiId, q.periodeId) : await periodeBawaan(ctx, aktor.instansiId);
  if (q.periodeId && !periode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode SKP tidak ditemukan.');
  if (!periode || !aktor.pegawaiId) return ok({ periode: periode ? { id: periode.id, tahun: periode.tahun } : null, skpSayaId: null, menunggu: [], bawahan: [] });
  const ids = await bawahanDari(ctx, aktor, tanggalWita(ctx.now()));
  const [skp, saya, lain] = await Promise.all([
    repo.skpBerjalan(ctx.db, aktor.instansiId, ids, periode.id),
    repo.skpBerjalan(ctx.db, aktor.instansiId, [aktor.pegawaiId], periode.id),
    // submitted to me before the chain changed: still mine to decide (the SKP names me)
    repo.skpMenungguPenilai(ctx.db, aktor.instansiId, aktor.pegawaiId, periode.id),
  ]);
  // rows come latest segment first: the first one seen per pegawai is the one that counts
  const skpOf = new Map<string, SkpRow>();
  for (const s of skp) if (!skpOf.has(s.pegawai_id)) skpOf.set(s.pegawai_id, s);
  const tambahan = lain.filter((s) => !skpOf.has(s.pegawai_id));
  const semuaSkp = [...skpOf.values(), ...tambahan];
  const [orang, jumlah] = await Promise.all([
    orangBanyak(ctx, aktor.instansiId, [...ids, ...tambahan.map((s) => s.pegawai_id)]),
    repo.jumlahRhk(ctx.db, aktor.instansiId, semuaSkp.map((s) => s.id)),
  ]);
  const jumlahOf = new Map(jumlah.map((j) => [j.skp_id, Number(j.n)]));
  const baris = (pegawaiId: string, s: SkpRow | undefined): z.infer<typeof BawahanSkp> | null => {
    const pegawai = orang.get(pegawaiId);
    if (!pegawai) return null;
    return { pegawai, skpId: s?.id ?? null, status: (s?.status as StatusSkp | undefined) ?? null, diajukanPada: s?.diajukan_pada ?? null, alasanBuka: s?.alasan_buka ?? null, jumlahRhk: s ? (jumlahOf.get(s.id) ?? 0) : 0 };
  };
  const menunggu = semuaSkp
    .filter((s) => MENUNGGU.has(s.status))
    .sort((a, b) => sejak(a).localeCompare(sejak(b)) || a.id.localeCompare(b.id))
    .map((s) => baris(s.pegawai_id, s))
    .filter((x): x is z.infer<typeof BawahanSkp> => x !== null);
  const bawahan = ids
    .map((id) => baris(id, skpOf.get(id)))
    .filter((x): x is z.infer<typeof BawahanSkp> => x !== null)
    .sort((a, b) => a.pegawai.nama.localeCompare(b.pegawai.nama, 'id') || a.pegawai.pegawaiId.localeCompare(b.pegawai.pegawaiId));
  return ok({ periode: { id: periode.id, tahun: periode.tahun }, skpSayaId: saya[0]?.id ?? null, menunggu, bawahan });
}
