// Kalibrasi (DOMAIN.md §2.4, SE MenPANRB 3/2023): per evaluation period and unit, the predikat organisasi set by the
// pimpinan above the unit, the calibration board (the live distribution of the unit's predikat against the kurva
// bounds of its predikat organisasi, each bound in words) and the penetapan that finalises every rated evaluation of
// the unit. Who may do what: kalibrasi.policy.ts.
//
// - The board of unit U is the period's evaluations whose unit snapshot is U (the kepala of U is on U's board). The
//   curve counts rows dinilai or ditetapkan; draft / diajukan / dikembalikan rows are "belum dinilai" and block the
//   penetapan; pegawai who never opened the period are not on it.
// - The list counts every listed unit with ONE grouped query (unit × status × predikat) — never a query per unit.
// - Setting U's predikat writes the rating it implies (ratingDariPredikatOrganisasi) as rating_hasil_organisasi on the
//   period's rows of U's kepala (DOMAIN.md §2.3: their rating hasil kerja IS the unit's capaian); a row already dinilai
//   gets its rating hasil kerja and predikat recomputed (audited per row).
// - Penetapan (once; never reopened): refused while someone is not rated, without predikat organisasi, with no rated
//   row, or with a deviation (n ≥ the instansi's minimum, pengaturan penilaian; default 5) and no justification. One
//   transaction: the unit's record (status, justification, the distribution, n, whether the curve was met)
//   conditional on its versi, every dinilai row → ditetapkan (versi + 1, each checked against the versi read), and
//   the audit: one entry for the unit with the snapshot and the justification, plus one `penilaian.tetapkan` entry
//   per evaluation (so a record's own history shows it).
import type { z } from 'zod';
import type { HasilKurva as HasilKurvaDto, KalibrasiDaftar, KalibrasiDaftarQuery, KalibrasiItem, KalibrasiPapan, KalibrasiUnitRingkas, PenetapanKalibrasi, PredikatOrganisasiUbah } from '../../../../contracts/kalibrasi.ts';
import type { PengaturanPenilaian } from '../../../../contracts/pengaturan-penilaian.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { type HasilKurva, hitungSebaran, LABEL_PREDIKAT_ORGANISASI, periksaKurva, perluJustifikasi, type PredikatOrganisasi, ratingDariPredikatOrganisasi, type Sebaran, sebaranKosong } from '../../../../domain/kurva.ts';
import type { StatusPenilaian } from '../../../../domain/penilaian.ts';
import { type Predikat, predikatKinerja, PREDIKAT, type Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import type { PenilaianTable } from '../../db/schema.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { type AuditInput, catatAuditBanyak } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { tanggalKata } from '../aktivitas/aktivitas.pesan.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import { bolehKelolaKalibrasi, bolehLihatKalibrasi, jangkauanKalibrasi, type JangkauanKalibrasi, jangkauanKosong } from './kalibrasi.policy.ts';
import * as repo from './kalibrasi.repository.ts';
import * as penilaianRepo from './penilaian.repository.ts';
import { aturanPenilaian } from './pengaturan-penilaian.service.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';

type UnitRingkas = z.infer<typeof KalibrasiUnitRingkas>;
type Papan = z.infer<typeof KalibrasiPapan>;
type Item = z.infer<typeof KalibrasiItem>;

const BELUM_DINILAI: ReadonlySet<string> = new Set<StatusPenilaian>(['draft', 'diajukan', 'dikembalikan']);
const DINILAI: ReadonlySet<string> = new Set<StatusPenilaian>(['dinilai', 'ditetapkan']);
/** names listed in a blocker before "dan N lainnya" */
const NAMA_MAKS = 10;

/** Thrown inside a write's transaction to undo what it wrote and answer with the failure. */
class Batal extends Error {
  constructor(readonly gagal: Failure) {
    super(gagal.code);
  }
}

async function dalamTransaksi<T>(ctx: Ctx, fn: (trx: Ctx['db']) => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await ctx.db.transaction().execute(fn));
  } catch (e) {
    if (e instanceof Batal) return e.gagal;
    throw e;
  }
}

