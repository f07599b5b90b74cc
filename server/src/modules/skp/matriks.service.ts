// Matriks peran hasil (Permenpan-RB 6/2022 cascading): for each RHK of an SKP, the bawahan RHK that intervene in it,
// and the owner's bawahan (today) with nothing hanging off this SKP yet. Read by the owner, their penilai and
// anyone who may see the pegawai.
import type { z } from 'zod';
import type { MatriksPeranHasil } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { JenisRhk, StatusSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { namaLengkap } from '../kepegawaian/kepegawaian.service.ts';
import { bawahanDari } from '../kepegawaian/penilai.service.ts';
import * as repo from './skp.repository.ts';
import { cekLihatSkp, orangBanyak, type SkpRow } from './skp.service.ts';

export async function matriksPeranHasil(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<z.infer<typeof MatriksPeranHasil>>> {
  const seen = await cekLihatSkp(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row } = seen.value;
  const inst = row.instansi_id;
  const rhk = await repo.rhkDari(ctx.db, inst, [row.id]);
  const [turunan, bawahan] = await Promise.all([
    repo.rhkTurunan(ctx.db, inst, rhk.map((r) => r.id)),
    // the owner's bawahan, whoever is looking
    bawahanDari(ctx, { ...aktor, pegawaiId: row.pegawai_id }, tanggalWita(ctx.now())),
  ]);
  const tertaut = new Set(turunan.map((t) => t.pegawai_id));
  const belum = bawahan.filter((p) => !tertaut.has(p));
  const [skp, orang] = await Promise.all([repo.skpBerjalan(ctx.db, inst, belum, row.periode_id), orangBanyak(ctx, inst, belum)]);
  const skpOf = new Map<string, SkpRow>();
  for (const s of skp) if (!skpOf.has(s.pegawai_id)) skpOf.set(s.pegawai_id, s);
  return ok({
    skpId: row.id,
    rhk: rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis as JenisRhk,
      uraian: r.uraian,
      bawahan: turunan
        .filter((t) => t.rhk_atasan_id === r.id)
        .map((t) => ({ pegawaiId: t.pegawai_id, nama: namaLengkap(t), skpId: t.skp_id, rhkId: t.id, uraian: t.uraian, status: t.status as StatusSkp })),
    })),
    tanpaTautan: belum
      .map((p) => ({ pegawaiId: p, nama: orang.get(p)?.nama ?? '', skpId: skpOf.get(p)?.id ?? null, status: (skpOf.get(p)?.status as StatusSkp | undefined) ?? null }))
      .sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
  });
}
