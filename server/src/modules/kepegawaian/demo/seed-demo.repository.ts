// The only place the demo seed touches the database (STYLE.md habit 4: Kysely only in *.repository.ts).
// Rows go in multi-row INSERTs inside one transaction: ~30,000 rows take a second or two instead of minutes.
import type { Kysely } from 'kysely';
import type { DB, RiwayatJabatanTable } from '../../../db/schema.ts';
import type { AkunPeranRow, AkunRowTanpaHash, InstansiRow, JabatanRow, PegawaiRow, UnitKerjaRow } from './generate.ts';

export interface DemoRows {
  instansi: InstansiRow;
  unitKerja: readonly UnitKerjaRow[];
  jabatan: readonly JabatanRow[];
  pegawai: readonly (PegawaiRow & { status_sejak: string | null })[];
  riwayatJabatan: readonly RiwayatJabatanTable[];
  akun: readonly (AkunRowTanpaHash & { password_hash: string })[];
  akunPeran: readonly AkunPeranRow[];
}

/**
 * Rows per INSERT. SQLite caps bound parameters per statement (32,766 in the SQLite bundled with better-sqlite3 12;
 * older builds 999 — not a concern here) and PostgreSQL at 65,535; the widest table written here (pegawai) has 18
 * columns, so 500 × 18 = 9,000 parameters stays well below both.
 */
export const BARIS_PER_INSERT = 500;

async function inBatches<R>(rows: readonly R[], insert: (batch: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BARIS_PER_INSERT) await insert(rows.slice(i, i + BARIS_PER_INSERT));
}

async function insertAll(trx: Kysely<DB>, rows: DemoRows): Promise<void> {
  await trx.insertInto('instansi').values(rows.instansi).execute();
  // parents precede children in every list (the generator builds top-down), so each batch satisfies its foreign keys
  await inBatches(rows.unitKerja, (b) => trx.insertInto('unit_kerja').values(b).execute());
  await inBatches(rows.jabatan, (b) => trx.insertInto('jabatan').values(b).execute());
  await inBatches(rows.pegawai, (b) => trx.insertInto('pegawai').values(b).execute());
  await inBatches(rows.riwayatJabatan, (b) => trx.insertInto('riwayat_jabatan').values(b).execute());
  await inBatches(rows.akun, (b) => trx.insertInto('akun').values(b).execute());
  await inBatches(rows.akunPeran, (b) => trx.insertInto('akun_peran').values(b).execute());
}

/** Inserts all demo rows atomically: inside the caller's transaction if given one, else in a new one. */
export async function insertDemoRows(db: Kysely<DB>, rows: DemoRows): Promise<void> {
  if (db.isTransaction) {
    await insertAll(db, rows);
    return;
  }
  await db.transaction().execute((trx) => insertAll(trx, rows));
}

/** Row counts of the tables the seed writes, for one instansi (used by tests and the start-up log). */
export async function countDemoRows(db: Kysely<DB>, instansiId: string): Promise<Record<'unit_kerja' | 'jabatan' | 'pegawai' | 'akun' | 'akun_peran', number>> {
  const count = async (table: 'unit_kerja' | 'jabatan' | 'pegawai' | 'akun' | 'akun_peran'): Promise<number> => {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('instansi_id', '=', instansiId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  return {
    unit_kerja: await count('unit_kerja'),
    jabatan: await count('jabatan'),
    pegawai: await count('pegawai'),
    akun: await count('akun'),
    akun_peran: await count('akun_peran'),
  };
}