/** The actor's reach: the units whose kepala post they hold today, and their roles. */
export async function jangkauanAktor(ctx: Ctx, aktor: Aktor): Promise<JangkauanKalibrasi> {
  const jalur = aktor.pegawaiId ? await repo.jalurDipimpin(ctx.db, aktor.instansiId, aktor.pegawaiId, aktor.jabatanId, tanggalWita(ctx.now())) : [];
  return jangkauanKalibrasi(aktor, { jalurDipimpin: jalur });
}

// ——— counting ———

interface Hitungan {
  jumlahPenilaian: number;
  jumlahDinilai: number;
  jumlahBelumDinilai: number;
  sebaran: Sebaran;
}

const hitunganKosong = (): Hitungan => ({ jumlahPenilaian: 0, jumlahDinilai: 0, jumlahBelumDinilai: 0, sebaran: sebaranKosong() });

function tambahkan(h: Hitungan, status: string, predikat: string | null, n: number): void {
  h.jumlahPenilaian += n;
  if (BELUM_DINILAI.has(status)) h.jumlahBelumDinilai += n;
  if (DINILAI.has(status) && predikat) {
    h.jumlahDinilai += n;
    h.sebaran[predikat as Predikat] += n;
  }
}

function rekapPerUnit(rows: readonly repo.HitunganUnit[]): Map<string, Hitungan> {
  const per = new Map<string, Hitungan>();
  for (const r of rows) {
    let h = per.get(r.unitId);
    if (!h) per.set(r.unitId, (h = hitunganKosong()));
    tambahkan(h, r.status, r.predikat, r.n);
  }
  return per;
}

function keDtoKurva(h: HasilKurva, nMinimum: number): z.infer<typeof HasilKurvaDto> {
  return {
    n: h.n,
    nMinimum,
    batas: h.hasil.map((b) => ({ predikat: [...b.batas.predikat], jenis: b.batas.jenis, persen: b.batas.persen, jumlah: b.jumlah, batasJumlah: b.batasJumlah, terpenuhi: b.terpenuhi, penjelasan: b.penjelasan })),
    sesuai: h.sesuai,
    hanyaInformasi: h.hanyaInformasi,
  };
}

function ringkasUnit(unit: repo.UnitRow, kedalaman: number, h: Hitungan, k: repo.KalibrasiRow | undefined, kelola: boolean, nMinimum: number): UnitRingkas {
  const predikatOrganisasi = (k?.predikat_organisasi ?? null) as PredikatOrganisasi | null;
  const status = k?.status === 'ditetapkan' ? 'ditetapkan' : 'terbuka';
  return {
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, indukId: unit.induk_id, kedalaman },
    predikatOrganisasi,
    status,
    ...h,
    kurva: predikatOrganisasi ? keDtoKurva(periksaKurva(predikatOrganisasi, h.sebaran, nMinimum), nMinimum) : null,
    bolehKelola: kelola && status === 'terbuka',
    versi: k ? Number(k.versi) : null,
  };
}

/** Depth-first by the unit tree (siblings by urutan, then name); a unit whose parent is not listed starts at depth 0. */
function urutPohon(units: readonly repo.UnitRow[]): { unit: repo.UnitRow; kedalaman: number }[] {
  const ada = new Set(units.map((u) => u.id));
  const anak = new Map<string | null, repo.UnitRow[]>();
  for (const u of units) {
    const induk = u.induk_id && ada.has(u.induk_id) ? u.induk_id : null;
    anak.set(induk, [...(anak.get(induk) ?? []), u]);
  }
  for (const list of anak.values()) list.sort((a, b) => Number(a.urutan) - Number(b.urutan) || a.nama.localeCompare(b.nama, 'id'));
  const hasil: { unit: repo.UnitRow; kedalaman: number }[] = [];
  const kunjungi = (indukId: string | null, kedalaman: number) => {
    for (const u of anak.get(indukId) ?? []) {
      hasil.push({ unit: u, kedalaman });
      kunjungi(u.id, kedalaman + 1);
    }
  };
  kunjungi(null, 0);
  return hasil;
}

