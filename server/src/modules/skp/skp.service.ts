// The SKP of a pegawai (DOMAIN.md §2.1, issue 4): who may see it, the detail view, "my SKPs", what its RHK may link
// to, and the facts every SKP write shares — the snapshot of post, unit and penilai, the period's unit scope, and
// whether the owner's RHK derive from the Perjanjian Kinerja instead of an atasan's RHK (JPT / kepala OPD).
//
// Snapshot: an SKP carries the post, unit, penilai and atasan penilai of its pegawai on the reference date (the later
// of the SKP's first day and today, WITA, never after its last day). It is taken at creation and refreshed by every
// write of the owner while the SKP is editable (save, submit), so a draft follows the chain until it is submitted;
// after that it is the record of who approved what.
import type { z } from 'zod';
import type { Orang, PilihanTautan, SkpDetail, SkpSaya } from '../../../../contracts/skp.ts';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from '../../../../domain/berakhlak.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { type AspekIndikator, aksiTersedia, type IsiSkp, type JenisRhk, masalahPengajuan, type PendekatanSkp, type StatusSkp, teksTarget } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { unitPegawaiPadaTanggal } from '../aktivitas/hari-libur.service.ts';
import { cekLihatPegawai, namaLengkap } from '../kepegawaian/kepegawaian.service.ts';
import { penilaiDari } from '../kepegawaian/penilai.service.ts';
import { daftarPeriodeRows, jalurUnit, periodeMencakup } from './periode.service.ts';
import { type PeranSkp, tanpaTautanRhk } from './skp.policy.ts';
import * as repo from './skp.repository.ts';

export type SkpRow = repo.SkpRow;
export type { PeranSkp } from './skp.policy.ts';

// ——— shared facts ———

/** The date the snapshot is taken on: today (WITA) within the SKP's dates. */
export function tanggalAcuan(now: Date, mulai: string, selesai: string): string {
  const hariIni = tanggalWita(now);
  if (hariIni < mulai) return mulai;
  return hariIni > selesai ? selesai : hariIni;
}

export interface Snapshot {
  tanggal: string;
  jabatanId: string | null;
  unitId: string | null;
  penilaiId: string | null;
  atasanPenilaiId: string | null;
}

/** Post and unit from the jabatan history, penilai from the dated chain (override, Plt/Plh, escalation). */
export async function ambilSnapshot(ctx: Ctx, instansiId: string, pegawaiId: string, mulai: string, selesai: string): Promise<Snapshot> {
  const tanggal = tanggalAcuan(ctx.now(), mulai, selesai);
  const [chain, unitId] = await Promise.all([penilaiDari(ctx, instansiId, pegawaiId, tanggal), unitPegawaiPadaTanggal(ctx.db, instansiId, pegawaiId, tanggal)]);
  return { tanggal, jabatanId: chain.look.jabatanPegawai(pegawaiId, tanggal), unitId, penilaiId: chain.penilai?.pegawaiId ?? null, atasanPenilaiId: chain.atasanPenilai?.pegawaiId ?? null };
}

export const kolomSnapshot = (s: Snapshot) => ({ jabatan_id: s.jabatanId, unit_id: s.unitId, penilai_id: s.penilaiId, atasan_penilai_id: s.atasanPenilaiId });

/** JPT / kepala OPD (by the post): RHK link to the Perjanjian Kinerja and need no RHK pimpinan. */
export async function tanpaTautanJabatan(ctx: Ctx, instansiId: string, jabatanId: string | null): Promise<boolean> {
  if (!jabatanId) return false;
  const j = await repo.faktaJabatan(ctx.db, instansiId, jabatanId);
  return tanpaTautanRhk(j ? { jenis: j.jenis, kepalaUnit: j.kepala_unit === 1, unitId: j.unit_id, unitIndukId: j.induk_id, unitOpdId: j.opd_id } : null);
}

/** Whether the pegawai's unit on the reference date lies in the period's unit scope. */
export async function dalamPeriode(ctx: Ctx, periode: { unit_ids: string | null }, unitId: string | null, instansiId: string): Promise<boolean> {
  if (periode.unit_ids === null) return true;
  return periodeMencakup(periode, await jalurUnit(ctx, instansiId, unitId));
}

/** The pegawai's SKP of a period that counts now: the latest segment not closed. */
export async function skpBerjalanPegawai(ctx: Ctx, instansiId: string, pegawaiId: string, periodeId: string): Promise<SkpRow | null> {
  return (await repo.skpBerjalan(ctx.db, instansiId, [pegawaiId], periodeId))[0] ?? null;
}

