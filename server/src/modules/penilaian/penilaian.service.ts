// One evaluation (DOMAIN.md §2.3, issue 6): who may see it and as whom, the detail view, my evaluations per period,
// opening one, and the approved aktivitas offered as evidence.
//
// A record belongs to one evaluation period and one SKP segment: the pegawai's approved SKP (or a segment closed by a
// mid-year mutasi while approved) overlapping the period. When a mutasi split the SKP inside the period there is one
// record per segment, each evaluating the days its SKP covers with that SKP's RHK and penilai. Records are created
// when the pegawai first opens the period (POST /penilaian), never in bulk.
import type { z } from 'zod';
import type { BuktiPenilaian, PenilaianBuka, PenilaianDetail, PenilaianDibuka, PenilaianRingkas, PenilaianSaya, PenilaianSayaQuery } from '../../../../contracts/penilaian.ts';
import { NILAI_BERAKHLAK } from '../../../../domain/berakhlak.ts';
import {
  aksiPenilaianTersedia,
  indikatorTanpaRealisasi,
  irisanTanggal,
  type JadwalPeriode,
  periksaTenggatBuka,
  skpDinilai,
  type StatusPenilaian,
  type Tenggat,
  usulanHasilKerja,
} from '../../../../domain/penilaian.ts';
import type { Predikat, Rating } from '../../../../domain/predikat.ts';
import { type PredikatOrganisasi, ratingDariPredikatOrganisasi } from '../../../../domain/kurva.ts';
import { type AspekIndikator, type JenisRhk, type PendekatanSkp, type StatusSkp, teksTarget } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { jamDariMenit, tanggalKata } from '../aktivitas/aktivitas.pesan.ts';
import { cekLihatPegawai } from '../kepegawaian/kepegawaian.service.ts';
import { findPeriode as findSkpPeriode, periodeBawaan } from '../skp/periode.service.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import { bolehLihatSisiPenilai, type PeranPenilaian } from './penilaian.policy.ts';
import { predikatOrganisasiUnit, unitDitetapkan } from './kalibrasi.repository.ts';
import * as repo from './penilaian.repository.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';

export type PenilaianRow = repo.PenilaianRow;

export interface Dilihat {
  row: repo.PenilaianRow;
  skp: repo.SkpRow;
  periode: repo.PeriodeRow;
  peran: PeranPenilaian;
}

export const jadwalDari = (p: repo.PeriodeRow): JadwalPeriode => ({ tanggalMulai: p.tanggal_mulai, batasRealisasi: p.batas_realisasi, batasPenilaian: p.batas_penilaian });

/** A deadline refusal that names the period and the date. */
export function gagalTenggat(t: Tenggat, p: repo.PeriodeRow): Failure {
  const nama = keDtoPeriode(p).nama;
  if (t === 'BELUM_MULAI') return fail('PENILAIAN.BELUM_MULAI', `Periode ${nama} baru dimulai ${tanggalKata(p.tanggal_mulai)}.`, { tanggalMulai: p.tanggal_mulai });
  if (t === 'BATAS_REALISASI') return fail('PENILAIAN.BATAS_REALISASI_LEWAT', `Batas realisasi ${nama} adalah ${tanggalKata(p.batas_realisasi)} dan sudah lewat. Hubungi admin kepegawaian (BKPPD) bila perlu perpanjangan.`, { batasRealisasi: p.batas_realisasi });
  return fail('PENILAIAN.BATAS_PENILAIAN_LEWAT', `Batas penilaian ${nama} adalah ${tanggalKata(p.batas_penilaian)} dan sudah lewat. Hubungi admin kepegawaian (BKPPD) bila perlu perpanjangan.`, { batasPenilaian: p.batas_penilaian });
}

/**
 * The record and the actor's relation to it, or 404 (a record outside the actor's reach answers like one that does not
 * exist). pemilik: the pegawai; penilai: the penilai named on the record or on its SKP, or the pegawai's penilai today;
 * pengamat: someone who may see the pegawai (admin BKPPD, auditor, wali kota, pimpinan of the OPD) or the atasan pejabat
 * penilai named on the record — read only.
 */