// ——— the list ———

/** GET /kalibrasi?periodeId — the units below the actor with their counts, distribution and curve (one grouped count). */
export async function daftarKalibrasi(ctx: Ctx, aktor: Aktor, q: z.infer<typeof KalibrasiDaftarQuery>): Promise<Result<z.infer<typeof KalibrasiDaftar>>> {
  const inst = aktor.instansiId;
  const [periode, j, aturan] = await Promise.all([penilaianRepo.findPeriode(ctx.db, inst, q.periodeId), jangkauanAktor(ctx, aktor), aturanPenilaian(ctx.db, inst)]);
  if (!periode) return fail('DATA.TIDAK_DITEMUKAN', 'Periode penilaian tidak ditemukan.');
  const sebaran = sebaranKosong();
  if (jangkauanKosong(j)) return ok({ periode: keDtoPeriode(periode), units: [], sebaran });
  const semua = j.bacaSemua ? null : j.jalurDipimpin;
  const terlihat = (await repo.unitDi(ctx.db, inst, semua)).filter((u) => bolehLihatKalibrasi(j, u.jalur));
  const ids = semua === null ? null : terlihat.map((u) => u.id);
  const [hitungan, kalibrasi] = await Promise.all([repo.hitungPerUnit(ctx.db, inst, periode.id, ids), repo.kalibrasiPeriode(ctx.db, inst, periode.id, ids)]);
  const per = rekapPerUnit(hitungan);
  const kalOf = new Map(kalibrasi.map((k) => [k.unit_id, k]));
  // a unit closed before the period began is left out unless it carries evaluations of the period
  const units = terlihat.filter((u) => u.ditutup_pada === null || u.ditutup_pada > periode.tanggal_mulai || per.has(u.id));
  const rows = urutPohon(units).map(({ unit, kedalaman }) => ringkasUnit(unit, kedalaman, per.get(unit.id) ?? hitunganKosong(), kalOf.get(unit.id), bolehKelolaKalibrasi(j, unit.jalur), aturan.nMinimumKurva));
  for (const r of rows) for (const p of PREDIKAT) sebaran[p] += r.sebaran[p];
  return ok({ periode: keDtoPeriode(periode), units: rows, sebaran });
}

// ——— one unit ———

interface UnitDicapai {
  periode: penilaianRepo.PeriodeRow;
  unit: repo.UnitRow;
  kelola: boolean;
  /** the instansi's penilaian settings, read once for the request */
  aturan: PengaturanPenilaian;
}

/** The period and the unit within the actor's reach, or 404 (a unit outside it answers like one that does not exist). */
async function cekUnit(ctx: Ctx, aktor: Aktor, periodeId: string, unitId: string): Promise<Result<UnitDicapai>> {
  const inst = aktor.instansiId;
  const [periode, unit, j, aturan] = await Promise.all([
    penilaianRepo.findPeriode(ctx.db, inst, periodeId),
    repo.findUnit(ctx.db, inst, unitId),
    jangkauanAktor(ctx, aktor),
    aturanPenilaian(ctx.db, inst),
  ]);
  if (!periode || !unit || !bolehLihatKalibrasi(j, unit.jalur)) return fail('DATA.TIDAK_DITEMUKAN');
  return ok({ periode, unit, kelola: bolehKelolaKalibrasi(j, unit.jalur), aturan });
}

