// Rekan kerja input on a pegawai's behaviour (issue 6; DOMAIN.md §2.3 perilaku kerja over the 7 BerAKHLAK values).
// The penilai asks colleagues while the record is diajukan or dinilai; a colleague answers from their inbox per value
// (optional rating + text) and may change the answer until the record is rated; the penilai, the atasan penilai and
// the instansi-wide readers read the answers. The pegawai evaluated is answered 404 everywhere here: they must never
// learn who was asked nor what was said. Access first, then versi, then status, then content (STYLE.md).
import type { z } from 'zod';
import type {
  PermintaanMasuk,
  PermintaanMasukDetail,
  PermintaanRekan,
  PermintaanRekanIsi,
  RekanBatal,
  RekanKandidat,
  RekanKandidatQuery,
  RekanMinta,
  RekanPenilaian,
  StatusRekan,
} from '../../../../contracts/rekan.ts';
import { REKAN_BATAS } from '../../../../contracts/rekan.ts';
import { BERAKHLAK, NILAI_BERAKHLAK } from '../../../../domain/berakhlak.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { StatusPenilaian } from '../../../../domain/penilaian.ts';
import type { Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { namaLengkap } from '../kepegawaian/kepegawaian.service.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import * as penilaianRepo from './penilaian.repository.ts';
import { cekLihatPenilaian } from './penilaian.service.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';
import { alasanBukanRekan, bolehIsiRekan, type PeranRekan, peranBacaRekan, periksaIsiRekan, periksaMintaRekan, ringkasRekan } from './rekan.policy.ts';
import * as repo from './rekan.repository.ts';

/** Thrown inside a transaction to undo what it wrote and answer with the failure. */
class Batal extends Error {
  constructor(readonly gagal: Failure) {
    super(gagal.code);
  }
}

/** The inbox shows at most this many requests (the newest). */
const BATAS_KOTAK_MASUK = 100;

interface AksesRekan {
  row: penilaianRepo.PenilaianRow;
  peran: PeranRekan;
}

/** The record and the actor's relation to its rekan input, or 404 (the pegawai evaluated included). */
async function cekAksesRekan(ctx: Ctx, aktor: Aktor, penilaianId: string): Promise<Result<AksesRekan>> {
  const row = await penilaianRepo.findPenilaian(ctx.db, aktor.instansiId, penilaianId);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  const seen = await cekLihatPenilaian(ctx, aktor, penilaianId);
  const peran = peranBacaRekan(aktor, seen.ok ? seen.value.peran : null, row.atasan_penilai_id);
  if (!peran) return fail('DATA.TIDAK_DITEMUKAN');
  return ok({ row: seen.ok ? seen.value.row : row, peran });
}

/** Writes (ask, cancel, candidates) are the penilai's. */
async function cekPenilai(ctx: Ctx, aktor: Aktor, penilaianId: string): Promise<Result<AksesRekan>> {
  const akses = await cekAksesRekan(ctx, aktor, penilaianId);
  if (!akses.ok) return akses;
  if (akses.value.peran !== 'penilai') return fail('AKSES.DITOLAK', 'Hanya pejabat penilai pegawai ini yang dapat meminta masukan rekan kerja.');
  return akses;
}

function gagalMinta(status: StatusPenilaian): Failure | null {
  const p = periksaMintaRekan(status);
  if (p === 'SUDAH_DITETAPKAN') return fail('PENILAIAN.SUDAH_DITETAPKAN');
  if (p === 'STATUS') return fail('PENILAIAN.STATUS', 'Masukan rekan kerja dapat diminta setelah pegawai mengajukan realisasinya dan sebelum penilaian ditetapkan.');
  return null;
}

const nilaiUrut = (a: { nilai: string }, b: { nilai: string }) => NILAI_BERAKHLAK.indexOf(a.nilai as never) - NILAI_BERAKHLAK.indexOf(b.nilai as never);

async function susunRekanPenilaian(ctx: Ctx, akses: AksesRekan): Promise<RekanPenilaian> {
  const { row, peran } = akses;
  const inst = row.instansi_id;
  const permintaan = await repo.permintaanPenilaian(ctx.db, inst, row.id);
  const [nilai, orang] = await Promise.all([
    repo.nilaiDari(
      ctx.db,
      inst,
      permintaan.filter((p) => p.status === 'diisi').map((p) => p.id),
    ),
    orangBanyak(ctx, inst, permintaan.map((p) => p.rekan_id)),
  ]);
  const nilaiOf = new Map<string, PermintaanRekan['nilai']>();
  for (const n of [...nilai].sort(nilaiUrut)) {
    nilaiOf.set(n.rekan_permintaan_id, [...(nilaiOf.get(n.rekan_permintaan_id) ?? []), { nilai: n.nilai as PermintaanRekan['nilai'][number]['nilai'], rating: n.rating as Rating | null, masukan: n.masukan }]);
  }
  const status = row.status as StatusPenilaian;
  return {
    penilaianId: row.id,
    statusPenilaian: status,
    bolehMinta: peran === 'penilai' && periksaMintaRekan(status) === 'boleh',
    jumlahDiminta: permintaan.filter((p) => p.status !== 'dibatalkan').length,
    jumlahDiisi: permintaan.filter((p) => p.status === 'diisi').length,
    permintaan: permintaan.map((p) => ({
      id: p.id,
      rekan: orang.get(p.rekan_id)!,
      status: p.status as StatusRekan,
      dimintaPada: p.diminta_pada,
      diisiPada: p.diisi_pada,
      catatan: p.status === 'diisi' ? p.catatan : null,
      nilai: nilaiOf.get(p.id) ?? [],
      versi: p.versi,
    })),
    ringkasan: ringkasRekan(nilai.map((n) => ({ nilai: n.nilai, rating: n.rating as Rating | null, masukan: n.masukan }))),
  };
}

// ——— the penilai's side ———

export async function lihatRekan(ctx: Ctx, aktor: Aktor, penilaianId: string): Promise<Result<RekanPenilaian>> {
  const akses = await cekAksesRekan(ctx, aktor, penilaianId);
  if (!akses.ok) return akses;
  return ok(await susunRekanPenilaian(ctx, akses.value));
}

export async function mintaRekan(ctx: Ctx, aktor: Aktor, penilaianId: string, body: z.infer<typeof RekanMinta>): Promise<Result<RekanPenilaian>> {
  const akses = await cekPenilai(ctx, aktor, penilaianId);
  if (!akses.ok) return akses;
  const { row } = akses.value;
  const gagal = gagalMinta(row.status as StatusPenilaian);
  if (gagal) return gagal;
  const inst = row.instansi_id;
  const [calon, ada] = await Promise.all([repo.calonRekan(ctx.db, inst, body.rekanIds), repo.permintaanPenilaian(ctx.db, inst, row.id)]);
  const calonOf = new Map(calon.map((c) => [c.id, c]));
  const fakta = { instansiId: inst, pegawaiDinilaiId: row.pegawai_id, penilaiIds: [row.penilai_id, aktor.pegawaiId].filter((x): x is string => !!x), hariIni: tanggalWita(ctx.now()) };
  const salah: { path: string; message: string }[] = [];
  body.rekanIds.forEach((id, i) => {
    const c = calonOf.get(id);
    const alasan = alasanBukanRekan(c && { id: c.id, instansiId: c.instansi_id, status: c.status, statusSejak: c.status_sejak }, fakta);
    if (alasan) salah.push({ path: `rekanIds.${i}`, message: alasan });
    else if (body.rekanIds.indexOf(id) !== i) salah.push({ path: `rekanIds.${i}`, message: 'Pegawai ini sudah ada di daftar' });
  });
  if (salah.length) return fail('REKAN.TIDAK_VALID', undefined, salah);
  const adaOf = new Map(ada.map((p) => [p.rekan_id, p]));
  const sudah = body.rekanIds.flatMap((id, i) => (adaOf.get(id) && adaOf.get(id)!.status !== 'dibatalkan' ? [{ path: `rekanIds.${i}`, message: 'Masukan dari pegawai ini sudah diminta' }] : []));
  if (sudah.length) return fail('REKAN.SUDAH_DIMINTA', undefined, sudah);

  const now = ctx.now();
  const iso = now.toISOString();
  const pelaku = aktor.pegawaiId!;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (const rekanId of body.rekanIds) {
        const lama = adaOf.get(rekanId);
        let id: string;
        if (lama) {
          // asked again after a cancellation: the one row per (record, colleague) starts over
          if (!(await repo.mintaUlang(trx, inst, lama.id, lama.versi, { diminta_oleh: pelaku, diminta_pada: iso, diubah_pada: iso }))) throw new Batal(fail('DATA.KONFLIK'));
          await repo.gantiNilai(trx, inst, lama.id, []);
          id = lama.id;
        } else {
          id = newId();
          const baru = { id, instansi_id: inst, penilaian_id: row.id, rekan_id: rekanId, diminta_oleh: pelaku, diminta_pada: iso, status: 'diminta', catatan: null, diisi_pada: null, diubah_pada: iso };
          if (!(await repo.sisipkanPermintaan(trx, baru))) throw new Batal(fail('REKAN.SUDAH_DIMINTA'));
        }
        await catatAudit(trx, ctx.dialect, aktor, { aksi: 'penilaian.rekan.minta', entitas: 'penilaian_rekan', entitasId: id, sesudah: { penilaianId: row.id, rekanId, status: 'diminta' } }, now);
      }
    });
  } catch (e) {
    if (e instanceof Batal) return e.gagal;
    throw e;
  }
  return ok(await susunRekanPenilaian(ctx, akses.value));
}

