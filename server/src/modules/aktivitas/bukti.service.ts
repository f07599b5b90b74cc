// Bukti dukung of an activity: files (type by content, size limits, stored once per content, images also shrunk
// for phones) and links. Access first in every function: changes only by the owner before the decision; reading
// only by those in scope (the owner, the activity's penilai, the pegawai's current penilai, pimpinan OPD, BKPPD,
// auditor) — everyone else gets 404, as if the bukti did not exist.
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BuktiItem } from '../../../../contracts/aktivitas.ts';
import { BUKTI_BATAS, JENIS_BUKTI, type JenisBukti } from '../../../../contracts/bukti.ts';
import type { Ctx } from '../../context.ts';
import type { PenyimpananBerkas } from '../../files/storage.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import type { Aktor } from '../auth/aktor.ts';
import { catatAudit } from '../audit/audit.service.ts';
import { cekLihatPegawai } from '../kepegawaian/kepegawaian.service.ts';
import { MIME_KECIL, perkecilGambar } from './bukti.gambar.ts';
import { kenaliJenis } from './bukti.jenis.ts';
import { bolehUbahBukti, pihakAktivitas, STATUS_BUKTI_BOLEH_DIUBAH } from './bukti.policy.ts';
import * as repo from './bukti.repository.ts';

export interface Unggahan {
  nama: string;
  isi: Readable;
}

export interface BatasBukti {
  gambarByte: number;
  dokumenByte: number;
  perAktivitas: number;
}

export interface UnduhanBukti {
  stream: Readable;
  ukuran: number;
  mime: string;
  nama: string;
  /** strong validator: the content hash (+ the variant) */
  etag: string;
  /** images and PDF open in the browser; office documents are downloaded */
  inline: boolean;
  /** anything that is not an image gets a sandboxed CSP */
  dokumen: boolean;
}

const MB = 1024 * 1024;
const unduhPath = (buktiId: string) => `/api/v1/bukti/${buktiId}/berkas`;

function storage(ctx: Ctx): PenyimpananBerkas {
  if (!ctx.files) throw new Error('ctx.files (bukti storage) is not configured');
  return ctx.files;
}

function keItem(r: repo.BuktiRow): BuktiItem {
  return {
    id: r.id,
    jenis: r.jenis === 'tautan' ? 'tautan' : 'berkas',
    nama: r.nama,
    mime: r.mime,
    ukuran: r.ukuran === null ? null : Number(r.ukuran),
    url: r.url,
    unduh: r.jenis === 'berkas' ? unduhPath(r.id) : null,
  };
}

/** The instansi's limits: defaults of contracts/bukti.ts unless its settings (`bukti.batas`, JSON) say otherwise. */
async function batasBukti(ctx: Ctx, instansiId: string): Promise<BatasBukti> {
  const raw = await repo.batasInstansi(ctx.db, instansiId);
  const d: BatasBukti = { gambarByte: BUKTI_BATAS.gambarByte, dokumenByte: BUKTI_BATAS.dokumenByte, perAktivitas: BUKTI_BATAS.perAktivitas };
  if (!raw) return d;
  const s = JSON.parse(raw) as { gambarMb?: number; dokumenMb?: number; perAktivitas?: number };
  return {
    gambarByte: s.gambarMb ? Math.round(s.gambarMb * MB) : d.gambarByte,
    dokumenByte: s.dokumenMb ? Math.round(s.dokumenMb * MB) : d.dokumenByte,
    perAktivitas: s.perAktivitas ?? d.perAktivitas,
  };
}

/** The activity if the actor may read it: its own people first (no query), else the pegawai scope rule. */
async function bolehLihat(ctx: Ctx, aktor: Aktor, a: { instansi_id: string; pegawai_id: string; penilai_id: string | null }): Promise<boolean> {
  if (pihakAktivitas(aktor, a)) return true;
  return (await cekLihatPegawai(ctx, aktor, a.pegawai_id)).ok;
}

