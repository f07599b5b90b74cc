// Mid-year mutasi or change of penilai (DOMAIN.md §2.1: "closes the SKP and opens a new one for the rest of the year;
// approved evidence carries over"). After kepegawaian commits a change of the penilai chain (penilai-berubah.ts),
// every running SKP (not closed, in an open period covering today) of the affected pegawai is compared with today's
// arrangement: the post held today (riwayat_jabatan) and the penilai today (domain/penilai.ts). When it differs:
//   - the change takes effect on or before the SKP's first day → the SKP simply follows (snapshot updated);
//   - otherwise the SKP is closed the day before and a draft continuation covers the rest (domain/skp.ts
//     pisahPeriode), with the RHK and indicators copied (asal_rhk_id → the old RHK, so aktivitas evidence linked to
//     it carries over). Links to the penilai's RHK and the ekspektasi khusus are the penilai's: kept only when the
//     penilai is the same person; a new penilai links afresh.
// An SKP made while the pegawai had no post or no penilai has no arrangement to close: it just takes the new one.
// Each pegawai is one transaction; a failure is logged and the others go on (the next chain change retries it).
import { tanggalWita } from '../../../../domain/kalender.ts';
import { penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import { pisahPeriode } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import type { SkpIndikatorTable, SkpRhkTable } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Pelaku } from '../auth/aktor.ts';
import { penilaiDari, strukturUntuk } from '../kepegawaian/penilai.service.ts';
import { saatPenilaiBerubah } from '../kepegawaian/penilai-berubah.ts';
import * as repo from './pemisahan.repository.ts';

/** Up to this many named pegawai the chain is read per pegawai; above (or for the whole instansi), once for all. */
const BATAS_PER_PEGAWAI = 20;

export interface HasilPemisahan {
  diperiksa: number;
  dipisah: number;
  diperbarui: number;
  gagal: number;
}

interface Kini {
  jabatanId: string | null;
  unitId: string | null;
  /** first day in the post held today */
  jabatanMulai: string | null;
  penilaiId: string | null;
  atasanPenilaiId: string | null;
}

type Keputusan =
  | { jenis: 'tetap' }
  | { jenis: 'ikut' }
  | { jenis: 'pisah'; lamaSelesai: string; baruMulai: string; penilaiSama: boolean; alasan: ('jabatan' | 'penilai')[] };

/** What happens to an SKP given today's arrangement (pure; run again on the fresh row inside the transaction). */
function putuskan(skp: { tanggal_mulai: string; tanggal_selesai: string; jabatan_id: string | null; penilai_id: string | null }, kini: Kini, hariIni: string): Keputusan {
  // no post today (e.g. left): nothing to move to; no penilai found: wait until the chain has one
  if (!kini.jabatanId) return { jenis: 'tetap' };
  const jabatanBerubah = kini.jabatanId !== skp.jabatan_id;
  const penilaiBerubah = kini.penilaiId !== null && kini.penilaiId !== skp.penilai_id;
  if (!jabatanBerubah && !penilaiBerubah) return { jenis: 'tetap' };
  // an arrangement that existed (a post, a penilai) and changed closes the SKP; filling in a missing one does not
  const alasan: ('jabatan' | 'penilai')[] = [];
  if (jabatanBerubah && skp.jabatan_id) alasan.push('jabatan');
  if (penilaiBerubah && skp.penilai_id) alasan.push('penilai');
  const tanggalBerubah = alasan.includes('jabatan') && kini.jabatanMulai ? kini.jabatanMulai : hariIni;
  if (alasan.length === 0 || tanggalBerubah <= skp.tanggal_mulai) return { jenis: 'ikut' };
  const pisah = pisahPeriode(skp.tanggal_mulai, skp.tanggal_selesai, tanggalBerubah);
  if (!pisah) return { jenis: 'tetap' }; // after the SKP's last day: nothing of it to move
  return { jenis: 'pisah', ...pisah, penilaiSama: kini.penilaiId === skp.penilai_id, alasan };
}

type Log = { error(o: object, m: string): void };