export async function batalRekan(ctx: Ctx, aktor: Aktor, penilaianId: string, permintaanId: string, body: z.infer<typeof RekanBatal>): Promise<Result<RekanPenilaian>> {
  const akses = await cekPenilai(ctx, aktor, penilaianId);
  if (!akses.ok) return akses;
  const { row } = akses.value;
  const p = await repo.findPermintaan(ctx.db, row.instansi_id, permintaanId);
  if (!p || p.penilaian_id !== row.id) return fail('DATA.TIDAK_DITEMUKAN');
  if (body.versi !== p.versi) return fail('DATA.KONFLIK');
  const gagal = gagalMinta(row.status as StatusPenilaian);
  if (gagal) return gagal;
  if (p.status !== 'diminta') return fail('REKAN.STATUS', p.status === 'diisi' ? 'Rekan kerja sudah mengisi masukannya, sehingga permintaan tidak dapat dibatalkan.' : 'Permintaan ini sudah dibatalkan.');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.batalkanPermintaan(trx, row.instansi_id, p.id, body.versi, now.toISOString()))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'penilaian.rekan.batal', entitas: 'penilaian_rekan', entitasId: p.id, sebelum: { status: 'diminta' }, sesudah: { penilaianId: row.id, rekanId: p.rekan_id, status: 'dibatalkan' } }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await susunRekanPenilaian(ctx, akses.value));
}

