// The register of issued documents (DOMAIN.md §2.7): every official PDF (the approved SKP now, the evaluation
// documents later) carries a verification code that anyone can check on the public page. One code per version of
// the record it was printed from: printing the same version again gives the same code; printing a newer version
// issues a new code and marks the older ones as superseded ("diganti") — still genuine, no longer current.
import type { z } from 'zod';
import type { VerifikasiDokumen } from '../../../../contracts/skp.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Pelaku } from '../auth/aktor.ts';
import { namaLengkap } from '../kepegawaian/kepegawaian.service.ts';
import * as repo from './dokumen.repository.ts';
import { buatKode, formatKode, normalisasiKode } from './kode-verifikasi.ts';

type VerifikasiDokumen = z.infer<typeof VerifikasiDokumen>;
export type JenisDokumen = VerifikasiDokumen['jenis'];
type Db = Parameters<typeof repo.kunciRef>[0];

export interface TerbitkanDokumen {
  instansiId: string;
  jenis: JenisDokumen;
  /** the record printed (an SKP id) and its version */
  refId: string;
  refVersi: number;
  pegawaiId: string;
  judul: string;
  ringkasan: string;
  /** who caused the issue (the audit entry names them) */
  pelaku: Pelaku;
  /**
   * The current document stays current when the record's version moved on without its content changing, as long
   * as it was issued at or after this instant (an SKP approved at T: asking to reopen it bumps its versi, printing it
   * then must not supersede the code on copies already handed out). null/absent: only the same version is reused.
   */
  sahSejak?: string | null;
}

export interface DokumenTerbit {
  /** XXXX-XXXX-XXXX */
  kode: string;
  diterbitkanPada: string;
  /** false when an existing document was returned */
  baru: boolean;
}

/**
 * Issues (or finds again) the document of one version of a record. Call inside a transaction: the code, the
 * superseding of older codes and the audit entry commit together. Issuing for a record is serialised (kunciRef).
 */
export async function terbitkanDokumen(ctx: Ctx, db: Db, input: TerbitkanDokumen): Promise<DokumenTerbit> {
  await repo.kunciRef(db, ctx.dialect, input.refId);
  const ada = await repo.dokumenRef(db, input.instansiId, input.refId);
  const sama = ada.find((d) => d.ref_versi === input.refVersi);
  if (sama) return { kode: formatKode(sama.kode), diterbitkanPada: sama.diterbitkan_pada, baru: false };
  const sahSejak = input.sahSejak;
  const masihSah = sahSejak ? ada.find((d) => d.diganti_pada === null && d.ref_versi < input.refVersi && d.diterbitkan_pada >= sahSejak) : undefined;
  if (masihSah) return { kode: formatKode(masihSah.kode), diterbitkanPada: masihSah.diterbitkan_pada, baru: false };

  const now = ctx.now().toISOString();
  let kode = buatKode();
  // 60 random bits: a clash is practically impossible, but the primary key would turn it into an error
  while (await repo.kodeAda(db, kode)) kode = buatKode();
  // a newer version was already issued (this request read the record before it changed): born superseded
  const sudahUsang = ada.some((d) => d.ref_versi > input.refVersi);
  await repo.insertDokumen(db, {
    kode,
    instansi_id: input.instansiId,
    jenis: input.jenis,
    ref_id: input.refId,
    ref_versi: input.refVersi,
    pegawai_id: input.pegawaiId,
    judul: input.judul,
    ringkasan: input.ringkasan,
    diterbitkan_pada: now,
    diganti_pada: sudahUsang ? now : null,
  });
  const diganti = ada.filter((d) => d.diganti_pada === null && d.ref_versi < input.refVersi).map((d) => formatKode(d.kode));
  await repo.tandaiDiganti(db, input.instansiId, input.refId, input.refVersi, now);
  await catatAudit(db, ctx.dialect, input.pelaku, {
    aksi: 'DOKUMEN_DITERBITKAN',
    entitas: 'dokumen',
    entitasId: formatKode(kode),
    sesudah: { jenis: input.jenis, refId: input.refId, refVersi: input.refVersi, judul: input.judul, menggantikan: diganti },
  }, new Date(now));
  return { kode: formatKode(kode), diterbitkanPada: now, baru: true };
}

/** "19920426 ****** * 001": only the birth date and the last 3 digits of an 18-digit number are shown publicly. */
export function nipTersamar(nip: string | null, jenisAsn: string | null): string | null {
  if (!nip) return null;
  const n = nip.replace(/\s/g, '');
  if (!/^\d{18}$/.test(n)) return null;
  const pppk = jenisAsn === 'PPPK' || jenisAsn === 'PPPK_PARUH_WAKTU';
  return pppk ? `${n.slice(0, 8)} **** ** * ${n.slice(15)}` : `${n.slice(0, 8)} ****** * ${n.slice(15)}`;
}

export const PESAN_KODE_TIDAK_VALID = 'Kode verifikasi terdiri dari 12 huruf/angka, mis. ABCD-EFGH-JKMN (tanda hubung boleh dihilangkan).';

/** Public: is the document with this code genuine, and is it still the current version? */
export async function verifikasi(ctx: Ctx, kodeDiketik: string): Promise<Result<VerifikasiDokumen>> {
  const kode = normalisasiKode(kodeDiketik);
  if (!kode) return fail('VALIDASI.GAGAL', PESAN_KODE_TIDAK_VALID, [{ path: 'kode', message: PESAN_KODE_TIDAK_VALID }]);
  const d = await repo.findDokumen(ctx.db, kode);
  if (!d) return fail('DOKUMEN.KODE_TIDAK_DIKENAL');
  return ok({
    kode: formatKode(d.kode),
    jenis: d.jenis as JenisDokumen,
    judul: d.judul,
    instansi: d.instansi_nama,
    pegawaiNama: namaLengkap(d),
    nipTersamar: nipTersamar(d.nip, d.jenis_asn),
    ringkasan: d.ringkasan,
    diterbitkanPada: d.diterbitkan_pada,
    status: d.diganti_pada ? 'diganti' : 'berlaku',
    digantiPada: d.diganti_pada,
  });
}

/** The instansi's name and the jenis ASN of the people a document names (for the NIP grouping). */
export async function infoCetak(ctx: Ctx, instansiId: string, pegawaiIds: readonly (string | null | undefined)[]) {
  return repo.infoCetak(ctx.db, instansiId, pegawaiIds.filter((x): x is string => !!x));
}