export async function sesuaikanSkp(ctx: Ctx, instansiId: string, pegawaiIds: readonly string[] | undefined, pelaku: Pelaku | undefined, log: Log): Promise<HasilPemisahan> {
  const hariIni = tanggalWita(ctx.now());
  const rows = await repo.skpBerjalan(ctx.db, instansiId, pegawaiIds ? [...new Set(pegawaiIds)] : undefined, hariIni);
  // per pegawai the latest-starting running SKP, and the latest-starting history row covering today
  const perPegawai = new Map<string, { skp: (typeof rows)[number]; kini: Omit<Kini, 'penilaiId' | 'atasanPenilaiId'> }>();
  for (const r of rows) perPegawai.set(r.pegawai_id, { skp: r, kini: { jabatanId: r.jabatan_kini, unitId: r.unit_kini, jabatanMulai: r.jabatan_mulai } });
  const hasil: HasilPemisahan = { diperiksa: perPegawai.size, dipisah: 0, diperbarui: 0, gagal: 0 };
  if (perPegawai.size === 0) return hasil;

  const penilaiOf = new Map<string, { penilaiId: string | null; atasanPenilaiId: string | null }>();
  if (pegawaiIds && perPegawai.size <= BATAS_PER_PEGAWAI) {
    for (const p of perPegawai.keys()) {
      const c = await penilaiDari(ctx, instansiId, p, hariIni);
      penilaiOf.set(p, { penilaiId: c.penilai?.pegawaiId ?? null, atasanPenilaiId: c.atasanPenilai?.pegawaiId ?? null });
    }
  } else {
    const look = await strukturUntuk(ctx, instansiId, hariIni);
    for (const p of perPegawai.keys()) {
      const c = penilaiPadaTanggal(p, hariIni, look);
      penilaiOf.set(p, { penilaiId: c.penilai?.pegawaiId ?? null, atasanPenilaiId: c.atasanPenilai?.pegawaiId ?? null });
    }
  }

  const oleh: Pelaku = pelaku ?? { akunId: null, namaTampilan: 'Sistem', instansiId };
  for (const [pegawaiId, { skp, kini: k }] of perPegawai) {
    const kini: Kini = { ...k, ...penilaiOf.get(pegawaiId)! };
    // decided in memory first: only the SKPs that change cost queries
    if (putuskan(skp, kini, hariIni).jenis === 'tetap') continue;
    try {
      const r = await sesuaikanSatu(ctx, instansiId, skp.id, kini, hariIni, oleh);
      if (r === 'pisah') hasil.dipisah += 1;
      if (r === 'ikut') hasil.diperbarui += 1;
    } catch (e) {
      hasil.gagal += 1;
      log.error({ err: e, instansiId, pegawaiId, skpId: skp.id }, 'skp: penyesuaian SKP setelah perubahan penilai/jabatan gagal; SKP dibiarkan');
    }
  }
  return hasil;
}

