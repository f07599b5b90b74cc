// Writing an SKP (DOMAIN.md §2.1): start one for a period (optionally copying an earlier SKP of the same pegawai),
// save its content, move it through the state machine of domain/skp.ts, and the penilai's ekspektasi khusus.
// Every write is conditional on the `versi` the writer saw (the loser of two concurrent writes gets DATA.KONFLIK)
// and writes its audit entry in the same transaction.
import type { z } from 'zod';
import type { EkspektasiUbah, SkpAksiBody, SkpBaru, SkpDetail, SkpUbah } from '../../../../contracts/skp.ts';
import { AKSI_SKP_WAJIB_CATATAN, type AksiSkp, masalahPengajuan, type StatusSkp, transisiSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import type { SkpTable } from '../../db/schema.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { findPeriode } from './periode.service.ts';
import { periksaAksiSkp } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import {
  ambilSnapshot,
  cekLihatSkp,
  dalamPeriode,
  isiSkp,
  kolomSnapshot,
  rhkPenilai,
  sasaranPkUntuk,
  type SkpRow,
  skpBerjalanPegawai,
  susunanTautan,
  susunDetail,
  tanpaTautanJabatan,
} from './skp.service.ts';

type Db = Ctx['db'];

const LABEL_STATUS: Record<string, string> = { draft: 'draf', diajukan: 'diajukan', dikembalikan: 'dikembalikan', disetujui: 'disetujui', minta_buka: 'menunggu persetujuan dibuka', ditutup: 'ditutup' };
const KATA_AKSI: Record<string, string> = {
  ubah: 'diubah',
  ajukan: 'diajukan',
  tarik: 'ditarik',
  setujui: 'disetujui',
  kembalikan: 'dikembalikan',
  minta_buka: 'dimintakan dibuka',
  terima_buka: 'dibuka kembali',
  tolak_buka: 'ditolak permintaan bukanya',
  ekspektasi: 'diberi ekspektasi',
  tugaskan: 'ditambah RHK',
};

export function gagalStatus(status: string, aksi: AksiSkp): Failure {
  return fail('SKP.STATUS', `SKP berstatus ${LABEL_STATUS[status] ?? status} tidak dapat ${KATA_AKSI[aksi] ?? aksi}.`);
}

const gagalAkses = (aksi: AksiSkp): Failure =>
  fail('AKSES.DITOLAK', ['setujui', 'kembalikan', 'terima_buka', 'tolak_buka', 'ekspektasi'].includes(aksi) ? 'Hanya pejabat penilai pegawai ini yang dapat melakukan tindakan ini.' : 'Hanya pegawai pemilik SKP yang dapat melakukan tindakan ini.');

// ——— a new SKP ———

export interface RencanaDraft {
  skp: Omit<SkpTable, 'versi'>;
  rhk: { id: string; jenis: string; uraian: string; rhk_atasan_id: string | null; pk_sasaran_id: string | null; asal_rhk_id: string | null; urutan: number }[];
  indikator: { id: string; rhk_id: string; aspek: string; uraian: string; target_angka: number | null; target_satuan: string | null; target_narasi: string | null; urutan: number }[];
}

/**
 * Everything a new draft needs, read before the write: the period (open, covering the pegawai's unit), no SKP of
 * the period yet, the snapshot, and the content copied from an earlier SKP of the same pegawai (links not copied:
 * this year's atasan RHK are new). The caller inserts it under the pegawai lock after checking again.
 */
export async function rencanaDraft(ctx: Ctx, instansiId: string, pegawaiId: string, periodeId: string, salinDariSkpId?: string): Promise<Result<RencanaDraft>> {
  const periode = await findPeriode(ctx, instansiId, periodeId);
  if (!periode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode SKP tidak ditemukan.');
  if (periode.status !== 'buka') return fail('SKP.PERIODE_DITUTUP');
  if (await skpBerjalanPegawai(ctx, instansiId, pegawaiId, periodeId)) return fail('SKP.SUDAH_ADA');
  const snapshot = await ambilSnapshot(ctx, instansiId, pegawaiId, periode.tanggal_mulai, periode.tanggal_selesai);
  if (!(await dalamPeriode(ctx, periode, snapshot.unitId, instansiId))) return fail('SKP.DI_LUAR_PERIODE');
  const id = newId();
  const iso = ctx.now().toISOString();
  let pendekatan = periode.pendekatan_bawaan;
  const rhk: RencanaDraft['rhk'] = [];
  const indikator: RencanaDraft['indikator'] = [];
  if (salinDariSkpId) {
    const asal = await repo.findSkp(ctx.db, instansiId, salinDariSkpId);
    if (!asal || asal.pegawai_id !== pegawaiId) return fail('VALIDASI.GAGAL', 'SKP yang disalin harus SKP Anda sendiri.', [{ path: 'salinDariSkpId', message: 'Bukan SKP Anda' }]);
    pendekatan = asal.pendekatan;
    const [asalRhk, asalInd] = await Promise.all([repo.rhkDari(ctx.db, instansiId, [asal.id]), repo.indikatorDari(ctx.db, instansiId, [asal.id])]);
    const idBaru = new Map<string, string>();
    asalRhk.forEach((r, i) => {
      idBaru.set(r.id, newId());
      rhk.push({ id: idBaru.get(r.id)!, jenis: r.jenis, uraian: r.uraian, rhk_atasan_id: null, pk_sasaran_id: null, asal_rhk_id: r.id, urutan: i });
    });
    for (const k of asalInd) {
      const rhkId = idBaru.get(k.rhk_id);
      if (rhkId) indikator.push({ id: newId(), rhk_id: rhkId, aspek: k.aspek, uraian: k.uraian, target_angka: k.target_angka === null ? null : Number(k.target_angka), target_satuan: k.target_satuan, target_narasi: k.target_narasi, urutan: k.urutan });
    }
  }
  return ok({
    skp: {
      id,
      instansi_id: instansiId,
      periode_id: periode.id,
      pegawai_id: pegawaiId,
      tanggal_mulai: periode.tanggal_mulai,
      tanggal_selesai: periode.tanggal_selesai,
      pendekatan,
      status: 'draft',
      ...kolomSnapshot(snapshot),
      catatan_penilai: null,
      alasan_buka: null,
      diajukan_pada: null,
      disetujui_pada: null,
      disetujui_oleh: null,
      ditutup_pada: null,
      asal_skp_id: salinDariSkpId ?? null,
      dibuat_pada: iso,
      diubah_pada: iso,
    },
    rhk,
    indikator,
  });
}

/** Inside the caller's transaction: lock the pegawai, check again that the period has no SKP of theirs, insert. */
export async function sisipkanDraft(trx: Db, ctx: Ctx, aktor: Aktor, r: RencanaDraft, now: Date): Promise<Result<string>> {
  const { skp } = r;
  await repo.kunciPegawai(trx, ctx.dialect, skp.instansi_id, skp.pegawai_id);
  if ((await repo.skpBerjalan(trx, skp.instansi_id, [skp.pegawai_id], skp.periode_id)).length) return fail('SKP.SUDAH_ADA');
  await repo.insertSkp(trx, skp);
  await repo.insertRhk(trx, skp.instansi_id, skp.id, r.rhk);
  await repo.insertIndikator(trx, skp.instansi_id, skp.id, r.indikator);
  await catatAudit(trx, ctx.dialect, aktor, { aksi: 'skp.buat', entitas: 'skp', entitasId: skp.id, sesudah: { pegawaiId: skp.pegawai_id, periodeId: skp.periode_id, status: 'draft', penilaiId: skp.penilai_id, salinDari: skp.asal_skp_id, jumlahRhk: r.rhk.length } }, now);
  return ok(skp.id);
}

async function detailSetelahTulis(ctx: Ctx, instansiId: string, id: string, peran: 'pemilik' | 'penilai'): Promise<SkpDetail> {
  const row = await repo.findSkp(ctx.db, instansiId, id);
  if (!row) throw new Error(`skp ${id} vanished after its own write`);
  return susunDetail(ctx, row, peran);
}

export async function buatSkp(ctx: Ctx, aktor: Aktor, body: z.infer<typeof SkpBaru>): Promise<Result<SkpDetail>> {
  const pegawaiId = aktor.pegawaiId;
  if (!pegawaiId) return fail('AKSES.DITOLAK', 'Akun ini tidak terhubung dengan data pegawai, sehingga tidak dapat menyusun SKP.');
  const rencana = await rencanaDraft(ctx, aktor.instansiId, pegawaiId, body.periodeId, body.salinDariSkpId);
  if (!rencana.ok) return rencana;
  const now = ctx.now();
  const r = await ctx.db.transaction().execute((trx) => sisipkanDraft(trx, ctx, aktor, rencana.value, now));
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor.instansiId, r.value, 'pemilik'));
}

