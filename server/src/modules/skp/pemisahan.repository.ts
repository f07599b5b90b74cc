// Mid-year split of SKPs after a mutasi or a change of penilai (pemisahan.service.ts): the running SKPs with each
// pegawai's post today in one query, then per pegawai (in its own transaction) the fresh SKP, its RHK, indicators
// and ekspektasi, the close of the old one and the inserts of the continuation.
import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB, SkpEkspektasiTable, SkpIndikatorTable, SkpRhkTable, SkpTable } from '../../db/schema.ts';

type Db = Kysely<DB>;

/**
 * Non-closed SKPs in open periods covering `hariIni` of active pegawai (all of the instansi, or only these), each
 * with the jabatan history row(s) covering `hariIni` (left join: none when the pegawai holds no post today).
 */
export async function skpBerjalan(db: Db, instansiId: string, pegawaiIds: readonly string[] | undefined, hariIni: string) {
  if (pegawaiIds && pegawaiIds.length === 0) return [];
  let q = db
    .selectFrom('skp')
    .innerJoin('skp_periode as per', 'per.id', 'skp.periode_id')
    .innerJoin('pegawai', 'pegawai.id', 'skp.pegawai_id')
    .leftJoin('riwayat_jabatan as r', (j) =>
      j
        .onRef('r.pegawai_id', '=', 'skp.pegawai_id')
        .on('r.instansi_id', '=', instansiId)
        .on('r.mulai', '<=', hariIni)
        .on((eb) => eb.or([eb('r.selesai', 'is', null), eb('r.selesai', '>=', hariIni)])),
    )
    .select([
      'skp.id',
      'skp.pegawai_id',
      'skp.tanggal_mulai',
      'skp.tanggal_selesai',
      'skp.jabatan_id',
      'skp.penilai_id',
      'r.jabatan_id as jabatan_kini',
      'r.unit_id as unit_kini',
      'r.mulai as jabatan_mulai',
    ])
    .where('skp.instansi_id', '=', instansiId)
    .where('skp.status', '!=', 'ditutup')
    .where('per.status', '=', 'buka')
    .where('per.tanggal_mulai', '<=', hariIni)
    .where('per.tanggal_selesai', '>=', hariIni)
    .where('pegawai.status', '=', 'aktif');
  if (pegawaiIds) q = q.where('skp.pegawai_id', 'in', pegawaiIds);
  return q.orderBy('skp.pegawai_id').orderBy('skp.tanggal_mulai').orderBy('r.mulai').execute();
}

export async function skpById(db: Db, instansiId: string, id: string) {
  return db.selectFrom('skp').selectAll().where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

export async function isiSkp(db: Db, instansiId: string, skpId: string) {
  const [rhk, indikator, ekspektasi] = await Promise.all([
    db.selectFrom('skp_rhk').selectAll().where('instansi_id', '=', instansiId).where('skp_id', '=', skpId).orderBy('urutan').execute(),
    db.selectFrom('skp_indikator').selectAll().where('instansi_id', '=', instansiId).where('skp_id', '=', skpId).orderBy('rhk_id').orderBy('urutan').execute(),
    db.selectFrom('skp_ekspektasi').selectAll().where('instansi_id', '=', instansiId).where('skp_id', '=', skpId).execute(),
  ]);
  return { rhk, indikator, ekspektasi };
}

/** Closes the SKP on `tanggalSelesai`; false when it changed (or was closed) since `versi` was read. */
export async function tutupSkp(db: Db, instansiId: string, id: string, versi: number, tanggalSelesai: string, waktu: string): Promise<boolean> {
  const r = await db
    .updateTable('skp')
    .set({ status: 'ditutup', tanggal_selesai: tanggalSelesai, ditutup_pada: waktu, diubah_pada: waktu, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .where('status', '!=', 'ditutup')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type Snapshot = Pick<SkpTable, 'jabatan_id' | 'unit_id' | 'penilai_id' | 'atasan_penilai_id'>;

/** The SKP follows the new post / penilai without a split; false when it changed since `versi` was read. */
export async function perbaruiSnapshot(db: Db, instansiId: string, id: string, versi: number, s: Snapshot, waktu: string): Promise<boolean> {
  const r = await db
    .updateTable('skp')
    .set({ ...s, diubah_pada: waktu, versi: sql<number>`versi + 1` })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('versi', '=', versi)
    .where('status', '!=', 'ditutup')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSkp(db: Db, row: Insertable<SkpTable>): Promise<void> {
  await db.insertInto('skp').values(row).execute();
}

export async function insertIsi(db: Db, rhk: readonly SkpRhkTable[], indikator: readonly SkpIndikatorTable[], ekspektasi: readonly SkpEkspektasiTable[]): Promise<void> {
  if (rhk.length) await db.insertInto('skp_rhk').values([...rhk]).execute();
  if (indikator.length) await db.insertInto('skp_indikator').values([...indikator]).execute();
  if (ekspektasi.length) await db.insertInto('skp_ekspektasi').values([...ekspektasi]).execute();
}

/**
 * The cascade follows a penilai whose own SKP was split: RHK of running SKPs that this pegawai evaluates and that
 * pointed at an RHK of the closed SKP now point at its copy in the continuation.
 */
export async function alihkanTautanBawahan(db: Db, instansiId: string, penilaiId: string, dariRhkId: string, keRhkId: string): Promise<number> {
  const r = await db
    .updateTable('skp_rhk')
    .set({ rhk_atasan_id: keRhkId })
    .where('instansi_id', '=', instansiId)
    .where('rhk_atasan_id', '=', dariRhkId)
    .where('skp_id', 'in', (eb) => eb.selectFrom('skp').select('skp.id').where('skp.instansi_id', '=', instansiId).where('skp.penilai_id', '=', penilaiId).where('skp.status', '!=', 'ditutup'))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
