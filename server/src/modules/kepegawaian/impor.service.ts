// Import of pegawai (kepegawaian issue): upload → preview with per-row errors in Indonesian → commit, all rows or
// none. The preview is stored (impor_pegawai) with the normalised rows; the commit plans them again inside its
// transaction against the data as it is then and applies them only if the plan is the one the admin saw, through
// the same in-transaction rules as the pegawai forms (buatPegawaiDalam, mutasiDalam).
import crypto from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ERROR_MESSAGES } from '../../../../contracts/errors.ts';
import type { BarisImpor, ImporDaftar, ImporHasil, ImporPratinjau, JumlahImpor, KunciKolom } from '../../../../contracts/impor.ts';
import type { PegawaiBaru } from '../../../../contracts/pegawai.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { fail, type Failure, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { type Aktor, hasPeran } from '../auth/aktor.ts';
import { type BarisPegawaiBerkas, type BerkasUnduhan, CSV_TYPE, labelJenisJabatan, templatCsv, templatXlsx, XLSX_TYPE } from './ekspor.xlsx.ts';
import { bacaBerkas } from './impor.berkas.ts';
import { type BarisNormal, normalisasiBaris } from './impor.normalisasi.ts';
import * as repo from './impor.repository.ts';
import { type DataRencana, hitungJumlah, type RencanaBaris, rencanakanImpor, tandaRencana } from './impor.rencana.ts';
import { buatPegawaiBanyakDalam, mutasiDalam } from './pegawai.service.ts';
import { strukturPadaTanggal } from './penilai.repository.ts';
import { penilaiBerubah } from './penilai-berubah.ts';
import { lookupsDari } from './penilai.service.ts';

export const bolehImpor = (aktor: Aktor): boolean => hasPeran(aktor, 'admin_bkppd');

/** What impor_pegawai.isi holds between preview and commit. */
interface IsiImpor {
  versi: 1;
  format: 'xlsx' | 'csv';
  kolom: KunciKolom[];
  tanggalImpor: string;
  baris: BarisNormal[];
  laporan: BarisImpor[];
  /** tandaRencana of each row at preview: the commit applies only the same plan */
  tanda: string[];
}

export interface BerkasUnggahan {
  namaFile: string;
  data: Buffer;
}

async function muatData(db: Kysely<DB>, instansiId: string, tanggalImpor: string, kolom: readonly KunciKolom[], baris: readonly BarisNormal[]): Promise<DataRencana> {
  const nips = [...new Set(baris.map((b) => b.nip).filter((n) => /^\d{18}$/.test(n)))];
  const [ref, struktur, akunTerpakai] = await Promise.all([
    repo.muatReferensi(db, instansiId),
    strukturPadaTanggal(db, instansiId, tanggalImpor),
    repo.usernameTerpakai(db, nips),
  ]);
  const mulaiJabatan = new Map<string, string>();
  for (const r of struktur.riwayat) if (r.selesai === null) mulaiJabatan.set(r.pegawai_id, r.mulai);
  return { tanggalImpor, kolom: new Set(kolom), ...ref, akunTerpakai, mulaiJabatan, struktur: lookupsDari(struktur) };
}

function namaBerkasAman(nama: string): string {
  // only the base name, printable, bounded: it is shown back to admins and kept in the audit trail
  const base = [...path.basename(nama.replace(/\\/g, '/'))].filter((c) => c >= ' ' && c !== '\u007f').join('').trim();
  return (base || 'berkas').slice(0, 200);
}

function pratinjauDari(row: { id: string; nama_file: string; sha256: string; status: string; dibuat_pada: string; diterapkan_pada: string | null }, isi: IsiImpor, sebelumnya: { id: string; diterapkan_pada: string | null } | undefined): ImporPratinjau {
  return {
    id: row.id,
    namaFile: row.nama_file,
    format: isi.format,
    sha256: row.sha256,
    status: row.status as ImporPratinjau['status'],
    dibuatPada: row.dibuat_pada,
    diterapkanPada: row.diterapkan_pada,
    tanggalImpor: isi.tanggalImpor,
    kolom: isi.kolom,
    sudahPernahDiterapkan: sebelumnya?.diterapkan_pada && sebelumnya.id !== row.id ? { id: sebelumnya.id, diterapkanPada: sebelumnya.diterapkan_pada } : null,
    jumlah: hitungJumlah(isi.laporan.map((laporan) => ({ laporan }))),
    baris: isi.laporan,
  };
}