// ——— content ———

type Tautan = { path: string; message: string };

/**
 * Links chosen or changed in this save must be valid: an RHK of the penilai's SKP of the same period (not closed), or
 * a sasaran of the Perjanjian Kinerja of the pegawai's unit or its OPD for the year. A link saved earlier and sent
 * unchanged is kept as it is (the atasan may have rewritten their draft since; submission checks links again).
 */
async function cekTautan(ctx: Ctx, row: SkpRow, body: z.infer<typeof SkpUbah>, lama: ReadonlyMap<string, repo.RhkRow>, tautan: { penilaiId: string | null; unitId: string | null }): Promise<Tautan[]> {
  const baruAtasan = body.rhk.map((r, i) => ({ r, i })).filter(({ r }) => r.rhkAtasanId && !(r.id && lama.get(r.id)?.rhk_atasan_id === r.rhkAtasanId));
  const baruPk = body.rhk.map((r, i) => ({ r, i })).filter(({ r }) => r.pkId && !(r.id && lama.get(r.id)?.pk_sasaran_id === r.pkId));
  const salah: Tautan[] = [];
  if (baruAtasan.length) {
    const boleh = new Set((await rhkPenilai(ctx, row.instansi_id, tautan.penilaiId, row.periode_id)).rhk.map((x) => x.id));
    for (const { r, i } of baruAtasan) if (!boleh.has(r.rhkAtasanId!)) salah.push({ path: `rhk.${i}.rhkAtasanId`, message: 'Bukan RHK dari SKP pejabat penilai Anda pada periode ini' });
  }
  if (baruPk.length) {
    const boleh = new Set((await sasaranPkUntuk(ctx, row.instansi_id, tautan.unitId, row.tahun)).map((x) => x.id));
    for (const { r, i } of baruPk) if (!boleh.has(r.pkId!)) salah.push({ path: `rhk.${i}.pkId`, message: 'Bukan sasaran Perjanjian Kinerja unit Anda pada tahun ini' });
  }
  return salah;
}

