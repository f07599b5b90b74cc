// Writing an evaluation (DOMAIN.md §2.3): the pegawai's realisasi per indicator with evidence and self-reflection, the
// penilai's judgement and umpan balik per RHK and per BerAKHLAK value with both ratings, and the state machine of
// domain/penilaian.ts. Every write checks, in order: the person (policy), the versi they saw (DATA.KONFLIK), the
// status, the period's deadlines, that the SKP is still an approved plan, then the content; the change and its audit
// entry share one transaction, conditional on that versi. The predikat is computed here, never taken from the client.
import type { z } from 'zod';
import type { PenilaianAksiBody, PenilaianDetail, PenilaianUbah, RealisasiUbah } from '../../../../contracts/penilaian.ts';
import {
  AKSI_PENILAIAN_WAJIB_CATATAN,
  type AksiPenilaian,
  indikatorTanpaRealisasi,
  masalahPenilaian,
  PELAKU_AKSI_PENILAIAN,
  periksaRatingHasilKerja,
  periksaTenggat,
  skpDinilai,
  type StatusPenilaian,
  transisiPenilaian,
  usulanHasilKerja,
} from '../../../../domain/penilaian.ts';
import { LABEL_RATING, predikatKinerja, type Rating } from '../../../../domain/predikat.ts';
import type { JenisRhk, StatusSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import type { PenilaianTable } from '../../db/schema.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { penilaiDari } from '../kepegawaian/penilai.service.ts';
import { tanggalAcuan } from '../skp/skp.service.ts';
import { periksaAksiPenilaian } from './penilaian.policy.ts';
import * as repo from './penilaian.repository.ts';
import { aktivitasPerRhk, cekLihatPenilaian, type Dilihat, gagalTenggat, isiSkp, jadwalDari, susunDetail } from './penilaian.service.ts';

const LABEL_STATUS: Record<StatusPenilaian, string> = { draft: 'draf', diajukan: 'diajukan', dikembalikan: 'dikembalikan', dinilai: 'sudah dinilai', ditetapkan: 'ditetapkan' };
const KATA_AKSI: Record<AksiPenilaian, string> = {
  isi_realisasi: 'diisi realisasinya',
  ajukan: 'diajukan',
  tarik: 'ditarik',
  kembalikan: 'dikembalikan',
  isi_penilaian: 'dinilai',
  nilai: 'dinilai',
  buka_nilai: 'dibuka kembali penilaiannya',
  tetapkan: 'ditetapkan',
};

const gagalStatus = (status: StatusPenilaian, aksi: AksiPenilaian): Failure => fail('PENILAIAN.STATUS', `Penilaian berstatus ${LABEL_STATUS[status]} tidak dapat ${KATA_AKSI[aksi]}.`);
const gagalAkses = (aksi: AksiPenilaian): Failure =>
  fail('AKSES.DITOLAK', PELAKU_AKSI_PENILAIAN[aksi] === 'penilai' ? 'Hanya pejabat penilai pegawai ini yang dapat menilai atau mengembalikan realisasinya.' : 'Hanya pegawai pemilik penilaian yang dapat mengisi dan mengajukan realisasi.');

function gagalRating(kode: 'RATING_ORGANISASI' | 'ALASAN_WAJIB', usulan: Rating, organisasi: Rating | null): Failure {
  if (kode === 'RATING_ORGANISASI') {
    return fail('PENILAIAN.RATING_ORGANISASI', `Pegawai ini memimpin unit kerja: rating hasil kerjanya adalah capaian kinerja organisasi unitnya (${LABEL_RATING[organisasi!]}).`, [
      { path: 'ratingHasilKerja', message: `Harus ${LABEL_RATING[organisasi!]}` },
    ]);
  }
  return fail('PENILAIAN.ALASAN_WAJIB', `Usulan sistem adalah ${LABEL_RATING[usulan]}; rating yang berbeda wajib disertai alasan.`, [{ path: 'alasanRatingHasilKerja', message: 'Alasan wajib diisi' }]);
}

/** The checks every write shares, in order: person, versi, status (finalised first), deadline, the SKP still approved. */
async function periksa(ctx: Ctx, aktor: Aktor, id: string, aksi: AksiPenilaian, versi: number): Promise<Result<Dilihat>> {
  const seen = await cekLihatPenilaian(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, skp, periode, peran } = seen.value;
  const status = row.status as StatusPenilaian;
  const p = periksaAksiPenilaian(peran, status, aksi);
  if (p === 'AKSES') return gagalAkses(aksi);
  if (versi !== row.versi) return fail('DATA.KONFLIK');
  // a finalised record changes only through a keberatan decision (DOMAIN.md §2.5), whatever the action
  if (status === 'ditetapkan') return fail('PENILAIAN.SUDAH_DITETAPKAN');
  if (p === 'STATUS') return gagalStatus(status, aksi);
  const tenggat = periksaTenggat(aksi, status, jadwalDari(periode), ctx.now());
  if (tenggat) return gagalTenggat(tenggat, periode);
  if (!skpDinilai(skp.status as StatusSkp, skp.disetujui_pada)) {
    return fail('PENILAIAN.SKP_BELUM_DISETUJUI', 'SKP yang dinilai sedang dibuka kembali untuk diubah; penilaian dilanjutkan setelah SKP disetujui lagi.');
  }
  return seen;
}

async function detailSetelahTulis(ctx: Ctx, d: Dilihat): Promise<PenilaianDetail> {
  const row = await repo.findPenilaian(ctx.db, d.row.instansi_id, d.row.id);
  if (!row) throw new Error(`penilaian ${d.row.id} vanished after its own write`);
  return susunDetail(ctx, { ...d, row });
}

type Tautan = { path: string; message: string };

// ——— the pegawai: realisasi, evidence, self-reflection ———

export async function ubahRealisasi(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof RealisasiUbah>): Promise<Result<PenilaianDetail>> {
  const cek = await periksa(ctx, aktor, id, 'isi_realisasi', body.versi);
  if (!cek.ok) return cek;
  const { row } = cek.value;
  const isi = await isiSkp(ctx, row.instansi_id, row.skp_id);
  const rhkOf = new Map(isi.indikator.map((k) => [k.id, k.rhk_id]));
  const dipakai = new Set<string>();
  for (const [i, k] of body.indikator.entries()) {
    if (!rhkOf.has(k.indikatorId) || dipakai.has(k.indikatorId)) {
      return fail('VALIDASI.GAGAL', 'Indikator yang dikirim bukan indikator SKP yang dinilai.', [{ path: `indikator.${i}.indikatorId`, message: 'Indikator tidak dikenal' }]);
    }
    dipakai.add(k.indikatorId);
  }
  // evidence: the pegawai's approved aktivitas of the evaluated days linked to the indicator's RHK
  const per = body.indikator.some((k) => k.aktivitasIds.length) ? await aktivitasPerRhk(ctx, row, isi.rhk) : new Map<string, { id: string }[]>();
  const salah: Tautan[] = [];
  const bukti: { indikator_id: string; aktivitas_id: string }[] = [];
  for (const [i, k] of body.indikator.entries()) {
    const boleh = new Set((per.get(rhkOf.get(k.indikatorId)!) ?? []).map((a) => a.id));
    const sudah = new Set<string>();
    k.aktivitasIds.forEach((a, j) => {
      if (!boleh.has(a)) salah.push({ path: `indikator.${i}.aktivitasIds.${j}`, message: 'Bukan aktivitas Anda yang disetujui pada periode ini untuk RHK indikator ini' });
      else if (!sudah.has(a)) bukti.push({ indikator_id: k.indikatorId, aktivitas_id: a });
      sudah.add(a);
    });
  }
  if (salah.length) return fail('PENILAIAN.BUKTI_TIDAK_VALID', undefined, salah);
  const realisasi = body.indikator.map((k) => ({ indikator_id: k.indikatorId, realisasi_angka: k.realisasiAngka, realisasi_narasi: k.realisasiNarasi, catatan: k.catatan }));
  const now = ctx.now();
  const iso = now.toISOString();
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updatePenilaian(trx, row.instansi_id, id, body.versi, { refleksi: body.refleksi, diubah_pada: iso }))) return fail('DATA.KONFLIK');
    await repo.gantiRealisasi(trx, row.instansi_id, id, realisasi, bukti, iso);
    const terisi = isi.indikator.length - indikatorTanpaRealisasi(isi.indikator.map((k) => k.id), body.indikator).length;
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'penilaian.realisasi', entitas: 'penilaian', entitasId: id, sesudah: { status: row.status, indikatorTerisi: terisi, jumlahIndikator: isi.indikator.length, jumlahBukti: bukti.length, refleksi: body.refleksi !== null } }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, cek.value));
}