const gagalKelola = (): Failure => fail('AKSES.DITOLAK', 'Hanya pimpinan di atas unit ini atau Wali Kota yang dapat menentukan predikat organisasi dan menetapkan hasil kalibrasinya.');
const gagalSudahDitetapkan = (k: repo.KalibrasiRow): Failure =>
  fail('KALIBRASI.SUDAH_DITETAPKAN', `Hasil kalibrasi unit ini sudah ditetapkan pada ${tanggalKata(tanggalWita(new Date(k.ditetapkan_pada!)))} dan tidak dapat diubah.`);

function daftarNama(nama: readonly string[]): string {
  const lebih = nama.length - NAMA_MAKS;
  return lebih > 0 ? `${nama.slice(0, NAMA_MAKS).join(', ')} dan ${lebih} lainnya` : nama.join(', ');
}

/** Why the penetapan is not possible now, in Indonesian (empty: it is). The justification is asked by the form. */
function hambatanPenetapan(k: repo.KalibrasiRow | undefined, items: readonly Item[]): string[] {
  if (k?.status === 'ditetapkan') return [`Hasil kalibrasi sudah ditetapkan pada ${tanggalKata(tanggalWita(new Date(k.ditetapkan_pada!)))}`];
  const hambatan: string[] = [];
  if (!k?.predikat_organisasi) hambatan.push('Predikat organisasi belum ditentukan');
  const belum = items.filter((i) => BELUM_DINILAI.has(i.status));
  if (belum.length) hambatan.push(`${belum.length} pegawai belum dinilai: ${daftarNama(belum.map((i) => i.pegawai.nama))}`);
  else if (!items.some((i) => DINILAI.has(i.status) && i.predikat)) hambatan.push('Belum ada penilaian yang sudah dinilai pada periode ini');
  return hambatan;
}

/** The board of a unit as the actor sees it. */
async function susunPapan(ctx: Ctx, d: UnitDicapai): Promise<Papan> {
  const { periode, unit } = d;
  const inst = periode.instansi_id;
  const [rows, k] = await Promise.all([repo.penilaianDiUnit(ctx.db, inst, periode.id, unit.id), repo.findKalibrasi(ctx.db, inst, periode.id, unit.id)]);
  const ids = [...rows.flatMap((r) => [r.pegawai_id, r.penilai_id]), k?.predikat_oleh, k?.ditetapkan_oleh].filter((x): x is string => !!x);
  const orang = await orangBanyak(ctx, inst, ids);
  const items: Item[] = rows
    .filter((r) => orang.has(r.pegawai_id))
    .map((r) => ({
      penilaianId: r.id,
      pegawai: orang.get(r.pegawai_id)!,
      penilaiNama: r.penilai_id ? (orang.get(r.penilai_id)?.nama ?? null) : null,
      status: r.status as StatusPenilaian,
      ratingHasilKerja: r.rating_hasil_kerja as Rating | null,
      ratingPerilakuKerja: r.rating_perilaku_kerja as Rating | null,
      predikat: r.predikat as Predikat | null,
      kepalaUnit: r.kepala_unit_id === unit.id,
    }))
    // the unit's kepala first, then by name
    .sort((a, b) => Number(b.kepalaUnit) - Number(a.kepalaUnit) || a.pegawai.nama.localeCompare(b.pegawai.nama, 'id') || a.penilaianId.localeCompare(b.penilaianId));
  const h = hitunganKosong();
  for (const r of rows) tambahkan(h, r.status, r.predikat, 1);
  const ringkas = ringkasUnit(unit, 0, h, k, d.kelola, d.aturan.nMinimumKurva);
  const nama = (id: string | null | undefined) => (id ? (orang.get(id)?.nama ?? null) : null);
  return {
    ...ringkas,
    periode: keDtoPeriode(periode),
    catatanPredikat: k?.catatan_predikat ?? null,
    predikatOleh: nama(k?.predikat_oleh),
    predikatPada: k?.predikat_pada ?? null,
    items,
    perluJustifikasi: ringkas.status === 'terbuka' && ringkas.kurva !== null && !ringkas.kurva.sesuai && !ringkas.kurva.hanyaInformasi,
    hariKeberatan: d.aturan.hariKeberatan,
    hambatan: hambatanPenetapan(k, items),
    justifikasi: k?.justifikasi ?? null,
    sebaranPenetapan: k?.sebaran_penetapan ? (JSON.parse(k.sebaran_penetapan) as Sebaran) : null,
    ditetapkanPada: k?.ditetapkan_pada ?? null,
    ditetapkanOleh: nama(k?.ditetapkan_oleh),
  };
}