export async function ubahSkp(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof SkpUbah>): Promise<Result<SkpDetail>> {
  const seen = await cekLihatSkp(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  const p = periksaAksiSkp(peran, row.status as StatusSkp, 'ubah');
  if (p === 'AKSES') return gagalAkses('ubah');
  if (body.versi !== row.versi) return fail('DATA.KONFLIK');
  if (p === 'STATUS') return gagalStatus(row.status, 'ubah');

  const [rhkLama, indLama] = await Promise.all([repo.rhkDari(ctx.db, aktor.instansiId, [id]), repo.indikatorDari(ctx.db, aktor.instansiId, [id])]);
  const lama = new Map(rhkLama.map((r) => [r.id, r]));
  const dipakai = new Set<string>();
  for (const [i, r] of body.rhk.entries()) {
    if (!r.id) continue;
    if (!lama.has(r.id) || dipakai.has(r.id)) return fail('VALIDASI.GAGAL', 'RHK yang dikirim bukan RHK dari SKP ini.', [{ path: `rhk.${i}.id`, message: 'RHK tidak dikenal' }]);
    dipakai.add(r.id);
  }
  const s = await susunanTautan(ctx, row);
  const salah = await cekTautan(ctx, row, body, lama, s);
  if (salah.length) return fail('SKP.TAUTAN_TIDAK_VALID', undefined, salah);

  const rhk = body.rhk.map((r, i) => ({ id: r.id ?? newId(), baru: !r.id, jenis: r.jenis, uraian: r.uraian, rhk_atasan_id: r.rhkAtasanId, pk_sasaran_id: r.pkId, asal_rhk_id: r.id ? (lama.get(r.id)?.asal_rhk_id ?? null) : null, urutan: i }));
  // an indicator sent with its id under the same RHK keeps it (realisasi and judgements of penilaian point at it);
  // an unknown id is refused; one moved to another RHK becomes a new indicator
  const indLamaOf = new Map(indLama.map((k) => [k.id, k]));
  const indDipakai = new Set<string>();
  for (const [i, r] of body.rhk.entries()) {
    for (const [j, k] of r.indikator.entries()) {
      if (!k.id) continue;
      if (!indLamaOf.has(k.id) || indDipakai.has(k.id)) return fail('VALIDASI.GAGAL', 'Indikator yang dikirim bukan indikator dari SKP ini.', [{ path: `rhk.${i}.indikator.${j}.id`, message: 'Indikator tidak dikenal' }]);
      indDipakai.add(k.id);
    }
  }
  const indikator = body.rhk.flatMap((r, i) =>
    r.indikator.map((k, j) => {
      const tetap = k.id !== undefined && indLamaOf.get(k.id)?.rhk_id === rhk[i]!.id;
      return { id: tetap ? k.id! : newId(), baru: !tetap, rhk_id: rhk[i]!.id, aspek: k.aspek, uraian: k.uraian, target_angka: k.targetAngka, target_satuan: k.targetSatuan, target_narasi: k.targetNarasi, urutan: j };
    }),
  );
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateSkp(trx, aktor.instansiId, id, body.versi, { pendekatan: body.pendekatan, ...(s.snapshot ? kolomSnapshot(s.snapshot) : {}), diubah_pada: now.toISOString() }))) return fail('DATA.KONFLIK');
    await repo.gantiIsi(trx, aktor.instansiId, id, rhk, indikator);
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'skp.ubah',
      entitas: 'skp',
      entitasId: id,
      sebelum: { status: row.status, pendekatan: row.pendekatan, jumlahRhk: rhkLama.length, jumlahIndikator: indLama.length, penilaiId: row.penilai_id },
      sesudah: { status: row.status, pendekatan: body.pendekatan, jumlahRhk: rhk.length, jumlahIndikator: indikator.length, penilaiId: s.penilaiId },
    }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor.instansiId, id, 'pemilik'));
}