/** What an RHK of an SKP in `periodeId` may link to: the RHK of the penilai's SKPs of the period that are not closed. */
export async function rhkPenilai(ctx: Ctx, instansiId: string, penilaiId: string | null, periodeId: string) {
  if (!penilaiId) return { skp: null, rhk: [] as repo.RhkRow[] };
  const skp = await repo.skpBerjalan(ctx.db, instansiId, [penilaiId], periodeId);
  return { skp: skp[0] ?? null, rhk: await repo.rhkDari(ctx.db, instansiId, skp.map((s) => s.id)) };
}

/** Sasaran of the Perjanjian Kinerja of the unit and of its OPD for the year (what JPT / kepala OPD RHK derive from). */
export async function sasaranPkUntuk(ctx: Ctx, instansiId: string, unitId: string | null, tahun: number) {
  if (!unitId) return [];
  const opd = await repo.opdUnit(ctx.db, instansiId, unitId);
  const units = [...new Set([unitId, ...(opd ? [opd] : [])])];
  const rows = await repo.sasaranPkUnit(ctx.db, instansiId, units, tahun);
  return [...rows].sort((a, b) => units.indexOf(a.unit_id) - units.indexOf(b.unit_id) || a.urutan - b.urutan);
}

/** The content in the shape of the domain rules; a link to an RHK that no longer exists counts as no link. */
export function isiSkp(pendekatan: string, rhk: readonly repo.RhkRow[], indikator: readonly repo.IndikatorRow[], rhkAtasanAda: ReadonlySet<string>): IsiSkp {
  return {
    pendekatan: pendekatan as PendekatanSkp,
    rhk: rhk.map((r) => ({
      jenis: r.jenis as JenisRhk,
      uraian: r.uraian,
      rhkAtasanId: r.rhk_atasan_id && rhkAtasanAda.has(r.rhk_atasan_id) ? r.rhk_atasan_id : null,
      pkId: r.pk_sasaran_id,
      indikator: indikator
        .filter((k) => k.rhk_id === r.id)
        .map((k) => ({ aspek: k.aspek as AspekIndikator, uraian: k.uraian, targetAngka: angka(k.target_angka), targetSatuan: k.target_satuan, targetNarasi: k.target_narasi })),
    })),
  };
}

const angka = (v: number | string | null): number | null => (v === null ? null : Number(v));

// ——— pangkat ———

/** Pangkat of PNS golongan ruang (PP 99/2000); PPPK golongan (I–XVII) have no pangkat name. */
const PANGKAT: Record<string, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** "Penata Muda, III/a", or the golongan alone. */
export function pangkatGolongan(golongan: string | null): string | null {
  if (!golongan) return null;
  const nama = PANGKAT[golongan];
  return nama ? `${nama}, ${golongan}` : golongan;
}

export function keOrang(r: repo.OrangRow | undefined, jabatan?: string | null, unit?: string | null): Orang | null {
  if (!r) return null;
  return { pegawaiId: r.id, nama: namaLengkap(r), nip: r.nip, pangkat: pangkatGolongan(r.golongan), jabatan: jabatan ?? r.jabatan_nama ?? null, unit: unit ?? r.unit_nama ?? null };
}

/** People by id with their current post and unit. */
export async function orangBanyak(ctx: Ctx, instansiId: string, ids: readonly string[]): Promise<Map<string, Orang>> {
  const rows = await repo.orangBanyak(ctx.db, instansiId, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, keOrang(r)!]));
}

// ——— reading ———

/**
 * The SKP and the actor's relation to it, or 404 (an SKP outside the actor's reach answers like one that does not
 * exist). pemilik: its pegawai; penilai: the penilai fixed on the SKP or the owner's penilai today; pengamat: someone
 * who may see the pegawai (admin BKPPD, auditor, wali kota, pimpinan of the OPD) — read only. Exported for the PDF.
 */
