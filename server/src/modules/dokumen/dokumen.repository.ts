// Queries of the register of issued documents (table `dokumen`, migration 0007). Kysely lives here only.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { DB, DokumenTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/**
 * Serialises issuing for one record: two downloads of a freshly approved SKP at the same moment must not both
 * insert a code (the second would supersede the first). SQLite already has one writer at a time.
 */
export async function kunciRef(trx: Db, dialect: Dialect, refId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7301002, hashtext(${refId}))`.execute(trx);
}

/** Every document issued for a record, newest version first. */
export async function dokumenRef(db: Db, instansiId: string, refId: string) {
  return db
    .selectFrom('dokumen')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('ref_id', '=', refId)
    .orderBy('ref_versi', 'desc')
    .orderBy('diterbitkan_pada', 'desc')
    .execute();
}

export async function kodeAda(db: Db, kode: string): Promise<boolean> {
  return (await db.selectFrom('dokumen').select('kode').where('kode', '=', kode).executeTakeFirst()) !== undefined;
}

export async function insertDokumen(db: Db, row: DokumenTable): Promise<void> {
  await db.insertInto('dokumen').values(row).execute();
}

/** Marks the still-current documents of the record issued from an older version as superseded. */
export async function tandaiDiganti(db: Db, instansiId: string, refId: string, sebelumVersi: number, pada: string): Promise<number> {
  const r = await db
    .updateTable('dokumen')
    .set({ diganti_pada: pada })
    .where('instansi_id', '=', instansiId)
    .where('ref_id', '=', refId)
    .where('ref_versi', '<', sebelumVersi)
    .where('diganti_pada', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** One document by its code (any instansi: codes are unique across the installation), with what the public sees. */
export async function findDokumen(db: Db, kode: string) {
  return db
    .selectFrom('dokumen')
    .innerJoin('instansi', 'instansi.id', 'dokumen.instansi_id')
    .innerJoin('pegawai', 'pegawai.id', 'dokumen.pegawai_id')
    .select([
      'dokumen.kode',
      'dokumen.jenis',
      'dokumen.judul',
      'dokumen.ringkasan',
      'dokumen.diterbitkan_pada',
      'dokumen.diganti_pada',
      'instansi.nama as instansi_nama',
      'pegawai.nama',
      'pegawai.gelar_depan',
      'pegawai.gelar_belakang',
      'pegawai.nip',
      'pegawai.jenis_asn',
    ])
    .where('dokumen.kode', '=', kode)
    .executeTakeFirst();
}

/** What a printed document needs besides its record: the instansi's name and the jenis ASN of the people named. */
export async function infoCetak(db: Db, instansiId: string, pegawaiIds: readonly string[]) {
  const [instansi, pegawai] = await Promise.all([
    db.selectFrom('instansi').select('nama').where('id', '=', instansiId).executeTakeFirst(),
    pegawaiIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom('pegawai').select(['id', 'jenis_asn']).where('instansi_id', '=', instansiId).where('id', 'in', [...pegawaiIds]).execute(),
  ]);
  return { instansiNama: instansi?.nama ?? '', jenisAsn: new Map(pegawai.map((p) => [p.id, p.jenis_asn])) };
}
