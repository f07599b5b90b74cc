// Keberatan (DOMAIN.md §2.5, PP 30/2019 Pasal 59): the pegawai objects to a finalised predikat within N WITA calendar
// days of its penetapan (pengaturan penilaian `hariKeberatan`, default 14; the last day is stored with the
// keberatan), to the atasan pejabat penilai named on the record; the atasan penilai may ask both sides, each side
// answers, and the atasan penilai decides tetap or ubah with reasons. The decision is final: `ubah` writes the new
// ratings and the predikat (matrix, never from the client) on the evaluation, and both decisions bump the
// evaluation's versi and re-issue its Dokumen Evaluasi in the same transaction, so copies printed before show
// "diganti".
//
// Reading follows the evaluation (cekLihatPenilaian: the pegawai, the penilai, the atasan penilai, those who may see
// the pegawai); anyone else gets 404. Every write checks, in order: the person, the versi they saw (DATA.KONFLIK), the
// status (KEBERATAN.STATUS), then the content; the change and its audit entries share one transaction.
import type { z } from 'zod';
import type { KeberatanAjukan, KeberatanDaftar, KeberatanDetail, KeberatanItem, KeberatanJawab, KeberatanMintaPenjelasan, KeberatanPenilaian, KeberatanPutus } from '../../../../contracts/keberatan.ts';
import {
  type AksiKeberatan,
  aksiKeberatanTersedia,
  batasKeberatan,
  type KeputusanKeberatan,
  type MasalahPengajuanKeberatan,
  periksaAksiKeberatan,
  periksaKeputusanKeberatan,
  periksaPengajuanKeberatan,
  sisaHariKeberatan,
  type StatusKeberatan,
} from '../../../../domain/keberatan.ts';
import { namaPeriode, type JenisPeriodePenilaian, type StatusPenilaian } from '../../../../domain/penilaian.ts';
import { LABEL_PREDIKAT, type Predikat, type Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { tanggalKata } from '../aktivitas/aktivitas.pesan.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { terbitkanDokumen } from '../dokumen/dokumen.service.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import * as repo from './keberatan.repository.ts';
import { peranKeberatan, perluTindakan } from './keberatan.policy.ts';
import * as penilaianRepo from './penilaian.repository.ts';
import { cekLihatPenilaian, type Dilihat } from './penilaian.service.ts';
import { aturanPenilaian } from './pengaturan-penilaian.service.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';

type Detail = KeberatanDetail;

interface KeberatanDilihat {
  k: repo.KeberatanRow;
  d: Dilihat;
  peran: ReturnType<typeof peranKeberatan>;
}

/** The keberatan, its evaluation and the actor's part in it; 404 for anyone who may not read the evaluation. */
async function cekLihatKeberatan(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<KeberatanDilihat>> {
  const k = await repo.findKeberatan(ctx.db, aktor.instansiId, id);
  if (!k) return fail('DATA.TIDAK_DITEMUKAN');
  const seen = await cekLihatPenilaian(ctx, aktor, k.penilaian_id);
  if (!seen.ok) return fail('DATA.TIDAK_DITEMUKAN');
  return ok({ k, d: seen.value, peran: peranKeberatan(aktor.pegawaiId, k) });
}

async function susunDetail(ctx: Ctx, v: KeberatanDilihat): Promise<Detail> {
  const { k, d, peran } = v;
  const inst = k.instansi_id;
  const ids = [k.pegawai_id, k.penilai_id, k.atasan_penilai_id, k.diputus_oleh].filter((x): x is string => !!x);
  const [orang, nama, ditetapkan] = await Promise.all([
    orangBanyak(ctx, inst, ids),
    penilaianRepo.namaJabatanUnit(ctx.db, inst, d.row.jabatan_id, d.row.unit_id),
    repo.ditetapkanPada(ctx.db, inst, d.row.id),
  ]);
  const pegawai = orang.get(k.pegawai_id)!;
  const periode = keDtoPeriode(d.periode);
  const status = k.status as StatusKeberatan;
  const siapa = (id: string | null) => (id ? (orang.get(id) ?? null) : null);
  return {
    id: k.id,
    penilaian: {
      id: d.row.id,
      periode: { id: periode.id, nama: periode.nama, jenis: periode.jenis },
      tanggalMulai: d.row.tanggal_mulai,
      tanggalSelesai: d.row.tanggal_selesai,
      status: d.row.status as StatusPenilaian,
      // the post and unit evaluated (snapshot), not where the pegawai sits today
      pegawai: { ...pegawai, jabatan: nama.jabatan ?? pegawai.jabatan, unit: nama.unit ?? pegawai.unit },
      penilai: siapa(k.penilai_id),
      atasanPenilai: siapa(k.atasan_penilai_id),
      ratingHasilKerja: d.row.rating_hasil_kerja as Rating | null,
      ratingPerilakuKerja: d.row.rating_perilaku_kerja as Rating | null,
      predikat: d.row.predikat as Predikat | null,
      ditetapkanPada: ditetapkan,
    },
    status,
    alasan: k.alasan,
    bukti: k.bukti,
    ratingHasilKerjaSemula: k.rating_hasil_semula as Rating,
    ratingPerilakuKerjaSemula: k.rating_perilaku_semula as Rating,
    predikatSemula: k.predikat_semula as Predikat,
    diajukanPada: k.diajukan_pada,
    tanggalTerakhir: k.batas_pengajuan,
    pertanyaan: k.pertanyaan,
    penjelasanDimintaPada: k.penjelasan_diminta_pada,
    penjelasanPegawai: k.penjelasan_pegawai,
    penjelasanPegawaiPada: k.penjelasan_pegawai_pada,
    penjelasanPenilai: k.penjelasan_penilai,
    penjelasanPenilaiPada: k.penjelasan_penilai_pada,
    keputusan: k.keputusan as KeputusanKeberatan | null,
    alasanKeputusan: k.alasan_keputusan,
    ratingHasilKerjaBaru: k.rating_hasil_baru as Rating | null,
    ratingPerilakuKerjaBaru: k.rating_perilaku_baru as Rating | null,
    predikatBaru: k.predikat_baru as Predikat | null,
    diputusPada: k.diputus_pada,
    diputusOleh: siapa(k.diputus_oleh),
    peranSaya: peran,
    aksi: aksiKeberatanTersedia(peran, status),
    versi: k.versi,
  };
}

/** The keberatan read again after its own write (with the evaluation as it is now). */
async function detailSetelahTulis(ctx: Ctx, aktor: Aktor, id: string): Promise<Detail> {
  const v = await cekLihatKeberatan(ctx, aktor, id);
  if (!v.ok) throw new Error(`keberatan ${id} unreadable after its own write`);
  return susunDetail(ctx, v.value);
}

// ——— reading ———

export async function detailKeberatan(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<Detail>> {
  const v = await cekLihatKeberatan(ctx, aktor, id);
  if (!v.ok) return v;
  return ok(await susunDetail(ctx, v.value));
}

const URUTAN_GRUP = (i: z.infer<typeof KeberatanItem>): number => (i.perluTindakan ? 0 : i.status !== 'diputus' ? 1 : 2);

/**
 * The keberatan I take part in: what waits for me first (oldest filing first), then the other open ones, then the
 * decided ones (newest decision first). The atasan penilai sees what they must decide; the pegawai their own; the
 * penilai those they must explain.
 */
export async function daftarKeberatan(ctx: Ctx, aktor: Aktor): Promise<Result<z.infer<typeof KeberatanDaftar>>> {
  if (!aktor.pegawaiId) return ok({ items: [] });
  const rows = await repo.keberatanOrang(ctx.db, aktor.instansiId, aktor.pegawaiId);
  const orang = await orangBanyak(ctx, aktor.instansiId, rows.map((r) => r.pegawai_id));
  const items = rows.map((r): z.infer<typeof KeberatanItem> => {
    const peran = peranKeberatan(aktor.pegawaiId, r);
    const status = r.status as StatusKeberatan;
    return {
      id: r.id,
      penilaianId: r.penilaian_id,
      periodeNama: namaPeriode(r.jenis as JenisPeriodePenilaian, r.nomor, r.tahun),
      pegawai: orang.get(r.pegawai_id)!,
      status,
      predikatSemula: r.predikat_semula as Predikat,
      keputusan: r.keputusan as KeputusanKeberatan | null,
      predikatBaru: r.predikat_baru as Predikat | null,
      diajukanPada: r.diajukan_pada,
      diputusPada: r.diputus_pada,
      peranSaya: peran,
      perluTindakan: perluTindakan(peran, { status, penjelasan_pegawai: r.penjelasan_pegawai, penjelasan_penilai: r.penjelasan_penilai }),
    };
  });
  items.sort((a, b) => {
    const g = URUTAN_GRUP(a) - URUTAN_GRUP(b);
    if (g !== 0) return g;
    if (a.status === 'diputus') return (b.diputusPada ?? '').localeCompare(a.diputusPada ?? '');
    return a.diajukanPada.localeCompare(b.diajukanPada);
  });
  return ok({ items });
}

/** What the evaluation page shows: may the pegawai file now, the window, and the keberatan once filed. */
export async function keberatanDariPenilaian(ctx: Ctx, aktor: Aktor, penilaianId: string): Promise<Result<KeberatanPenilaian>> {
  const seen = await cekLihatPenilaian(ctx, aktor, penilaianId);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  const [k, ditetapkan, { hariKeberatan: hari }] = await Promise.all([
    repo.keberatanPenilaian(ctx.db, row.instansi_id, row.id),
    repo.ditetapkanPada(ctx.db, row.instansi_id, row.id),
    aturanPenilaian(ctx.db, row.instansi_id),
  ]);
  const now = ctx.now();
  const pada = row.status === 'ditetapkan' && ditetapkan ? new Date(ditetapkan) : null;
  const masalah = periksaPengajuanKeberatan({ statusPenilaian: row.status, ditetapkanPada: pada, sudahAda: k !== undefined, adaAtasanPenilai: row.atasan_penilai_id !== null }, now, hari);
  const pemilik = peran === 'pemilik';
  return ok({
    bolehAjukan: pemilik && masalah === null,
    alasanTidakBoleh: pemilik ? masalah : null,
    batas: pada ? { tanggalTerakhir: batasKeberatan(pada, hari).tanggalTerakhir, sisaHari: sisaHariKeberatan(pada, now, hari) } : null,
    keberatan: k ? await susunDetail(ctx, { k, d: seen.value, peran: peranKeberatan(aktor.pegawaiId, k) }) : null,
  });
}

// ——— filing ———

function gagalPengajuan(m: MasalahPengajuanKeberatan, tanggalTerakhir: string | null, hari: number): Failure {
  if (m === 'BATAS_LEWAT' && tanggalTerakhir) {
    return fail('KEBERATAN.BATAS_LEWAT', `Batas pengajuan keberatan adalah ${tanggalKata(tanggalTerakhir)} (${hari} hari sejak predikat ditetapkan) dan sudah lewat.`, { tanggalTerakhir, hari });
  }
  return fail(`KEBERATAN.${m}`);
}

export async function ajukanKeberatan(ctx: Ctx, aktor: Aktor, body: z.infer<typeof KeberatanAjukan>): Promise<Result<Detail>> {
  const seen = await cekLihatPenilaian(ctx, aktor, body.penilaianId);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  if (peran !== 'pemilik') return fail('AKSES.DITOLAK', 'Hanya pegawai yang dinilai yang dapat mengajukan keberatan atas predikatnya.');
  const inst = row.instansi_id;
  const [ada, ditetapkan, { hariKeberatan: hari }] = await Promise.all([repo.keberatanPenilaian(ctx.db, inst, row.id), repo.ditetapkanPada(ctx.db, inst, row.id), aturanPenilaian(ctx.db, inst)]);
  const now = ctx.now();
  const pada = ditetapkan ? new Date(ditetapkan) : null;
  const masalah = periksaPengajuanKeberatan({ statusPenilaian: row.status, ditetapkanPada: pada, sudahAda: ada !== undefined, adaAtasanPenilai: row.atasan_penilai_id !== null }, now, hari);
  if (masalah) return gagalPengajuan(masalah, pada ? batasKeberatan(pada, hari).tanggalTerakhir : null, hari);
  if (!row.rating_hasil_kerja || !row.rating_perilaku_kerja || !row.predikat) throw new Error(`penilaian ${row.id} ditetapkan without ratings`);

  const iso = now.toISOString();
  const id = newId();
  const baris = {
    id,
    instansi_id: inst,
    penilaian_id: row.id,
    pegawai_id: row.pegawai_id,
    penilai_id: row.penilai_id,
    atasan_penilai_id: row.atasan_penilai_id!,
    alasan: body.alasan,
    bukti: body.bukti,
    rating_hasil_semula: row.rating_hasil_kerja,
    rating_perilaku_semula: row.rating_perilaku_kerja,
    predikat_semula: row.predikat,
    status: 'diajukan',
    pertanyaan: null,
    penjelasan_diminta_pada: null,
    penjelasan_pegawai: null,
    penjelasan_pegawai_pada: null,
    penjelasan_penilai: null,
    penjelasan_penilai_pada: null,
    keputusan: null,
    alasan_keputusan: null,
    rating_hasil_baru: null,
    rating_perilaku_baru: null,
    predikat_baru: null,
    diputus_pada: null,
    diputus_oleh: null,
    diajukan_pada: iso,
    batas_pengajuan: batasKeberatan(pada!, hari).tanggalTerakhir,
    dibuat_pada: iso,
    diubah_pada: iso,
  };
  const r = await ctx.db.transaction().execute(async (trx) => {
    // two filings at once: the unique index keeps one, the other learns it exists
    if (!(await repo.sisipkanKeberatan(trx, baris))) return fail('KEBERATAN.SUDAH_ADA');
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'keberatan.ajukan',
      entitas: 'keberatan',
      entitasId: id,
      sesudah: { penilaianId: row.id, status: 'diajukan', alasan: body.alasan, bukti: body.bukti, predikatSemula: row.predikat, atasanPenilaiId: row.atasan_penilai_id, batasPengajuan: baris.batas_pengajuan },
    }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor, id));
}

// ——— asking, answering, deciding ———

const LABEL_STATUS: Record<StatusKeberatan, string> = { diajukan: 'diajukan', klarifikasi: 'menunggu penjelasan', diputus: 'sudah diputus' };
const KATA_AKSI: Record<AksiKeberatan, string> = { minta_penjelasan: 'meminta penjelasan', jawab: 'memberi penjelasan', putus: 'memutus' };
const PESAN_AKSES: Record<AksiKeberatan, string> = {
  minta_penjelasan: 'Hanya atasan pejabat penilai yang dapat meminta penjelasan atas keberatan ini.',
  jawab: 'Hanya pegawai yang mengajukan keberatan dan pejabat penilainya yang dapat memberi penjelasan.',
  putus: 'Hanya atasan pejabat penilai yang dapat memutus keberatan ini.',
};

/** The checks every write shares, in order: person, versi, status. */
async function periksa(ctx: Ctx, aktor: Aktor, id: string, aksi: AksiKeberatan, versi: number): Promise<Result<KeberatanDilihat>> {
  const v = await cekLihatKeberatan(ctx, aktor, id);
  if (!v.ok) return v;
  const { k, peran } = v.value;
  const status = k.status as StatusKeberatan;
  const p = periksaAksiKeberatan(peran, status, aksi);
  if (p === 'AKSES') return fail('AKSES.DITOLAK', PESAN_AKSES[aksi]);
  if (versi !== k.versi) return fail('DATA.KONFLIK');
  if (p === 'STATUS') return fail('KEBERATAN.STATUS', `Keberatan yang ${LABEL_STATUS[status]} tidak dapat lagi ${KATA_AKSI[aksi]}.`);
  return v;
}

export async function mintaPenjelasan(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof KeberatanMintaPenjelasan>): Promise<Result<Detail>> {
  const cek = await periksa(ctx, aktor, id, 'minta_penjelasan', body.versi);
  if (!cek.ok) return cek;
  const { k } = cek.value;
  const now = ctx.now();
  const iso = now.toISOString();
  const r = await ctx.db.transaction().execute(async (trx) => {
    const set = { status: 'klarifikasi', pertanyaan: body.pertanyaan, penjelasan_diminta_pada: iso, diubah_pada: iso };
    if (!(await repo.updateKeberatan(trx, k.instansi_id, id, body.versi, set))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'keberatan.minta_penjelasan', entitas: 'keberatan', entitasId: id, sebelum: { status: k.status }, sesudah: { status: 'klarifikasi', pertanyaan: body.pertanyaan } }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor, id));
}

/** The pegawai or the penilai answers the question, each in their own field (a second answer replaces theirs). */
export async function jawabPenjelasan(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof KeberatanJawab>): Promise<Result<Detail>> {
  const cek = await periksa(ctx, aktor, id, 'jawab', body.versi);
  if (!cek.ok) return cek;
  const { k, peran } = cek.value;
  const now = ctx.now();
  const iso = now.toISOString();
  const pegawai = peran === 'pegawai';
  const set = pegawai ? { penjelasan_pegawai: body.penjelasan, penjelasan_pegawai_pada: iso, diubah_pada: iso } : { penjelasan_penilai: body.penjelasan, penjelasan_penilai_pada: iso, diubah_pada: iso };
  const sebelum = pegawai ? k.penjelasan_pegawai : k.penjelasan_penilai;
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateKeberatan(trx, k.instansi_id, id, body.versi, set))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'keberatan.jawab',
      entitas: 'keberatan',
      entitasId: id,
      ...(sebelum !== null ? { sebelum: { pihak: peran, penjelasan: sebelum } } : {}),
      sesudah: { pihak: peran, penjelasan: body.penjelasan },
    }, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  return ok(await detailSetelahTulis(ctx, aktor, id));
}