export async function cekLihatSkp(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<{ row: SkpRow; peran: PeranSkp }>> {
  const row = await repo.findSkp(ctx.db, aktor.instansiId, id);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  if (aktor.pegawaiId && aktor.pegawaiId === row.pegawai_id) return ok({ row, peran: 'pemilik' });
  if (aktor.pegawaiId && aktor.pegawaiId === row.penilai_id) return ok({ row, peran: 'penilai' });
  const seen = await cekLihatPegawai(ctx, aktor, row.pegawai_id);
  if (!seen.ok) return fail('DATA.TIDAK_DITEMUKAN');
  const penilaiHariIni = seen.value.chain.penilai?.pegawaiId ?? null;
  return ok({ row, peran: aktor.pegawaiId && penilaiHariIni === aktor.pegawaiId ? 'penilai' : 'pengamat' });
}

/** The SKP as `peran` sees it: content with link texts, the people of its snapshot, what they may do now. */
export async function susunDetail(ctx: Ctx, row: SkpRow, peran: PeranSkp): Promise<SkpDetail> {
  const inst = row.instansi_id;
  const [rhk, indikator, ekspektasi, orang, jabatanNama, unitNama, tanpaTautan] = await Promise.all([
    repo.rhkDari(ctx.db, inst, [row.id]),
    repo.indikatorDari(ctx.db, inst, [row.id]),
    repo.ekspektasiDari(ctx.db, inst, row.id),
    repo.orangBanyak(ctx.db, inst, [row.pegawai_id, row.penilai_id, row.atasan_penilai_id].filter((x): x is string => !!x)),
    row.jabatan_id ? repo.namaJabatan(ctx.db, inst, row.jabatan_id) : null,
    row.unit_id ? repo.namaUnit(ctx.db, inst, row.unit_id) : null,
    tanpaTautanJabatan(ctx, inst, row.jabatan_id),
  ]);
  const [atasan, pk] = await Promise.all([
    repo.rhkBanyak(ctx.db, inst, [...new Set(rhk.map((r) => r.rhk_atasan_id).filter((x): x is string => !!x))]),
    repo.sasaranPkBanyak(ctx.db, inst, [...new Set(rhk.map((r) => r.pk_sasaran_id).filter((x): x is string => !!x))]),
  ]);
  const uraianAtasan = new Map(atasan.map((a) => [a.id, a.uraian]));
  const sasaran = new Map(pk.map((s) => [s.id, s.sasaran]));
  const byId = new Map(orang.map((o) => [o.id, o]));
  const status = row.status as StatusSkp;
  return {
    id: row.id,
    periodeId: row.periode_id,
    tahun: row.tahun,
    tanggalMulai: row.tanggal_mulai,
    tanggalSelesai: row.tanggal_selesai,
    pendekatan: row.pendekatan as PendekatanSkp,
    status,
    pegawai: keOrang(byId.get(row.pegawai_id), jabatanNama, unitNama)!,
    penilai: row.penilai_id ? keOrang(byId.get(row.penilai_id)) : null,
    atasanPenilai: row.atasan_penilai_id ? keOrang(byId.get(row.atasan_penilai_id)) : null,
    catatanPenilai: row.catatan_penilai,
    alasanBuka: row.alasan_buka,
    diajukanPada: row.diajukan_pada,
    disetujuiPada: row.disetujui_pada,
    ditutupPada: row.ditutup_pada,
    asalSkpId: row.asal_skp_id,
    rhk: rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis as JenisRhk,
      uraian: r.uraian,
      rhkAtasanId: r.rhk_atasan_id,
      rhkAtasanUraian: r.rhk_atasan_id ? (uraianAtasan.get(r.rhk_atasan_id) ?? null) : null,
      pkId: r.pk_sasaran_id,
      pkSasaran: r.pk_sasaran_id ? (sasaran.get(r.pk_sasaran_id) ?? null) : null,
      indikator: indikator
        .filter((k) => k.rhk_id === r.id)
        .map((k) => {
          const isi = { targetAngka: angka(k.target_angka), targetSatuan: k.target_satuan, targetNarasi: k.target_narasi };
          return { id: k.id, aspek: k.aspek as AspekIndikator, uraian: k.uraian, ...isi, targetTeks: teksTarget(isi) };
        }),
    })),
    ekspektasi: ekspektasi
      .map((e) => ({ nilai: e.nilai as NilaiBerakhlak, ekspektasi: e.ekspektasi }))
      .sort((x, y) => NILAI_BERAKHLAK.indexOf(x.nilai) - NILAI_BERAKHLAK.indexOf(y.nilai)),
    peranSaya: peran,
    aksi: aksiTersedia(peran, status),
    masalah: peran === 'pemilik' && status !== 'ditutup' ? masalahPengajuan(isiSkp(row.pendekatan, rhk, indikator, new Set(uraianAtasan.keys())), { tanpaTautan }) : [],
    tanpaTautan,
    versi: row.versi,
  };
}