// ——— the state machine ———

/** Submission: a penilai exists, the content is complete, and every link points at the penilai's RHK of the period. */
async function cekPengajuan(ctx: Ctx, row: SkpRow): Promise<Result<Partial<SkpTable>>> {
  const snapshot = await ambilSnapshot(ctx, row.instansi_id, row.pegawai_id, row.tanggal_mulai, row.tanggal_selesai);
  if (!snapshot.penilaiId) return fail('SKP.TANPA_PENILAI');
  const [rhk, indikator, atasan, tanpaTautan] = await Promise.all([
    repo.rhkDari(ctx.db, row.instansi_id, [row.id]),
    repo.indikatorDari(ctx.db, row.instansi_id, [row.id]),
    rhkPenilai(ctx, row.instansi_id, snapshot.penilaiId, row.periode_id),
    tanpaTautanJabatan(ctx, row.instansi_id, snapshot.jabatanId),
  ]);
  const masalah = masalahPengajuan(isiSkp(row.pendekatan, rhk, indikator, new Set(atasan.rhk.map((r) => r.id))), { tanpaTautan });
  if (masalah.length) return fail('SKP.BELUM_LENGKAP', undefined, masalah);
  return ok(kolomSnapshot(snapshot));
}

export async function aksiSkp(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof SkpAksiBody>): Promise<Result<SkpDetail>> {
  const seen = await cekLihatSkp(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  const { aksi } = body;
  const p = periksaAksiSkp(peran, row.status as StatusSkp, aksi);
  if (p === 'AKSES') return gagalAkses(aksi);
  if (body.versi !== row.versi) return fail('DATA.KONFLIK');
  if (p === 'STATUS') return gagalStatus(row.status, aksi);
  const catatan = body.catatan?.trim() || null;
  if (AKSI_SKP_WAJIB_CATATAN.has(aksi) && !catatan) return fail('SKP.CATATAN_WAJIB', undefined, [{ path: 'catatan', message: 'Catatan wajib diisi' }]);

  const now = ctx.now();
  const iso = now.toISOString();
  const status = transisiSkp(row.status as StatusSkp, aksi)!;
  let set: Partial<SkpTable> = { status, diubah_pada: iso };
  switch (aksi) {
    case 'ajukan': {
      const cek = await cekPengajuan(ctx, row);
      if (!cek.ok) return cek;
      set = { ...set, ...cek.value, diajukan_pada: iso };
      break;
    }
    case 'tarik':
      set.diajukan_pada = null;
      break;
    case 'setujui':
      set = { ...set, disetujui_pada: iso, disetujui_oleh: aktor.pegawaiId, catatan_penilai: catatan };
      break;
    case 'kembalikan':
      set.catatan_penilai = catatan;
      break;
    case 'minta_buka':
      set.alasan_buka = catatan;
      break;
    case 'terima_buka':
      // back to a draft: no longer an approved plan until approved again
      set = { ...set, alasan_buka: null, disetujui_pada: null, disetujui_oleh: null, catatan_penilai: catatan };
      break;
    case 'tolak_buka':
      set = { ...set, alasan_buka: null, catatan_penilai: catatan };
      break;
  }
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateSkp(trx, aktor.instansiId, id, body.versi, set))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: `skp.${aksi}`, entitas: 'skp', entitasId: id, sebelum: { status: row.status }, sesudah: { status, ...(catatan ? { catatan } : {}), ...(set.penilai_id !== undefined ? { penilaiId: set.penilai_id } : {}) } }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor.instansiId, id, peran === 'pemilik' ? 'pemilik' : 'penilai'));
}