// ——— the penilai: judgements, umpan balik, ratings ———

export async function ubahPenilaian(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof PenilaianUbah>): Promise<Result<PenilaianDetail>> {
  const cek = await periksa(ctx, aktor, id, 'isi_penilaian', body.versi);
  if (!cek.ok) return cek;
  const { row } = cek.value;
  const rhk = await repo.rhkSkp(ctx.db, row.instansi_id, row.skp_id);
  const dikenal = new Set(rhk.map((r) => r.id));
  const nilai = new Map<string, Rating | null>();
  for (const [i, r] of body.rhk.entries()) {
    if (!dikenal.has(r.rhkId) || nilai.has(r.rhkId)) return fail('VALIDASI.GAGAL', 'RHK yang dikirim bukan RHK SKP yang dinilai.', [{ path: `rhk.${i}.rhkId`, message: 'RHK tidak dikenal' }]);
    nilai.set(r.rhkId, r.penilaian);
  }
  const nilaiPerilaku = new Set<string>();
  for (const [i, p] of body.perilaku.entries()) {
    if (nilaiPerilaku.has(p.nilai)) return fail('VALIDASI.GAGAL', 'Setiap nilai BerAKHLAK hanya boleh disebut sekali.', [{ path: `perilaku.${i}.nilai`, message: 'Nilai ganda' }]);
    nilaiPerilaku.add(p.nilai);
  }
  const organisasi = row.rating_hasil_organisasi as Rating | null;
  if (body.ratingHasilKerja) {
    // checked as soon as it can be: at once against the unit's capaian kinerja organisasi; against the proposal once
    // every RHK is judged (a partial proposal would ask for reasons the finished one does not need)
    const usulan = usulanHasilKerja(rhk.map((r) => ({ jenis: r.jenis as JenisRhk, penilaian: nilai.get(r.id) ?? null })), organisasi);
    if (organisasi || rhk.every((r) => nilai.get(r.id))) {
      const m = periksaRatingHasilKerja(body.ratingHasilKerja, usulan.rating, body.alasanRatingHasilKerja, organisasi);
      if (m) return gagalRating(m, usulan.rating, organisasi);
    }
  }
  const now = ctx.now();
  const iso = now.toISOString();
  const set = { rating_hasil_kerja: body.ratingHasilKerja, alasan_rating_hasil: body.alasanRatingHasilKerja, rating_perilaku_kerja: body.ratingPerilakuKerja, diubah_pada: iso };
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updatePenilaian(trx, row.instansi_id, id, body.versi, set))) return fail('DATA.KONFLIK');
    await repo.gantiNilai(
      trx,
      row.instansi_id,
      id,
      body.rhk.map((x) => ({ rhk_id: x.rhkId, penilaian: x.penilaian, umpan_balik: x.umpanBalik })),
      body.perilaku.filter((p): p is typeof p & { umpanBalik: string } => p.umpanBalik !== null).map((p) => ({ nilai: p.nilai, umpan_balik: p.umpanBalik })),
      iso,
    );
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'penilaian.isi_penilaian',
      entitas: 'penilaian',
      entitasId: id,
      sesudah: { status: row.status, rhkDinilai: [...nilai.values()].filter(Boolean).length, jumlahRhk: rhk.length, ratingHasilKerja: body.ratingHasilKerja, ratingPerilakuKerja: body.ratingPerilakuKerja, alasan: body.alasanRatingHasilKerja !== null },
    }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, cek.value));
}