/** The activity for a change of its bukti: 404 out of scope, 403 for a reader who is not the owner, 409 once decided. */
async function aktivitasUntukUbah(ctx: Ctx, aktor: Aktor, aktivitasId: string): Promise<Result<repo.AktivitasBukti>> {
  const a = await repo.findAktivitas(ctx.db, aktor.instansiId, aktivitasId);
  if (!a) return fail('DATA.TIDAK_DITEMUKAN');
  const putusan = bolehUbahBukti(aktor, a);
  if (putusan === 'bukan_pemilik') return fail((await bolehLihat(ctx, aktor, a)) ? 'AKSES.DITOLAK' : 'DATA.TIDAK_DITEMUKAN');
  if (putusan === 'sudah_diputuskan') return fail('BUKTI.TIDAK_DAPAT_DIUBAH');
  return ok(a);
}

/** A display name without paths or control characters, ending in the extension of what the file really is. */
export function namaBerkasAman(asli: string, jenis: JenisBukti): string {
  const dasar = path.basename(asli.replaceAll('\\', '/')).replace(/[\p{Cc}\p{Cf}"]/gu, '').trim().slice(0, 180);
  const ext = jenis === 'jpg' ? ['jpg', 'jpeg'] : jenis === 'heic' ? ['heic', 'heif'] : [jenis];
  const punya = ext.some((e) => dasar.toLowerCase().endsWith(`.${e}`));
  if (!dasar || dasar.startsWith('.')) return `bukti.${ext[0]}`;
  return punya ? dasar : `${dasar}.${ext[0]}`;
}

/**
 * Uploads one file. `buka` opens the request's file stream with the given byte limit; it is called only after the
 * access checks, so a refused request stores nothing and reads no more than it must.
 */
export async function unggahBukti(
  ctx: Ctx,
  aktor: Aktor,
  aktivitasId: string,
  buka: (batasByte: number) => Promise<Unggahan | null>,
): Promise<Result<BuktiItem>> {
  const files = storage(ctx);
  const a = await aktivitasUntukUbah(ctx, aktor, aktivitasId);
  if (!a.ok) return a;
  const batas = await batasBukti(ctx, aktor.instansiId);
  if ((await repo.hitungBukti(ctx.db, aktor.instansiId, aktivitasId, 'berkas')) >= batas.perAktivitas) {
    return fail('BUKTI.TERLALU_BANYAK', `Satu aktivitas paling banyak memiliki ${batas.perAktivitas} berkas bukti.`);
  }
  const batasMaks = Math.max(batas.gambarByte, batas.dokumenByte);
  const unggahan = await buka(batasMaks);
  if (!unggahan) return fail('VALIDASI.GAGAL', 'Berkas tidak ditemukan: kirim sebagai multipart/form-data di field "berkas".');
  const terima = await files.terima(unggahan.isi, batasMaks);
  if (!terima.ok) return fail('BUKTI.TERLALU_BESAR', `Berkas bukti terlalu besar (maksimal ${Math.round(batasMaks / MB)} MB).`);
  const berkas = terima.berkas;
  try {
    const isi = await berkas.isi();
    const jenis = await kenaliJenis(isi);
    if (!jenis.ok) {
      return fail(
        'BUKTI.JENIS_TIDAK_DIDUKUNG',
        `Jenis berkas tidak didukung (terdeteksi: ${jenis.terdeteksi}). Unggah foto (JPEG, PNG, WebP, HEIC), PDF, atau dokumen Word/Excel/PowerPoint/OpenDocument.`,
        { terdeteksi: jenis.terdeteksi },
      );
    }
    const batasJenis = jenis.kelompok === 'gambar' ? batas.gambarByte : batas.dokumenByte;
    if (berkas.ukuran > batasJenis) {
      return fail('BUKTI.TERLALU_BESAR', `Berkas ${jenis.kelompok} terlalu besar (maksimal ${Math.round(batasJenis / MB)} MB).`);
    }
    // the file is durable before any row points at it; a row that then fails to commit leaves an unreferenced
    // file, which is harmless (content-addressed) and can be swept later
    await berkas.simpan();
    if (jenis.kelompok === 'gambar' && !(await files.ada(berkas.sha256, 'kecil'))) {
      const kecil = await perkecilGambar(isi);
      if (kecil) await files.simpanVarian(berkas.sha256, 'kecil', kecil);
    }
    const now = ctx.now().toISOString();
    const item: BuktiItem = {
      id: newId(),
      jenis: 'berkas',
      nama: namaBerkasAman(unggahan.nama, jenis.jenis),
      mime: jenis.mime,
      ukuran: berkas.ukuran,
      url: null,
      unduh: null,
    };
    item.unduh = unduhPath(item.id);
    return await ctx.db.transaction().execute(async (trx): Promise<Result<BuktiItem>> => {
      if (!(await repo.klaimAktivitas(trx, aktor.instansiId, aktivitasId, STATUS_BUKTI_BOLEH_DIUBAH, now))) return fail('BUKTI.TIDAK_DAPAT_DIUBAH');
      if ((await repo.hitungBukti(trx, aktor.instansiId, aktivitasId, 'berkas')) >= batas.perAktivitas) {
        return fail('BUKTI.TERLALU_BANYAK', `Satu aktivitas paling banyak memiliki ${batas.perAktivitas} berkas bukti.`);
      }
      await repo.simpanBerkas(trx, { sha256: berkas.sha256, mime: jenis.mime, ukuran: berkas.ukuran, dibuat_pada: now });
      await repo.tambahBukti(trx, { id: item.id, instansi_id: aktor.instansiId, aktivitas_id: aktivitasId, jenis: 'berkas', sha256: berkas.sha256, nama: item.nama, url: null, dibuat_pada: now });
      await catatAudit(trx, ctx.dialect, aktor, {
        aksi: 'BUKTI_DIUNGGAH',
        entitas: 'aktivitas',
        entitasId: aktivitasId,
        sesudah: { buktiId: item.id, nama: item.nama, sha256: berkas.sha256, mime: jenis.mime, ukuran: berkas.ukuran },
      }, ctx.now());
      return ok(item);
    });
  } finally {
    await berkas.buang();
  }
}

export async function tambahTautan(ctx: Ctx, aktor: Aktor, aktivitasId: string, body: { url: string; nama: string | null }): Promise<Result<BuktiItem>> {
  const a = await aktivitasUntukUbah(ctx, aktor, aktivitasId);
  if (!a.ok) return a;
  const batas = await batasBukti(ctx, aktor.instansiId);
  const now = ctx.now().toISOString();
  const item: BuktiItem = { id: newId(), jenis: 'tautan', nama: body.nama ?? new URL(body.url).hostname, mime: null, ukuran: null, url: body.url, unduh: null };
  return ctx.db.transaction().execute(async (trx): Promise<Result<BuktiItem>> => {
    if (!(await repo.klaimAktivitas(trx, aktor.instansiId, aktivitasId, STATUS_BUKTI_BOLEH_DIUBAH, now))) return fail('BUKTI.TIDAK_DAPAT_DIUBAH');
    if ((await repo.hitungBukti(trx, aktor.instansiId, aktivitasId, 'tautan')) >= batas.perAktivitas) {
      return fail('BUKTI.TERLALU_BANYAK', `Satu aktivitas paling banyak memiliki ${batas.perAktivitas} tautan bukti.`);
    }
    await repo.tambahBukti(trx, { id: item.id, instansi_id: aktor.instansiId, aktivitas_id: aktivitasId, jenis: 'tautan', sha256: null, nama: item.nama, url: item.url, dibuat_pada: now });
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'BUKTI_TAUTAN_DITAMBAH', entitas: 'aktivitas', entitasId: aktivitasId, sesudah: { buktiId: item.id, url: item.url } }, ctx.now());
    return ok(item);
  });
}