/** GET /kalibrasi/:periodeId/unit/:unitId */
export async function papanKalibrasi(ctx: Ctx, aktor: Aktor, periodeId: string, unitId: string): Promise<Result<Papan>> {
  const d = await cekUnit(ctx, aktor, periodeId, unitId);
  if (!d.ok) return d;
  return ok(await susunPapan(ctx, d.value));
}

// ——— predikat organisasi ———

/** What setting the unit's predikat changes on one of its kepala's rows (null: nothing). */
function ubahanKepala(row: repo.ItemRow, rating: Rating): Partial<PenilaianTable> | null {
  const set: Partial<PenilaianTable> = {};
  if (row.rating_hasil_organisasi !== rating) set.rating_hasil_organisasi = rating;
  // a rated row follows at once: its rating hasil kerja IS the unit's capaian, the predikat comes from the matrix
  if (row.status === 'dinilai' && row.rating_hasil_kerja !== rating) {
    set.rating_hasil_kerja = rating;
    set.usulan_rating_hasil = rating;
    set.predikat = predikatKinerja(rating, row.rating_perilaku_kerja as Rating);
  }
  return Object.keys(set).length ? set : null;
}

/** PUT /kalibrasi/:periodeId/unit/:unitId/predikat — create or change the unit's predikat organisasi (before penetapan). */
export async function ubahPredikatOrganisasi(ctx: Ctx, aktor: Aktor, periodeId: string, unitId: string, body: z.infer<typeof PredikatOrganisasiUbah>): Promise<Result<Papan>> {
  const d = await cekUnit(ctx, aktor, periodeId, unitId);
  if (!d.ok) return d;
  if (!d.value.kelola) return gagalKelola();
  const inst = aktor.instansiId;
  const k = await repo.findKalibrasi(ctx.db, inst, periodeId, unitId);
  if (k ? body.versi !== Number(k.versi) : body.versi !== null) return fail('DATA.KONFLIK');
  if (k?.status === 'ditetapkan') return gagalSudahDitetapkan(k);
  const p = body.predikatOrganisasi;
  const rating = ratingDariPredikatOrganisasi(p);
  const kepala = await repo.penilaianKepalaUnit(ctx.db, inst, periodeId, unitId);
  const now = ctx.now();
  const iso = now.toISOString();
  const catatan = body.catatan === undefined ? (k?.catatan_predikat ?? null) : body.catatan || null;
  const isi = { predikat_organisasi: p, catatan_predikat: catatan, predikat_oleh: aktor.pegawaiId, predikat_pada: iso, diubah_pada: iso };
  const r = await dalamTransaksi(ctx, async (trx) => {
    const id = k?.id ?? newId();
    const tertulis = k
      ? await repo.updateKalibrasi(trx, inst, k.id, k.versi, isi)
      : await repo.sisipkanKalibrasi(trx, {
          id, instansi_id: inst, periode_id: periodeId, unit_id: unitId, ...isi, status: 'terbuka', justifikasi: null, sebaran_penetapan: null, n_penetapan: null, sesuai_kurva: null,
          ditetapkan_pada: null, ditetapkan_oleh: null, dibuat_pada: iso,
        });
    if (!tertulis) throw new Batal(fail('DATA.KONFLIK'));
    const audit: AuditInput[] = [
      { aksi: 'kalibrasi.predikat', entitas: 'penilaian_unit', entitasId: id, sebelum: k ? { predikatOrganisasi: k.predikat_organisasi } : null, sesudah: { periodeId, unitId, predikatOrganisasi: p, catatan, ratingHasilOrganisasi: rating } },
    ];
    for (const row of kepala) {
      const set = ubahanKepala(row, rating);
      if (!set) continue;
      if (!(await penilaianRepo.updatePenilaian(trx, inst, row.id, Number(row.versi), { ...set, diubah_pada: iso }))) throw new Batal(fail('DATA.KONFLIK'));
      if (row.status === 'dinilai') {
        audit.push({
          aksi: 'penilaian.rating_organisasi',
          entitas: 'penilaian',
          entitasId: row.id,
          sebelum: { ratingHasilOrganisasi: row.rating_hasil_organisasi, ratingHasilKerja: row.rating_hasil_kerja, predikat: row.predikat },
          sesudah: { predikatOrganisasi: p, ratingHasilOrganisasi: rating, ratingHasilKerja: set.rating_hasil_kerja ?? row.rating_hasil_kerja, predikat: set.predikat ?? row.predikat },
        });
      }
    }
    await catatAuditBanyak(trx, ctx.dialect, aktor, audit, now);
  });
  if (!r.ok) return r;
  return ok(await susunPapan(ctx, d.value));
}

