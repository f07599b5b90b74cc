// Tindak lanjut of an evaluation (DOMAIN.md §2.6, issue 6): the candidates of a period proposed from the data (ASN
// teladan from finalised Sangat Baik records, ranked; pembinaan for a finalised predikat below target without a
// rencana perbaikan yet), recording a penghargaan or pembinaan (a rencana perbaikan ends 6 months after its start,
// PP 30/2019; at most one ASN teladan per pegawai and period), changing a record along its life, and listing the
// records an actor may see. Access first (tindak-lanjut.policy.ts), then the rules (domain/tindak-lanjut.ts).
import type { z } from 'zod';
import type { KandidatQuery, KandidatTindakLanjut, TindakLanjut, TindakLanjutBaru, TindakLanjutQuery, TindakLanjutUbah } from '../../../../contracts/tindak-lanjut.ts';
import type { Orang } from '../../../../contracts/skp.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Predikat, Rating } from '../../../../domain/predikat.ts';
import {
  bolehTeladan,
  bolehUbahStatus,
  type JenisTindakLanjut,
  type KategoriTindakLanjut,
  masalahTindakLanjut,
  perluPembinaan,
  statusBerikut,
  type StatusTindakLanjut,
  tanggalSelesaiRencanaPerbaikan,
  urutkanKandidatTeladan,
} from '../../../../domain/tindak-lanjut.ts';
import type { Ctx } from '../../context.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import * as penilaianRepo from './penilaian.repository.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';
import { bolehCatatApapun, bolehCatatTindakLanjut, bolehLihatTindakLanjut, type FaktaPimpinan, type SasaranTindakLanjut } from './tindak-lanjut.policy.ts';
import * as repo from './tindak-lanjut.repository.ts';

type Dto = z.infer<typeof TindakLanjut>;

const PREDIKAT_KANDIDAT: readonly Predikat[] = ['sangat_baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'];

const PESAN_MASALAH = {
  KATEGORI_TIDAK_SESUAI_JENIS: 'Kategori tidak sesuai dengan jenis tindak lanjut.',
  SELESAI_SEBELUM_MULAI: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  HASIL_WAJIB: 'Hasil pembinaan wajib diisi saat tindak lanjut dinyatakan selesai.',
} as const;

export async function faktaPimpinan(ctx: Ctx, aktor: Aktor): Promise<FaktaPimpinan> {
  if (!aktor.pegawaiId) return { jalurDipimpin: [] };
  return { jalurDipimpin: await repo.jalurDipimpin(ctx.db, aktor.instansiId, aktor.pegawaiId, aktor.jabatanId, tanggalWita(ctx.now())) };
}

/** The unit a record is judged by: the evaluation's snapshot when it has one, else the pegawai's current unit. */
function sasaranRecord(r: repo.TindakLanjutRow): SasaranTindakLanjut {
  const dariPenilaian = r.jalur_penilaian !== null;
  return {
    pegawaiId: r.pegawai_id,
    unitJalur: dariPenilaian ? r.jalur_penilaian : r.jalur_pegawai,
    opdId: dariPenilaian ? r.opd_penilaian : r.opd_pegawai,
    penilaiId: r.penilai_id,
    dicatatOleh: r.dicatat_oleh,
  };
}

const sasaranPenilaian = (p: { pegawai_id: string; jalur: string | null; opd_id: string | null; penilai_id: string | null }): SasaranTindakLanjut => ({
  pegawaiId: p.pegawai_id,
  unitJalur: p.jalur,
  opdId: p.opd_id,
  penilaiId: p.penilai_id,
});

/** Period names of the instansi by id (a handful of rows per year). */
async function namaPeriode(ctx: Ctx, instansiId: string): Promise<Map<string, ReturnType<typeof keDtoPeriode>>> {
  const rows = await penilaianRepo.daftarPeriode(ctx.db, instansiId);
  return new Map(rows.map((p) => [p.id, keDtoPeriode(p)]));
}