export async function hapusBukti(ctx: Ctx, aktor: Aktor, aktivitasId: string, buktiId: string): Promise<Result<undefined>> {
  const a = await aktivitasUntukUbah(ctx, aktor, aktivitasId);
  if (!a.ok) return a;
  const b = await repo.findBukti(ctx.db, aktor.instansiId, buktiId);
  if (!b || b.aktivitas_id !== aktivitasId) return fail('DATA.TIDAK_DITEMUKAN');
  const now = ctx.now().toISOString();
  // the stored file stays: other bukti may share its content, and the audit entry names its hash
  return ctx.db.transaction().execute(async (trx): Promise<Result<undefined>> => {
    if (!(await repo.klaimAktivitas(trx, aktor.instansiId, aktivitasId, STATUS_BUKTI_BOLEH_DIUBAH, now))) return fail('BUKTI.TIDAK_DAPAT_DIUBAH');
    await repo.hapusBukti(trx, aktor.instansiId, buktiId);
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'BUKTI_DIHAPUS',
      entitas: 'aktivitas',
      entitasId: aktivitasId,
      sebelum: { buktiId, jenis: b.jenis, nama: b.nama, sha256: b.sha256, url: b.url },
    }, ctx.now());
    return ok(undefined);
  });
}

export async function daftarBukti(ctx: Ctx, aktor: Aktor, aktivitasId: string): Promise<Result<{ items: BuktiItem[] }>> {
  const a = await repo.findAktivitas(ctx.db, aktor.instansiId, aktivitasId);
  if (!a || !(await bolehLihat(ctx, aktor, a))) return fail('DATA.TIDAK_DITEMUKAN');
  return ok({ items: (await repo.buktiAktivitas(ctx.db, aktor.instansiId, [aktivitasId])).map(keItem) });
}