// ——— penetapan ———

interface Siap {
  k: repo.KalibrasiRow;
  predikatOrganisasi: PredikatOrganisasi;
  dinilai: repo.ItemRow[];
  sebaran: Sebaran;
  kurva: HasilKurva;
}

/** The checks of a penetapan, in order: versi, status, predikat organisasi, everyone rated, someone rated, justification. */
async function siapDitetapkan(ctx: Ctx, d: UnitDicapai, body: z.infer<typeof PenetapanKalibrasi>): Promise<Result<Siap>> {
  const inst = d.periode.instansi_id;
  const [k, rows] = await Promise.all([repo.findKalibrasi(ctx.db, inst, d.periode.id, d.unit.id), repo.penilaianDiUnit(ctx.db, inst, d.periode.id, d.unit.id)]);
  if (!k) return fail('KALIBRASI.PREDIKAT_BELUM_ADA');
  if (body.versi !== Number(k.versi)) return fail('DATA.KONFLIK');
  if (k.status === 'ditetapkan') return gagalSudahDitetapkan(k);
  if (!k.predikat_organisasi) return fail('KALIBRASI.PREDIKAT_BELUM_ADA');
  const belum = rows.filter((r) => BELUM_DINILAI.has(r.status));
  if (belum.length) {
    const orang = await orangBanyak(ctx, inst, belum.map((r) => r.pegawai_id));
    const details = belum.map((r) => ({ penilaianId: r.id, pegawaiId: r.pegawai_id, nama: orang.get(r.pegawai_id)?.nama ?? '', status: r.status }));
    return fail('KALIBRASI.BELUM_DINILAI', `${belum.length} pegawai belum dinilai: ${daftarNama(details.map((x) => x.nama))}. Penetapan menunggu semua penilaian selesai dinilai.`, details);
  }
  const dinilai = rows.filter((r) => r.status === 'dinilai');
  const sebaran = hitungSebaran(rows.filter((r) => DINILAI.has(r.status) && r.predikat).map((r) => r.predikat as Predikat));
  if (!PREDIKAT.some((p) => sebaran[p] > 0)) return fail('KALIBRASI.TIDAK_ADA_PENILAIAN');
  const predikatOrganisasi = k.predikat_organisasi as PredikatOrganisasi;
  const kurva = periksaKurva(predikatOrganisasi, sebaran, d.aturan.nMinimumKurva);
  if (perluJustifikasi(kurva) && !body.justifikasi) {
    const tidak = kurva.hasil.filter((h) => !h.terpenuhi).map((h) => h.penjelasan);
    return fail('KALIBRASI.JUSTIFIKASI_WAJIB', `Sebaran predikat menyimpang dari kurva predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[predikatOrganisasi]}: ${tidak.join(' ')} Tuliskan justifikasi untuk menetapkan.`, [
      { path: 'justifikasi', message: 'Justifikasi wajib diisi' },
    ]);
  }
  return ok({ k, predikatOrganisasi, dinilai, sebaran, kurva });
}