/** Reads, checks and plans every row of the file, and keeps the preview for the commit. Writes no pegawai. */
export async function pratinjauImpor(ctx: Ctx, aktor: Aktor, berkas: BerkasUnggahan): Promise<Result<ImporPratinjau>> {
  if (!bolehImpor(aktor)) return fail('AKSES.DITOLAK');
  const tabel = await bacaBerkas(berkas.data);
  if (!tabel.ok) return tabel;
  const now = ctx.now();
  const tanggalImpor = tanggalWita(now);

  const baris: BarisNormal[] = [];
  const galatAwal = new Map<number, BarisImpor['galat']>();
  const peringatanAwal = new Map<number, BarisImpor['peringatan']>();
  for (const m of tabel.value.baris) {
    const r = normalisasiBaris(m);
    baris.push(r.normal);
    if (r.galat.length) galatAwal.set(m.baris, r.galat);
    if (r.peringatan.length) peringatanAwal.set(m.baris, r.peringatan);
  }
  const data = await muatData(ctx.db, aktor.instansiId, tanggalImpor, tabel.value.kolom, baris);
  const rencana = rencanakanImpor(baris, data, galatAwal, peringatanAwal);
  const jumlah = hitungJumlah(rencana);

  const sha256 = crypto.createHash('sha256').update(berkas.data).digest('hex');
  const isi: IsiImpor = {
    versi: 1,
    format: tabel.value.format,
    kolom: tabel.value.kolom,
    tanggalImpor,
    baris,
    laporan: rencana.map((r) => r.laporan),
    tanda: rencana.map(tandaRencana),
  };
  const row = {
    id: newId(),
    instansi_id: aktor.instansiId,
    nama_file: namaBerkasAman(berkas.namaFile),
    sha256,
    status: 'pratinjau',
    jumlah_baris: jumlah.baris,
    jumlah_galat: jumlah.galat,
    isi: JSON.stringify(isi),
    ringkasan: null,
    dibuat_oleh: aktor.akunId,
    dibuat_pada: now.toISOString(),
    diterapkan_pada: null,
  };
  const [sebelumnya] = await Promise.all([repo.terakhirDiterapkan(ctx.db, aktor.instansiId, sha256), repo.simpanImpor(ctx.db, row)]);
  return ok(pratinjauDari(row, isi, sebelumnya));
}