/** Records as DTOs, with the people they name and whether the actor may change each. */
export async function keDtoBanyak(ctx: Ctx, aktor: Aktor, fakta: FaktaPimpinan, rows: readonly repo.TindakLanjutRow[]): Promise<Dto[]> {
  if (rows.length === 0) return [];
  const [orang, periode] = await Promise.all([orangBanyak(ctx, aktor.instansiId, rows.flatMap((r) => [r.pegawai_id, r.dicatat_oleh])), namaPeriode(ctx, aktor.instansiId)]);
  return rows.flatMap((r) => {
    const pegawai = orang.get(r.pegawai_id);
    if (!pegawai) return [];
    const status = r.status as StatusTindakLanjut;
    const jenis = r.jenis as JenisTindakLanjut;
    return [
      {
        id: r.id,
        pegawai,
        periodeId: r.periode_id,
        periodeNama: r.periode_id ? (periode.get(r.periode_id)?.nama ?? null) : null,
        penilaianId: r.penilaian_id,
        jenis,
        kategori: r.kategori as KategoriTindakLanjut,
        uraian: r.uraian,
        tanggalMulai: r.tanggal_mulai,
        tanggalSelesai: r.tanggal_selesai,
        status,
        hasil: r.hasil,
        dicatatOleh: orang.get(r.dicatat_oleh)?.nama ?? null,
        dicatatPada: r.dicatat_pada,
        bolehUbah: statusBerikut(status).length > 0 && bolehCatatTindakLanjut(aktor, fakta, sasaranRecord(r), jenis),
        versi: r.versi,
      },
    ];
  });
}

/** Records of a pegawai the actor may see (the riwayat page uses this too). */
export async function tindakLanjutTerlihat(ctx: Ctx, aktor: Aktor, f: { periodeId?: string; pegawaiId?: string }, fakta?: FaktaPimpinan): Promise<Dto[]> {
  const rows = await repo.daftarTindakLanjut(ctx.db, aktor.instansiId, f);
  if (rows.length === 0) return [];
  const fk = fakta ?? (await faktaPimpinan(ctx, aktor));
  return keDtoBanyak(ctx, aktor, fk, rows.filter((r) => bolehLihatTindakLanjut(aktor, fk, sasaranRecord(r))));
}

/** GET /tindak-lanjut: of a period, of a pegawai, or (neither) the actor's own — only what the actor may see. */
export async function daftarTindakLanjut(ctx: Ctx, aktor: Aktor, q: z.infer<typeof TindakLanjutQuery>): Promise<Result<Dto[]>> {
  if (q.periodeId && !(await penilaianRepo.findPeriode(ctx.db, aktor.instansiId, q.periodeId))) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  const pegawaiId = q.pegawaiId ?? (q.periodeId ? undefined : (aktor.pegawaiId ?? undefined));
  if (!pegawaiId && !q.periodeId) return ok([]);
  return ok(await tindakLanjutTerlihat(ctx, aktor, { periodeId: q.periodeId, pegawaiId }));
}

type RowKandidat = repo.DitetapkanRow;

/** One row per pegawai (a mid-year split gives two records in a period): the first segment stands for them. */
function satuPerPegawai<T extends { pegawai_id: string }>(rows: readonly T[]): T[] {
  const lihat = new Set<string>();
  return rows.filter((r) => (lihat.has(r.pegawai_id) ? false : (lihat.add(r.pegawai_id), true)));
}

/**
 * GET /tindak-lanjut/kandidat: in the units the actor leads (or everywhere for wali kota, admin BKPPD, auditor), the ASN
 * teladan candidates of the period ranked (domain urutkanKandidatTeladan), the pembinaan candidates without a
 * rencana perbaikan yet, and the period's records. The actor's own evaluations are never candidates for them.
 */