export async function cekLihatPenilaian(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<Dilihat>> {
  const row = await repo.findPenilaian(ctx.db, aktor.instansiId, id);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  const [skp, periode] = await Promise.all([repo.findSkp(ctx.db, aktor.instansiId, row.skp_id), repo.findPeriode(ctx.db, aktor.instansiId, row.periode_id)]);
  if (!skp || !periode) throw new Error(`penilaian ${id} without its SKP or period`);
  const dasar = { row, skp, periode };
  const saya = aktor.pegawaiId;
  if (saya && saya === row.pegawai_id) return ok({ ...dasar, peran: 'pemilik' });
  if (saya && (saya === row.penilai_id || saya === skp.penilai_id)) return ok({ ...dasar, peran: 'penilai' });
  const seen = await cekLihatPegawai(ctx, aktor, row.pegawai_id);
  if (!seen.ok) {
    // the atasan pejabat penilai named on the record reads it (they decide a keberatan on it, DOMAIN.md §2.5) — read only
    if (saya && saya === row.atasan_penilai_id) return ok({ ...dasar, peran: 'pengamat' });
    return fail('DATA.TIDAK_DITEMUKAN');
  }
  return ok({ ...dasar, peran: saya && seen.value.chain.penilai?.pegawaiId === saya ? 'penilai' : 'pengamat' });
}

/** What the record evaluates: the SKP's RHK, indicators and ekspektasi. */
export async function isiSkp(ctx: Ctx, instansiId: string, skpId: string) {
  const [rhk, indikator, ekspektasi] = await Promise.all([repo.rhkSkp(ctx.db, instansiId, skpId), repo.indikatorSkp(ctx.db, instansiId, skpId), repo.ekspektasiSkp(ctx.db, instansiId, skpId)]);
  return { rhk, indikator, ekspektasi };
}

/**
 * Approved aktivitas of the record's days per RHK of its SKP. An RHK carried over by a mid-year split also collects
 * the aktivitas still linked to the RHK it was copied from (DOMAIN.md §2.1: approved evidence carries over).
 */
export async function aktivitasPerRhk(ctx: Ctx, row: Pick<PenilaianRow, 'instansi_id' | 'pegawai_id' | 'tanggal_mulai' | 'tanggal_selesai'>, rhk: readonly repo.RhkRow[]) {
  const milik = new Map<string, string>();
  for (const r of rhk) milik.set(r.id, r.id);
  for (const r of rhk) if (r.asal_rhk_id && !milik.has(r.asal_rhk_id)) milik.set(r.asal_rhk_id, r.id);
  const rows = await repo.aktivitasDisetujui(ctx.db, row.instansi_id, row.pegawai_id, row.tanggal_mulai, row.tanggal_selesai, [...milik.keys()]);
  const per = new Map(rhk.map((r) => [r.id, [] as typeof rows]));
  for (const a of rows) per.get(milik.get(a.rhk_id!)!)!.push(a);
  return per;
}

const angka = (v: number | string | null): number | null => (v === null ? null : Number(v));

/** The record as `peran` sees it. The penilai's side stays hidden from the pegawai until rated. */
export async function susunDetail(ctx: Ctx, d: Dilihat): Promise<PenilaianDetail> {
  const { row, skp, periode, peran } = d;
  const inst = row.instansi_id;
  const status = row.status as StatusPenilaian;
  const [isi, realisasi, bukti, nilaiRhk, perilaku, nama, orang] = await Promise.all([
    isiSkp(ctx, inst, row.skp_id),
    repo.realisasiDari(ctx.db, inst, row.id),
    repo.buktiDari(ctx.db, inst, row.id),
    repo.nilaiRhkDari(ctx.db, inst, row.id),
    repo.perilakuDari(ctx.db, inst, row.id),
    repo.namaJabatanUnit(ctx.db, inst, row.jabatan_id, row.unit_id),
    orangBanyak(ctx, inst, [row.pegawai_id, row.penilai_id, row.atasan_penilai_id].filter((x): x is string => !!x)),
  ]);
  const aktivitas = await aktivitasPerRhk(ctx, row, isi.rhk);
  const sisiPenilai = bolehLihatSisiPenilai(peran, status);
  const realisasiOf = new Map(realisasi.map((r) => [r.indikator_id, r]));
  const nilaiOf = new Map(nilaiRhk.map((r) => [r.rhk_id, r]));
  const perilakuOf = new Map(perilaku.map((p) => [p.nilai, p.umpan_balik]));
  const ekspektasiOf = new Map(isi.ekspektasi.map((e) => [e.nilai, e.ekspektasi]));
  const buktiOf = new Map<string, string[]>();
  for (const b of bukti) buktiOf.set(b.indikator_id, [...(buktiOf.get(b.indikator_id) ?? []), b.aktivitas_id]);
  const pegawai = orang.get(row.pegawai_id)!;
  const judgement = (rhkId: string): Rating | null => (nilaiOf.get(rhkId)?.penilaian as Rating | null | undefined) ?? null;
  const usulan = usulanHasilKerja(isi.rhk.map((r) => ({ jenis: r.jenis as JenisRhk, penilaian: judgement(r.id) })), row.rating_hasil_organisasi as Rating | null);
  const sisi = <T>(v: T): T | null => (sisiPenilai ? v : null);
  return {
    id: row.id,
    periode: keDtoPeriode(periode),
    skpId: row.skp_id,
    pendekatan: skp.pendekatan as PendekatanSkp,
    tanggalMulai: row.tanggal_mulai,
    tanggalSelesai: row.tanggal_selesai,
    status,
    pegawai: { ...pegawai, jabatan: nama.jabatan ?? pegawai.jabatan, unit: nama.unit ?? pegawai.unit },
    penilai: row.penilai_id ? (orang.get(row.penilai_id) ?? null) : null,
    atasanPenilai: row.atasan_penilai_id ? (orang.get(row.atasan_penilai_id) ?? null) : null,
    kepalaUnit: row.kepala_unit_id !== null,
    rhk: isi.rhk.map((r) => {
      const akt = aktivitas.get(r.id) ?? [];
      return {
        id: r.id,
        jenis: r.jenis as JenisRhk,
        uraian: r.uraian,
        rhkAtasanUraian: r.atasan_uraian,
        indikator: isi.indikator
          .filter((k) => k.rhk_id === r.id)
          .map((k) => {
            const target = { targetAngka: angka(k.target_angka), targetSatuan: k.target_satuan, targetNarasi: k.target_narasi };
            const re = realisasiOf.get(k.id);
            return {
              id: k.id,
              aspek: k.aspek as AspekIndikator,
              uraian: k.uraian,
              targetTeks: teksTarget(target),
              ...target,
              realisasiAngka: re ? angka(re.realisasi_angka) : null,
              realisasiNarasi: re?.realisasi_narasi ?? null,
              catatan: re?.catatan ?? null,
              aktivitasIds: buktiOf.get(k.id) ?? [],
            };
          }),
        jumlahAktivitas: akt.length,
        jumlahMenit: akt.reduce((n, a) => n + Number(a.menit), 0),
        penilaian: sisi(judgement(r.id)),
        umpanBalik: sisi(nilaiOf.get(r.id)?.umpan_balik ?? null),
      };
    }),
    perilaku: NILAI_BERAKHLAK.map((nilai) => ({ nilai, ekspektasi: ekspektasiOf.get(nilai) ?? null, umpanBalik: sisi(perilakuOf.get(nilai) ?? null) })),
    refleksi: row.refleksi,
    catatanPenilai: row.catatan_penilai,
    usulanRatingHasilKerja: sisi(usulan),
    ratingHasilKerja: sisi(row.rating_hasil_kerja as Rating | null),
    alasanRatingHasilKerja: sisi(row.alasan_rating_hasil),
    ratingHasilOrganisasi: row.rating_hasil_organisasi as Rating | null,
    ratingPerilakuKerja: sisi(row.rating_perilaku_kerja as Rating | null),
    predikat: row.predikat as Predikat | null,
    diajukanPada: row.diajukan_pada,
    dinilaiPada: row.dinilai_pada,
    peranSaya: peran,
    // an SKP reopened for editing pauses its evaluation
    aksi: skpDinilai(skp.status as StatusSkp, skp.disetujui_pada) ? aksiPenilaianTersedia(peran, status, jadwalDari(periode), ctx.now()) : [],
    indikatorKosong:
      peran === 'pemilik' && (status === 'draft' || status === 'dikembalikan')
        ? indikatorTanpaRealisasi(isi.indikator.map((k) => k.id), realisasi.map((r) => ({ indikatorId: r.indikator_id, realisasiAngka: angka(r.realisasi_angka), realisasiNarasi: r.realisasi_narasi })))
        : [],
    versi: row.versi,
  };
}

export async function detailPenilaian(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<PenilaianDetail>> {
  const seen = await cekLihatPenilaian(ctx, aktor, id);
  if (!seen.ok) return seen;
  return ok(await susunDetail(ctx, seen.value));
}

const ringkas = (r: repo.PenilaianRow): z.infer<typeof PenilaianRingkas> => ({
  id: r.id,
  periodeId: r.periode_id,
  skpId: r.skp_id,
  tanggalMulai: r.tanggal_mulai,
  tanggalSelesai: r.tanggal_selesai,
  status: r.status as StatusPenilaian,
  predikat: r.predikat as Predikat | null,
  versi: r.versi,
});

/** The evaluation periods of an SKP year (default: the open year of today, else the latest) with my records. */
export async function penilaianSaya(ctx: Ctx, aktor: Aktor, q: z.infer<typeof PenilaianSayaQuery>): Promise<Result<z.infer<typeof PenilaianSaya>>> {
  const skpPeriode = q.skpPeriodeId ? await findSkpPeriode(ctx, aktor.instansiId, q.skpPeriodeId) : await periodeBawaan(ctx, aktor.instansiId);
  if (q.skpPeriodeId && !skpPeriode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode SKP tidak ditemukan.');
  if (!skpPeriode || !aktor.pegawaiId) return ok({ periode: [] });
  const periode = await repo.daftarPeriode(ctx.db, aktor.instansiId, skpPeriode.id);
  const rows = await repo.penilaianPegawai(ctx.db, aktor.instansiId, aktor.pegawaiId, periode.map((p) => p.id));
  return ok({ periode: periode.map((p) => ({ periode: keDtoPeriode(p), penilaian: rows.filter((r) => r.periode_id === p.id).map(ringkas) })) });
}

/**
 * Opens my evaluation of a period: one record per evaluated SKP segment overlapping it, created on the first opening
 * (from the period's first day until its batas realisasi). Idempotent: records that exist are returned as they are,
 * and two openings at once create one record (unique (period, SKP)).
 */
export async function bukaPenilaian(ctx: Ctx, aktor: Aktor, body: z.infer<typeof PenilaianBuka>): Promise<Result<z.infer<typeof PenilaianDibuka>>> {
  const pegawaiId = aktor.pegawaiId;
  if (!pegawaiId) return fail('AKSES.DITOLAK', 'Akun ini tidak terhubung dengan data pegawai, sehingga tidak memiliki penilaian kinerja.');
  const inst = aktor.instansiId;
  const periode = await repo.findPeriode(ctx.db, inst, body.periodeId);
  if (!periode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  const [segmen, ada] = await Promise.all([
    repo.skpMenyentuh(ctx.db, inst, pegawaiId, periode.skp_periode_id, periode.tanggal_mulai, periode.tanggal_selesai),
    repo.penilaianPegawai(ctx.db, inst, pegawaiId, [periode.id]),
  ]);
  const punya = new Set(ada.map((r) => r.skp_id));
  const dinilai = segmen.filter((s) => skpDinilai(s.status as StatusSkp, s.disetujui_pada) && !punya.has(s.id));
  // a unit whose calibration is finalised cannot take a new evaluation: it could never be finalised (DOMAIN.md §2.4)
  const tertutup = await unitDitetapkan(ctx.db, inst, periode.id, dinilai.map((s) => s.unit_id).filter((u): u is string => !!u));
  const baru = dinilai.filter((s) => !s.unit_id || !tertutup.has(s.unit_id));
  if (baru.length === 0 && ada.length === 0 && dinilai.length > 0) {
    return fail('KALIBRASI.SUDAH_DITETAPKAN', 'Hasil penilaian unit kerja Anda untuk periode ini sudah ditetapkan pimpinan, sehingga penilaian baru tidak dapat dibuka lagi. Hubungi pejabat penilai Anda.');
  }
  if (baru.length === 0 && ada.length === 0) return fail('PENILAIAN.SKP_BELUM_DISETUJUI');
  let dibuat = 0;
  if (baru.length) {
    const tenggat = periksaTenggatBuka(jadwalDari(periode), ctx.now());
    if (tenggat && ada.length === 0) return gagalTenggat(tenggat, periode);
    if (!tenggat) {
      const now = ctx.now();
      const iso = now.toISOString();
      const rencana = await Promise.all(
        baru.map(async (s) => {
          const hari = irisanTanggal(periode.tanggal_mulai, periode.tanggal_selesai, s.tanggal_mulai, s.tanggal_selesai)!;
          const kepalaUnitId = s.jabatan_id ? await repo.unitDipimpin(ctx.db, inst, s.jabatan_id) : null;
          // the unit's predikat organisasi may be set already: the kepala's rating hasil kerja follows it (DOMAIN.md §2.3)
          const organisasi = kepalaUnitId ? await predikatOrganisasiUnit(ctx.db, inst, periode.id, kepalaUnitId) : null;
          return {
            id: newId(),
            instansi_id: inst,
            periode_id: periode.id,
            skp_id: s.id,
            pegawai_id: pegawaiId,
            tanggal_mulai: hari.mulai,
            tanggal_selesai: hari.selesai,
            jabatan_id: s.jabatan_id,
            unit_id: s.unit_id,
            penilai_id: s.penilai_id,
            atasan_penilai_id: s.atasan_penilai_id,
            kepala_unit_id: kepalaUnitId,
            status: 'draft',
            refleksi: null,
            catatan_penilai: null,
            usulan_rating_hasil: null,
            rating_hasil_kerja: null,
            alasan_rating_hasil: null,
            rating_hasil_organisasi: organisasi ? ratingDariPredikatOrganisasi(organisasi as PredikatOrganisasi) : null,
            rating_perilaku_kerja: null,
            predikat: null,
            diajukan_pada: null,
            dinilai_pada: null,
            dinilai_oleh: null,
            dibuat_pada: iso,
            diubah_pada: iso,
          };
        }),
      );
      dibuat = await ctx.db.transaction().execute(async (trx) => {
        let n = 0;
        for (const r of rencana) {
          if (!(await repo.sisipkanPenilaian(trx, r))) continue;
          n += 1;
          await catatAudit(trx, ctx.dialect, aktor, { aksi: 'penilaian.buat', entitas: 'penilaian', entitasId: r.id, sesudah: { periodeId: r.periode_id, skpId: r.skp_id, mulai: r.tanggal_mulai, selesai: r.tanggal_selesai, penilaiId: r.penilai_id, status: 'draft' } }, now);
        }
        return n;
      });
    }
  }
  const rows = await repo.penilaianPegawai(ctx.db, inst, pegawaiId, [periode.id]);
  return ok({ penilaian: rows.map(ringkas), dibuat });
}

/** Candidate evidence: the approved aktivitas of the record's days per RHK, with counts and minutes. */
export async function buktiPenilaian(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<z.infer<typeof BuktiPenilaian>>> {
  const seen = await cekLihatPenilaian(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row } = seen.value;
  const rhk = await repo.rhkSkp(ctx.db, row.instansi_id, row.skp_id);
  const per = await aktivitasPerRhk(ctx, row, rhk);
  return ok({
    tanggalMulai: row.tanggal_mulai,
    tanggalSelesai: row.tanggal_selesai,
    rhk: rhk.map((r) => {
      const akt = per.get(r.id) ?? [];
      return {
        rhkId: r.id,
        uraian: r.uraian,
        jumlahAktivitas: akt.length,
        jumlahMenit: akt.reduce((n, a) => n + Number(a.menit), 0),
        aktivitas: akt.map((a) => ({ id: a.id, tanggal: a.tanggal, jamMulai: jamDariMenit(Number(a.jam_mulai)), jamSelesai: jamDariMenit(Number(a.jam_selesai)), menit: Number(a.menit), uraian: a.uraian, volume: angka(a.volume), satuan: a.satuan })),
      };
    }),
  });
}