/** For lists the caller has already scoped (the activity list, the atasan's queue): bukti per activity id. */
export async function buktiPerAktivitas(ctx: Ctx, instansiId: string, aktivitasIds: readonly string[]): Promise<Map<string, BuktiItem[]>> {
  const out = new Map<string, BuktiItem[]>();
  for (const r of await repo.buktiAktivitas(ctx.db, instansiId, aktivitasIds)) {
    const list = out.get(r.aktivitas_id) ?? [];
    list.push(keItem(r));
    out.set(r.aktivitas_id, list);
  }
  return out;
}

export async function unduhBukti(ctx: Ctx, aktor: Aktor, buktiId: string, ukuran: 'asli' | 'kecil'): Promise<Result<UnduhanBukti>> {
  const b = await repo.findBukti(ctx.db, aktor.instansiId, buktiId);
  if (!b || b.jenis !== 'berkas' || !b.sha256 || !b.mime) return fail('DATA.TIDAK_DITEMUKAN');
  if (!(await bolehLihat(ctx, aktor, b))) return fail('DATA.TIDAK_DITEMUKAN');
  const files = storage(ctx);
  const gambar = b.mime.startsWith('image/');
  if (ukuran === 'kecil' && gambar) {
    const kecil = await files.baca(b.sha256, 'kecil');
    if (kecil) {
      return ok({ ...kecil, mime: MIME_KECIL, nama: `${b.nama.replace(/\.[^.]+$/, '')}.webp`, etag: `"${b.sha256}-kecil"`, inline: true, dokumen: false });
    }
    // no phone-sized copy (HEIC cannot be decoded here): the original is served
  }
  const asli = await files.baca(b.sha256);
  if (!asli) throw new Error(`bukti ${buktiId}: stored file ${b.sha256} is missing`);
  return ok({ ...asli, mime: b.mime, nama: b.nama, etag: `"${b.sha256}"`, inline: gambar || b.mime === JENIS_BUKTI.pdf.mime, dokumen: !gambar });
}