/**
 * Colleagues the penilai may pick: active pegawai of the pegawai's OPD (the unit on the record), the pegawai and the
 * penilai left out. A normal atasan cannot search the pegawai list beyond their bawahan (kepegawaian.policy.ts), so
 * the picker has its own narrow search; asking someone outside the OPD stays possible by id (same instansi).
 */
export async function kandidatRekan(ctx: Ctx, aktor: Aktor, penilaianId: string, query: z.infer<typeof RekanKandidatQuery>): Promise<Result<RekanKandidat[]>> {
  const akses = await cekPenilai(ctx, aktor, penilaianId);
  if (!akses.ok) return akses;
  const { row } = akses.value;
  const inst = row.instansi_id;
  const opdId = row.unit_id ? await repo.opdDariUnit(ctx.db, inst, row.unit_id) : null;
  if (!opdId) return ok([]);
  const [rows, ada] = await Promise.all([
    repo.kandidat(ctx.db, inst, {
      opdId,
      unitId: row.unit_id,
      kecuali: [row.pegawai_id, row.penilai_id, aktor.pegawaiId].filter((x): x is string => !!x),
      q: query.q || undefined,
      hariIni: tanggalWita(ctx.now()),
      batas: REKAN_BATAS.kandidat,
    }),
    repo.permintaanPenilaian(ctx.db, inst, row.id),
  ]);
  const diminta = new Set(ada.filter((p) => p.status !== 'dibatalkan').map((p) => p.rekan_id));
  return ok(rows.map((r) => ({ pegawaiId: r.id, nama: namaLengkap(r), nip: r.nip, jabatan: r.jabatan_nama ?? null, unit: r.unit_nama ?? null, sudahDiminta: diminta.has(r.id) })));
}

// ——— the colleague's side ———

async function namaPeriode(ctx: Ctx, instansiId: string, periodeIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await Promise.all([...new Set(periodeIds)].map((id) => penilaianRepo.findPeriode(ctx.db, instansiId, id)));
  return new Map(rows.filter((p): p is penilaianRepo.PeriodeRow => !!p).map((p) => [p.id, keDtoPeriode(p).nama]));
}

function keMasuk(r: repo.MasukRow, periode: Map<string, string>): PermintaanMasuk {
  const status = r.status as StatusRekan;
  return {
    id: r.id,
    pegawai: { nama: namaLengkap(r), nip: r.nip, jabatan: r.jabatan_nama ?? null, unit: r.unit_nama ?? null },
    periode: { id: r.periode_id, nama: periode.get(r.periode_id) ?? '' },
    dimintaOleh: namaLengkap({ nama: r.penanya_nama, gelar_depan: r.penanya_gelar_depan, gelar_belakang: r.penanya_gelar_belakang }),
    status,
    bolehIsi: bolehIsiRekan(status, r.status_penilaian as StatusPenilaian),
    dimintaPada: r.diminta_pada,
    diisiPada: r.diisi_pada,
    versi: r.versi,
  };
}