// ——— the state machine ———

export async function aksiPenilaian(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof PenilaianAksiBody>): Promise<Result<PenilaianDetail>> {
  const { aksi } = body;
  const cek = await periksa(ctx, aktor, id, aksi, body.versi);
  if (!cek.ok) return cek;
  const { row, skp } = cek.value;
  const inst = row.instansi_id;
  const catatan = body.catatan?.trim() || null;
  if (AKSI_PENILAIAN_WAJIB_CATATAN.has(aksi) && !catatan) return fail('PENILAIAN.CATATAN_WAJIB', undefined, [{ path: 'catatan', message: 'Catatan wajib diisi' }]);

  const now = ctx.now();
  const iso = now.toISOString();
  const status = transisiPenilaian(row.status as StatusPenilaian, aksi)!;
  let set: Partial<PenilaianTable> = { status, diubah_pada: iso };
  switch (aksi) {
    case 'ajukan': {
      const [isi, realisasi] = await Promise.all([isiSkp(ctx, inst, row.skp_id), repo.realisasiDari(ctx.db, inst, id)]);
      const kosong = indikatorTanpaRealisasi(
        isi.indikator.map((k) => k.id),
        realisasi.map((r) => ({ indikatorId: r.indikator_id, realisasiAngka: r.realisasi_angka === null ? null : Number(r.realisasi_angka), realisasiNarasi: r.realisasi_narasi })),
      );
      if (kosong.length) return fail('PENILAIAN.REALISASI_BELUM_LENGKAP', undefined, kosong.map((indikatorId) => ({ indikatorId })));
      // who evaluates is taken again at submission: the penilai today (within the evaluated days), else the SKP's
      const chain = await penilaiDari(ctx, inst, row.pegawai_id, tanggalAcuan(now, row.tanggal_mulai, row.tanggal_selesai));
      set = {
        ...set,
        diajukan_pada: iso,
        penilai_id: chain.penilai?.pegawaiId ?? skp.penilai_id,
        atasan_penilai_id: chain.penilai ? (chain.atasanPenilai?.pegawaiId ?? null) : skp.atasan_penilai_id,
      };
      break;
    }
    case 'tarik':
      set.diajukan_pada = null;
      break;
    case 'kembalikan':
      set.catatan_penilai = catatan;
      break;
    case 'nilai': {
      const [rhk, nilaiRhk] = await Promise.all([repo.rhkSkp(ctx.db, inst, row.skp_id), repo.nilaiRhkDari(ctx.db, inst, id)]);
      const judged = new Map(nilaiRhk.map((r) => [r.rhk_id, r.penilaian as Rating | null]));
      const hasil = row.rating_hasil_kerja as Rating | null;
      const perilaku = row.rating_perilaku_kerja as Rating | null;
      const masalah = masalahPenilaian(rhk.map((r) => ({ rhkId: r.id, penilaian: judged.get(r.id) ?? null })), hasil, perilaku);
      if (masalah.length || !hasil || !perilaku) return fail('PENILAIAN.PENILAIAN_BELUM_LENGKAP', undefined, masalah);
      const organisasi = row.rating_hasil_organisasi as Rating | null;
      const usulan = usulanHasilKerja(rhk.map((r) => ({ jenis: r.jenis as JenisRhk, penilaian: judged.get(r.id) ?? null })), organisasi);
      const m = periksaRatingHasilKerja(hasil, usulan.rating, row.alasan_rating_hasil, organisasi);
      if (m) return gagalRating(m, usulan.rating, organisasi);
      set = { ...set, usulan_rating_hasil: usulan.rating, predikat: predikatKinerja(hasil, perilaku), dinilai_pada: iso, dinilai_oleh: aktor.pegawaiId };
      break;
    }
    case 'buka_nilai':
      set = { ...set, usulan_rating_hasil: null, predikat: null, dinilai_pada: null, dinilai_oleh: null };
      break;
  }
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updatePenilaian(trx, inst, id, body.versi, set))) return fail('DATA.KONFLIK');
    const sesudah = {
      status,
      ...(catatan ? { catatan } : {}),
      ...(set.penilai_id !== undefined ? { penilaiId: set.penilai_id } : {}),
      ...(aksi === 'nilai' ? { ratingHasilKerja: row.rating_hasil_kerja, usulan: set.usulan_rating_hasil, ratingPerilakuKerja: row.rating_perilaku_kerja, predikat: set.predikat } : {}),
    };
    await catatAudit(trx, ctx.dialect, aktor, { aksi: `penilaian.${aksi}`, entitas: 'penilaian', entitasId: id, sebelum: { status: row.status, ...(aksi === 'buka_nilai' ? { predikat: row.predikat } : {}) }, sesudah }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, cek.value));
}