export async function lihatImpor(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<ImporPratinjau>> {
  if (!bolehImpor(aktor)) return fail('AKSES.DITOLAK');
  const row = await repo.findImpor(ctx.db, aktor.instansiId, id);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  const sebelumnya = await repo.terakhirDiterapkan(ctx.db, aktor.instansiId, row.sha256);
  return ok(pratinjauDari(row, JSON.parse(row.isi) as IsiImpor, sebelumnya));
}

export async function daftarImpor(ctx: Ctx, aktor: Aktor): Promise<Result<ImporDaftar>> {
  if (!bolehImpor(aktor)) return fail('AKSES.DITOLAK');
  const rows = await repo.daftarImpor(ctx.db, aktor.instansiId, 20);
  return ok(rows.map((r) => ({ id: r.id, namaFile: r.nama_file, status: r.status as ImporDaftar[number]['status'], jumlahBaris: r.jumlah_baris, jumlahGalat: r.jumlah_galat, dibuatPada: r.dibuat_pada, diterapkanPada: r.diterapkan_pada })));
}

export async function batalkanImpor(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<void>> {
  if (!bolehImpor(aktor)) return fail('AKSES.DITOLAK');
  const row = await repo.findImpor(ctx.db, aktor.instansiId, id);
  if (!row) return fail('DATA.TIDAK_DITEMUKAN');
  if (!(await repo.batalkanImpor(ctx.db, aktor.instansiId, id))) return fail('IMPOR.SUDAH_DIPROSES');
  return ok(undefined);
}

const pelanggaranUnik = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/** Thrown inside the commit transaction to roll everything back with an expected failure. */
class BatalkanTransaksi extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}
const batal = (f: Failure): never => {
  throw new BatalkanTransaksi(f);
};

function ringkasBerubah(rencana: readonly RencanaBaris[], tanda: readonly string[]): Failure | null {
  const berubah = rencana.filter((r, i) => r.laporan.aksi === 'galat' || tandaRencana(r) !== tanda[i]);
  if (!berubah.length) return null;
  const contoh = berubah.slice(0, 5).map((r) => (r.laporan.galat[0]?.pesan ?? `Baris ${r.laporan.baris} (NIP ${r.laporan.nip}): rencana perubahan tidak lagi sama dengan pratinjau.`));
  return fail('IMPOR.DATA_BERUBAH', `${ERROR_MESSAGES['IMPOR.DATA_BERUBAH']} ${berubah.length} baris terdampak, mis.: ${contoh.join(' ')}`, {
    baris: berubah.slice(0, 100).map((r) => ({ baris: r.laporan.baris, nip: r.laporan.nip, aksi: r.laporan.aksi, galat: r.laporan.galat })),
  });
}

/**
 * Applies a preview without errors in ONE transaction: new pegawai (with history 'awal' and an account without
 * password), changed fields, mutasi (history 'impor'); one summary audit entry besides the per-pegawai entries.
 * Any failure rolls everything back — including the status change — and is reported.
 */
export async function terapkanImpor(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<ImporHasil>> {
  if (!bolehImpor(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const iso = now.toISOString();
  let hasil: ImporHasil;
  try {
    hasil = await ctx.db.transaction().execute(async (trx) => {
      const imp = await repo.findImpor(trx, aktor.instansiId, id);
      if (!imp) return batal(fail('DATA.TIDAK_DITEMUKAN'));
      if (imp.status !== 'pratinjau') return batal(fail('IMPOR.SUDAH_DIPROSES'));
      if (imp.jumlah_galat > 0) return batal(fail('IMPOR.MASIH_ADA_GALAT', `${ERROR_MESSAGES['IMPOR.MASIH_ADA_GALAT']} (${imp.jumlah_galat} baris bergalat)`));
      if (!(await repo.klaimImpor(trx, aktor.instansiId, id, iso))) return batal(fail('IMPOR.SUDAH_DIPROSES'));

      const isi = JSON.parse(imp.isi) as IsiImpor;
      const rencana = rencanakanImpor(isi.baris, await muatData(trx, aktor.instansiId, isi.tanggalImpor, isi.kolom, isi.baris));
      const berubah = ringkasBerubah(rencana, isi.tanda);
      if (berubah) return batal(berubah);

      const sumber = { imporId: id, namaFile: imp.nama_file };
      const gagalPada = (n: { baris: number; nip: string }, f: Failure) =>
        batal(fail('IMPOR.DATA_BERUBAH', `Baris ${n.baris} (NIP ${n.nip}): ${f.message ?? ERROR_MESSAGES[f.code]} Tidak ada perubahan yang disimpan.`, { baris: n.baris, nip: n.nip, kode: f.code }));
      // new pegawai all at once (set-based: the same rules as the form, a few queries instead of ~10 per row)
      const baru = rencana.filter((r) => r.terap?.jenis === 'baru');
      const bodies: PegawaiBaru[] = baru.map((r) => {
        const t = r.terap as Extract<NonNullable<typeof r.terap>, { jenis: 'baru' }>;
        const n = r.normal;
        return { nip: n.nip, jenisAsn: n.jenisAsn!, nama: n.nama, gelarDepan: n.gelarDepan, gelarBelakang: n.gelarBelakang, golongan: n.golongan, email: null, telepon: null, jabatanId: t.jabatanId, tmtJabatan: t.tmt };
      });
      const dibuat = await buatPegawaiBanyakDalam(trx, ctx, aktor, bodies, now);
      if (!dibuat.ok) {
        const index = (Array.isArray(dibuat.details) ? (dibuat.details[0] as { index?: number } | undefined)?.index : undefined) ?? 0;
        gagalPada(baru[index]!.normal, dibuat);
      }
      const akunDibuat = bodies.length;
      for (const r of rencana) {
        const t = r.terap;
        if (!t || t.jenis === 'baru') continue;
        const n = r.normal;
        if (Object.keys(t.set).length) {
          if (!(await repo.ubahDataPegawai(trx, aktor.instansiId, t.pegawaiId, t.versi, t.set, iso))) gagalPada(n, fail('DATA.KONFLIK'));
          await catatAudit(trx, ctx.dialect, aktor, { aksi: 'PEGAWAI_DIUBAH', entitas: 'pegawai', entitasId: t.pegawaiId, sebelum: t.sebelum, sesudah: { ...t.set, ...sumber } }, now);
        }
        if (t.mutasi) {
          const m = await mutasiDalam(trx, ctx, aktor, t.pegawaiId, { versi: null, jabatanId: t.mutasi.jabatanId, tanggal: t.mutasi.tmt, jenis: 'impor', nomorSk: null, keterangan: `Impor ${imp.nama_file}` }, now);
          if (!m.ok) gagalPada(n, m);
        }
      }
      const jumlah: JumlahImpor = hitungJumlah(rencana);
      const ringkasan = { ...jumlah, akunDibuat };
      await repo.simpanRingkasan(trx, id, JSON.stringify(ringkasan));
      await catatAudit(trx, ctx.dialect, aktor, { aksi: 'IMPOR_PEGAWAI_DITERAPKAN', entitas: 'impor_pegawai', entitasId: id, sesudah: { namaFile: imp.nama_file, sha256: imp.sha256, ...ringkasan } }, now);
      return { id, status: 'diterapkan' as const, diterapkanPada: iso, jumlah, akunDibuat };
    });
  } catch (e) {
    if (e instanceof BatalkanTransaksi) return e.failure;
    // a NIP or account name inserted by a concurrent transaction after this plan was made (unique index)
    if (pelanggaranUnik(e)) return fail('IMPOR.DATA_BERUBAH', `${ERROR_MESSAGES['IMPOR.DATA_BERUBAH']} Ada NIP yang baru saja didaftarkan oleh transaksi lain.`);
    throw e;
  }
  // new posts held and mutasi change who is whose atasan: derived roles are re-read
  if (hasil.jumlah.baru + hasil.jumlah.mutasi > 0) {
    ctx.sessionCache?.clear();
    await penilaiBerubah(ctx, aktor.instansiId, undefined, aktor);
  }
  return ok(hasil);
}

/** The template: header, two example rows on real posts of the instansi (so the kode format is visible), Petunjuk. */
export async function templatImpor(ctx: Ctx, aktor: Aktor, format: 'xlsx' | 'csv'): Promise<Result<BerkasUnduhan>> {
  if (!bolehImpor(aktor)) return fail('AKSES.DITOLAK');
  const jab = await repo.contohJabatan(ctx.db, aktor.instansiId);
  const pelaksana = jab.find((j) => j.jenis === 'pelaksana') ?? jab[0];
  const fungsional = jab.find((j) => j.jenis === 'fungsional') ?? pelaksana;
  // fictitious people; the NIPs are the worked examples of DOMAIN.md §1 (valid PNS / NI PPPK layouts)
  const contoh: BarisPegawaiBerkas[] = [
    {
      nip: '198609262015051001', nama: 'Yohanes Bana', gelarDepan: null, gelarBelakang: 'S.Kom.', jenisAsn: 'PNS', golongan: 'III/b',
      jabatan: pelaksana?.nama ?? 'Pengelola Data', jenisJabatan: labelJenisJabatan(pelaksana?.jenis ?? 'pelaksana'), unitKerja: pelaksana?.unit_kode ?? 'KODE.UNIT',
      nipAtasan: null, tmtJabatan: '2025-01-02',
    },
    {
      nip: '199009132025242014', nama: 'Maria Goreti Lado', gelarDepan: null, gelarBelakang: 'A.Md.Kep.', jenisAsn: 'PPPK Paruh Waktu', golongan: 'V',
      jabatan: fungsional?.nama ?? 'Perawat Terampil', jenisJabatan: labelJenisJabatan(fungsional?.jenis ?? 'fungsional'), unitKerja: fungsional?.unit_kode ?? 'KODE.UNIT',
      nipAtasan: null, tmtJabatan: null,
    },
  ];
  return ok(
    format === 'xlsx'
      ? { namaFile: 'templat-impor-pegawai.xlsx', contentType: XLSX_TYPE, data: await templatXlsx(contoh) }
      : { namaFile: 'templat-impor-pegawai.csv', contentType: CSV_TYPE, data: templatCsv(contoh) },
  );
}
