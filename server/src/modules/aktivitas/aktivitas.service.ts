// Aktivitas harian of the pegawai (DOMAIN.md §2.2, issue 5): log, edit, submit, withdraw, delete; the month calendar;
// "repeat a frequent activity". Rules are the pure ones of domain/aktivitas.ts and domain/hari-kerja.ts; this file
// feeds them from the database, checks who acts first, writes in one transaction with its audit entry, and
// announces the change to the real-time streams after the commit.
//
// Submission window: until batasPengajuan(tanggal, the unit's schedule) — 10:00 WITA of the next working day. An entry
// made offline (`dibuatDiPerangkat`) is judged by the time on the device, provided the server receives it within
// `hariToleransiLuring` days after the deadline; it is then accepted and shows the TERLAMBAT flag to the atasan
// (diajukan_pada is when the server received it). A returned activity (perlu_revisi) may be resubmitted after the
// deadline: the atasan asked for it.
import type { z } from 'zod';
import type { Aktivitas, AktivitasBaru, AktivitasQuery, AktivitasTersimpan, AktivitasUbah, BuktiItem, RekapBulan, RhkPilihan, UraianSering } from '../../../../contracts/aktivitas.ts';
import { cariTumpangTindih, normalisasiUraian, rentangDariJam, type StatusAktivitas, totalMenit } from '../../../../domain/aktivitas.ts';
import { batasPengajuan, hariKerja, type JadwalKerja, targetMenitBulan } from '../../../../domain/hari-kerja.ts';
import { tambahHari, tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { type AuditInput, catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { cekLihatPegawai, namaLengkap } from '../kepegawaian/kepegawaian.service.ts';
import { penilaiDari } from '../kepegawaian/penilai.service.ts';
import type { AturanAktivitas } from './aktivitas.aturan.ts';
import { periksaAksi, type PeranAktivitas } from './aktivitas.policy.ts';
import { durasiKata, jamDariMenit, tanggalKata, waktuWitaKata } from './aktivitas.pesan.ts';
import * as repo from './aktivitas.repository.ts';
import { jadwalUnit, konteksPegawai, unitPegawaiPadaTanggal } from './hari-libur.service.ts';
import { kalender } from './kalender-cache.ts';
import { type Kabar, kabarkan, kabarkanDalam } from './peristiwa.service.ts';

export type AktivitasDto = z.infer<typeof Aktivitas>;
type Tersimpan = z.infer<typeof AktivitasTersimpan>;
export type AktivitasRow = NonNullable<Awaited<ReturnType<typeof repo.findAktivitas>>>;

// ——— settings (pengaturan 'aktivitas', JSON; defaults of DOMAIN.md §2.2) ———

export { ATURAN_BAWAAN, type AturanAktivitas, KUNCI_PENGATURAN, uraiAturan } from './aktivitas.aturan.ts';

/** Through the per-instansi calendar cache, forgotten by every change (pengaturan.service.ts): a change by admin BKPPD applies to the next request. */
export async function aturanAktivitas(ctx: Ctx, instansiId: string): Promise<AturanAktivitas> {
  return (await kalender(ctx.db, instansiId)).aturan;
}

// ——— reading ———

/** Rows → API items with their evidence, feedback count and (penilai views only) flags. */
export async function keDto(ctx: Ctx, instansiId: string, rows: readonly AktivitasRow[], tanda?: ReadonlyMap<string, readonly AktivitasDto['tanda'][number][]>): Promise<AktivitasDto[]> {
  const ids = rows.map((r) => r.id);
  const [bukti, umpan] = await Promise.all([repo.buktiDari(ctx.db, instansiId, ids), repo.jumlahUmpanBalik(ctx.db, instansiId, ids)]);
  const buktiOf = new Map<string, z.infer<typeof BuktiItem>[]>();
  for (const b of bukti) {
    const item = {
      id: b.id,
      jenis: b.jenis === 'tautan' ? ('tautan' as const) : ('berkas' as const),
      nama: b.nama,
      mime: b.mime ?? null,
      ukuran: b.ukuran ?? null,
      url: b.jenis === 'tautan' ? b.url : null,
      unduh: b.jenis === 'tautan' ? null : `/api/v1/bukti/${b.id}/berkas`,
    };
    buktiOf.set(b.aktivitas_id, [...(buktiOf.get(b.aktivitas_id) ?? []), item]);
  }
  const umpanOf = new Map(umpan.map((u) => [u.topik_id, Number(u.n)]));
  return rows.map((r) => barisKeDto(r, buktiOf.get(r.id) ?? [], umpanOf.get(r.id) ?? 0, tanda?.get(r.id) ?? []));
}

/** One row → the API item, given its evidence, feedback count and flags. */
function barisKeDto(r: AktivitasRow, bukti: z.infer<typeof BuktiItem>[], jumlahUmpanBalik: number, tanda: readonly AktivitasDto['tanda'][number][]): AktivitasDto {
  return {
    id: r.id,
    pegawaiId: r.pegawai_id,
    pegawaiNama: namaLengkap({ nama: r.pegawai_nama, gelar_depan: r.gelar_depan, gelar_belakang: r.gelar_belakang }),
    tanggal: r.tanggal,
    jamMulai: jamDariMenit(r.jam_mulai),
    jamSelesai: jamDariMenit(r.jam_selesai),
    menit: r.menit,
    uraian: r.uraian,
    rhkId: r.rhk_id,
    rhkUraian: r.rhk_uraian ?? null,
    volume: r.volume === null ? null : Number(r.volume),
    satuan: r.satuan,
    lokasi: r.lokasi,
    status: r.status as StatusAktivitas,
    penilaiId: r.penilai_id,
    batasPengajuan: r.batas_pengajuan,
    diajukanPada: r.diajukan_pada,
    diputuskanPada: r.diputuskan_pada,
    catatanPenilai: r.catatan_penilai,
    bukti,
    jumlahUmpanBalik,
    tanda: [...tanda],
    versi: r.versi,
  };
}

async function satuDto(ctx: Ctx, instansiId: string, id: string): Promise<AktivitasDto> {
  const row = await repo.findAktivitas(ctx.db, instansiId, id);
  if (!row) throw new Error(`aktivitas ${id} vanished after its own write`);
  return (await keDto(ctx, instansiId, [row]))[0]!;
}

/**
 * The activity and the actor's relation to it, or 404 (an activity outside the actor's reach answers like one that
 * does not exist). Exported for the bukti dukung module: files follow the activity's visibility.
 */
export async function cekLihatAktivitas(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<{ row: AktivitasRow; peran: PeranAktivitas; penilaiHariIni: string | null }>> {
  const row = await repo.findAktivitas(ctx.db, aktor.instansiId, id);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  if (aktor.pegawaiId && aktor.pegawaiId === row.pegawai_id) return ok({ row, peran: 'pemilik', penilaiHariIni: null });
  if (aktor.pegawaiId && aktor.pegawaiId === row.penilai_id) return ok({ row, peran: 'penilai', penilaiHariIni: null });
  const seen = await cekLihatPegawai(ctx, aktor, row.pegawai_id);
  if (!seen.ok) return fail('DATA.TIDAK_DITEMUKAN');
  const penilaiHariIni = seen.value.chain.penilai?.pegawaiId ?? null;
  return ok({ row, peran: aktor.pegawaiId && penilaiHariIni === aktor.pegawaiId ? 'penilai' : 'pengamat', penilaiHariIni });
}

/** For the bukti dukung module: evidence may be added or removed only by the owner while the activity can be edited. */
export async function cekUbahAktivitas(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<AktivitasRow>> {
  const seen = await cekLihatAktivitas(ctx, aktor, id);
  if (!seen.ok) return seen;
  const p = periksaAksi(seen.value.peran, seen.value.row.status as StatusAktivitas, 'ubah');
  if (p === 'AKSES') return fail('AKSES.DITOLAK');
  if (p === 'STATUS') return gagalStatus(seen.value.row.status, 'ubah');
  return ok(seen.value.row);
}

const RENTANG_DAFTAR_MAKS = 92;

export async function daftarAktivitasSaya(ctx: Ctx, aktor: Aktor, q: z.infer<typeof AktivitasQuery>): Promise<Result<{ items: AktivitasDto[]; total: number }>> {
  if (!aktor.pegawaiId) return ok({ items: [], total: 0 });
  const hariIni = tanggalWita(ctx.now());
  const sampai = q.sampai ?? (q.dari && q.dari > hariIni ? q.dari : hariIni);
  const dari = q.dari ?? tambahHari(sampai, -30);
  if (dari > sampai) return fail('VALIDASI.GAGAL', 'Tanggal awal harus sebelum tanggal akhir.', [{ path: 'dari', message: 'sesudah tanggal akhir' }]);
  if (tambahHari(dari, RENTANG_DAFTAR_MAKS) < sampai) return fail('VALIDASI.GAGAL', `Rentang tanggal paling panjang ${RENTANG_DAFTAR_MAKS} hari.`, [{ path: 'dari', message: 'rentang terlalu panjang' }]);
  const rows = await repo.daftarMilik(ctx.db, aktor.instansiId, aktor.pegawaiId, dari, sampai, q.status);
  return ok({ items: await keDto(ctx, aktor.instansiId, rows), total: rows.length });
}

/** "Repeat a frequent activity in ≤ 3 taps": the pegawai's most frequent uraian of the last 60 days, newest form. */
export async function uraianSering(ctx: Ctx, aktor: Aktor): Promise<Result<z.infer<typeof UraianSering>[]>> {
  if (!aktor.pegawaiId) return ok([]);
  const rows = await repo.riwayatUraian(ctx.db, aktor.instansiId, aktor.pegawaiId, tambahHari(tanggalWita(ctx.now()), -60));
  const groups = new Map<string, { contoh: (typeof rows)[number]; kali: number; urut: number }>();
  rows.forEach((r, urut) => {
    const key = normalisasiUraian(r.uraian);
    const g = groups.get(key);
    if (g) g.kali += 1;
    else groups.set(key, { contoh: r, kali: 1, urut }); // rows come newest first: the first seen is the latest form
  });
  return ok(
    [...groups.values()]
      .sort((a, b) => b.kali - a.kali || a.urut - b.urut)
      .slice(0, 10)
      .map(({ contoh: r, kali }) => ({ uraian: r.uraian, jamMulai: jamDariMenit(r.jam_mulai), jamSelesai: jamDariMenit(r.jam_selesai), rhkId: r.rhk_id, volume: r.volume === null ? null : Number(r.volume), satuan: r.satuan, kali })),
  );
}

export type RekapBulanDto = z.infer<typeof RekapBulan>;

/** The month calendar of a pegawai: for themself, their penilai, or anyone who may see the pegawai (pimpinan OPD…). */
export async function rekapBulan(ctx: Ctx, aktor: Aktor, bulan: string, pegawaiId: string | undefined): Promise<Result<RekapBulanDto>> {
  const target = pegawaiId ?? aktor.pegawaiId;
  if (!target) return fail('DATA.TIDAK_DITEMUKAN', 'Akun ini tidak terhubung dengan data pegawai.');
  if (target !== aktor.pegawaiId) {
    const seen = await cekLihatPegawai(ctx, aktor, target);
    if (!seen.ok) return seen;
  }
  const aturan = await aturanAktivitas(ctx, aktor.instansiId);
  const awal = `${bulan}-01`;
  const akhir = tambahHari(`${tambahHari(awal, 32).slice(0, 7)}-01`, -1);
  const hariIni = tanggalWita(ctx.now());
  const unitId = await unitPegawaiPadaTanggal(ctx.db, aktor.instansiId, target, akhir < hariIni ? akhir : hariIni < awal ? awal : hariIni);
  const { jadwal, namaLibur } = await jadwalUnit(ctx.db, aktor.instansiId, unitId, awal, akhir);
  const rows = await repo.rekapHarian(ctx.db, aktor.instansiId, target, awal, akhir);
  const perHari = new Map<string, { jumlah: number; disetujui: number; belum: number; tindakan: number; menunggu: number }>();
  for (const r of rows) {
    const h = perHari.get(r.tanggal) ?? { jumlah: 0, disetujui: 0, belum: 0, tindakan: 0, menunggu: 0 };
    const n = Number(r.jumlah);
    const menit = Number(r.menit ?? 0);
    if (r.status === 'ditolak') continue; // rejected time does not count and frees the slot
    h.jumlah += n;
    if (r.status === 'disetujui') h.disetujui += menit;
    else h.belum += menit;
    if (r.status === 'draft' || r.status === 'perlu_revisi') h.tindakan += n;
    if (r.status === 'diajukan') h.menunggu += n;
    perHari.set(r.tanggal, h);
  }
  const hari: RekapBulanDto['hari'] = [];
  for (let d = awal; d <= akhir; d = tambahHari(d, 1)) {
    const h = perHari.get(d);
    hari.push({ tanggal: d, hariKerja: hariKerja(d, jadwal), libur: namaLibur.get(d) ?? null, jumlah: h?.jumlah ?? 0, menitDisetujui: h?.disetujui ?? 0, menitBelumDisetujui: h?.belum ?? 0, perluTindakan: h?.tindakan ?? 0, menunggu: h?.menunggu ?? 0 });
  }
  return ok({
    pegawaiId: target,
    bulan,
    hariKerjaPerMinggu: jadwal.hariPerMinggu,
    targetMenit: targetMenitBulan(bulan, jadwal, aturan.menitTargetHarian),
    menitDisetujui: hari.reduce((n, h) => n + h.menitDisetujui, 0),
    menitBelumDisetujui: hari.reduce((n, h) => n + h.menitBelumDisetujui, 0),
    hari,
  });
}

// ——— writing ———

function gagalStatus(status: string, aksi: string): Failure {
  const label: Record<string, string> = { draft: 'draf', diajukan: 'diajukan', disetujui: 'disetujui', perlu_revisi: 'perlu revisi', ditolak: 'ditolak' };
  const kata: Record<string, string> = { ubah: 'diubah', ajukan: 'diajukan', tarik: 'ditarik', hapus: 'dihapus', setujui: 'disetujui', kembalikan: 'dikembalikan', tolak: 'ditolak' };
  return fail('AKTIVITAS.STATUS', `Aktivitas berstatus ${label[status] ?? status} tidak dapat ${kata[aksi] ?? aksi}.`);
}

function cekRentang(tanggal: string, jamMulai: string, jamSelesai: string, now: Date) {
  const r = rentangDariJam(jamMulai, jamSelesai);
  if (r === 'JAM_TIDAK_VALID') return fail('AKTIVITAS.JAM_TIDAK_VALID', undefined, [{ path: 'jamMulai', message: 'Jam tidak valid' }]);
  if (r === 'SELESAI_SEBELUM_MULAI') return fail('AKTIVITAS.JAM_TIDAK_VALID', 'Jam selesai harus sesudah jam mulai. Pekerjaan yang melewati tengah malam dicatat sebagai dua aktivitas, satu per tanggal.', [{ path: 'jamSelesai', message: 'Harus sesudah jam mulai' }]);
  if (tanggal > tanggalWita(now)) return fail('AKTIVITAS.TANGGAL_MASA_DEPAN', undefined, [{ path: 'tanggal', message: 'Tanggal di masa depan' }]);
  return ok(r);
}

/** Overlap with the pegawai's other counting activities of the day, and the day's total (≤ 24 h follows: ranges lie in one day and do not overlap). */
async function cekHari(trx: Ctx['db'], instansiId: string, pegawaiId: string, tanggal: string, rentang: { mulai: number; selesai: number }, kecuali: string | null, aturan: AturanAktivitas): Promise<Result<string[]>> {
  const lain = await repo.rentangHari(trx, instansiId, pegawaiId, tanggal, kecuali);
  const bentrok = cariTumpangTindih(rentang, lain);
  if (bentrok) {
    const pesan = `Jam ${jamDariMenit(rentang.mulai)}–${jamDariMenit(rentang.selesai)} bertumpang tindih dengan aktivitas lain pada ${tanggalKata(tanggal)} pukul ${jamDariMenit(bentrok.mulai)}–${jamDariMenit(bentrok.selesai)} ("${potong(bentrok.uraian)}").`;
    return fail('AKTIVITAS.TUMPANG_TINDIH', pesan, [{ path: 'jamMulai', message: pesan, aktivitasId: bentrok.id }]);
  }
  const total = totalMenit([...lain, rentang]);
  const peringatan: string[] = [];
  if (total > aturan.menitPeringatanHarian) peringatan.push(`Total aktivitas pada ${tanggalKata(tanggal)} menjadi ${durasiKata(total)} (lebih dari ${durasiKata(aturan.menitPeringatanHarian)}). Periksa kembali jam yang dicatat.`);
  return ok(peringatan);
}

const potong = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Whether the pegawai may submit an activity of `tanggal` now (or, offline, at the device time) and to whom it goes:
 * the pejabat penilai on the activity's date, fixed on the row so the atasan's queue is one index lookup. `jadwal`
 * is the schedule of the pegawai's unit on that date (konteksPegawai), read again for every submission.
 */
async function cekPengajuan(ctx: Ctx, aktor: Aktor & { pegawaiId: string }, tanggal: string, jadwal: JadwalKerja, aturan: AturanAktivitas, now: Date, o: { perangkat: string | null; revisi: boolean }): Promise<Result<{ penilaiId: string; batas: string }>> {
  const batas = batasPengajuan(tanggal, jadwal, aturan.jamBatasPengajuan);
  if (!o.revisi) {
    const dasar = `Batas pengajuan aktivitas tanggal ${tanggalKata(tanggal)} adalah ${waktuWitaKata(batas)}.`;
    const nowIso = now.toISOString();
    if (o.perangkat) {
      // the device's clock can be ahead: never later than the server's time
      const diPerangkat = new Date(Math.min(Date.parse(o.perangkat), now.getTime())).toISOString();
      const toleransi = new Date(Date.parse(batas) + aturan.hariToleransiLuring * 86_400_000).toISOString();
      if (diPerangkat > batas) return fail('AKTIVITAS.MELEWATI_BATAS', `${dasar} Aktivitas ini dicatat di perangkat pada ${waktuWitaKata(diPerangkat)}.`, { batasPengajuan: batas });
      if (nowIso > toleransi) return fail('AKTIVITAS.MELEWATI_BATAS', `${dasar} Catatan luring diterima paling lambat ${aturan.hariToleransiLuring} hari sesudah batas itu (${waktuWitaKata(toleransi)}).`, { batasPengajuan: batas });
    } else if (nowIso > batas) {
      return fail('AKTIVITAS.MELEWATI_BATAS', dasar, { batasPengajuan: batas });
    }
  }
  const chain = await penilaiDari(ctx, aktor.instansiId, aktor.pegawaiId, tanggal);
  const penilaiId = chain.penilai?.pegawaiId;
  if (!penilaiId) return fail('AKTIVITAS.TANPA_PENILAI', `Belum ada pejabat penilai untuk Anda pada ${tanggalKata(tanggal)}, sehingga aktivitas tidak dapat diajukan. Hubungi admin kepegawaian (BKPPD) untuk menetapkan penilai; aktivitas dapat disimpan sebagai draf.`);
  return ok({ penilaiId, batas });
}

const pelanggaranUnik = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/** A linked RHK must belong to the pegawai's own SKP whose period covers the activity's date; its text when linked. */
async function cekRhk(ctx: Ctx, instansiId: string, pegawaiId: string, rhkId: string | null | undefined, tanggal: string): Promise<Result<{ uraian: string } | null>> {
  if (!rhkId) return ok(null);
  const pilihan = await repo.rhkPadaTanggal(ctx.db, instansiId, pegawaiId, tanggal);
  const rhk = pilihan.find((r) => r.id === rhkId);
  return rhk ? ok({ uraian: rhk.uraian }) : fail('AKTIVITAS.RHK_TIDAK_VALID');
}

/** The RHK an activity of `tanggal` may link to. */
export async function rhkPilihan(ctx: Ctx, aktor: Aktor, tanggal: string): Promise<Result<z.infer<typeof RhkPilihan>[]>> {
  if (!aktor.pegawaiId) return ok([]);
  const rows = await repo.rhkPadaTanggal(ctx.db, aktor.instansiId, aktor.pegawaiId, tanggal);
  return ok(rows.map((r) => ({ id: r.id, jenis: r.jenis === 'tambahan' ? ('tambahan' as const) : ('utama' as const), uraian: r.uraian, skpStatus: r.skp_status, tahun: Number(r.tahun) })));
}

const tanpaPegawai = () => fail('AKSES.DITOLAK', 'Akun ini tidak terhubung dengan data pegawai, sehingga tidak dapat mencatat aktivitas.');

export async function buatAktivitas(ctx: Ctx, aktor: Aktor, body: z.infer<typeof AktivitasBaru>): Promise<Result<Tersimpan>> {
  const pegawaiId = aktor.pegawaiId;
  if (!pegawaiId) return tanpaPegawai();
  const sudahAda = async (): Promise<Result<Tersimpan> | null> => {
    const row = body.kunciIdempoten ? await repo.findByKunci(ctx.db, aktor.instansiId, pegawaiId, body.kunciIdempoten) : undefined;
    return row ? ok({ aktivitas: (await keDto(ctx, aktor.instansiId, [row]))[0]!, sudahAda: true, peringatan: [] }) : null;
  };
  // An offline entry sent again (the answer to the first was lost) is answered with the same activity, whatever its
  // state now. The key is looked up only when this delivery cannot be taken as a new one: on every refusal below, and
  // when the unique index (pegawai_id, kunci_idempoten) refuses the insert — a repeated key always ends in one of
  // the two, so a first delivery (nearly every request) pays no lookup.
  const tolak = async (gagal: Failure): Promise<Result<Tersimpan>> => (await sudahAda()) ?? gagal;

  const now = ctx.now();
  const rentang = cekRentang(body.tanggal, body.jamMulai, body.jamSelesai, now);
  if (!rentang.ok) return tolak(rentang);
  const rhk = await cekRhk(ctx, aktor.instansiId, pegawaiId, body.rhkId, body.tanggal);
  if (!rhk.ok) return tolak(rhk);
  // the pegawai's unit on the date, its schedule, the rules and the pegawai's name: one query + the cached calendar
  const { jadwal: { jadwal }, aturan, pegawai } = await konteksPegawai(ctx.db, aktor.instansiId, pegawaiId, body.tanggal);
  const me = { ...aktor, pegawaiId };
  const peringatan: string[] = [];
  let pengajuan: { penilaiId: string; batas: string } | null = null;
  let batas: string;
  if (body.ajukan) {
    const p = await cekPengajuan(ctx, me, body.tanggal, jadwal, aturan, now, { perangkat: body.dibuatDiPerangkat ?? null, revisi: false });
    if (!p.ok) return tolak(p);
    pengajuan = p.value;
    batas = p.value.batas;
  } else {
    batas = batasPengajuan(body.tanggal, jadwal, aturan.jamBatasPengajuan);
    if (now.toISOString() > batas) peringatan.push(`Batas pengajuan aktivitas tanggal ${tanggalKata(body.tanggal)} (${waktuWitaKata(batas)}) sudah lewat; aktivitas ini hanya tersimpan sebagai draf.`);
  }

  const id = newId();
  const iso = now.toISOString();
  const kabar: Kabar[] = pengajuan ? [{ penerima: [pengajuan.penilaiId], data: { jenis: 'diajukan', aktivitasId: id, pegawaiId, status: 'diajukan' } }] : [];
  const status = pengajuan ? 'diajukan' : 'draft';
  const baris = {
    id,
    instansi_id: aktor.instansiId,
    pegawai_id: pegawaiId,
    tanggal: body.tanggal,
    jam_mulai: rentang.value.mulai,
    jam_selesai: rentang.value.selesai,
    menit: rentang.value.selesai - rentang.value.mulai,
    uraian: body.uraian,
    rhk_id: body.rhkId ?? null,
    volume: body.volume ?? null,
    satuan: body.satuan,
    lokasi: body.lokasi,
    status,
    penilai_id: pengajuan?.penilaiId ?? null,
    batas_pengajuan: batas,
    diajukan_pada: pengajuan ? iso : null,
    diputuskan_oleh: null,
    diputuskan_pada: null,
    catatan_penilai: null,
    kunci_idempoten: body.kunciIdempoten ?? null,
    dibuat_di_perangkat: body.dibuatDiPerangkat ? new Date(body.dibuatDiPerangkat).toISOString() : null,
    dibuat_pada: iso,
    diubah_pada: iso,
  };
  let r: Result<string[]>;
  try {
    r = await ctx.db.transaction().execute(async (trx) => {
      const hari = await cekHari(trx, aktor.instansiId, pegawaiId, body.tanggal, rentang.value, null, aturan);
      if (!hari.ok) return hari;
      await repo.insertAktivitas(trx, baris);
      // the event (PostgreSQL: NOTIFY, sent on commit) before the audit entry, so the chain's lock is held for the
      // fewest round trips
      await kabarkanDalam(trx, ctx, kabar);
      await catatAudit(trx, ctx.dialect, aktor, { aksi: 'AKTIVITAS_DIBUAT', entitas: 'aktivitas', entitasId: id, sesudah: { tanggal: body.tanggal, jamMulai: body.jamMulai, jamSelesai: body.jamSelesai, status, penilaiId: pengajuan?.penilaiId ?? null, luring: body.dibuatDiPerangkat ?? null } }, now);
      return ok(hari.value);
    });
  } catch (e) {
    // the key was received before (or a twin delivery raced this one): the unique (pegawai, kunci) index let exactly one in
    if (body.kunciIdempoten && pelanggaranUnik(e)) {
      const lagi = await sudahAda();
      if (lagi) return lagi;
    }
    throw e;
  }
  // e.g. the first delivery "overlaps" this one: it is the same activity
  if (!r.ok) return tolak(r);
  kabarkan(ctx, kabar);
  // the answer is the row just committed: a new activity has no evidence, feedback or flags yet and versi 1 (the
  // API tests compare it with a fresh read on both databases)
  const dto = barisKeDto({ ...baris, versi: 1, pegawai_nama: pegawai?.nama ?? '', gelar_depan: pegawai?.gelar_depan ?? null, gelar_belakang: pegawai?.gelar_belakang ?? null, rhk_uraian: rhk.value?.uraian ?? null }, [], 0, []);
  return ok({ aktivitas: dto, sudahAda: false, peringatan: [...peringatan, ...r.value] });
}

async function milikSendiri(ctx: Ctx, aktor: Aktor, id: string, aksi: 'ubah' | 'ajukan' | 'tarik' | 'hapus', versi: number | undefined): Promise<Result<AktivitasRow>> {
  const seen = await cekLihatAktivitas(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, peran } = seen.value;
  const p = periksaAksi(peran, row.status as StatusAktivitas, aksi);
  if (p === 'AKSES') return fail('AKSES.DITOLAK', 'Hanya pegawai pemilik aktivitas yang dapat melakukan ini.');
  if (versi !== undefined && versi !== row.versi) return fail('DATA.KONFLIK');
  if (p === 'STATUS') return gagalStatus(row.status, aksi);
  return ok(row);
}

export async function ubahAktivitas(ctx: Ctx, aktor: Aktor, id: string, body: z.infer<typeof AktivitasUbah>): Promise<Result<Tersimpan>> {
  const cek = await milikSendiri(ctx, aktor, id, 'ubah', body.versi);
  if (!cek.ok) return cek;
  const row = cek.value;
  if (row.status === 'perlu_revisi' && body.tanggal !== row.tanggal) {
    return fail('VALIDASI.GAGAL', 'Tanggal aktivitas yang dikembalikan untuk revisi tidak dapat diubah.', [{ path: 'tanggal', message: 'Tidak dapat diubah saat revisi' }]);
  }
  const now = ctx.now();
  const rentang = cekRentang(body.tanggal, body.jamMulai, body.jamSelesai, now);
  if (!rentang.ok) return rentang;
  // an unchanged link stays valid even if the SKP was since split by a mutasi
  if (body.rhkId !== row.rhk_id || body.tanggal !== row.tanggal) {
    const rhk = await cekRhk(ctx, aktor.instansiId, row.pegawai_id, body.rhkId, body.tanggal);
    if (!rhk.ok) return rhk;
  }
  const { jadwal: { jadwal }, aturan } = await konteksPegawai(ctx.db, aktor.instansiId, row.pegawai_id, body.tanggal);
  const batas = batasPengajuan(body.tanggal, jadwal, aturan.jamBatasPengajuan);
  const kabar: Kabar[] = row.penilai_id ? [{ penerima: [row.penilai_id], data: { jenis: 'diubah', aktivitasId: id, pegawaiId: row.pegawai_id, status: row.status as StatusAktivitas } }] : [];
  const r = await ctx.db.transaction().execute(async (trx) => {
    const hari = await cekHari(trx, aktor.instansiId, row.pegawai_id, body.tanggal, rentang.value, id, aturan);
    if (!hari.ok) return hari;
    const set = {
      tanggal: body.tanggal,
      jam_mulai: rentang.value.mulai,
      jam_selesai: rentang.value.selesai,
      menit: rentang.value.selesai - rentang.value.mulai,
      uraian: body.uraian,
      rhk_id: body.rhkId ?? null,
      volume: body.volume ?? null,
      satuan: body.satuan,
      lokasi: body.lokasi,
      batas_pengajuan: row.status === 'draft' ? batas : row.batas_pengajuan,
    };
    if (!(await repo.updateAktivitas(trx, aktor.instansiId, id, body.versi, { ...set, diubah_pada: now.toISOString() }))) return fail('DATA.KONFLIK');
    const sebelum = { tanggal: row.tanggal, jamMulai: jamDariMenit(row.jam_mulai), jamSelesai: jamDariMenit(row.jam_selesai), uraian: row.uraian, volume: row.volume, satuan: row.satuan };
    await kabarkanDalam(trx, ctx, kabar);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'AKTIVITAS_DIUBAH', entitas: 'aktivitas', entitasId: id, sebelum, sesudah: { tanggal: body.tanggal, jamMulai: body.jamMulai, jamSelesai: body.jamSelesai, uraian: body.uraian, volume: body.volume ?? null, satuan: body.satuan } }, now);
    return hari;
  });
  if (!r.ok) return r;
  kabarkan(ctx, kabar);
  return ok({ aktivitas: await satuDto(ctx, aktor.instansiId, id), sudahAda: false, peringatan: r.value });
}

export async function ajukanAktivitas(ctx: Ctx, aktor: Aktor, id: string, versi: number | undefined): Promise<Result<Tersimpan>> {
  const cek = await milikSendiri(ctx, aktor, id, 'ajukan', versi);
  if (!cek.ok) return cek;
  const row = cek.value;
  const now = ctx.now();
  // holidays may have been corrected since the draft was written: the deadline is computed again now
  const { jadwal: { jadwal }, aturan } = await konteksPegawai(ctx.db, aktor.instansiId, row.pegawai_id, row.tanggal);
  const p = await cekPengajuan(ctx, { ...aktor, pegawaiId: row.pegawai_id }, row.tanggal, jadwal, aturan, now, { perangkat: null, revisi: row.status === 'perlu_revisi' });
  if (!p.ok) return p;
  const { penilaiId, batas } = p.value;
  const kabar: Kabar[] = [{ penerima: [penilaiId], data: { jenis: 'diajukan', aktivitasId: id, pegawaiId: row.pegawai_id, status: 'diajukan' } }];
  const iso = now.toISOString();
  const set = { status: 'diajukan', penilai_id: penilaiId, diajukan_pada: iso, diputuskan_oleh: null, diputuskan_pada: null, batas_pengajuan: row.status === 'draft' ? batas : row.batas_pengajuan, diubah_pada: iso };
  return terapkanTransisi(ctx, aktor, id, row.versi, set, { aksi: 'AKTIVITAS_DIAJUKAN', entitas: 'aktivitas', entitasId: id, sebelum: { status: row.status }, sesudah: { status: 'diajukan', penilaiId } }, kabar, now);
}

/** The tail every pegawai transition shares: versi-checked update, audit and events in one transaction, events
 * announced after commit, the fresh activity returned. */
async function terapkanTransisi(
  ctx: Ctx,
  aktor: Aktor,
  id: string,
  versi: number,
  set: Parameters<typeof repo.updateAktivitas>[4],
  audit: AuditInput,
  kabar: Kabar[],
  now: Date,
): Promise<Result<Tersimpan>> {
  const r = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateAktivitas(trx, aktor.instansiId, id, versi, set))) return fail('DATA.KONFLIK');
    await kabarkanDalam(trx, ctx, kabar);
    await catatAudit(trx, ctx.dialect, aktor, audit, now);
    return ok(undefined);
  });
  if (!r.ok) return r;
  kabarkan(ctx, kabar);
  return ok({ aktivitas: await satuDto(ctx, aktor.instansiId, id), sudahAda: false, peringatan: [] });
}