export async function kotakMasukSaya(ctx: Ctx, aktor: Aktor): Promise<Result<PermintaanMasuk[]>> {
  if (!aktor.pegawaiId) return ok([]);
  const rows = await repo.kotakMasuk(ctx.db, aktor.instansiId, aktor.pegawaiId, BATAS_KOTAK_MASUK);
  const periode = await namaPeriode(ctx, aktor.instansiId, rows.map((r) => r.periode_id));
  return ok(rows.map((r) => keMasuk(r, periode)));
}

/** Only the colleague asked sees a request (anyone else: 404), in any status. */
export async function permintaanSaya(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<PermintaanMasukDetail>> {
  if (!aktor.pegawaiId) return fail('DATA.TIDAK_DITEMUKAN');
  const r = await repo.satuMasuk(ctx.db, aktor.instansiId, aktor.pegawaiId, id);
  if (!r) return fail('DATA.TIDAK_DITEMUKAN');
  return ok(await detailMasuk(ctx, aktor.instansiId, r));
}

async function detailMasuk(ctx: Ctx, instansiId: string, r: repo.MasukRow): Promise<PermintaanMasukDetail> {
  const [periode, nilai] = await Promise.all([namaPeriode(ctx, instansiId, [r.periode_id]), repo.nilaiDari(ctx.db, instansiId, [r.id])]);
  const jawab = new Map(nilai.map((n) => [n.nilai, n]));
  return {
    ...keMasuk(r, periode),
    nilai: BERAKHLAK.map((b) => ({ nilai: b.kode, nama: b.nama, definisi: b.definisi, panduan: [...b.panduan], rating: (jawab.get(b.kode)?.rating as Rating | null | undefined) ?? null, masukan: jawab.get(b.kode)?.masukan ?? null })),
    catatan: r.catatan,
  };
}

export async function isiPermintaanSaya(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof PermintaanRekanIsi>): Promise<Result<PermintaanMasukDetail>> {
  if (!aktor.pegawaiId) return fail('DATA.TIDAK_DITEMUKAN');
  const inst = aktor.instansiId;
  const r = await repo.satuMasuk(ctx.db, inst, aktor.pegawaiId, id);
  if (!r) return fail('DATA.TIDAK_DITEMUKAN');
  if (body.versi !== r.versi) return fail('DATA.KONFLIK');
  const statusPenilaian = r.status_penilaian as StatusPenilaian;
  const p = periksaIsiRekan(r.status as StatusRekan, statusPenilaian);
  if (p === 'DIBATALKAN') return fail('REKAN.STATUS', 'Pejabat penilai sudah membatalkan permintaan masukan ini.');
  if (p === 'SUDAH_DITETAPKAN') return fail('PENILAIAN.SUDAH_DITETAPKAN', 'Penilaian rekan Anda sudah ditetapkan, sehingga masukan tidak dapat diisi atau diubah lagi.');
  if (p === 'SUDAH_DINILAI') return fail('REKAN.STATUS', 'Pejabat penilai sudah menyelesaikan penilaian, sehingga masukan Anda tidak dapat diubah lagi.');
  const isi = body.nilai.filter((n) => n.rating !== null || n.masukan).map((n) => ({ nilai: n.nilai, rating: n.rating, masukan: n.masukan }));
  const now = ctx.now();
  const iso = now.toISOString();
  const hasil = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isiPermintaan(trx, inst, r.id, body.versi, statusPenilaian, { catatan: body.catatan, diisi_pada: iso, diubah_pada: iso }))) return fail('DATA.KONFLIK');
    await repo.gantiNilai(trx, inst, r.id, isi);
    // the audit keeps that an answer was given and its ratings, not the texts (they are for the penilai only)
    await catatAudit(
      trx,
      ctx.dialect,
      aktor,
      { aksi: 'penilaian.rekan.isi', entitas: 'penilaian_rekan', entitasId: r.id, sebelum: { status: r.status }, sesudah: { penilaianId: r.penilaian_id, status: 'diisi', rating: Object.fromEntries(isi.filter((n) => n.rating).map((n) => [n.nilai, n.rating])), jumlahMasukan: isi.filter((n) => n.masukan).length } },
      now,
    );
    return ok(undefined);
  });
  if (!hasil.ok) return hasil;
  const baru = await repo.satuMasuk(ctx.db, inst, aktor.pegawaiId, id);
  if (!baru) throw new Error(`penilaian_rekan ${id} vanished after its own write`);
  return ok(await detailMasuk(ctx, inst, baru));
}