/** POST /kalibrasi/:periodeId/unit/:unitId/tetapkan — finalise every rated evaluation of the unit, all in one transaction. */
export async function tetapkanKalibrasi(ctx: Ctx, aktor: Aktor, periodeId: string, unitId: string, body: z.infer<typeof PenetapanKalibrasi>): Promise<Result<Papan>> {
  const d = await cekUnit(ctx, aktor, periodeId, unitId);
  if (!d.ok) return d;
  if (!d.value.kelola) return gagalKelola();
  const siap = await siapDitetapkan(ctx, d.value, body);
  if (!siap.ok) return siap;
  const { k, predikatOrganisasi, dinilai, sebaran, kurva } = siap.value;
  const inst = aktor.instansiId;
  const now = ctx.now();
  const iso = now.toISOString();
  const n = kurva.n;
  const r = await dalamTransaksi(ctx, async (trx) => {
    // conditional on the versi read: of two penetapan at once, the second finds it changed (PostgreSQL: waits for the
    // first's row lock, then matches nothing)
    const catat = { status: 'ditetapkan', justifikasi: body.justifikasi, sebaran_penetapan: JSON.stringify(sebaran), n_penetapan: n, sesuai_kurva: kurva.sesuai ? 1 : 0, ditetapkan_pada: iso, ditetapkan_oleh: aktor.pegawaiId, diubah_pada: iso };
    if (!(await repo.updateKalibrasi(trx, inst, k.id, Number(k.versi), catat))) throw new Batal(fail('DATA.KONFLIK'));
    const tetap = await repo.tetapkanPenilaianUnit(trx, inst, periodeId, unitId, iso, aktor.pegawaiId);
    // exactly the rows judged above, none changed since (a penilai reopening or re-rating one bumps its versi), and
    // nothing left unrated (someone opening their evaluation meanwhile): otherwise the snapshot would lie
    const dibaca = new Map(dinilai.map((x) => [x.id, Number(x.versi)]));
    const cocok = tetap.length === dibaca.size && tetap.every((t) => dibaca.get(t.id) === Number(t.versi) - 1);
    const sisa = (await repo.penilaianDiUnit(trx, inst, periodeId, unitId)).filter((x) => x.status !== 'ditetapkan');
    if (!cocok || sisa.length) throw new Batal(fail('DATA.KONFLIK'));
    await catatAuditBanyak(
      trx,
      ctx.dialect,
      aktor,
      [
        {
          aksi: 'kalibrasi.tetapkan',
          entitas: 'penilaian_unit',
          entitasId: k.id,
          sebelum: { status: 'terbuka' },
          sesudah: { periodeId, unitId, status: 'ditetapkan', predikatOrganisasi, n, sebaran, sesuaiKurva: kurva.sesuai, hanyaInformasi: kurva.hanyaInformasi, nMinimumKurva: d.value.aturan.nMinimumKurva, justifikasi: body.justifikasi, jumlahDitetapkan: tetap.length },
        },
        ...tetap.map((t) => ({ aksi: 'penilaian.tetapkan', entitas: 'penilaian', entitasId: t.id, sebelum: { status: 'dinilai' }, sesudah: { status: 'ditetapkan', predikat: t.predikat, kalibrasiId: k.id } })),
      ],
      now,
    );
  });
  if (!r.ok) return r;
  return ok(await susunPapan(ctx, d.value));
}
