// Seeds the demo instansi "Pemerintah Kota Kupang (DEMO)" (DESIGN.md "The two commands"): generates the rows
// (generate.ts, pure and deterministic) and writes them (seed-demo.repository.ts). Never called in production
// (config.ts seedDemo is false there).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { tambahHari } from '../../../../../domain/kalender.ts';
import type { RiwayatJabatanTable } from '../../../db/schema.ts';
import { newId } from '../../../ids.ts';
import { type AkunDemo, generateDemo, type PegawaiRow } from './generate.ts';
import { insertDemoRows } from './seed-demo.repository.ts';

export interface SeedDemoOptions {
  /**
   * One precomputed password hash shared by every demo account. Hashing ~8,000 passwords with argon2id (19 MiB,
   * t=2; auth/password.ts) would take minutes at start-up; the demo password is public anyway.
   */
  passwordHash: string;
  /** ISO-8601 instant: timestamps of every row and "today" for ages and years of appointment */
  now: string;
  /** defaults to DEMO_SEED; the same seed gives the same instansi, ids included */
  seed?: string;
}

export interface SeedDemoResult {
  instansiId: string;
  akunDemo: AkunDemo[];
}

/** Demo pegawai who left did so at mid-year; everyone else holds their post since their appointment or 2024. */
const DEMO_KELUAR_SEJAK = '2026-07-01';
const DEMO_JABATAN_PALING_AWAL = '2024-01-02';
const WALI_KOTA_DILANTIK = '2025-02-20';

function mulaiJabatan(p: PegawaiRow): string {
  if (!p.nip) return WALI_KOTA_DILANTIK;
  // PNS: TMT CPNS in digits 9–14 (YYYYMM); PPPK: year of appointment in digits 9–12 (March of that year)
  const tmt = p.jenis_asn === 'PNS' ? `${p.nip.slice(8, 12)}-${p.nip.slice(12, 14)}-01` : `${p.nip.slice(8, 12)}-03-01`;
  return tmt > DEMO_JABATAN_PALING_AWAL ? tmt : DEMO_JABATAN_PALING_AWAL;
}

/** The jabatan history the kepegawaian rules read ("who was where when"): one row per pegawai with a post. */
function riwayatAwal(pegawai: readonly PegawaiRow[], now: string): RiwayatJabatanTable[] {
  return pegawai
    .filter((p) => p.jabatan_id && p.unit_id)
    .map((p) => {
      const keluar = p.status === 'pensiun' || p.status === 'berhenti';
      return {
        id: newId(),
        instansi_id: p.instansi_id,
        pegawai_id: p.id,
        jabatan_id: p.jabatan_id!,
        unit_id: p.unit_id!,
        mulai: mulaiJabatan(p),
        selesai: keluar ? tambahHari(DEMO_KELUAR_SEJAK, -1) : null,
        jenis: 'awal',
        nomor_sk: null,
        keterangan: 'Data awal demo',
        dibuat_oleh: null,
        dibuat_pada: now,
      };
    });
}

export async function seedDemo(db: Kysely<DB>, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  const data = generateDemo(opts.seed === undefined ? { asOf: opts.now } : { asOf: opts.now, seed: opts.seed });
  const pegawai = data.pegawai.map((p) => ({
    ...p,
    status_sejak: p.status === 'pensiun' || p.status === 'berhenti' ? DEMO_KELUAR_SEJAK : p.jabatan_id ? mulaiJabatan(p) : null,
  }));
  await insertDemoRows(db, {
    instansi: data.instansi,
    unitKerja: data.unitKerja,
    jabatan: data.jabatan,
    pegawai,
    riwayatJabatan: riwayatAwal(data.pegawai, opts.now),
    akun: data.akun.map((a) => ({ ...a, password_hash: opts.passwordHash })),
    akunPeran: data.akunPeran,
  });
  return { instansiId: data.instansi.id, akunDemo: data.akunDemo };
}