/** The evaluation changed under the decision: the whole transaction is undone. */
class PenilaianBerubah extends Error {}

/**
 * The final decision. `ubah`: the new ratings go on the evaluation with the predikat of the matrix. Both decisions bump
 * the evaluation's versi and issue the Dokumen Evaluasi of that new versi (DOMAIN.md §2.5: the decision re-issues the
 * document), which marks every code printed from an older versi "diganti". One transaction: keberatan, evaluation,
 * document and audit commit together or not at all.
 */
export async function putusKeberatan(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof KeberatanPutus>): Promise<Result<Detail>> {
  const cek = await periksa(ctx, aktor, id, 'putus', body.versi);
  if (!cek.ok) return cek;
  const { k, d } = cek.value;
  const semula = { ratingHasilKerja: k.rating_hasil_semula as Rating, ratingPerilakuKerja: k.rating_perilaku_semula as Rating };
  const hasil = periksaKeputusanKeberatan({ keputusan: body.keputusan, ratingHasilKerja: body.ratingHasilKerja, ratingPerilakuKerja: body.ratingPerilakuKerja, alasan: body.alasan }, semula);
  if (!hasil.ok) {
    const pesan = { ALASAN_WAJIB: 'Alasan keputusan wajib diisi', TETAP_MENGUBAH_RATING: 'Keputusan "tetap" tidak mengubah rating', UBAH_TANPA_PERUBAHAN: 'Keputusan "ubah" memerlukan rating yang berbeda dari semula' } as const;
    return fail('KEBERATAN.KEPUTUSAN_TIDAK_VALID', undefined, hasil.masalah.map((m) => ({ path: m.path, message: pesan[m.kode] })));
  }
  const ubah = body.keputusan === 'ubah';
  const row = d.row;
  const inst = k.instansi_id;
  const now = ctx.now();
  const iso = now.toISOString();
  const versiBaru = row.versi + 1;
  const namaP = keDtoPeriode(d.periode).nama;
  const setKeberatan = {
    status: 'diputus',
    keputusan: body.keputusan,
    alasan_keputusan: body.alasan,
    rating_hasil_baru: ubah ? hasil.ratingHasilKerja : null,
    rating_perilaku_baru: ubah ? hasil.ratingPerilakuKerja : null,
    predikat_baru: ubah ? hasil.predikat : null,
    diputus_pada: iso,
    diputus_oleh: aktor.pegawaiId,
    diubah_pada: iso,
  };
  const setPenilaian = ubah ? { rating_hasil_kerja: hasil.ratingHasilKerja, rating_perilaku_kerja: hasil.ratingPerilakuKerja, predikat: hasil.predikat, diubah_pada: iso } : { diubah_pada: iso };
  try {
    const r = await ctx.db.transaction().execute(async (trx) => {
      // two decisions at once: the versi lets exactly one through; nothing is written before this check
      if (!(await repo.updateKeberatan(trx, inst, id, body.versi, setKeberatan))) return fail('DATA.KONFLIK');
      if (!(await penilaianRepo.updatePenilaian(trx, inst, row.id, row.versi, setPenilaian))) throw new PenilaianBerubah();
      await catatAudit(trx, ctx.dialect, aktor, {
        aksi: 'keberatan.putus',
        entitas: 'keberatan',
        entitasId: id,
        sebelum: { status: k.status },
        sesudah: { status: 'diputus', keputusan: body.keputusan, alasan: body.alasan, ratingHasilKerja: hasil.ratingHasilKerja, ratingPerilakuKerja: hasil.ratingPerilakuKerja, predikat: hasil.predikat },
      }, now);
      await catatAudit(trx, ctx.dialect, aktor, {
        aksi: 'penilaian.keberatan_diputus',
        entitas: 'penilaian',
        entitasId: row.id,
        sebelum: { ratingHasilKerja: row.rating_hasil_kerja, ratingPerilakuKerja: row.rating_perilaku_kerja, predikat: row.predikat, versi: row.versi },
        sesudah: { keberatanId: id, keputusan: body.keputusan, ratingHasilKerja: hasil.ratingHasilKerja, ratingPerilakuKerja: hasil.ratingPerilakuKerja, predikat: hasil.predikat, versi: versiBaru },
      }, now);
      await terbitkanDokumen(ctx, trx, {
        instansiId: inst,
        jenis: d.periode.jenis === 'tahunan' ? 'evaluasi_tahunan' : 'evaluasi_periodik',
        refId: row.id,
        refVersi: versiBaru,
        pegawaiId: row.pegawai_id,
        judul: `Dokumen Evaluasi Kinerja Pegawai — ${namaP}`,
        ringkasan: `Predikat: ${LABEL_PREDIKAT[hasil.predikat]} (setelah keberatan)`,
        pelaku: aktor,
      });
      return ok(undefined);
    });
    if (!r.ok) return r;
  } catch (e) {
    if (e instanceof PenilaianBerubah) return fail('DATA.KONFLIK', 'Penilaian yang dikeberatani berubah saat keberatan diputus. Muat ulang lalu ulangi keputusan Anda.');
    throw e;
  }
  return ok(await detailSetelahTulis(ctx, aktor, id));
}