export async function kandidatTindakLanjut(ctx: Ctx, aktor: Aktor, q: z.infer<typeof KandidatQuery>): Promise<Result<KandidatTindakLanjut>> {
  const inst = aktor.instansiId;
  const periode = await penilaianRepo.findPeriode(ctx.db, inst, q.periodeId);
  if (!periode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  const [fakta, semua, catatanRows] = await Promise.all([faktaPimpinan(ctx, aktor), repo.ditetapkanPeriode(ctx.db, inst, periode.id, PREDIKAT_KANDIDAT), repo.daftarTindakLanjut(ctx.db, inst, { periodeId: periode.id })]);
  const diUnit = (jalur: string | null) => !q.unitId || (jalur ?? '').includes(`/${q.unitId}/`);
  const rows = semua.filter((r) => r.pegawai_id !== aktor.pegawaiId && diUnit(r.jalur) && bolehLihatTindakLanjut(aktor, fakta, sasaranPenilaian(r)));

  const aktif = catatanRows.filter((c) => c.status !== 'dibatalkan');
  const teladanOf = new Map(aktif.filter((c) => c.kategori === 'asn_teladan').map((c) => [c.pegawai_id, c.id]));
  const berencana = new Set(aktif.filter((c) => c.kategori === 'rencana_perbaikan' && c.penilaian_id).map((c) => c.penilaian_id!));

  const teladanRows = satuPerPegawai(rows.filter((r) => r.predikat === 'sangat_baik'));
  const pembinaanRows = satuPerPegawai(rows.filter((r) => perluPembinaan(r.predikat as Predikat) && !berencana.has(r.id)));
  const [orang, menit] = await Promise.all([
    orangBanyak(ctx, inst, [...teladanRows, ...pembinaanRows].map((r) => r.pegawai_id)),
    repo.menitDisetujui(ctx.db, inst, teladanRows.map((r) => r.pegawai_id), periode.tanggal_mulai, periode.tanggal_selesai),
  ]);
  const mulai = tanggalWita(ctx.now());
  const dasar = (r: RowKandidat, pegawai: Orang) => ({
    pegawai,
    penilaianId: r.id,
    predikat: r.predikat as Predikat,
    ratingHasilKerja: r.rating_hasil_kerja as Rating | null,
    ratingPerilakuKerja: r.rating_perilaku_kerja as Rating | null,
  });
  const teladan = urutkanKandidatTeladan(
    teladanRows.flatMap((r) => {
      const pegawai = orang.get(r.pegawai_id);
      if (!pegawai) return [];
      const tindakLanjutId = teladanOf.get(r.pegawai_id) ?? null;
      return [{ ...dasar(r, pegawai), pegawaiId: r.pegawai_id, nama: pegawai.nama, menitDisetujui: menit.get(r.pegawai_id) ?? 0, tindakLanjutId, bolehTetapkan: tindakLanjutId === null && bolehCatatTindakLanjut(aktor, fakta, sasaranPenilaian(r), 'penghargaan') }];
    }),
  ).map(({ pegawaiId: _p, nama: _n, ...k }, i) => ({ ...k, peringkat: i + 1 }));
  const pembinaan = pembinaanRows
    .flatMap((r) => {
      const pegawai = orang.get(r.pegawai_id);
      if (!pegawai) return [];
      return [{ ...dasar(r, pegawai), usulanTanggalMulai: mulai, usulanTanggalSelesai: tanggalSelesaiRencanaPerbaikan(mulai), bolehBuat: bolehCatatTindakLanjut(aktor, fakta, sasaranPenilaian(r), 'pembinaan') }];
    })
    .sort((a, b) => a.pegawai.nama.localeCompare(b.pegawai.nama, 'id'));
  const catatan = await keDtoBanyak(ctx, aktor, fakta, catatanRows.filter((c) => bolehLihatTindakLanjut(aktor, fakta, sasaranRecord(c)) && diUnit(sasaranRecord(c).unitJalur)));
  return ok({ periode: keDtoPeriode(periode), teladan, pembinaan, catatan, bolehCatat: bolehCatatApapun(aktor, fakta) });
}

const tidakValid = (message: string, details?: unknown): Failure => fail('TINDAK_LANJUT.TIDAK_VALID', message, details);

/** The evaluation a new record follows: the one named, or for an ASN teladan the pegawai's finalised Sangat Baik of the period. */
async function penilaianAcuan(ctx: Ctx, aktor: Aktor, body: z.infer<typeof TindakLanjutBaru>): Promise<Result<Awaited<ReturnType<typeof repo.penilaianDenganUnit>> | null>> {
  const inst = aktor.instansiId;
  if (body.penilaianId) {
    const p = await repo.penilaianDenganUnit(ctx.db, inst, body.penilaianId);
    if (!p || p.pegawai_id !== body.pegawaiId) return fail('DATA.TIDAK_DITEMUKAN', 'Penilaian pegawai tersebut tidak ditemukan.');
    if (body.periodeId && body.periodeId !== p.periode_id) return tidakValid('Penilaian yang dirujuk bukan penilaian periode tersebut.', [{ path: 'periodeId', message: 'Periode tidak sesuai dengan penilaian.' }]);
    return ok(p);
  }
  if (body.kategori === 'asn_teladan' && body.periodeId) return ok((await repo.sangatBaikDitetapkan(ctx.db, inst, body.pegawaiId, body.periodeId))[0] ?? null);
  return ok(null);
}

/**
 * POST /tindak-lanjut. The pimpinan above the pegawai's unit, the pimpinan OPD, wali kota, admin BKPPD on their behalf,
 * or — for pembinaan — the penilai of the evaluation it follows. An ASN teladan needs a finalised Sangat Baik of the
 * period and is unique per pegawai and period; a rencana perbaikan without an end date ends 6 months after it starts.
 */
export async function buatTindakLanjut(ctx: Ctx, aktor: Aktor, body: z.infer<typeof TindakLanjutBaru>): Promise<Result<Dto>> {
  const inst = aktor.instansiId;
  const pegawai = await repo.pegawaiDenganUnit(ctx.db, inst, body.pegawaiId);
  if (!pegawai) return fail('DATA.TIDAK_DITEMUKAN');
  const acuan = await penilaianAcuan(ctx, aktor, body);
  if (!acuan.ok) return acuan;
  const p = acuan.value;
  const fakta = await faktaPimpinan(ctx, aktor);
  const sasaran: SasaranTindakLanjut = p && p.jalur !== null ? sasaranPenilaian(p) : { pegawaiId: pegawai.id, unitJalur: pegawai.jalur, opdId: pegawai.opd_id, penilaiId: p?.penilai_id ?? null };
  if (!bolehLihatTindakLanjut(aktor, fakta, sasaran)) return fail('DATA.TIDAK_DITEMUKAN');
  if (!bolehCatatTindakLanjut(aktor, fakta, sasaran, body.jenis)) {
    return fail('AKSES.DITOLAK', aktor.pegawaiId === body.pegawaiId ? 'Tindak lanjut tidak dapat dicatat untuk diri sendiri.' : 'Tindak lanjut pegawai ini dicatat oleh pimpinan di atas unitnya, pimpinan OPD, wali kota atau admin BKPPD; pembinaan juga oleh pejabat penilainya.');
  }

  const periodeId = body.periodeId ?? p?.periode_id ?? null;
  if (periodeId && !(await penilaianRepo.findPeriode(ctx.db, inst, periodeId))) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  const tanggalSelesai = body.tanggalSelesai ?? (body.kategori === 'rencana_perbaikan' ? tanggalSelesaiRencanaPerbaikan(body.tanggalMulai) : null);
  const masalah = masalahTindakLanjut({ jenis: body.jenis, kategori: body.kategori, tanggalMulai: body.tanggalMulai, tanggalSelesai, status: 'direncanakan', hasil: null });
  if (masalah.length) return tidakValid(PESAN_MASALAH[masalah[0]!.kode], masalah.map((m) => ({ path: m.path, message: PESAN_MASALAH[m.kode] })));
  if (body.kategori === 'asn_teladan') {
    if (!periodeId) return tidakValid('ASN teladan ditetapkan untuk satu periode penilaian.', [{ path: 'periodeId', message: 'Periode penilaian wajib untuk ASN teladan.' }]);
    if (!p || !bolehTeladan(p.status, p.predikat as Predikat | null)) {
      return tidakValid('ASN teladan hanya untuk pegawai dengan predikat Sangat Baik yang sudah ditetapkan pada periode tersebut.', [{ path: 'penilaianId', message: 'Predikat belum ditetapkan Sangat Baik.', predikat: p?.predikat ?? null, status: p?.status ?? null }]);
    }
  }

  const now = ctx.now();
  const iso = now.toISOString();
  const row = {
    id: newId(),
    instansi_id: inst,
    pegawai_id: body.pegawaiId,
    periode_id: periodeId,
    penilaian_id: p?.id ?? null,
    jenis: body.jenis,
    kategori: body.kategori,
    uraian: body.uraian,
    tanggal_mulai: body.tanggalMulai,
    tanggal_selesai: tanggalSelesai,
    status: 'direncanakan',
    hasil: null,
    dicatat_oleh: aktor.pegawaiId ?? aktor.akunId,
    dicatat_pada: iso,
    diubah_pada: iso,
  };
  const ganda = await ctx.db.transaction().execute(async (trx) => {
    if (body.kategori === 'asn_teladan') {
      await repo.kunciTeladan(trx, ctx.dialect, body.pegawaiId, periodeId!);
      const ada = await repo.teladanAda(trx, inst, body.pegawaiId, periodeId!);
      if (ada) return ada;
    }
    await repo.insertTindakLanjut(trx, row);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'tindak_lanjut.buat', entitas: 'tindak_lanjut', entitasId: row.id, sesudah: { pegawaiId: row.pegawai_id, periodeId, penilaianId: row.penilaian_id, jenis: row.jenis, kategori: row.kategori, tanggalMulai: row.tanggal_mulai, tanggalSelesai: row.tanggal_selesai } }, now);
    return null;
  });
  if (ganda) return tidakValid('Pegawai ini sudah ditetapkan sebagai ASN teladan pada periode tersebut.', [{ path: 'kategori', message: 'ASN teladan sudah ada.', tindakLanjutId: ganda }]);
  return ok((await keDtoBanyak(ctx, aktor, fakta, [(await repo.findTindakLanjut(ctx.db, inst, row.id))!]))[0]!);
}