/** Withdraw before the atasan decides (back to draft). Refused after the deadline: a draft could not be submitted again. */
export async function tarikAktivitas(ctx: Ctx, aktor: Aktor, id: string, versi: number | undefined): Promise<Result<Tersimpan>> {
  const cek = await milikSendiri(ctx, aktor, id, 'tarik', versi);
  if (!cek.ok) return cek;
  const row = cek.value;
  const now = ctx.now();
  if (now.toISOString() > row.batas_pengajuan) {
    return fail('AKTIVITAS.MELEWATI_BATAS', `Batas pengajuan aktivitas tanggal ${tanggalKata(row.tanggal)} (${waktuWitaKata(row.batas_pengajuan)}) sudah lewat: bila ditarik, aktivitas tidak dapat diajukan lagi. Minta atasan mengembalikannya untuk revisi.`, { batasPengajuan: row.batas_pengajuan });
  }
  const kabar: Kabar[] = row.penilai_id ? [{ penerima: [row.penilai_id], data: { jenis: 'ditarik', aktivitasId: id, pegawaiId: row.pegawai_id, status: 'draft' } }] : [];
  const set = { status: 'draft', penilai_id: null, diajukan_pada: null, diubah_pada: now.toISOString() };
  return terapkanTransisi(ctx, aktor, id, row.versi, set, { aksi: 'AKTIVITAS_DITARIK', entitas: 'aktivitas', entitasId: id, sebelum: { status: row.status, penilaiId: row.penilai_id }, sesudah: { status: 'draft' } }, kabar, now);
}

export async function hapusAktivitas(ctx: Ctx, aktor: Aktor, id: string, versi: number | undefined): Promise<Result<void>> {
  const cek = await milikSendiri(ctx, aktor, id, 'hapus', versi);
  if (!cek.ok) return cek;
  const row = cek.value;
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.hapusAktivitas(trx, aktor.instansiId, id, row.versi))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'AKTIVITAS_DIHAPUS', entitas: 'aktivitas', entitasId: id, sebelum: { tanggal: row.tanggal, jamMulai: jamDariMenit(row.jam_mulai), jamSelesai: jamDariMenit(row.jam_selesai), uraian: row.uraian, status: row.status } }, now);
    return ok(undefined);
  });
}