/** The SKP as the viewer sees it (content, people, what they may do now). Exported for the PDF. */
export async function detailSkp(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<SkpDetail>> {
  const seen = await cekLihatSkp(ctx, aktor, id);
  if (!seen.ok) return seen;
  return ok(await susunDetail(ctx, seen.value.row, seen.value.peran));
}

/** My SKPs (newest period first) and the open periods whose unit scope covers me. */
export async function skpSaya(ctx: Ctx, aktor: Aktor): Promise<Result<z.infer<typeof SkpSaya>>> {
  const pegawaiId = aktor.pegawaiId;
  if (!pegawaiId) return ok({ skp: [], periodeTerbuka: [] });
  const [rows, periode] = await Promise.all([repo.daftarSkpPegawai(ctx.db, aktor.instansiId, pegawaiId), daftarPeriodeRows(ctx, aktor.instansiId)]);
  const terbuka: z.infer<typeof SkpSaya>['periodeTerbuka'] = [];
  for (const p of periode.filter((x) => x.status === 'buka')) {
    const unitId = p.unit_ids === null ? null : await unitPegawaiPadaTanggal(ctx.db, aktor.instansiId, pegawaiId, tanggalAcuan(ctx.now(), p.tanggal_mulai, p.tanggal_selesai));
    if (!(await dalamPeriode(ctx, p, unitId, aktor.instansiId))) continue;
    terbuka.push({ id: p.id, tahun: p.tahun, tanggalMulai: p.tanggal_mulai, tanggalSelesai: p.tanggal_selesai, pendekatanBawaan: p.pendekatan_bawaan as PendekatanSkp, sudahAda: rows.some((r) => r.periode_id === p.id && r.status !== 'ditutup') });
  }
  return ok({
    skp: rows.map((r) => ({
      id: r.id,
      periodeId: r.periode_id,
      tahun: r.tahun,
      tanggalMulai: r.tanggal_mulai,
      tanggalSelesai: r.tanggal_selesai,
      status: r.status as StatusSkp,
      jumlahRhk: Number(r.jumlah_rhk ?? 0),
      penilaiNama: r.penilai_nama ? namaLengkap({ nama: r.penilai_nama, gelar_depan: r.penilai_gelar_depan, gelar_belakang: r.penilai_gelar_belakang }) : null,
      diubahPada: r.diubah_pada,
    })),
    periodeTerbuka: terbuka,
  });
}

/** Editable by its owner: draft or returned. */
export const dapatDiubah = (status: string): boolean => status === 'draft' || status === 'dikembalikan';

/**
 * The penilai and post that count for linking: while the SKP is editable, the live snapshot (what a save or submit
 * will record); afterwards the recorded one.
 */
export async function susunanTautan(ctx: Ctx, row: SkpRow): Promise<{ penilaiId: string | null; jabatanId: string | null; unitId: string | null; snapshot: Snapshot | null }> {
  if (!dapatDiubah(row.status)) return { penilaiId: row.penilai_id, jabatanId: row.jabatan_id, unitId: row.unit_id, snapshot: null };
  const s = await ambilSnapshot(ctx, row.instansi_id, row.pegawai_id, row.tanggal_mulai, row.tanggal_selesai);
  return { penilaiId: s.penilaiId, jabatanId: s.jabatanId, unitId: s.unitId, snapshot: s };
}

/** What the RHK of this SKP may link to (owner or penilai). */
export async function pilihanTautan(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<z.infer<typeof PilihanTautan>>> {
  const seen = await cekLihatSkp(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  if (peran === 'pengamat') return fail('AKSES.DITOLAK', 'Hanya pemilik SKP dan pejabat penilainya yang memilih tautan RHK.');
  const s = await susunanTautan(ctx, row);
  const tanpaTautan = await tanpaTautanJabatan(ctx, row.instansi_id, s.jabatanId);
  const [atasan, pk] = await Promise.all([rhkPenilai(ctx, row.instansi_id, s.penilaiId, row.periode_id), tanpaTautan ? sasaranPkUntuk(ctx, row.instansi_id, s.unitId, row.tahun) : []]);
  const indikator = await repo.indikatorDari(ctx.db, row.instansi_id, [...new Set(atasan.rhk.map((r) => r.skp_id))]);
  const pemilikAtasan = atasan.skp ? (await orangBanyak(ctx, row.instansi_id, [atasan.skp.pegawai_id])).get(atasan.skp.pegawai_id) : undefined;
  return ok({
    skpAtasan: atasan.skp ? { id: atasan.skp.id, status: atasan.skp.status as StatusSkp, pegawaiNama: pemilikAtasan?.nama ?? '' } : null,
    rhkAtasan: atasan.rhk.map((r) => ({ id: r.id, jenis: r.jenis as JenisRhk, uraian: r.uraian, indikator: indikator.filter((k) => k.rhk_id === r.id).map((k) => k.uraian) })),
    perjanjianKinerja: pk.map((x) => ({ id: x.id, sasaran: x.sasaran, indikator: x.indikator, target: x.target })),
    tanpaTautan,
  });
}