// ——— ekspektasi khusus pimpinan ———

export async function ubahEkspektasi(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof EkspektasiUbah>): Promise<Result<SkpDetail>> {
  const seen = await cekLihatSkp(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  const p = periksaAksiSkp(peran, row.status as StatusSkp, 'ekspektasi');
  if (p === 'AKSES') return gagalAkses('ekspektasi');
  if (body.versi !== row.versi) return fail('DATA.KONFLIK');
  if (p === 'STATUS') return gagalStatus(row.status, 'ekspektasi');
  const dilihat = new Set<string>();
  for (const [i, e] of body.ekspektasi.entries()) {
    if (dilihat.has(e.nilai)) return fail('VALIDASI.GAGAL', 'Setiap nilai BerAKHLAK hanya boleh disebut sekali.', [{ path: `ekspektasi.${i}.nilai`, message: 'Nilai ganda' }]);
    dilihat.add(e.nilai);
  }
  const diisi = body.ekspektasi.filter((e) => e.ekspektasi !== '');
  const dihapus = body.ekspektasi.filter((e) => e.ekspektasi === '').map((e) => e.nilai);
  const now = ctx.now();
  const iso = now.toISOString();
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateSkp(trx, aktor.instansiId, id, body.versi, { diubah_pada: iso }))) return fail('DATA.KONFLIK');
    for (const e of diisi) await repo.simpanEkspektasi(trx, aktor.instansiId, id, e.nilai, e.ekspektasi, iso);
    await repo.hapusEkspektasi(trx, aktor.instansiId, id, dihapus);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'skp.ekspektasi', entitas: 'skp', entitasId: id, sesudah: { status: row.status, diisi: diisi.map((e) => e.nilai), dihapus } }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor.instansiId, id, 'penilai'));
}