/** One pegawai's SKP in its own transaction. */
async function sesuaikanSatu(ctx: Ctx, instansiId: string, skpId: string, kini: Kini, hariIni: string, oleh: Pelaku): Promise<'tetap' | 'ikut' | 'pisah'> {
  const now = ctx.now();
  const iso = now.toISOString();
  const snapshot: repo.Snapshot = { jabatan_id: kini.jabatanId, unit_id: kini.unitId, penilai_id: kini.penilaiId, atasan_penilai_id: kini.atasanPenilaiId };
  return ctx.db.transaction().execute(async (trx) => {
    // decide again on the row as it is now: another run or an edit may have come in between
    const skp = await repo.skpById(trx, instansiId, skpId);
    if (!skp || skp.status === 'ditutup') return 'tetap';
    const k = putuskan(skp, kini, hariIni);
    const sebelum = { jabatanId: skp.jabatan_id, unitId: skp.unit_id, penilaiId: skp.penilai_id, atasanPenilaiId: skp.atasan_penilai_id };
    const sesudah = { jabatanId: snapshot.jabatan_id, unitId: snapshot.unit_id, penilaiId: snapshot.penilai_id, atasanPenilaiId: snapshot.atasan_penilai_id };
    if (k.jenis === 'tetap') return 'tetap';
    if (k.jenis === 'ikut') {
      if (!(await repo.perbaruiSnapshot(trx, instansiId, skp.id, skp.versi, snapshot, iso))) return 'tetap';
      await catatAudit(trx, ctx.dialect, oleh, { aksi: 'skp.ikut_perubahan', entitas: 'skp', entitasId: skp.id, sebelum, sesudah }, now);
      return 'ikut';
    }

    if (!(await repo.tutupSkp(trx, instansiId, skp.id, skp.versi, k.lamaSelesai, iso))) return 'tetap';
    const baruId = newId();
    await repo.insertSkp(trx, {
      id: baruId, instansi_id: instansiId, periode_id: skp.periode_id, pegawai_id: skp.pegawai_id, tanggal_mulai: k.baruMulai, tanggal_selesai: skp.tanggal_selesai,
      pendekatan: skp.pendekatan, status: 'draft', ...snapshot, catatan_penilai: null, alasan_buka: null, diajukan_pada: null, disetujui_pada: null,
      disetujui_oleh: null, ditutup_pada: null, asal_skp_id: skp.id, versi: 1, dibuat_pada: iso, diubah_pada: iso,
    });
    const isi = await repo.isiSkp(trx, instansiId, skp.id);
    const rhkBaru = new Map(isi.rhk.map((r) => [r.id, newId()]));
    // the PK sasaran belongs to the unit's agreement: kept while the unit is the same
    const unitSama = snapshot.unit_id === skp.unit_id;
    const rhk: SkpRhkTable[] = isi.rhk.map((r) => ({
      id: rhkBaru.get(r.id)!, instansi_id: instansiId, skp_id: baruId, jenis: r.jenis, uraian: r.uraian, rhk_atasan_id: k.penilaiSama ? r.rhk_atasan_id : null,
      pk_sasaran_id: unitSama ? r.pk_sasaran_id : null, asal_rhk_id: r.id, urutan: r.urutan,
    }));
    const indikator: SkpIndikatorTable[] = isi.indikator.flatMap((i) => {
      const rhkId = rhkBaru.get(i.rhk_id);
      return rhkId ? [{ id: newId(), instansi_id: instansiId, skp_id: baruId, rhk_id: rhkId, aspek: i.aspek, uraian: i.uraian, target_angka: i.target_angka, target_satuan: i.target_satuan, target_narasi: i.target_narasi, urutan: i.urutan }] : [];
    });
    const ekspektasi = k.penilaiSama ? isi.ekspektasi.map((e) => ({ ...e, skp_id: baruId, diubah_pada: iso })) : [];
    await repo.insertIsi(trx, rhk, indikator, ekspektasi);
    // bawahan whose RHK hang off this pegawai's RHK follow them to the continuation
    let tautanBawahan = 0;
    for (const [lama, baru] of rhkBaru) tautanBawahan += await repo.alihkanTautanBawahan(trx, instansiId, skp.pegawai_id, lama, baru);

    await catatAudit(trx, ctx.dialect, oleh, {
      aksi: 'skp.ditutup_mutasi',
      entitas: 'skp',
      entitasId: skp.id,
      sebelum: { status: skp.status, tanggalSelesai: skp.tanggal_selesai, ...sebelum },
      sesudah: { status: 'ditutup', tanggalSelesai: k.lamaSelesai, alasan: k.alasan, lanjutanSkpId: baruId },
    }, now);
    await catatAudit(trx, ctx.dialect, oleh, {
      aksi: 'skp.lanjutan_dibuat',
      entitas: 'skp',
      entitasId: baruId,
      sesudah: { asalSkpId: skp.id, tanggalMulai: k.baruMulai, tanggalSelesai: skp.tanggal_selesai, ...sesudah, jumlahRhk: rhk.length, tautanDisalin: k.penilaiSama, tautanBawahanDialihkan: tautanBawahan },
    }, now);
    return 'pisah';
  });
}

/** Registers the split for this app's kepegawaian changes; a failure is logged, never undoes the committed change. */
export function daftarkanPemisahan(ctx: Ctx, log: Log): void {
  saatPenilaiBerubah(ctx, async (c, instansiId, pegawaiIds, pelaku) => {
    try {
      await sesuaikanSkp(c, instansiId, pegawaiIds, pelaku, log);
    } catch (e) {
      log.error({ err: e, instansiId }, 'skp: penyesuaian SKP setelah perubahan penilai/jabatan gagal');
    }
  });
}
