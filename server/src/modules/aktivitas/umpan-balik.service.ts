// Umpan balik berkelanjutan on an activity (DOMAIN.md §2.2): a thread between the pegawai and their penilai, at any
// time and in any state, each entry dated. Nobody else reads it except the auditor (read-only in scope); for everybody
// else the thread does not exist (404), like a record outside their reach.
import type { z } from 'zod';
import type { UmpanBalikBaru, UmpanBalikItem } from '../../../../contracts/aktivitas.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { penilaiDari } from '../kepegawaian/penilai.service.ts';
import { bolehBacaUmpanBalik, bolehTulisUmpanBalik } from './aktivitas.policy.ts';
import { cekLihatAktivitas } from './aktivitas.service.ts';
import * as repo from './umpan-balik.repository.ts';
import { type Kabar, kabarkan, kabarkanDalam } from './peristiwa.service.ts';

type Item = z.infer<typeof UmpanBalikItem>;

export async function daftarUmpanBalik(ctx: Ctx, aktor: Aktor, aktivitasId: string): Promise<Result<Item[]>> {
  const seen = await cekLihatAktivitas(ctx, aktor, aktivitasId);
  if (!seen.ok) return seen;
  if (!bolehBacaUmpanBalik(aktor, seen.value.peran)) return fail('DATA.TIDAK_DITEMUKAN');
  const rows = await repo.daftar(ctx.db, aktor.instansiId, 'aktivitas', aktivitasId);
  return ok(rows.map((r) => ({ id: r.id, penulisNama: r.penulis_nama, milikSaya: r.penulis_akun_id === aktor.akunId, isi: r.isi, dibuatPada: r.dibuat_pada })));
}

export async function tulisUmpanBalik(ctx: Ctx, aktor: Aktor, aktivitasId: string, body: z.infer<typeof UmpanBalikBaru>): Promise<Result<Item>> {
  const seen = await cekLihatAktivitas(ctx, aktor, aktivitasId);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  if (!bolehTulisUmpanBalik(peran)) return bolehBacaUmpanBalik(aktor, peran) ? fail('AKSES.DITOLAK') : fail('DATA.TIDAK_DITEMUKAN');
  const now = ctx.now();
  // the other side of the thread: the owner, or the activity's penilai (today's penilai while it is a draft)
  let lawan: string | null;
  if (peran === 'pemilik') lawan = row.penilai_id ?? (await penilaiDari(ctx, aktor.instansiId, row.pegawai_id, tanggalWita(now))).penilai?.pegawaiId ?? null;
  else lawan = row.pegawai_id;
  const kabar: Kabar[] = lawan ? [{ penerima: [lawan], data: { jenis: 'umpan_balik', aktivitasId, pegawaiId: row.pegawai_id, status: row.status as Kabar['data']['status'] } }] : [];
  const item = { id: newId(), instansi_id: aktor.instansiId, pegawai_id: row.pegawai_id, topik: 'aktivitas', topik_id: aktivitasId, penulis_akun_id: aktor.akunId, penulis_nama: aktor.namaTampilan, isi: body.isi, dibuat_pada: now.toISOString() };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insert(trx, item);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'UMPAN_BALIK_DIBUAT', entitas: 'aktivitas', entitasId: aktivitasId, sesudah: { id: item.id, pegawaiId: row.pegawai_id, isi: body.isi } }, now);
    await kabarkanDalam(trx, ctx, kabar);
  });
  kabarkan(ctx, kabar);
  return ok({ id: item.id, penulisNama: item.penulis_nama, milikSaya: true, isi: item.isi, dibuatPada: item.dibuat_pada });
}