/** PUT /tindak-lanjut/:id: status along the arrows (domain), uraian, hasil, end date — on the versi the user saw. */
export async function ubahTindakLanjut(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof TindakLanjutUbah>): Promise<Result<Dto>> {
  const inst = aktor.instansiId;
  const row = await repo.findTindakLanjut(ctx.db, inst, id);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  const fakta = await faktaPimpinan(ctx, aktor);
  const sasaran = sasaranRecord(row);
  const jenis = row.jenis as JenisTindakLanjut;
  if (!bolehLihatTindakLanjut(aktor, fakta, sasaran)) return fail('DATA.TIDAK_DITEMUKAN');
  if (!bolehCatatTindakLanjut(aktor, fakta, sasaran, jenis)) return fail('AKSES.DITOLAK');
  if (body.versi !== row.versi) return fail('DATA.KONFLIK');
  const dari = row.status as StatusTindakLanjut;
  if (!bolehUbahStatus(dari, body.status)) return fail('TINDAK_LANJUT.STATUS', undefined, { status: dari, ke: body.status, boleh: statusBerikut(dari) });
  const masalah = masalahTindakLanjut({ jenis, kategori: row.kategori as KategoriTindakLanjut, tanggalMulai: row.tanggal_mulai, tanggalSelesai: body.tanggalSelesai, status: body.status, hasil: body.hasil });
  if (masalah.length) return tidakValid(PESAN_MASALAH[masalah[0]!.kode], masalah.map((m) => ({ path: m.path, message: PESAN_MASALAH[m.kode] })));

  const now = ctx.now();
  const set = { status: body.status, hasil: body.hasil, uraian: body.uraian, tanggal_selesai: body.tanggalSelesai, diubah_pada: now.toISOString() };
  const berhasil = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateTindakLanjut(trx, inst, id, body.versi, set))) return false;
    await catatAudit(
      trx,
      ctx.dialect,
      aktor,
      { aksi: 'tindak_lanjut.ubah', entitas: 'tindak_lanjut', entitasId: id, sebelum: { status: dari, hasil: row.hasil, uraian: row.uraian, tanggalSelesai: row.tanggal_selesai }, sesudah: { status: set.status, hasil: set.hasil, uraian: set.uraian, tanggalSelesai: set.tanggal_selesai } },
      now,
    );
    return true;
  });
  if (!berhasil) return fail('DATA.KONFLIK');
  return ok((await keDtoBanyak(ctx, aktor, fakta, [(await repo.findTindakLanjut(ctx.db, inst, id))!]))[0]!);
}
